package report

import (
	"bytes"
	"fmt"
	"image/color"
	"math"
	"math/big"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"
)

// The plots' colours, chosen far apart so that a screenshot of report.html
// can be checked by counting their pixels (see the Chromium test).
var (
	// strategyColors colour the strategies' lines, in Summary.Totals order
	// (cycling when there are more strategies).
	strategyColors = []color.NRGBA{
		{R: 0x1f, G: 0x77, B: 0xb4, A: 0xff}, // blue
		{R: 0xd6, G: 0x27, B: 0x28, A: 0xff}, // red
		{R: 0x2c, G: 0xa0, B: 0x2c, A: 0xff}, // green
		{R: 0x94, G: 0x67, B: 0xbd, A: 0xff}, // purple
		{R: 0x8c, G: 0x56, B: 0x4b, A: 0xff}, // brown
	}
	// foundColor fills the opportunities found per block, landedColor draws
	// the landed ones.
	foundColor  = color.NRGBA{R: 0x9e, G: 0xda, B: 0xe5, A: 0xff} // light cyan
	landedColor = color.NRGBA{R: 0x17, G: 0x6b, B: 0x7a, A: 0xff} // dark teal
	// gasColor draws the block's gas used, ourGasColor the gas of our landed
	// opportunities.
	gasColor    = color.NRGBA{R: 0x7f, G: 0x7f, B: 0x7f, A: 0xff} // grey
	ourGasColor = color.NRGBA{R: 0xff, G: 0x7f, B: 0x0e, A: 0xff} // orange
	// histColor fills the profit distribution's bars.
	histColor = color.NRGBA{R: 0xe3, G: 0x77, B: 0xc2, A: 0xff} // pink
)

// figure is one plot image: PNG file name, title, size, and how to draw it.
type figure struct {
	file  string
	title string
	w, h  vg.Length
	draw  func(c draw.Canvas)
}

const (
	figWidth  = 10 * vg.Inch
	figHeight = 4 * vg.Inch
	pngDPI    = 96
	histBins  = 24
)

// figures builds the report's plots from r.
func figures(r *Result) ([]figure, error) {
	profit, err := profitPlot(r)
	if err != nil {
		return nil, err
	}
	opps, gas, err := blockPlots(r)
	if err != nil {
		return nil, err
	}
	hist, err := histPlot(r)
	if err != nil {
		return nil, err
	}
	return []figure{
		{file: "cumulative-profit.png", title: "Cumulative profit per strategy", w: figWidth, h: figHeight, draw: profit.Draw},
		{file: "blocks.png", title: "Opportunities and gas per block", w: figWidth, h: 2 * figHeight, draw: func(c draw.Canvas) {
			tiles := draw.Tiles{Rows: 2, Cols: 1, PadY: vg.Points(6)}
			ps := [][]*plot.Plot{{opps}, {gas}}
			cs := plot.Align(ps, tiles, c)
			opps.Draw(cs[0][0])
			gas.Draw(cs[1][0])
		}},
		{file: "profit-distribution.png", title: "Profit distribution", w: figWidth, h: figHeight, draw: hist.Draw},
	}, nil
}

// The style block vgsvg writes at the top of an SVG with embedded fonts.
const (
	fontDefsStart = "<defs>\n\t<style>\n"
	fontDefsEnd   = "\t</style>\n</defs>\n"
	fontFace      = "@font-face{"
)

// svg renders f as an SVG element for inlining in HTML, without its XML
// prolog, and returns the @font-face rules (the fonts it draws with,
// embedded as data) apart, for the page to declare once for all its plots.
func (f figure) svg() (svg []byte, faces []string, err error) {
	c := vgsvg.NewWith(vgsvg.UseWH(f.w, f.h), vgsvg.EmbedFonts(true))
	if err := f.drawOn(c); err != nil {
		return nil, nil, err
	}
	var b bytes.Buffer
	if _, err := c.WriteTo(&b); err != nil {
		return nil, nil, fmt.Errorf("report: %s: svg: %w", f.file, err)
	}
	s := b.String()
	if i := strings.Index(s, "<svg"); i >= 0 {
		s = s[i:]
	}
	if i := strings.Index(s, fontDefsStart); i >= 0 {
		if j := strings.Index(s[i:], fontDefsEnd); j >= 0 {
			for _, rule := range strings.SplitAfter(s[i+len(fontDefsStart):i+j], "\t\t}\n") {
				if k := strings.Index(rule, fontFace); k >= 0 {
					faces = append(faces, strings.TrimSpace(rule[k:]))
				}
			}
			s = s[:i] + s[i+j+len(fontDefsEnd):]
		}
	}
	return []byte(s), faces, nil
}

// drawOn draws f on c. gonum panics on data it cannot lay out; that
// becomes an error naming the plot, so that a long backtest still gets its
// data files.
func (f figure) drawOn(c vg.CanvasSizer) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("report: %s: %w: %v", f.file, ErrPlot, p)
		}
	}()
	f.draw(draw.New(c))
	return nil
}

// png renders f as a PNG image.
func (f figure) png() ([]byte, error) {
	c := vgimg.PngCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(f.w, f.h), vgimg.UseDPI(pngDPI), vgimg.UseBackgroundColor(color.White))}
	if err := f.drawOn(c); err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if _, err := c.WriteTo(&b); err != nil {
		return nil, fmt.Errorf("report: %s: png: %w", f.file, err)
	}
	return b.Bytes(), nil
}

// weiToETH converts a decimal wei string to ETH as a float, for plotting
// only; a malformed amount is 0.
func weiToETH(wei string) float64 {
	v, ok := new(big.Float).SetString(wei)
	if !ok {
		return 0
	}
	f, _ := v.Quo(v, big.NewFloat(1e18)).Float64()
	return f
}

// sans is the plots' typeface (gonum's default is Liberation Serif).
const sans = font.Typeface("Liberation")

func newPlot(title, x, y string) *plot.Plot {
	p := plot.New()
	for _, f := range []*font.Font{&p.Title.TextStyle.Font, &p.X.Label.TextStyle.Font, &p.Y.Label.TextStyle.Font,
		&p.X.Tick.Label.Font, &p.Y.Tick.Label.Font, &p.Legend.TextStyle.Font} {
		f.Typeface, f.Variant = sans, "Sans"
	}
	p.Title.Text = title
	p.X.Label.Text = x
	p.Y.Label.Text = y
	p.Add(plotter.NewGrid())
	p.Legend.Top = true
	p.Legend.Left = true
	return p
}

// profitPlot: each strategy's landed profit summed over the blocks.
func profitPlot(r *Result) (*plot.Plot, error) {
	p := newPlot("Cumulative profit per strategy (landed, net of gas and bid)", "block", "ETH")
	idx := map[string]int{}
	for i, t := range r.Summary.Totals {
		idx[t.Strategy] = i
	}
	perBlock := make([][]float64, len(r.Summary.Totals))
	for i := range perBlock {
		perBlock[i] = make([]float64, len(r.Blocks))
	}
	at := make(map[uint64]int, len(r.Blocks))
	for j, b := range r.Blocks {
		at[b.Number] = j
	}
	for _, o := range r.Opportunities {
		i, ok := idx[o.Strategy]
		j, in := at[o.Block]
		if !ok || !in || !o.Landed {
			continue
		}
		perBlock[i][j] += weiToETH(o.Profit)
	}
	k := bucketSize(len(r.Blocks))
	if k > 1 {
		p.Title.Text += fmt.Sprintf(", every %d blocks", k)
	}
	for i, t := range r.Summary.Totals {
		var pts plotter.XYs
		sum := 0.0
		for j, b := range r.Blocks {
			sum += perBlock[i][j]
			// One point per bucket: the total at its last block.
			if (j+1)%k == 0 || j == len(r.Blocks)-1 {
				pts = append(pts, plotter.XY{X: float64(b.Number), Y: sum})
			}
		}
		// Steps centred on the blocks, as in the per-block plots: block n
		// spans n-0.5..n+0.5.
		if err := addLine(p, pts, t.Strategy, strategyColors[i%len(strategyColors)], 2, plotter.MidStep, nil); err != nil {
			return nil, err
		}
	}
	legendRoom(p)
	return p, nil
}

// maxPlotPoints is the most points a series gets: a plot is about 900
// pixels wide, and beyond a few thousand points the SVG only grows (a
// 100,000-block run would make report.html tens of megabytes).
const maxPlotPoints = 1500

// bucketSize is how many consecutive blocks make one plotted point so that
// n blocks give at most maxPlotPoints points.
func bucketSize(n int) int {
	return max(1, (n+maxPlotPoints-1)/maxPlotPoints)
}

// blockPlots: opportunities found and landed per block (summed per bucket
// on long runs); block gas and ours (mean per bucket).
func blockPlots(r *Result) (*plot.Plot, *plot.Plot, error) {
	k := bucketSize(len(r.Blocks))
	oppsTitle, gasTitle := "Opportunities per block", "Gas per block"
	if k > 1 {
		oppsTitle = fmt.Sprintf("Opportunities per %d blocks", k)
		gasTitle = fmt.Sprintf("Gas per block, mean over %d blocks", k)
	}
	opps := newPlot(oppsTitle, "", "opportunities")
	gas := newPlot(gasTitle, "block", "Mgas")
	var found, landed, used, ours plotter.XYs
	for start := 0; start < len(r.Blocks); start += k {
		bs := r.Blocks[start:min(len(r.Blocks), start+k)]
		var f, l int
		var u, o uint64
		for _, b := range bs {
			f += b.Opportunities
			l += b.Landed
			u += b.GasUsed
			o += b.OurGas
		}
		// The bucket's middle block.
		x := (float64(bs[0].Number) + float64(bs[len(bs)-1].Number)) / 2
		n := float64(len(bs))
		found = append(found, plotter.XY{X: x, Y: float64(f)})
		landed = append(landed, plotter.XY{X: x, Y: float64(l)})
		used = append(used, plotter.XY{X: x, Y: float64(u) / 1e6 / n})
		ours = append(ours, plotter.XY{X: x, Y: float64(o) / 1e6 / n})
	}
	fill := color.Color(foundColor)
	if err := addLine(opps, found, "found", foundColor, 1, plotter.MidStep, fill); err != nil {
		return nil, nil, err
	}
	if err := addLine(opps, landed, "landed", landedColor, 1.5, plotter.MidStep, nil); err != nil {
		return nil, nil, err
	}
	if err := addLine(gas, used, "block gas used", gasColor, 1.5, plotter.MidStep, nil); err != nil {
		return nil, nil, err
	}
	if err := addLine(gas, ours, "our landed gas", ourGasColor, 2, plotter.MidStep, nil); err != nil {
		return nil, nil, err
	}
	opps.Y.Min = 0
	gas.Y.Min = 0
	legendRoom(opps)
	legendRoom(gas)
	return opps, gas, nil
}

// histPlot: how the simulated profit of every opportunity that got a price
// (landed or not) is spread.
func histPlot(r *Result) (*plot.Plot, error) {
	p := newPlot("Profit distribution (every simulated opportunity)", "profit, ETH", "opportunities")
	var vs plotter.Values
	for _, o := range r.Opportunities {
		if o.Profit == "" || o.Profit == "0" {
			continue
		}
		vs = append(vs, weiToETH(o.Profit))
	}
	if len(vs) == 0 {
		p.Title.Text += ": none"
		p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = 0, 1, 0, 1
		return p, nil
	}
	bins := min(histBins, max(1, len(vs)))
	h, err := plotter.NewHist(vs, bins)
	if err != nil {
		return nil, fmt.Errorf("report: profit histogram: %w", err)
	}
	h.FillColor = histColor
	h.LineStyle.Color = color.White
	h.LineStyle.Width = vg.Points(0.5)
	p.Add(h)
	p.Y.Min = 0
	widen(&p.X)
	widen(&p.Y)
	return p, nil
}

// legendRoom raises the top of the Y axis so that the legend (top left)
// does not cover the data.
func legendRoom(p *plot.Plot) {
	widen(&p.X)
	widen(&p.Y)
	p.Y.Max += 0.25 * (p.Y.Max - p.Y.Min)
}

// widen gives an axis a range gonum can draw ticks on when all the data sit
// on one value or nowhere (one block, equal profits, no block, or a value so large that adding
// the padding does not change the float).
func widen(a *plot.Axis) {
	finite := !math.IsInf(a.Min, 0) && !math.IsNaN(a.Min) && !math.IsInf(a.Max, 0) && !math.IsNaN(a.Max)
	switch {
	case !finite: // no data (gonum starts from +Inf..-Inf)
		a.Min, a.Max = 0, 1
		return
	case a.Max > a.Min:
		return
	}
	d := math.Max(1, math.Abs(a.Min)/10)
	a.Min, a.Max = a.Min-d, a.Max+d
}

// maxSegment is the most points one stroked path gets: freetype's
// rasterizer (behind the PNG canvas) slows down quadratically on long
// paths, so a long series is drawn as consecutive pieces sharing their end
// points, which looks the same.
const maxSegment = 128

func addLine(p *plot.Plot, pts plotter.XYs, name string, c color.Color, width float64, step plotter.StepKind, fill color.Color) error {
	for start := 0; start < len(pts); start += maxSegment {
		piece := pts[start:min(len(pts), start+maxSegment+1)]
		l, err := plotter.NewLine(piece)
		if err != nil {
			return fmt.Errorf("report: plot %s: %w", name, err)
		}
		l.LineStyle.Color = c
		l.LineStyle.Width = vg.Points(width)
		l.StepStyle = step
		l.FillColor = fill
		p.Add(l)
		if start == 0 {
			p.Legend.Add(name, l)
		}
		if len(piece) <= maxSegment {
			break
		}
	}
	return nil
}
