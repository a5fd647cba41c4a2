package layouts_test

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"
	"regexp"
	"runtime"
	"strconv"
	"testing"
	"time"

	"lookout/campaign"
	"lookout/layouts"
	"lookout/layouts/typeset"
)

// flatLogo is a w×h logo in two colours, as line art is.
func flatLogo(t *testing.T, w, h int) *typeset.Image {
	t.Helper()
	m := image.NewPaletted(image.Rect(0, 0, w, h), color.Palette{color.White, color.RGBA{0x0B, 0x4F, 0x6C, 0xFF}})
	for y := h / 3; y < 2*h/3; y++ {
		for x := range w {
			m.SetColorIndex(x, y, 1)
		}
	}
	var b bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&b, m); err != nil {
		t.Fatal(err)
	}
	img, err := typeset.LoadImage(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return img
}

var pdfImageRE = regexp.MustCompile(`/Subtype /Image\n/Width (\d+)\n/Height (\d+)\n`)

// TestLogoResolution places logos larger than lookout keeps (a 6000×600
// banner, a 2000×2000 square and a 600×2000 upright one) on every form
// that carries the organisation's band, on every paper it comes in, and
// on the posting-law notices with the largest type and sheets, and reads
// from each PDF the picture it embeds: at least 300 pixels per inch of the
// logo's placed width, so the print master is large enough for every
// placement, and at most one pixel more than that needs.
func TestLogoResolution(t *testing.T) {
	logos := map[string]*typeset.Image{"banner": flatLogo(t, 6000, 600), "square": flatLogo(t, 2000, 2000), "upright": flatLogo(t, 600, 2000)}
	teal := typeset.Color{R: 0x0B, G: 0x4F, B: 0x6C}
	var reqs []campaign.Request
	for _, l := range layouts.All() {
		for _, f := range l.Forms() {
			if !f.Variant.Band {
				continue
			}
			for _, paper := range f.Variant.Papers {
				reqs = append(reqs, campaign.Request{Layout: l.Name, Variant: f.Variant.Name, Audience: f.Audience, Size: f.Size, TearOffs: f.TearOffs, Paper: paper})
			}
		}
	}
	for _, law := range []string{"us-fl-lodging", "us-tx-lodging"} {
		for _, paper := range []string{"", "tabloid", "a3"} {
			reqs = append(reqs, campaign.Request{Layout: "poster", Paper: paper, Comply: campaign.Comply{Preset: law, LocalLangs: []string{"vi"}}})
		}
	}
	var jobs []layouts.Job
	var names []string
	for name, logo := range logos {
		for _, r := range reqs {
			r.URL, r.Org, r.Brand = campaign.DefaultURL, "Harbor View Hotel", campaign.Brand{Logo: logo, Color: &teal}
			r.Created, r.Creator = time.Unix(1767225600, 0).UTC(), "lookout test"
			js, err := campaign.Plan(r)
			if err != nil {
				continue // a form that does not come in this paper or for this law
			}
			jobs = append(jobs, js[0])
			names = append(names, name)
		}
	}
	pieces, errs := layouts.RenderAll(jobs, (*layouts.Renderer).Render, runtime.GOMAXPROCS(0), nil)
	placed, widest := 0, 0.0
	for i, p := range pieces {
		if errs[i] != nil {
			t.Fatalf("%s: %v", campaign.FileName(jobs[i]), errs[i])
		}
		var w float64
		for _, pl := range p.Placements {
			if pl.Kind == typeset.KindImage {
				w = math.Max(w, pl.Box.W)
			}
		}
		m := pdfImageRE.FindSubmatch(p.PDF)
		if w == 0 || m == nil {
			continue // no room for the band here; the command says so
		}
		placed++
		widest = math.Max(widest, w)
		px, _ := strconv.Atoi(string(m[1]))
		if need := w / 25.4 * typeset.PrintPPI; float64(px) < need-0.01 || float64(px) > need+1 {
			t.Errorf("%s, %s logo: placed %.1f mm wide, embedded %d pixels wide (%.0f ppi); want %.0f, 300 ppi",
				campaign.FileName(jobs[i]), names[i], w, px, float64(px)/(w/25.4), math.Ceil(need))
		}
	}
	if placed < len(logos)*10 {
		t.Errorf("a logo was placed on %d pieces; want every form with a band", placed)
	}
	t.Logf("%d pieces with a logo; the widest placement %.1f mm", placed, widest)
}
