package report

import (
	"bytes"
	"fmt"
	"html/template"
	"math/big"
	"slices"
	"strings"
)

const (
	// topOpportunities is how many of the most profitable opportunities the
	// page lists (all of them are in opportunities.csv).
	topOpportunities = 25
	// maxCompetitorRows caps the competition table on the page (all rows are
	// in competitors.csv).
	maxCompetitorRows = 500
)

type pageFigure struct {
	Title string
	File  string
	SVG   template.HTML
}

type pageTotal struct {
	StrategyTotal
	ETH string
}

// missRow counts one strategy's opportunities that did not land, by the
// first words of their reason.
type missRow struct {
	Strategy string
	Reason   string
	Count    int
	Example  string
}

type page struct {
	Misses      []missRow
	Fonts       template.CSS
	Summary     Summary
	Totals      []pageTotal
	TotalOpps   int
	TotalLanded int
	TotalGas    uint64
	TotalETH    string
	Figures     []pageFigure
	Top         []Opportunity
	TopOf       int
	Competitors []Competitor
	CompOf      int
}

var pageTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	"eth":   ETH,
	"group": group,
	"short": short,
}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>keeperkit backtest: blocks {{.Summary.Run.From}}..{{.Summary.Run.To}}</title>
<style>
{{.Fonts}}
body{font-family:'Liberation Sans',Arial,Helvetica,sans-serif;margin:24px auto;max-width:1200px;color:#222;background:#fff}
h1{font-size:22px;margin:0 0 4px}
h3{font-size:14px;margin:16px 0 6px}
h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
p.run{color:#555;margin:0 0 12px;font-size:13px}
table{border-collapse:collapse;font-size:12px;margin:6px 0}
th,td{border:1px solid #ddd;padding:3px 7px;text-align:left;vertical-align:top}
th{background:#f3f3f3}
td.n{text-align:right;font-variant-numeric:tabular-nums}
tr.total td{font-weight:bold}
td.yes{color:#176b7a;font-weight:bold}
td.no{color:#999}
code{font-size:11px}
code.h{white-space:nowrap}
code.w{word-break:break-all}
td.wide{min-width:360px}
td.id{min-width:180px;max-width:260px}
div.scroll{overflow-x:auto;max-width:100%}
figure{margin:12px 0 20px}
figcaption{font-size:13px;color:#555}
figure svg{width:100%;height:auto;display:block}
.note{color:#777;font-size:12px}
</style>
</head>
<body>
<h1>Backtest report</h1>
<p class="run">chain {{.Summary.Run.ChainID}} &middot; blocks {{.Summary.Run.From}}..{{.Summary.Run.To}} ({{.Summary.Blocks}} blocks, {{.Summary.Txs}} transactions) &middot; inclusion <b>{{.Summary.Run.Inclusion}}</b> &middot; strategies {{range $i, $s := .Summary.Run.Strategies}}{{if $i}}, {{end}}{{$s}}{{end}} &middot; config <code>{{.Summary.Run.ConfigHash}}</code></p>

<h2>Totals</h2>
<table>
<tr><th>strategy</th><th>opportunities</th><th>landed</th><th>profit (ETH, net of gas and bid)</th><th>gas used</th></tr>
{{range .Totals}}<tr><td>{{.Strategy}}</td><td class="n">{{.Opportunities}}</td><td class="n">{{.Landed}}</td><td class="n">{{.ETH}}</td><td class="n">{{group .GasUsed}}</td></tr>
{{end}}<tr class="total"><td>total</td><td class="n">{{.TotalOpps}}</td><td class="n">{{.TotalLanded}}</td><td class="n">{{.TotalETH}}</td><td class="n">{{group .TotalGas}}</td></tr>
</table>
<p>Competitors: <b>{{.Summary.Competitors}}</b> liquidations and arbitrages landed by others, <b>{{.Summary.CompetitorsSeen}}</b> seen by our strategies, <b>{{.Summary.CompetitorsWon}}</b> we would have won.</p>

{{if .Misses}}<h3>Why not landed</h3>
<table>
<tr><th>strategy</th><th>reason</th><th>opportunities</th><th>first example</th></tr>
{{range .Misses}}<tr><td>{{.Strategy}}</td><td>{{.Reason}}</td><td class="n">{{.Count}}</td><td class="wide"><code class="w">{{.Example}}</code></td></tr>
{{end}}</table>
{{end}}
<h2>Plots</h2>
{{range .Figures}}<figure>
{{.SVG}}
<figcaption>{{.Title}} (also {{.File}})</figcaption>
</figure>
{{end}}
<h2>Competition</h2>
{{if .Competitors}}<div class="scroll"><table>
<tr><th>block</th><th>tx</th><th>kind</th><th>searcher</th><th>contract</th><th>details</th><th>paid coinbase (ETH)</th><th>seen</th><th>our sized profit (ETH)</th><th>would win</th><th>why not</th></tr>
{{range .Competitors}}<tr><td class="n">{{.Block}}</td><td><code class="h" title="{{.Tx}}">{{short .Tx}}</code></td><td>{{.Kind}}</td><td><code class="h" title="{{.Searcher}}">{{short .Searcher}}</code></td><td><code class="h" title="{{.Contract}}">{{short .Contract}}</code></td><td class="wide"><code class="w">{{.Details}}</code></td><td class="n">{{eth .CoinbasePaid}}</td>{{if .Seen}}<td class="yes">yes</td>{{else}}<td class="no">no</td>{{end}}<td class="n">{{if .Sized}}{{eth .Sized}}{{end}}</td>{{if .WouldWin}}<td class="yes">yes</td>{{else}}<td class="no">no</td>{{end}}<td>{{.Reason}}</td></tr>
{{end}}</table></div>
{{if gt .CompOf (len .Competitors)}}<p class="note">The first {{len .Competitors}} of {{.CompOf}} rows; all are in competitors.csv.</p>{{end}}
{{else}}<p class="note">No liquidation or arbitrage landed by others in this range.</p>
{{end}}
<h2>Top opportunities</h2>
{{if .Top}}<div class="scroll"><table>
<tr><th>block</th><th>strategy</th><th>kind</th><th>id</th><th>position</th><th>inputs</th><th>gas</th><th>bid (ETH)</th><th>profit (ETH)</th><th>landed</th><th>why not</th></tr>
{{range .Top}}<tr><td class="n">{{.Block}}</td><td>{{.Strategy}}</td><td>{{.Kind}}</td><td class="id"><code class="w">{{.ID}}</code></td><td><code class="h" title="{{.Position}}">{{short .Position}}</code></td><td class="wide"><code class="w">{{.Inputs}}</code></td><td class="n">{{group .GasUsed}}</td><td class="n">{{eth .Bid}}</td><td class="n">{{eth .Profit}}</td>{{if .Landed}}<td class="yes">yes</td>{{else}}<td class="no">no</td>{{end}}<td>{{.Reason}}</td></tr>
{{end}}</table></div>
<p class="note">The {{len .Top}} most profitable of {{.TopOf}} opportunities; all are in opportunities.csv.</p>
{{else}}<p class="note">No opportunity found in this range.</p>
{{end}}
<p class="note">Generated by keeperkit. Amounts are exact; the plots convert them to floating point.</p>
</body>
</html>
`))

// htmlPage renders report.html.
// faces are the plots' @font-face rules (fonts embedded as data URLs),
// declared once for every inline SVG.
func htmlPage(r *Result, figs []figure, svgs [][]byte, faces []string) ([]byte, error) {
	pg := page{Summary: r.Summary, TopOf: len(r.Opportunities), CompOf: len(r.Competitors), Fonts: template.CSS(strings.Join(faces, "\n"))}
	total := new(big.Int)
	for _, t := range r.Summary.Totals {
		pg.Totals = append(pg.Totals, pageTotal{StrategyTotal: t, ETH: ETH(t.Profit)})
		pg.TotalOpps += t.Opportunities
		pg.TotalLanded += t.Landed
		pg.TotalGas += t.GasUsed
		if v, ok := new(big.Int).SetString(t.Profit, 10); ok {
			total.Add(total, v)
		}
	}
	pg.TotalETH = ETH(total.String())
	for i, f := range figs {
		// The SVG is our own rendering (gonum escapes the text it draws).
		pg.Figures = append(pg.Figures, pageFigure{Title: f.title, File: f.file, SVG: template.HTML(svgs[i])})
	}
	pg.Misses = misses(r.Opportunities)
	pg.Top = topByProfit(r.Opportunities, topOpportunities)
	pg.Competitors = r.Competitors[:min(len(r.Competitors), maxCompetitorRows)]
	var b bytes.Buffer
	if err := pageTemplate.Execute(&b, pg); err != nil {
		return nil, fmt.Errorf("report: html: %w", err)
	}
	return b.Bytes(), nil
}

// misses groups the opportunities that did not land by strategy and kind
// of reason ("reverted", "below min profit", "outbid", "already landed",
// ...), sorted by strategy then count (most first), then reason.
func misses(os []Opportunity) []missRow {
	var rows []missRow
	at := map[string]int{}
	for _, o := range os {
		if o.Landed {
			continue
		}
		class := reasonClass(o.Reason)
		key := o.Strategy + "\x00" + class
		i, ok := at[key]
		if !ok {
			i = len(rows)
			at[key] = i
			rows = append(rows, missRow{Strategy: o.Strategy, Reason: class, Example: o.Reason})
		}
		rows[i].Count++
	}
	slices.SortStableFunc(rows, func(a, b missRow) int {
		if c := strings.Compare(a.Strategy, b.Strategy); c != 0 {
			return c
		}
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return strings.Compare(a.Reason, b.Reason)
	})
	return rows
}

// reasonClass is the kind of a Reason: the words before its first colon
// ("reverted: call 0: x" is "reverted"), "already landed" for the
// landed-once rule's, "(none)" when empty.
func reasonClass(r string) string {
	switch {
	case r == "":
		return "(none)"
	case strings.HasPrefix(r, alreadyLanded):
		return "already landed"
	}
	if i := strings.IndexByte(r, ':'); i > 0 {
		return strings.TrimSpace(r[:i])
	}
	return r
}

// topByProfit returns the n opportunities with the highest profit (ties in
// the Result's order).
func topByProfit(os []Opportunity, n int) []Opportunity {
	type ranked struct {
		o Opportunity
		v *big.Int
	}
	rs := make([]ranked, 0, len(os))
	for _, o := range os {
		v, ok := new(big.Int).SetString(o.Profit, 10)
		if !ok {
			v = new(big.Int)
		}
		rs = append(rs, ranked{o, v})
	}
	slices.SortStableFunc(rs, func(a, b ranked) int { return b.v.Cmp(a.v) })
	out := make([]Opportunity, 0, min(n, len(rs)))
	for _, r := range rs[:min(n, len(rs))] {
		out = append(out, r.o)
	}
	return out
}

// short abbreviates a 0x hash or address for a table cell (the full value is
// in the cell's title and the CSV): 0x1234…cdef.
func short(s string) string {
	if len(s) > 14 && s[:2] == "0x" {
		return s[:6] + "…" + s[len(s)-4:]
	}
	return s
}
