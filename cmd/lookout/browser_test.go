package main

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/png"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"lookout/serve"
)

// lookPath returns the path of the first of names installed, or skips
// the test (see needTool).
func lookPath(t *testing.T, names ...string) string {
	t.Helper()
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	needTool(t, names[0])
	return ""
}

// axeScript finds axe-core, which .ci/run installs from npm into .ci/npm
// (or LOOKOUT_AXE names).
func axeScript(t *testing.T) []byte {
	t.Helper()
	path := os.Getenv("LOOKOUT_AXE")
	if path == "" {
		path = filepath.Join("..", "..", ".ci", "npm", "node_modules", "axe-core", "axe.min.js")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		if os.Getenv("LOOKOUT_REQUIRE_TOOLS") == "1" {
			t.Fatalf("axe-core is not installed (see .ci/run): %v", err)
		}
		t.Skipf("axe-core is not installed: %v", err)
	}
	return b
}

// newBrowser starts headless Chromium with the flags that work in this
// sandbox, with downloads going to dir.
func newBrowser(t *testing.T, chromium, dir string) (context.Context, context.CancelFunc) {
	// A fresh profile, removed by hand: Chromium's helper processes may still
	// write to it for a moment after the browser is gone, which t.TempDir's
	// cleanup would report as a failure.
	profile, err := os.MkdirTemp("", "lookout-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profile), chromedp.WindowSize(1280, 1000),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 3*time.Minute)
	if err := chromedp.Run(ctx, browser.SetDownloadBehavior(browser.SetDownloadBehaviorBehaviorAllow).WithDownloadPath(dir)); err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	return ctx, func() {
		cancelT()
		cancelC()
		cancelA()
		for range 50 {
			if os.RemoveAll(profile) == nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
}

// waitFile waits for a download to land in dir.
func waitFile(t *testing.T, path string) []byte {
	t.Helper()
	for range 300 {
		if b, err := os.ReadFile(path); err == nil && len(b) > 0 {
			return b
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("%s was not downloaded", filepath.Base(path))
	return nil
}

// badgeLogo is a logo that shows: a white disc and bar on teal.
func badgeLogo() []byte {
	img := image.NewRGBA(image.Rect(0, 0, 240, 80))
	for y := range 80 {
		for x := range 240 {
			c := color.RGBA{0x0B, 0x4F, 0x6C, 0xFF}
			if dx, dy := x-40, y-40; dx*dx+dy*dy < 28*28 || (x > 85 && x < 225 && y > 30 && y < 50) {
				c = color.RGBA{0xFF, 0xFF, 0xFF, 0xFF}
			}
			img.Set(x, y, c)
		}
	}
	var b bytes.Buffer
	png.Encode(&b, img)
	return b.Bytes()
}

// pageDrawn reports whether a screenshot shows a white page in the
// preview's half: the PDF viewer draws it some time after it opens.
func pageDrawn(shot []byte) bool {
	img, err := png.Decode(bytes.NewReader(shot))
	if err != nil {
		return false
	}
	b, white := img.Bounds(), 0
	for y := b.Dy() / 3; y < b.Dy()*2/3; y += 4 {
		for x := b.Dx() * 2 / 3; x < b.Dx()-20; x += 4 {
			if r, g, bl, _ := img.At(x, y).RGBA(); r > 0xf000 && g > 0xf000 && bl > 0xf000 {
				white++
			}
		}
	}
	return white > 1000
}

// waitFor waits for a selector to show, and says what the page shows when
// it does not.
func waitFor(t *testing.T, ctx context.Context, sel string) {
	t.Helper()
	wctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Run(wctx, chromedp.WaitVisible(sel)); err != nil {
		var status, problems, files string
		chromedp.Run(ctx, chromedp.Text(`#status`, &status), chromedp.Text(`#problems`, &problems, chromedp.AtLeast(0)),
			chromedp.Evaluate(`document.getElementById("pdfs").dataset.files || ""`, &files))
		t.Fatalf("waiting for %s: %v; the page says %q %q, preview %q", sel, err, status, problems, files)
	}
}

// TestServeInBrowser uses the page as a person would, in Chromium: it
// chooses Vietnamese and then Arabic on one page (in that order), types an organisation,
// uploads a logo, waits for the preview to change, downloads the PDF and
// the settings, and checks the PDF is the CLI's for those settings, with
// the text in it. axe-core checks the page; a screenshot is written for
// the README when LOOKOUT_SCREENSHOT names where.
func TestServeInBrowser(t *testing.T) {
	chromium := lookPath(t, "chromium", "chromium-browser")
	pdftotext, qpdf := lookPath(t, "pdftotext"), lookPath(t, "qpdf")
	axe := axeScript(t)
	env := testEnv(map[string]string{"SOURCE_DATE_EPOCH": "1767225600"})
	srv := httptest.NewServer(serve.Handler(serve.Config{Maker: pageMaker{env: env}}))
	defer srv.Close()
	downloads, logo := t.TempDir(), filepath.Join(t.TempDir(), "logo.png")
	logoPNG := badgeLogo()
	os.WriteFile(logo, logoPNG, 0o644)
	ctx, cancel := newBrowser(t, chromium, downloads)
	defer cancel()

	var first string
	run := func(what string, actions ...chromedp.Action) {
		t.Helper()
		if err := chromedp.Run(ctx, actions...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	run("open the page", chromedp.Navigate(srv.URL),
		chromedp.WaitVisible(`#pdfs iframe`), chromedp.AttributeValue(`#pdfs`, "data-files", &first, nil))
	if first != "poster-letter-en.pdf" {
		t.Errorf("the first preview is %q, want the default poster-letter-en.pdf", first)
	}
	run("keyboard", chromedp.KeyEvent("\t"), chromedp.KeyEvent("\t"))
	var focused string
	run("focus", chromedp.Evaluate(`document.activeElement.id`, &focused))
	if focused != "layout" {
		t.Errorf("two tabs from the top focus #%s, want #layout (after Open settings)", focused)
	}
	run("choose", chromedp.Click(`#lang-en`), chromedp.Click(`#lang-vi`), chromedp.Click(`#lang-ar`),
		chromedp.Click(`#together`), chromedp.SetValue(`#paper`, "letter"),
		chromedp.SendKeys(`#org`, "Nhà hàng Sài Gòn"), chromedp.SendKeys(`#colour`, "#0B4F6C"), chromedp.SetUploadFiles(`#logo`, []string{logo}),
		chromedp.Evaluate(`document.getElementById("paper").dispatchEvent(new Event("change", {bubbles: true}))`, nil))
	waitFor(t, ctx, `#pdfs[data-files="poster-letter-vi+ar.pdf"] iframe`)

	run("check the page", chromedp.Evaluate(string(axe), nil))
	var serious []string
	run("axe", chromedp.Evaluate(`axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations
		.filter(v => v.impact === "serious" || v.impact === "critical")
		.map(v => v.id + ": " + v.help + " (" + v.nodes.map(n => n.target.join(" ")).join(", ") + ")"))`,
		&serious, func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }))
	for _, v := range serious {
		t.Errorf("axe-core: %s", v)
	}
	if path := os.Getenv("LOOKOUT_SCREENSHOT"); path != "" {
		var shot []byte
		run("scroll", chromedp.Evaluate(`window.scrollTo(0, 0); document.activeElement.blur()`, nil))
		for range 20 { // until the PDF viewer has drawn the page
			run("screenshot", chromedp.Sleep(time.Second), chromedp.CaptureScreenshot(&shot))
			if pageDrawn(shot) {
				break
			}
		}
		if err := os.WriteFile(path, shot, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	run("download", chromedp.Click(`button[formaction="/pdf"]`))
	pdf := waitFile(t, filepath.Join(downloads, "poster-letter-vi+ar.pdf"))
	run("save settings", chromedp.Click(`button[formaction="/settings/save"]`))
	yaml := waitFile(t, filepath.Join(downloads, serve.CampaignName))

	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "campaign.yaml"), yaml, 0o644)
	os.WriteFile(filepath.Join(dir, "logo.png"), logoPNG, 0o644)
	r := lookout(t, "make", "poster", "--campaign", filepath.Join(dir, "campaign.yaml"), "--out", "{out}")
	cli, _ := os.ReadFile(strings.TrimSpace(r.stdout))
	if r.code != 0 || !bytes.Equal(pdf, cli) {
		t.Errorf("the downloaded PDF (%d bytes) is not the CLI's (%d bytes, exit %d %s)", len(pdf), len(cli), r.code, r.stderr)
	}
	out, err := exec.Command(pdftotext, filepath.Join(downloads, "poster-letter-vi+ar.pdf"), "-").Output()
	text := strings.Join(strings.Fields(string(out)), " ")
	for _, want := range []string{"Nhà hàng Sài Gòn", "1-800-THE-LOST"} {
		if err != nil || !strings.Contains(text, want) {
			t.Errorf("the downloaded PDF's text lacks %q (%v):\n%.300s", want, err, text)
		}
	}
	if out, err := exec.Command(qpdf, "--check", filepath.Join(downloads, "poster-letter-vi+ar.pdf")).CombinedOutput(); err != nil {
		t.Errorf("qpdf --check on the downloaded PDF: %v\n%s", err, out)
	}
	if !strings.ContainsAny(text, "ابتثجحخدذرزسشصضطظعغفقكلمنهوي") {
		t.Errorf("the downloaded PDF has no Arabic text:\n%.300s", text)
	}

	// A mistake shows beside its control, with the CLI's words.
	var problem, invalid string
	run("a bad colour", chromedp.Evaluate(`document.getElementById("colour").value = ""`, nil), chromedp.SendKeys(`#colour`, "teal"))
	waitFor(t, ctx, `#colour-problem:not(:empty)`)
	run("read it", chromedp.Text(`#colour-problem`, &problem), chromedp.AttributeValue(`#colour`, "aria-invalid", &invalid, nil))
	if !strings.Contains(problem, `colour "teal" is not written #RRGGBB`) || !strings.Contains(problem, "Hint: write it as #RRGGBB") || invalid != "true" {
		t.Errorf("beside the colour: %q (aria-invalid %q)", problem, invalid)
	}
	if os.Getenv("LOOKOUT_SCREENSHOT") != "" {
		var png []byte
		run("screenshot of a problem", chromedp.ScrollIntoView(`#colour`), chromedp.CaptureScreenshot(&png))
		os.WriteFile(filepath.Join(filepath.Dir(os.Getenv("LOOKOUT_SCREENSHOT")), "serve-problem.png"), png, 0o644)
	}

	// Open settings: the saved file gives the page back its values.
	saved := filepath.Join(t.TempDir(), "saved.yaml")
	os.WriteFile(saved, bytes.Replace(yaml, []byte("Nhà hàng Sài Gòn"), []byte("Harbor View Hotel"), 1), 0o644)
	run("open settings", chromedp.SetUploadFiles(`#open`, []string{saved}))
	waitFor(t, ctx, `#status`)
	var org string
	for range 100 {
		chromedp.Run(ctx, chromedp.Value(`#org`, &org))
		if org == "Harbor View Hotel" {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	var colour, status string
	run("opened", chromedp.Value(`#colour`, &colour), chromedp.Text(`#status`, &status))
	if org != "Harbor View Hotel" || colour != "#0B4F6C" || !strings.Contains(status, "logo.png") {
		t.Errorf("after opening the settings: org %q, colour %q, status %q", org, colour, status)
	}

	// Tear-off tabs are offered for the layout that takes them.
	var tabsHidden bool
	run("poster: no tabs", chromedp.Evaluate(`document.getElementById("tabs-field").hidden`, &tabsHidden))
	if !tabsHidden {
		t.Error("the poster offers tear-off tabs")
	}
	run("flyer: tabs", chromedp.SetValue(`#layout`, "flyer"),
		chromedp.Evaluate(`document.getElementById("layout").dispatchEvent(new Event("change", {bubbles: true}))`, nil),
		chromedp.WaitVisible(`#tear_offs`))

	var scroll, width int
	run("a phone's width", emulation.SetDeviceMetricsOverride(390, 844, 2, true),
		chromedp.Sleep(200*time.Millisecond),
		chromedp.Evaluate(`document.documentElement.scrollWidth`, &scroll), chromedp.Evaluate(`window.innerWidth`, &width))
	if scroll > width {
		t.Errorf("at a phone's width (%d px) the page is %d px wide", width, scroll)
	}
}
