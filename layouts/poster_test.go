package layouts_test

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"lookout/layouts"
)

var sizeRE = regexp.MustCompile(`text (\S+) box=\S+ \S+ size=([0-9.]+)pt`)

// TestPosterTypeSizes reads the placement log: on letter, body text is at
// least 14 pt and the number to call at least 36 pt (readable from two
// metres); nothing is set under 12 pt on any paper.
func TestPosterTypeSizes(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		for _, paper := range []string{"letter", "legal", "tabloid", "a4", "a3"} {
			_, log, _ := render(t, "poster", lang, paper, "Joe's Diner")
			sizes := map[string]float64{}
			for _, m := range sizeRE.FindAllStringSubmatch(log, -1) {
				sizes[m[1]], _ = strconv.ParseFloat(m[2], 64)
			}
			for name, size := range sizes {
				floor := 12.0
				if paper == "letter" && name != "url" && name != "org" && name != "qr-label" {
					floor = 14
				}
				if size < floor {
					t.Errorf("%s %s: %s at %.2f pt; want at least %.0f", lang, paper, name, size, floor)
				}
			}
			if sizes["hotline-number"] < 36 {
				t.Errorf("%s %s: the number to call is %.2f pt; want at least 36", lang, paper, sizes["hotline-number"])
			}
			for _, want := range []string{"headline", "context", "signs", "hotline-number", "hotline-digits", "emergency", "closing", "url", "org"} {
				if _, ok := sizes[want]; !ok {
					t.Errorf("%s %s: the poster has no %s", lang, paper, want)
				}
			}
		}
	}
}

func TestPrintedURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://www.missingkids.org/blog/2024/x": "missingkids.org/blog/2024/x",
		"http://example.org/?utm_source=poster":   "example.org",
		"https://example.org/signs#top":           "example.org/signs",
	} {
		if got := layouts.PrintedURL(in); got != want {
			t.Errorf("PrintedURL(%q) = %q; want %q", in, got, want)
		}
	}
}

func TestEveryPaperIsExact(t *testing.T) {
	want := map[string][2]float64{"letter": {215.9, 279.4}, "legal": {215.9, 355.6}, "tabloid": {279.4, 431.8}, "a4": {210, 297}, "a3": {297, 420}}
	for name, wh := range want {
		p, err := layouts.PaperByName(strings.ToUpper(name))
		if err != nil || p.W != wh[0] || p.H != wh[1] {
			t.Errorf("PaperByName(%q) = %v, %v", name, p, err)
		}
	}
}
