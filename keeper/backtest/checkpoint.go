package backtest

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// checkpointFile holds, in a cache directory, one JSON line naming the run
// then one line per finished block: a killed run restarted with the same
// inputs skips those blocks and gives the same result.
const checkpointFile = "checkpoint.jsonl"

type checkpointHead struct {
	RPC        string   `json:"rpc"`
	From       uint64   `json:"from"`
	To         uint64   `json:"to"`
	ConfigHash string   `json:"configHash"`
	Strategies []string `json:"strategies"`
	Inclusion  string   `json:"inclusion"`
	Sender     string   `json:"sender"`
	Hints      bool     `json:"hints"`
}

type checkpoint struct {
	f *os.File
	w *bufio.Writer
}

// openCheckpoint reads the finished blocks of the same run from dir (in
// order from from, stopping at the first gap or torn line) and opens the
// file to append the next ones. Another run's checkpoint is replaced.
// Without a dir there is no checkpoint.
func openCheckpoint(dir string, p *plan, from, to uint64) (*checkpoint, []blockResult, error) {
	if dir == "" {
		return &checkpoint{}, nil, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, nil, fmt.Errorf("backtest: checkpoint: %w", err)
	}
	head := checkpointHead{RPC: p.cfg.RPC, From: from, To: to, ConfigHash: p.hash, Strategies: p.names, Inclusion: p.cfg.Inclusion, Sender: p.cfg.Sender.Hex(), Hints: p.cfg.Hints}
	want, _ := json.Marshal(head)
	path := filepath.Join(dir, checkpointFile)
	var done []blockResult
	var keep int64
	if raw, err := os.ReadFile(path); err == nil {
		lines := splitLines(raw)
		if len(lines) > 0 && string(lines[0].b) == string(want) {
			keep = lines[0].end
			for _, l := range lines[1:] {
				var b blockResult
				if json.Unmarshal(l.b, &b) != nil || b.Block.Number != from+uint64(len(done)) || b.Block.Number > to {
					break
				}
				done = append(done, b)
				keep = l.end
			}
		}
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, nil, fmt.Errorf("backtest: checkpoint: %w", err)
	}
	if err := f.Truncate(keep); err != nil {
		f.Close()
		return nil, nil, fmt.Errorf("backtest: checkpoint: %w", err)
	}
	if _, err := f.Seek(keep, 0); err != nil {
		f.Close()
		return nil, nil, fmt.Errorf("backtest: checkpoint: %w", err)
	}
	c := &checkpoint{f: f, w: bufio.NewWriter(f)}
	if keep == 0 {
		c.w.Write(append(want, '\n'))
		if err := c.w.Flush(); err != nil {
			return nil, nil, fmt.Errorf("backtest: checkpoint: %w", err)
		}
	}
	return c, done, nil
}

type line struct {
	b   []byte
	end int64 // offset after the newline
}

// splitLines returns the newline-terminated lines of raw (a torn last
// line is left out).
func splitLines(raw []byte) []line {
	var out []line
	start := 0
	for i, c := range raw {
		if c == '\n' {
			out = append(out, line{b: raw[start:i], end: int64(i + 1)})
			start = i + 1
		}
	}
	return out
}

func (c *checkpoint) write(b *blockResult) error {
	if c.f == nil {
		return nil
	}
	raw, err := json.Marshal(b)
	if err != nil {
		return err
	}
	c.w.Write(raw)
	c.w.WriteByte('\n')
	if err := c.w.Flush(); err != nil {
		return fmt.Errorf("backtest: checkpoint: %w", err)
	}
	return nil
}

func (c *checkpoint) close() {
	if c.f != nil {
		c.f.Close()
	}
}
