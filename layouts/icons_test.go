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

// TestIconsAreVectorsInTheirBoxes makes every form of every layout, left
// to right and right to left, alone and with other languages: each icon
// by a number sits inside the panel it belongs to, each icon of a list in
// the hanging indent of its list, at the start side, and every icon is a
// square clear of every other block of text; the PDF draws each as
// stroked paths, with no picture.
func TestIconsAreVectorsInTheirBoxes(t *testing.T) {
	var reqs []campaign.Request
	for _, tag := range []string{"en", "ar", "zh-Hans", "hi"} {
		reqs = append(reqs, campaign.EveryForm(tag)...)
	}
	// posting-law notices: each section's call lines, in three languages
	// and with a right-to-left one
	reqs = append(reqs, campaign.Request{Layout: "poster", Langs: []string{"en", "es", "vi"}, Comply: campaign.Comply{Preset: "us-ca"}},
		campaign.Request{Layout: "poster", Langs: []string{"ar", "en", "es"}, Comply: campaign.Comply{Preset: "us-ca"}},
		campaign.Request{Layout: "poster", Comply: campaign.Comply{Preset: "us-tx-lodging"}})
	jobs, _ := renderEvery(t, reqs)
	for _, j := range jobs {
		piece, err := layouts.Render(j)
		if err != nil {
			t.Fatal(err)
		}
		name := campaign.FileName(j)
		// boxes are in their area's millimetres: compare only within one
		type where struct {
			sheet int
			area  string
		}
		var icons []typeset.Placement
		var at []where // each icon's
		panels := map[where][]typeset.Box{}
		texts := map[where][]typeset.Placement{}
		var areas []string
		for _, p := range piece.Placements {
			w := where{p.Sheet, strings.Join(areas, "/")}
			switch {
			case p.Kind == typeset.KindArea:
				areas = append(areas, p.Name)
			case p.Kind == typeset.KindAreaEnd:
				areas = areas[:len(areas)-1]
			case p.Kind == typeset.KindIcon:
				icons = append(icons, p)
				at = append(at, w)
			case p.Kind == typeset.KindFill && (strings.HasPrefix(p.Name, "hotline-panel") || strings.HasPrefix(p.Name, "steps-panel")):
				panels[w] = append(panels[w], p.Box)
			case p.Kind == typeset.KindText:
				texts[w] = append(texts[w], p)
			}
		}
		if len(icons) == 0 && (j.Layout.Name == "poster" || j.Layout.Name == "staff-poster" || j.Layout.Name == "flyer") {
			t.Errorf("%s: no pictogram", name)
		}
		for n, ic := range icons {
			w := at[n]
			if ic.Box.W < 1.5 || ic.Box.W != ic.Box.H {
				t.Errorf("%s: icon %s %v is not a square", name, ic.Name, ic.Box)
			}
			k := strings.LastIndex(ic.Name, "-icon-")
			isList, list := k > 0, ic.Name[:max(k, 0)]
			in := false
			if isList {
				in = inIndent(ic.Box, texts[w], list)
			} else {
				for _, p := range panels[w] {
					in = in || inside(ic.Box, p)
				}
			}
			if !in {
				t.Errorf("%s: icon %s %v is neither in a hotline panel %v nor in a list's indent", name, ic.Name, ic.Box, panels[w])
			}
			for _, tx := range texts[w] {
				if (!isList || tx.Name != list) && overlaps(ic.Box, tx.Box) {
					t.Errorf("%s: icon %s %v overlaps text %s at %v", name, ic.Name, ic.Box, tx.Name, tx.Box)
				}
			}
		}
		if bytes.Contains(piece.PDF, []byte("/Subtype /Image")) && !strings.Contains(name, "logo") {
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

// inIndent says whether box lies in the hanging indent (1.1 em of the
// list's size) at the start side of a list named list, on a page set left
// to right or right to left.
func inIndent(box typeset.Box, texts []typeset.Placement, list string) bool {
	for _, tx := range texts {
		if tx.Name != list || !inside(box, tx.Box) {
			continue
		}
		indent := 1.1 * tx.Size * typeset.PtMM
		if box.Right() <= tx.Box.X+indent+0.01 || box.X >= tx.Box.Right()-indent-0.01 {
			return true
		}
	}
	return false
}
