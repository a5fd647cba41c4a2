package layouts_test

import (
	"math"
	"runtime"
	"sort"
	"testing"

	"lookout/campaign"
	"lookout/layouts"
	"lookout/layouts/typeset"
	"lookout/translations"
)

// textSizes returns the size of each text element of a piece, by name.
func textSizes(ps []typeset.Placement) map[string]float64 {
	out := map[string]float64{}
	for _, p := range ps {
		if p.Kind == typeset.KindText {
			out[p.Name] = p.Size
		}
	}
	return out
}

// TestPosterReadsAcrossTheRoom measures the letter poster in English: the
// number at 60 pt or more and the signs at 20 pt or more, read from across
// a break room; on larger sheets at least as large; in every other
// language the number and the signs keep about English's ratio.
func TestPosterReadsAcrossTheRoom(t *testing.T) {
	piece, _ := make1(t, fixed(campaign.Request{Layout: "poster", Langs: []string{"en"}, Paper: "letter"}))
	en := textSizes(piece.Placements)
	if en["hotline-number"] < 60 || en["signs"] < 20 {
		t.Errorf("letter poster in English: number %.2f pt, signs %.2f pt; want at least 60 and 20", en["hotline-number"], en["signs"])
	}
	for _, paper := range []string{"legal", "tabloid", "a3"} {
		piece, _ := make1(t, fixed(campaign.Request{Layout: "poster", Langs: []string{"en"}, Paper: paper}))
		got := textSizes(piece.Placements)
		if got["hotline-number"] < en["hotline-number"] || got["signs"] < en["signs"] {
			t.Errorf("%s poster in English: number %.2f pt, signs %.2f pt; want at least letter's %.2f and %.2f",
				paper, got["hotline-number"], got["signs"], en["hotline-number"], en["signs"])
		}
	}
	cats, err := translations.All()
	if err != nil {
		t.Fatal(err)
	}
	ratio := en["hotline-number"] / en["signs"]
	for _, c := range cats {
		piece, job := make1(t, fixed(campaign.Request{Layout: "poster", Langs: []string{c.Tag}, Paper: "letter"}))
		got := textSizes(piece.Placements)
		if r := got["hotline-number"] / got["signs"]; math.Abs(r/ratio-1) > 0.2 {
			t.Errorf("%s: number %.2f pt over signs %.2f pt is %.2f; want within 20%% of English's %.2f",
				campaign.FileName(job), got["hotline-number"], got["signs"], r, ratio)
		}
	}
}

// span is a stretch of a sheet's height, in millimetres from its top.
type span struct{ top, bottom float64 }

// inkedSpans returns, sheet by sheet, the heights taken by what a piece
// placed: text, fills, lines, QR codes, images and marks at the top level
// of the sheet, and each area (a card, a face of a tent) whole, in the
// sheet's coordinates.
func inkedSpans(ps []typeset.Placement) (map[int][]span, map[int]float64) {
	spans, heights := map[int][]span{}, map[int]float64{}
	depth := 0
	for _, p := range ps {
		switch p.Kind {
		case typeset.KindPage:
			heights[p.Sheet], depth = p.Box.H, 0
			continue
		case typeset.KindTrim, typeset.KindLine, typeset.KindCropMarks:
			continue // cut and fold lines run across empty paper too
		case typeset.KindAreaEnd:
			depth--
			continue
		}
		if depth == 0 {
			top, bottom := p.Box.Y, p.Box.Bottom()
			if p.Box.H < 0 {
				top, bottom = bottom, top
			}
			spans[p.Sheet] = append(spans[p.Sheet], span{top, bottom})
		}
		if p.Kind == typeset.KindArea {
			depth++
		}
	}
	return spans, heights
}

// TestNoEmptyBand measures every form of every layout on every paper, in
// Latin, Arabic and Chinese script, and every posting-law notice on its own
// sheet and on tabloid: no band across a sheet with nothing
// in it is taller than a fifth of the sheet.
func TestNoEmptyBand(t *testing.T) {
	var reqs []campaign.Request
	for _, tag := range []string{"en", "ar", "zh-Hans"} {
		reqs = append(reqs, campaign.EveryForm(tag)...)
	}
	jobs, pieces := renderEvery(t, reqs)
	for _, id := range campaign.ComplianceIDs() {
		for _, paper := range []string{"", "tabloid"} {
			c, _ := campaign.LookupCompliance(id)
			comply := campaign.Comply{Preset: id}
			if c.Local != "" {
				comply.LocalLangs = []string{"vi"}
			}
			r := fixed(campaign.Request{Layout: "poster", Comply: comply, Paper: paper})
			r.Hotline = ""
			js, ps := renderEvery(t, []campaign.Request{r})
			jobs, pieces = append(jobs, js...), append(pieces, ps...)
		}
	}
	for i, piece := range pieces {
		spans, heights := inkedSpans(piece.Placements)
		if len(heights) == 0 {
			t.Fatalf("%s: no pages found in the placements", campaign.FileName(jobs[i]))
		}
		for sheet, h := range heights {
			ss := spans[sheet]
			sort.Slice(ss, func(a, b int) bool { return ss[a].top < ss[b].top })
			y, worst, at := 0.0, 0.0, 0.0
			for _, s := range append(ss, span{h, h}) {
				if s.top-y > worst {
					worst, at = s.top-y, y
				}
				y = math.Max(y, s.bottom)
			}
			if worst > h/5 {
				t.Errorf("%s sheet %d: nothing from %.1f mm to %.1f mm down, %.1f mm of a %.1f mm sheet; want at most a fifth",
					campaign.FileName(jobs[i]), sheet, at, at+worst, worst, h)
			}
		}
	}
}

// renderEvery places every request (without making PDFs), on every core,
// and returns the jobs and their pieces.
func renderEvery(t *testing.T, reqs []campaign.Request) ([]layouts.Job, []layouts.Piece) {
	t.Helper()
	var jobs []layouts.Job
	for _, r := range reqs {
		js, err := campaign.Plan(r)
		if err != nil {
			t.Fatalf("%+v: %v", r, err)
		}
		jobs = append(jobs, js...)
	}
	pieces, errs := layouts.RenderAll(jobs, (*layouts.Renderer).Place, runtime.GOMAXPROCS(0), nil)
	for i, err := range errs {
		if err != nil {
			t.Fatalf("%s: %v", campaign.FileName(jobs[i]), err)
		}
	}
	return jobs, pieces
}
