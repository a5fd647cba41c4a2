package layouts_test

import (
	"bytes"
	"image"
	"image/png"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"lookout/campaign"
	"lookout/layouts"
	"lookout/layouts/typeset"
)

// testLogo is a 3:1 picture, as logos often are.
func testLogo(t *testing.T) *typeset.Image {
	t.Helper()
	var b bytes.Buffer
	png.Encode(&b, image.NewRGBA(image.Rect(0, 0, 300, 100)))
	img, err := typeset.LoadImage(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return img
}

func renderBranded(t *testing.T, lang, paper string) (string, layouts.Job) {
	t.Helper()
	teal := typeset.Color{R: 0x0B, G: 0x4F, B: 0x6C}
	langs := strings.Split(lang, "+")
	jobs, err := campaign.Plan(campaign.Request{Layout: "poster", Langs: langs, Together: len(langs) > 1, Paper: paper, URL: campaign.DefaultURL,
		Org: "Harbor View Hotel", Brand: campaign.Brand{Logo: testLogo(t), Color: &teal},
		Local:   &layouts.Contact{Name: "Harbor View Security", Phone: "555-0100"},
		Created: time.Unix(1767225600, 0).UTC(), Creator: "lookout test"})
	if err != nil {
		t.Fatal(err)
	}
	piece, err := layouts.Render(jobs[0])
	if err != nil {
		t.Fatalf("%s %s: %v", lang, paper, err)
	}
	return piece.Log, jobs[0]
}

var imageLogRE = regexp.MustCompile(`image logo box=\(([0-9.]+),([0-9.]+) ([0-9.]+)x([0-9.]+)\) at=\(([0-9.]+),([0-9.]+) ([0-9.]+)x([0-9.]+)\) px=(\d+)x(\d+)`)

// TestBrandedPoster places the logo, the organisation's band and the
// local contact on the poster in English and Arabic, on letter and A4:
// the logo keeps its 3:1 shape, stays inside its box, sits at the start
// side, and the band carries the name.
func TestBrandedPoster(t *testing.T) {
	for _, lang := range []string{"en", "ar"} {
		for _, paper := range []string{"letter", "a4"} {
			log, _ := renderBranded(t, lang, paper)
			if paper == "letter" {
				golden(t, "poster-letter-"+lang+"-brand.log", log)
			}
			m := imageLogRE.FindStringSubmatch(log)
			if m == nil {
				t.Fatalf("%s %s: no logo in the log:\n%s", lang, paper, log)
			}
			f := make([]float64, 10)
			for i := range f {
				f[i], _ = strconv.ParseFloat(m[i+1], 64)
			}
			box, at, px := f[0:4], f[4:8], f[8:10]
			if got, want := at[2]/at[3], px[0]/px[1]; math.Abs(got-want) > 0.02 {
				t.Errorf("%s %s: logo drawn %.1fx%.1f mm, ratio %.3f; the picture's is %.3f", lang, paper, at[2], at[3], got, want)
			}
			if at[0] < box[0]-0.05 || at[1] < box[1]-0.05 || at[0]+at[2] > box[0]+box[2]+0.05 || at[1]+at[3] > box[1]+box[3]+0.05 {
				t.Errorf("%s %s: logo at %v leaves its box %v", lang, paper, at, box)
			}
			if rtl := lang == "ar"; rtl != (at[0] > 100) {
				t.Errorf("%s %s: logo at x=%.1f; want it at the start side", lang, paper, at[0])
			}
			for _, want := range []string{"fill brand-band", "text brand-name", `"Harbor View Hotel"`, "text local-contact", "Harbor View Security: 555-0100", "fill rule box=(10.2,25.2 195.5x2.5) color=#0B4F6C"} {
				if paper == "letter" && !strings.Contains(log, want) {
					t.Errorf("%s %s: the log lacks %s", lang, paper, want)
				}
			}
			if strings.Contains(log, "text org ") {
				t.Errorf("%s %s: the name is printed twice, in the band and as posted by", lang, paper)
			}
		}
	}
}

// TestBrandGivesWayToTheSigns: Armenian, Khmer and Somali side by side
// need the whole of letter for their words, so the band is left out and
// the name goes beside the QR code; on tabloid the band fits.
func TestBrandGivesWayToTheSigns(t *testing.T) {
	log, _ := renderBranded(t, "hy+km+so", "letter")
	if strings.Contains(log, "image logo") || strings.Contains(log, "brand-band") || !strings.Contains(log, "text org ") {
		t.Errorf("hy+km+so letter: want no band, and the name beside the QR code:\n%s", log)
	}
	if log, _ := renderBranded(t, "hy+km+so", "tabloid"); !strings.Contains(log, "image logo") || strings.Contains(log, "text org ") {
		t.Errorf("hy+km+so tabloid: want the band with the logo")
	}
}
