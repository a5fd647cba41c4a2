package layouts_test

import (
	"bytes"
	"strings"
	"testing"

	"lookout/campaign"
	"lookout/layouts"
	"lookout/layouts/typeset"
)

func inside(a, b typeset.Box) bool {
	const e = 0.01
	return a.X >= b.X-e && a.Y >= b.Y-e && a.Right() <= b.Right()+e && a.Bottom() <= b.Bottom()+e
}

func overlaps(a, b typeset.Box) bool {
	return a.X < b.Right() && b.X < a.Right() && a.Y < b.Bottom() && b.Y < a.Bottom()
}

// TestIconsAreVectorsInTheirBoxes makes every form of the layouts that
// carry pictograms, left to right and right to left, alone and with other
// languages: each icon sits inside the panel it belongs to, clear of every
// block of text, and the PDF draws it as stroked paths, with no picture.
func TestIconsAreVectorsInTheirBoxes(t *testing.T) {
	var reqs []campaign.Request
	for _, tag := range []string{"en", "ar", "zh-Hans"} {
		for _, r := range campaign.EveryForm(tag) {
			if r.Layout == "poster" || r.Layout == "staff-poster" {
				reqs = append(reqs, r)
			}
		}
	}
	jobs, _ := renderEvery(t, reqs)
	for _, j := range jobs {
		piece, err := layouts.Render(j)
		if err != nil {
			t.Fatal(err)
		}
		name := campaign.FileName(j)
		var icons, panels, texts []typeset.Box
		for _, p := range piece.Placements {
			switch {
			case p.Kind == typeset.KindIcon:
				icons = append(icons, p.Box)
			case p.Kind == typeset.KindFill && (strings.HasPrefix(p.Name, "hotline-panel") || strings.HasPrefix(p.Name, "steps-panel")):
				panels = append(panels, p.Box)
			case p.Kind == typeset.KindText:
				texts = append(texts, p.Box)
			}
		}
		if len(icons) == 0 {
			t.Errorf("%s: no pictogram", name)
		}
		for _, ic := range icons {
			in := false
			for _, p := range panels {
				in = in || inside(ic, p)
			}
			if !in || ic.W < 5 || ic.W != ic.H {
				t.Errorf("%s: icon %v is not a square inside a hotline panel %v", name, ic, panels)
			}
			for _, tx := range texts {
				if overlaps(ic, tx) {
					t.Errorf("%s: icon %v overlaps text at %v", name, ic, tx)
				}
			}
		}
		if bytes.Contains(piece.PDF, []byte("/Subtype /Image")) {
			t.Errorf("%s: the PDF holds a picture; icons must be vector paths", name)
		}
		strokes := 0
		for _, s := range contentStreams(t, piece.PDF) {
			strokes += strings.Count(s, " 1 J 1 j ")
		}
		if strokes != len(icons) {
			t.Errorf("%s: %d stroked icon paths in the content; want %d", name, strokes, len(icons))
		}
	}
}
