package layouts_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lookout/campaign"
	"lookout/translations"
)

// stateNotices is what each state preset added from docs/sources/states.md
// must print, as `lookout make poster --comply ID` makes it: the sheet in
// inches as posted, the smallest type, the languages on the page (vi
// standing in for a local language where the law asks one), the number
// to call and the text line the law names ("" where it names none).
var stateNotices = map[string]struct {
	w, h  float64
	pt    float64
	langs string
	call  string
	text  string
}{
	"us-nm":       {11, 8.5, 12, "en es vi", "1-888-373-7888", "233733"},
	"us-tx-402":   {8.5, 11, 12, "en es", "1-888-373-7888", ""},
	"us-ct":       {8.5, 11, 12, "en", "1-888-373-7888", ""},
	"us-sc":       {8.5, 11, 12, "en", "1-888-373-7888", ""},
	"us-nc":       {8.5, 11, 12, "en", "1-888-373-7888", ""},
	"us-ky":       {8.5, 11, 16, "en es", "1-888-373-7888", ""},
	"us-mo":       {8.5, 11, 12, "en es vi", "1-888-373-7888", ""},
	"us-al":       {8.5, 11, 12, "en", "1-888-373-7888", ""},
	"us-ar":       {8.5, 11, 12, "en es vi", "1-888-373-7888", ""},
	"us-va":       {8.5, 11, 12, "en", "1-888-373-7888", ""},
	"us-ri":       {8.5, 11, 16, "en es", "1-888-373-7888", "233733"},
	"us-me":       {8.5, 11, 12, "en", "1-888-373-7888", ""},
	"us-ny-sla":   {8.5, 11, 12, "en es", "1-888-373-7888", ""},
	"us-hi":       {8.5, 11, 12, "en", "1-888-373-7888", ""},
	"us-ri-hotel": {8.5, 11, 12, "en vi", "1-888-373-7888", ""},
}

// TestStateNoticesWithTools makes each state preset's notice and measures
// the PDF with poppler: the page's size and which way up, every line's
// glyph box at least the law's type size (or lookout's 12 pt floor), each
// language's headline in the text, the number to call and the law's text
// line printed, and the QR code scanning.
func TestStateNoticesWithTools(t *testing.T) {
	needTools(t, "pdftotext", "pdfinfo", "pdftoppm", "zbarimg")
	dir := t.TempDir()
	perPt := boxPerPoint(t, dir)
	for id, want := range stateNotices {
		c, err := campaign.LookupCompliance(id)
		if err != nil {
			t.Fatal(err)
		}
		jobs, _, pdfs := renderNotice(t, id, nil)
		if len(jobs) != 1 {
			t.Fatalf("%s: %d notices; want one sign with every language", id, len(jobs))
		}
		f := filepath.Join(dir, campaign.FileName(jobs[0]))
		os.WriteFile(f, pdfs[0], 0o644)
		media := pageBoxes(t, f)["MediaBox"]
		if w, h := media[2]-media[0], media[3]-media[1]; abs(w-want.w) > 0.01 || abs(h-want.h) > 0.01 {
			t.Errorf("%s: the page is %.2f × %.2f in; want %g × %g", id, w, h, want.w, want.h)
		}
		if c.MinType > 0 && c.MinType != want.pt || c.MinType == 0 && want.pt != 12 {
			t.Errorf("%s: the preset asks %g pt; the table %g", id, c.MinType, want.pt)
		}
		for word, hgt := range wordHeights(t, f) {
			if pt := hgt / perPt; pt < want.pt-0.05 {
				t.Errorf("%s: %q is set at %.2f pt; want at least %g", id, word, pt, want.pt)
			}
		}
		text := words(command(t, "pdftotext", f, "-"))
		var langs []string
		for _, x := range jobs[0].Content.All() {
			langs = append(langs, x.Lang.Tag)
			cat, _ := translations.Match(x.Lang.Tag)
			key := "poster.headline"
			if c.Victim {
				key = "victim.headline"
			}
			if head, _ := cat.Lookup(key); !strings.Contains(text, words(head)) {
				t.Errorf("%s: no %s headline %q in the text", id, x.Lang.Tag, head)
			}
		}
		if got := strings.Join(langs, " "); got != want.langs {
			t.Errorf("%s: languages %q on the page; want %q", id, got, want.langs)
		}
		if !strings.Contains(text, want.call) {
			t.Errorf("%s: the number %s is not in the text", id, want.call)
		}
		if want.text != "" && !strings.Contains(text, want.text) || c.TextLine != (want.text != "") {
			t.Errorf("%s: text line %q in the text: %v; the preset asks for one: %v", id, want.text, strings.Contains(text, want.text), c.TextLine)
		}
		if codes := qrCodes(t, f); len(codes) != 1 {
			t.Errorf("%s: %d QR codes decode", id, len(codes))
		}
	}
}

func abs(x float64) float64 { return max(x, -x) }
