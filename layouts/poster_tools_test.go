package layouts_test

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lookout/campaign"
)

// TestPosterWithTools checks real posters with real tools: qpdf finds the
// structure sound, pdffonts sees every font embedded, pdftotext gives back
// the hotline digits and every sign, zbarimg decodes the QR code at 150 dpi
// to exactly the URL, and pdfinfo gives the exact page size.
func TestPosterWithTools(t *testing.T) {
	needTools(t, "qpdf", "pdffonts", "pdftotext", "pdftoppm", "zbarimg", "pdfinfo")
	dir := t.TempDir()
	for _, lang := range []string{"en", "es"} {
		for _, paper := range []string{"letter", "a4", "tabloid", "a3", "legal"} {
			pdf, _, job := render(t, "poster", lang, paper, "Joe's Diner")
			f := filepath.Join(dir, campaign.FileName(job))
			if err := os.WriteFile(f, pdf, 0o644); err != nil {
				t.Fatal(err)
			}
			command(t, "qpdf", "--check", f)
			checkFontsEmbedded(t, f)
			text := words(command(t, "pdftotext", f, "-"))
			for _, want := range append([]string{"1-800-843-5678", "1-800-THE-LOST", "911", "Joe's Diner"}, job.Content.Signs...) {
				if !strings.Contains(text, words(want)) {
					t.Errorf("%s: pdftotext lacks %q", f, want)
				}
			}
			if codes := qrCodes(t, f); len(codes) != 1 || codes[0] != campaign.DefaultURL {
				t.Errorf("%s: QR codes decode to %q; want exactly %q", f, codes, campaign.DefaultURL)
			}
			media := pageBoxes(t, f)["MediaBox"]
			if w, h := media[2]-media[0], media[3]-media[1]; math.Abs(w-job.Paper.W/25.4) > 0.01 || math.Abs(h-job.Paper.H/25.4) > 0.01 {
				t.Errorf("%s: page is %.3f x %.3f in; want %.3f x %.3f", f, w, h, job.Paper.W/25.4, job.Paper.H/25.4)
			}
		}
	}
}
