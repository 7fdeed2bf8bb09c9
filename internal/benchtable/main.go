// Command benchtable reads `go test -bench` output on stdin and prints the
// medians of every benchmark and, where a benchmark has sub-benchmarks
// named impl=keeperkit and impl=<baseline>, the ratio baseline/keeperkit:
// how many times faster keeperkit is than each baseline measured in the
// same run. `make bench` pipes into it.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

// subject is the impl= value of our own code in a comparison.
const subject = "keeperkit"

// result is one benchmark's samples across -count runs, per unit.
type result struct {
	pkg, name string
	samples   map[string][]float64 // unit → values
}

var (
	pkgLine   = regexp.MustCompile(`^pkg: (\S+)`)
	benchLine = regexp.MustCompile(`^(Benchmark\S+?)(?:-\d+)?\s+\d+\s+(.*)$`)
)

func parse(r io.Reader) ([]*result, error) {
	var (
		pkg   string
		order []*result
		byKey = map[string]*result{}
	)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if m := pkgLine.FindStringSubmatch(line); m != nil {
			pkg = m[1]
			continue
		}
		m := benchLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		key := pkg + " " + m[1]
		res := byKey[key]
		if res == nil {
			res = &result{pkg: pkg, name: m[1], samples: map[string][]float64{}}
			byKey[key] = res
			order = append(order, res)
		}
		f := strings.Fields(m[2])
		for i := 0; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				continue
			}
			res.samples[f[i+1]] = append(res.samples[f[i+1]], v)
		}
	}
	return order, sc.Err()
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func human(ns float64) string {
	switch {
	case ns >= 1e9:
		return fmt.Sprintf("%.2fs", ns/1e9)
	case ns >= 1e6:
		return fmt.Sprintf("%.2fms", ns/1e6)
	case ns >= 1e3:
		return fmt.Sprintf("%.2fµs", ns/1e3)
	default:
		return fmt.Sprintf("%.1fns", ns)
	}
}

// split returns the parent benchmark and the impl= value, if any.
func split(name string) (parent, impl string) {
	i := strings.Index(name, "/impl=")
	if i < 0 {
		return name, ""
	}
	rest := name[i+len("/impl="):]
	if j := strings.IndexByte(rest, '/'); j >= 0 {
		// impl in the middle: keep the tail in the parent so that
		// different sizes are compared separately.
		return name[:i] + rest[j:], rest[:j]
	}
	return name[:i], rest
}

func write(w io.Writer, results []*result) {
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "package\tbenchmark\tmedian/op\tallocs/op\tn\textra")
	for _, r := range results {
		var extra []string
		for unit, vs := range r.samples {
			if unit == "ns/op" || unit == "B/op" || unit == "allocs/op" || unit == "MB/s" {
				continue
			}
			extra = append(extra, fmt.Sprintf("%.4g %s", median(vs), unit))
		}
		sort.Strings(extra)
		fmt.Fprintf(tw, "%s\t%s\t%s\t%.0f\t%d\t%s\n", short(r.pkg), r.name, human(median(r.samples["ns/op"])),
			median(r.samples["allocs/op"]), len(r.samples["ns/op"]), strings.Join(extra, ", "))
	}
	tw.Flush()

	type group struct {
		pkg, parent string
		subj        *result
		base        []*result
	}
	var groups []*group
	idx := map[string]*group{}
	for _, r := range results {
		parent, impl := split(r.name)
		if impl == "" {
			continue
		}
		k := r.pkg + " " + parent
		g := idx[k]
		if g == nil {
			g = &group{pkg: r.pkg, parent: parent}
			idx[k] = g
			groups = append(groups, g)
		}
		if impl == subject {
			g.subj = r
		} else {
			g.base = append(g.base, r)
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Ratios (baseline median / keeperkit median; > 1 means keeperkit is faster), same run:")
	tw = tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "benchmark\tkeeperkit\tbaseline\tbaseline median\tratio")
	for _, g := range groups {
		if g.subj == nil {
			continue
		}
		ours := median(g.subj.samples["ns/op"])
		for _, b := range g.base {
			_, impl := split(b.name)
			theirs := median(b.samples["ns/op"])
			ratio := "n/a"
			if ours > 0 {
				ratio = fmt.Sprintf("%.1f×", theirs/ours)
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", g.parent, human(ours), impl, human(theirs), ratio)
		}
	}
	tw.Flush()
}

func short(pkg string) string { return strings.TrimPrefix(pkg, "github.com/keeperkit/keeperkit/") }

func main() {
	results, err := parse(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchtable:", err)
		os.Exit(1)
	}
	if len(results) == 0 {
		fmt.Fprintln(os.Stderr, "benchtable: no benchmark lines on stdin")
		os.Exit(1)
	}
	write(os.Stdout, results)
}
