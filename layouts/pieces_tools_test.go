package layouts_test

import (
	"image"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"lookout/campaign"
	"lookout/layouts"
)

// toolPieces are the pieces the tool tests print and read back: every
// layout in every variant, on letter and A4 sizes, and in scripts that
// need shaping or run right to left, alone and together.
var toolPieces = []campaign.Request{
	{Layout: "wallet-card", Langs: []string{"en"}, Variant: "sheet", Size: "3.5x2", Paper: "letter"},
	{Layout: "wallet-card", Langs: []string{"es"}, Variant: "sheet", Size: "cr80", Paper: "a4"},
	{Layout: "wallet-card", Langs: []string{"ar"}, Variant: "sheet", Size: "cr80", Paper: "letter"},
	{Layout: "wallet-card", Langs: []string{"en"}, Variant: "single", Size: "3.5x2"},
	{Layout: "wallet-card", Langs: []string{"hi"}, Variant: "single", Size: "cr80"},
	{Layout: "flyer", Langs: []string{"en"}, Paper: "half-letter", TearOffs: 8},
	{Layout: "flyer", Langs: []string{"zh-Hans"}, Paper: "a5", TearOffs: 10},
	{Layout: "flyer", Langs: []string{"en", "es"}, Together: true},
	{Layout: "room-sign", Langs: []string{"hi"}, Variant: "door"},
	{Layout: "room-sign", Langs: []string{"en"}, Variant: "tent", Paper: "4x3"},
	{Layout: "room-sign", Langs: []string{"ar"}, Variant: "tent", Audience: "guest", Paper: "a7"},
	{Layout: "staff-poster", Langs: []string{"en"}, Paper: "letter"},
	{Layout: "staff-poster", Langs: []string{"en", "es"}, Together: true},
	{Layout: "sticker", Langs: []string{"en"}, Size: "3x5", Paper: "letter"},
	{Layout: "sticker", Langs: []string{"es"}, Size: "a6", Paper: "a4"},
	{Layout: "poster", Langs: []string{"ar"}, Audience: "victim", Paper: "a4"},
	{Layout: "poster", Langs: []string{"en", "es", "vi"}, Together: true},
}

// TestEveryPieceWithTools prints each of toolPieces and checks it with real
// tools: qpdf finds the structure sound, pdffonts sees every font embedded,
// pdftotext gives back the hotline digits (on every card and every tab),
// zbarimg decodes every QR code the piece has at 150 dpi to exactly the
// URL, and pdfinfo gives the page size to 0.01 in.
func TestEveryPieceWithTools(t *testing.T) {
	needTools(t, "qpdf", "pdffonts", "pdftotext", "pdftoppm", "zbarimg", "pdfinfo")
	dir := t.TempDir()
	for _, r := range toolPieces {
		r := fixed(r)
		piece, job := make1(t, r)
		name := campaign.FileName(job)
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			f := filepath.Join(dir, name)
			if err := os.WriteFile(f, piece.PDF, 0o644); err != nil {
				t.Fatal(err)
			}
			command(t, "qpdf", "--check", f)
			checkFontsEmbedded(t, f)
			codes := strings.Count(piece.Log, "\nqr qr ")
			text, digits := command(t, "pdftotext", f, "-"), job.Content.Hotline.Digits
			if got := strings.Count(words(text), digits); got < max(codes, 1) {
				t.Errorf("pdftotext finds the digits %s %d times; want at least %d", digits, got, max(codes, 1))
			}
			if tabs := strings.Count(text, digits); job.TearOffs > 0 && tabs < job.TearOffs+1 {
				t.Errorf("pdftotext finds the digits %d times; want them on every one of %d tabs too", tabs, job.TearOffs)
			}
			if sms := job.Content.Hotline.Text; sms != "" && strings.Count(words(text), sms) < max(codes, 1) {
				t.Errorf("pdftotext finds the text line %s %d times; want at least %d", sms, strings.Count(words(text), sms), max(codes, 1))
			}
			got := qrCodes(t, f)
			if len(got) != codes {
				t.Errorf("zbarimg decodes %d QR codes; the piece has %d", len(got), codes)
			}
			for _, c := range got { // the QR code follows the number
				if want := campaign.QRFor(mustHotline(t, job)); c != want {
					t.Errorf("a QR code decodes to %q; want %q, the page of the hotline printed", c, want)
				}
			}
			w, h := firstPageSize(t, piece.Log)
			media := pageBoxes(t, f)["MediaBox"]
			if math.Abs(media[2]-media[0]-w/25.4) > 0.01 || math.Abs(media[3]-media[1]-h/25.4) > 0.01 {
				t.Errorf("MediaBox %v in; want %.3f x %.3f", media, w/25.4, h/25.4)
			}
		})
	}
}

// mustHotline returns the preset of the hotline a job prints, found by
// its number to call.
func mustHotline(t *testing.T, j layouts.Job) campaign.Hotline {
	t.Helper()
	for _, id := range campaign.HotlineIDs() {
		h, _ := campaign.LookupHotline(id)
		if n, ok := h.Number("call"); ok && n.Digits == j.Content.Hotline.Digits && !h.EmergencyOnly {
			return h
		}
	}
	t.Fatalf("no hotline preset calls %s", j.Content.Hotline.Digits)
	return campaign.Hotline{}
}

// firstPageSize reads the size of page 1 from a placement log.
func firstPageSize(t *testing.T, log string) (float64, float64) {
	m := pageRE.FindStringSubmatch(strings.SplitN(log, "\n", 2)[0])
	if m == nil {
		t.Fatalf("no page in the log")
	}
	return num(m[2]), num(m[3])
}

// TestSingleCardBoxesWithTools reads the boxes of the print-shop cards
// with pdfinfo: the TrimBox is the card exactly, the BleedBox 1/8 in (3
// mm on a metric card) larger on every side, the MediaBox larger still for
// the crop marks, to 0.01 in.
func TestSingleCardBoxesWithTools(t *testing.T) {
	needTools(t, "pdfinfo")
	for _, tc := range []struct {
		size         string
		w, h, bleed  float64 // inches
		pageOverTrim float64 // the slug on each side, inches
	}{
		{"3.5x2", 3.5, 2, 0.125, (3.175 + 6) / 25.4},
		{"cr80", 85.6 / 25.4, 54 / 25.4, 3 / 25.4, 9 / 25.4},
	} {
		piece, job := make1(t, fixed(campaign.Request{Layout: "wallet-card", Langs: []string{"en"}, Variant: "single", Size: tc.size}))
		f := filepath.Join(t.TempDir(), campaign.FileName(job))
		os.WriteFile(f, piece.PDF, 0o644)
		boxes := pageBoxes(t, f)
		for name, want := range map[string][4]float64{
			"TrimBox":  {tc.pageOverTrim, tc.pageOverTrim, tc.pageOverTrim + tc.w, tc.pageOverTrim + tc.h},
			"BleedBox": {tc.pageOverTrim - tc.bleed, tc.pageOverTrim - tc.bleed, tc.pageOverTrim + tc.w + tc.bleed, tc.pageOverTrim + tc.h + tc.bleed},
			"MediaBox": {0, 0, 2*tc.pageOverTrim + tc.w, 2*tc.pageOverTrim + tc.h},
		} {
			got := boxes[name]
			for k := range want {
				if math.Abs(got[k]-want[k]) > 0.01 {
					t.Errorf("%s: %s = %.3f; want %.3f", tc.size, name, got, want)
					break
				}
			}
		}
		if piece.Pages != 2 {
			t.Errorf("%s: %d pages; want a front and a back", tc.size, piece.Pages)
		}
	}
}

// TestCardBacksDecodeBehindTheirFrontsWithTools prints card sheets and
// cuts the back page, rendered at 150 dpi, at the mirror image of every
// front card's place: each cut must hold exactly one QR code that zbarimg
// decodes to the URL. So every back lands behind its front when the sheet
// is printed on both sides and turned over on its long edge, and every
// card's code scans on its own.
func TestCardBacksDecodeBehindTheirFrontsWithTools(t *testing.T) {
	needTools(t, "pdftoppm", "zbarimg")
	for _, r := range toolPieces {
		if r.Layout != "wallet-card" || r.Variant != "sheet" {
			continue
		}
		piece, job := make1(t, fixed(r))
		dir := t.TempDir()
		f := filepath.Join(dir, "sheet.pdf")
		os.WriteFile(f, piece.PDF, 0o644)
		command(t, "pdftoppm", "-r", "150", "-gray", "-png", "-f", "2", "-l", "2", "-singlefile", f, filepath.Join(dir, "back"))
		back := readPNG(t, filepath.Join(dir, "back.png"))
		front, _ := splitPages(piece.Log)
		cards := cardRE.FindAllStringSubmatch(front, -1)
		for k, c := range cards {
			fb := box{num(c[1]), num(c[2]), num(c[3]), num(c[4])}
			mirrored := box{job.Paper.W - fb.x - fb.w, fb.y, fb.w, fb.h}
			cut := filepath.Join(dir, "card.png")
			writePNG(t, cut, crop(back, mirrored, 150))
			out, _ := exec.Command("zbarimg", "-q", "--raw", cut).Output()
			if got := strings.Fields(string(out)); len(got) != 1 || got[0] != campaign.DefaultURL {
				t.Errorf("%s: the back behind card %d at %v decodes to %q; want one code, %q", campaign.FileName(job), k+1, fb, got, campaign.DefaultURL)
			}
		}
	}
}

func readPNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

func writePNG(t *testing.T, path string, img image.Image) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

// crop cuts a box in millimetres out of a page rendered at dpi.
func crop(img image.Image, b box, dpi float64) image.Image {
	px := func(mm float64) int { return int(math.Round(mm / 25.4 * dpi)) }
	r := image.Rect(px(b.x), px(b.y), px(b.right()), px(b.bottom()))
	return img.(interface {
		SubImage(image.Rectangle) image.Image
	}).SubImage(r)
}

// TestGrayscaleWithTools renders pieces in colour and for home printers in
// grey: the grey ones have no coloured pixel, the colour ones have.
func TestGrayscaleWithTools(t *testing.T) {
	needTools(t, "pdftoppm")
	for _, layout := range []string{"poster", "wallet-card"} {
		for _, gray := range []bool{false, true} {
			r := fixed(campaign.Request{Layout: layout, Langs: []string{"en"}, Grayscale: gray})
			piece, job := make1(t, r)
			dir := t.TempDir()
			f := filepath.Join(dir, "p.pdf")
			os.WriteFile(f, piece.PDF, 0o644)
			command(t, "pdftoppm", "-r", "40", "-png", "-singlefile", f, filepath.Join(dir, "p"))
			img := readPNG(t, filepath.Join(dir, "p.png"))
			colored := 0
			for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
				for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
					r, g, b, _ := img.At(x, y).RGBA()
					if max(r, g, b)-min(r, g, b) > 0x300 {
						colored++
					}
				}
			}
			if (colored > 0) == gray {
				t.Errorf("%s grayscale=%v: %d coloured pixels", campaign.FileName(job), gray, colored)
			}
		}
	}
}
