package report

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"
)

const (
	shotWidth, shotHeight = 1280, 3000
	// colorTolerance is how far (per channel) a pixel may be from a plot
	// colour and still count as it: lines are anti-aliased.
	colorTolerance = 24
	// minColorPixels a plot colour must cover in the screenshot: a 2 pt
	// line across the plot is thousands of pixels; a missing plot is 0.
	minColorPixels = 400
)

// plotColors are the colours the fixture's plots must show, with the plot
// that draws each.
var plotColors = []struct {
	name, file string
	c          color.NRGBA
}{
	{"arbitrage line", "cumulative-profit.png", strategyColors[0]},
	{"liquidation line", "cumulative-profit.png", strategyColors[1]},
	{"found per block", "blocks.png", foundColor},
	{"landed per block", "blocks.png", landedColor},
	{"our gas per block", "blocks.png", ourGasColor},
	{"profit histogram", "profit-distribution.png", histColor},
}

// TestHTMLInChromium renders report.html in headless Chromium with every
// network request refused, keeps the screenshot as a test artifact, and
// checks it shows the plots: the page is not blank and each plot colour
// covers enough pixels.
func TestHTMLInChromium(t *testing.T) {
	bin, err := exec.LookPath("chromium")
	if err != nil {
		t.Fatal("chromium is not installed: run `make chromium` (Debian's chromium package, for the headless rendering test)")
	}
	dir := artifactsDir(t)
	if err := Write(dir, fixture(100, 400)); err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile(filepath.Join(dir, HTMLFile))
	if err != nil {
		t.Fatal(err)
	}
	checkSelfContained(t, page)

	shot := filepath.Join(dir, "screenshot.png")
	os.Remove(shot)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	abs, err := filepath.Abs(filepath.Join(dir, HTMLFile))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
		"--no-first-run", "--disable-dev-shm-usage", "--user-data-dir="+t.TempDir(),
		// No network: every host resolves to nothing and no proxy is used.
		"--host-resolver-rules=MAP * ~NOTFOUND", "--no-proxy-server",
		"--screenshot="+shot, "--window-size="+strconv.Itoa(shotWidth)+","+strconv.Itoa(shotHeight), "file://"+abs)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("chromium: %v\n%s", err, tail(out))
	}
	img := decodePNG(t, shot)
	if b := img.Bounds(); b.Dx() != shotWidth || b.Dy() != shotHeight {
		t.Fatalf("got a %dx%d screenshot, want %dx%d", b.Dx(), b.Dy(), shotWidth, shotHeight)
	}
	if ink := inked(img); ink < 0.05 {
		t.Errorf("screenshot is %.1f%% non-white, want at least 5%%: blank page", 100*ink)
	}
	for _, pc := range plotColors {
		if n := countColor(img, pc.c); n < minColorPixels {
			t.Errorf("%s (#%02x%02x%02x): got %d pixels in the screenshot, want at least %d", pc.name, pc.c.R, pc.c.G, pc.c.B, n, minColorPixels)
		} else {
			t.Logf("%s: %d pixels", pc.name, n)
		}
	}
	t.Logf("screenshot: %s", shot)
}

// TestPNGPlots: each PNG shows its plot's colours.
func TestPNGPlots(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, fixture(100, 400)); err != nil {
		t.Fatal(err)
	}
	for _, pc := range plotColors {
		img := decodePNG(t, filepath.Join(dir, pc.file))
		if n := countColor(img, pc.c); n < minColorPixels {
			t.Errorf("%s: %s: got %d pixels, want at least %d", pc.file, pc.name, n, minColorPixels)
		}
	}
	// And none of the other plots' colours leak into the wrong image.
	img := decodePNG(t, filepath.Join(dir, "profit-distribution.png"))
	if n := countColor(img, strategyColors[1]); n != 0 {
		t.Errorf("profit-distribution.png: got %d pixels of the liquidation line, want 0", n)
	}
}

// TestEmptyReport: a range with no opportunity still writes every file.
func TestEmptyReport(t *testing.T) {
	r := &Result{Blocks: []Block{{Number: 5}}}
	Recount(r, Run{From: 5, To: 5, Strategies: []string{"liquidation"}})
	dir := t.TempDir()
	if err := Write(dir, r); err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile(filepath.Join(dir, HTMLFile))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"No opportunity found in this range.", "No liquidation or arbitrage landed by others", "<svg"} {
		if !bytes.Contains(page, []byte(s)) {
			t.Errorf("report.html lacks %q", s)
		}
	}
}

var (
	urlRef  = regexp.MustCompile(`url\(\s*['"]?([a-z]+:)?`)
	fetches = regexp.MustCompile(`(?i)<script|<link|<iframe|<img|\ssrc=|\shref=|@import`)
)

// checkSelfContained: nothing in the page fetches anything.
func checkSelfContained(t *testing.T, page []byte) {
	t.Helper()
	if m := fetches.Find(page); m != nil {
		t.Errorf("report.html contains %q: it must load nothing", m)
	}
	for _, m := range urlRef.FindAllSubmatch(page, -1) {
		if string(m[1]) != "data:" {
			t.Errorf("report.html refers to %q: only data: URLs are allowed", m[0])
		}
	}
	if !bytes.Contains(page, []byte("@font-face")) {
		t.Errorf("report.html embeds no font")
	}
}

// artifactsDir is where the test keeps what a human looks at afterwards:
// $KEEPERKIT_ARTIFACTS/backtest-report, or test-artifacts/backtest-report
// at the module root (ignored by git).
func artifactsDir(t *testing.T) string {
	t.Helper()
	root := os.Getenv("KEEPERKIT_ARTIFACTS")
	if root == "" {
		wd, err := os.Getwd()
		if err != nil {
			t.Fatal(err)
		}
		for d := wd; ; d = filepath.Dir(d) {
			if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
				root = filepath.Join(d, "test-artifacts")
				break
			}
			if filepath.Dir(d) == d {
				t.Fatalf("no go.mod above %s", wd)
			}
		}
	}
	dir := filepath.Join(root, "backtest-report")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

func decodePNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return img
}

// countColor counts the pixels within colorTolerance of c.
func countColor(img image.Image, c color.NRGBA) int {
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			p := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
			if near(p.R, c.R) && near(p.G, c.G) && near(p.B, c.B) {
				n++
			}
		}
	}
	return n
}

func near(a, b uint8) bool {
	d := int(a) - int(b)
	return d >= -colorTolerance && d <= colorTolerance
}

// inked is the share of pixels that are not white.
func inked(img image.Image) float64 {
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			p := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
			if p.R < 0xf0 || p.G < 0xf0 || p.B < 0xf0 {
				n++
			}
		}
	}
	return float64(n) / float64(b.Dx()*b.Dy())
}

// tail keeps the end of a command's output for an error message.
func tail(b []byte) string {
	if len(b) > 2000 {
		b = b[len(b)-2000:]
	}
	return string(b)
}
