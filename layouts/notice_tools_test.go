package layouts_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"lookout/campaign"
	"lookout/layouts/typeset"
	"lookout/translations"
)

var wordRE = regexp.MustCompile(`<word xMin="[-0-9.]+" yMin="([-0-9.]+)" xMax="[-0-9.]+" yMax="([-0-9.]+)">(.*?)</word>`)

// wordHeights returns the height in points of every word box pdftotext
// -bbox finds (lookout's spans make each line one word).
func wordHeights(t *testing.T, pdf string) map[string]float64 {
	t.Helper()
	out := map[string]float64{}
	for _, m := range wordRE.FindAllStringSubmatch(command(t, "pdftotext", "-bbox", pdf, "-"), -1) {
		y0, _ := strconv.ParseFloat(m[1], 64)
		y1, _ := strconv.ParseFloat(m[2], 64)
		out[m[3]] = y1 - y0
	}
	return out
}

// boxPerPoint measures how tall pdftotext makes the box of text set in
// Noto Sans at one point: it sets a line at exactly 20 pt with the page engine.
func boxPerPoint(t *testing.T, dir string) float64 {
	t.Helper()
	doc := typeset.NewDocument(typeset.Meta{Created: time.Unix(0, 0)})
	p := doc.AddPage("ruler", 100, 50, typeset.Lang{Tag: "en", Script: "Latn"})
	if _, err := p.Text("ruler", typeset.Box{X: 5, Y: 5, W: 90, H: 40}, []string{"Ruler"}, typeset.Style{Size: 20, Min: 20, Color: typeset.Black}); err != nil {
		t.Fatal(err)
	}
	b, err := doc.PDF()
	if err != nil {
		t.Fatal(err)
	}
	f := filepath.Join(dir, "ruler.pdf")
	os.WriteFile(f, b, 0o644)
	return wordHeights(t, f)["Ruler"] / 20
}

// TestEveryNoticeWithTools renders each preset's notice and measures the
// PDF with poppler: the page at least the law's size and turned as it
// wants, every line's glyph box at least as tall as the law's type size
// would make it, each language's headline and the hotline in the text, and
// the QR code scanning to its address.
func TestEveryNoticeWithTools(t *testing.T) {
	needTools(t, "pdftotext", "pdfinfo", "pdftoppm", "zbarimg", "qpdf")
	dir := t.TempDir()
	perPt := boxPerPoint(t, dir)
	if perPt < 1 || perPt > 2 {
		t.Fatalf("a 20 pt line is %.2f pt tall per point; the ruler is off", perPt)
	}
	scanned := map[string]bool{}
	for _, id := range campaign.ComplianceIDs() {
		c, _ := campaign.LookupCompliance(id)
		jobs, _, pdfs := renderNotice(t, id, nil)
		for i, j := range jobs {
			f := filepath.Join(dir, campaign.FileName(j))
			os.WriteFile(f, pdfs[i], 0o644)
			command(t, "qpdf", "--check", f)
			media := pageBoxes(t, f)["MediaBox"]
			w, h := media[2]-media[0], media[3]-media[1]
			if c.MinSize != nil && (w < c.MinSize.W-0.005 || h < c.MinSize.H-0.005) {
				t.Errorf("%s: pdfinfo gives %.2f × %.2f in; the law asks %s", f, w, h, c.MinSize)
			}
			floor := max(c.MinType, 12)
			for word, hgt := range wordHeights(t, f) {
				if pt := hgt / perPt; pt < floor-0.05 {
					t.Errorf("%s: %q is set at %.2f pt; the law asks at least %g", f, word, pt, floor)
				}
			}
			text := words(command(t, "pdftotext", f, "-"))
			for _, x := range j.Content.All() {
				cat, _ := translations.Match(x.Lang.Tag)
				key := "poster.headline"
				if c.Victim {
					key = "victim.headline"
				}
				if head, _ := cat.Lookup(key); !strings.Contains(text, words(head)) {
					t.Errorf("%s: no %s headline %q in the text", f, x.Lang.Tag, head)
				}
			}
			if !strings.Contains(text, j.Content.Hotline.Digits) {
				t.Errorf("%s: the hotline %s is not in the text", f, j.Content.Hotline.Digits)
			}
			if !scanned[j.Paper.Name] { // the code is drawn the same way on every notice of a size
				scanned[j.Paper.Name] = true
				if codes := qrCodes(t, f); len(codes) != 1 || codes[0] != campaign.DefaultURL {
					t.Errorf("%s: QR codes decode to %q", f, codes)
				}
			}
			if c.Orientation == "landscape" && w <= h || c.Orientation != "landscape" && w > h {
				t.Errorf("%s: %.2f × %.2f in is the wrong way up for %s", f, w, h, id)
			}
		}
	}
}
