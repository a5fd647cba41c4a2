package layouts_test

import (
	"math"
	"strings"
	"testing"

	"lookout/campaign"
	"lookout/layouts/typeset"
)

// TestTwoUpSheets makes the flyer and the door sign two to a letter and an
// A4 sheet and measures them: the sheet on its side; two pieces side by
// side, each half the sheet less a ½ in border, touching at the middle
// cut; crop marks and every word at least ¼ in (6.35 mm) from the sheet's
// edges, where a home printer may not print; the instruction under each
// piece.
func TestTwoUpSheets(t *testing.T) {
	const border, edge = 12.7, 6.35
	var reqs []campaign.Request
	for _, paper := range []string{"letter", "a4"} {
		for _, lang := range []string{"en", "ar", "zh-Hans", "hi"} {
			reqs = append(reqs,
				campaign.Request{Layout: "flyer", Variant: "2up", Paper: paper, Langs: []string{lang}},
				campaign.Request{Layout: "room-sign", Variant: "door-2up", Paper: paper, Langs: []string{lang}})
		}
	}
	jobs, pieces := renderEvery(t, reqs)
	near := func(a, b float64) bool { return math.Abs(a-b) < 0.01 }
	for i, piece := range pieces {
		name := campaign.FileName(jobs[i])
		var sheet typeset.Box
		var cells []typeset.Box
		labels, depth := 0, 0
		for _, p := range piece.Placements {
			switch {
			case p.Kind == typeset.KindPage:
				sheet = p.Box
				if p.Box.W <= p.Box.H {
					t.Errorf("%s: sheet %.1f x %.1f mm; want it on its side", name, p.Box.W, p.Box.H)
				}
			case p.Kind == typeset.KindArea:
				if depth == 0 {
					cells = append(cells, p.Box)
				}
				depth++
			case p.Kind == typeset.KindAreaEnd:
				depth--
			case p.Kind == typeset.KindCropMarks:
				// marks run from offset to offset+MarkLength outside the area
				reach := p.Box.X - 1 - typeset.MarkLength
				if reach < edge || sheet.W-(p.Box.Right()+1+typeset.MarkLength) < edge || p.Box.Y-1-typeset.MarkLength < edge {
					t.Errorf("%s: crop marks around %v come within %.2f mm of the edge", name, p.Box, edge)
				}
			case depth == 0 && p.Kind == typeset.KindText:
				if strings.HasPrefix(p.Name, "print-label") {
					labels++
				}
				if p.Box.X < edge || p.Box.Y < edge || sheet.W-p.Box.Right() < edge || sheet.H-p.Box.Bottom() < edge {
					t.Errorf("%s: %s at %v is within %.2f mm of the sheet's edge", name, p.Name, p.Box, edge)
				}
			}
		}
		if len(cells) != 2 {
			t.Fatalf("%s: %d pieces; want 2", name, len(cells))
		}
		w, h := (sheet.W-2*border)/2, sheet.H-2*border
		for k, c := range cells {
			if x := border + float64(k)*w; !near(c.X, x) || !near(c.Y, border) || !near(c.W, w) || !near(c.H, h) {
				t.Errorf("%s: piece %d at %v; want (%.2f,%.2f %.2fx%.2f)", name, k+1, c, x, border, w, h)
			}
		}
		if labels != 2 {
			t.Errorf("%s: %d instructions under the pieces; want 2", name, labels)
		}
	}
}

// TestTentOnASheet makes the tent card as a whole letter or A4 sheet folded
// in two, for a home printer: each face is half the sheet, and nothing
// printed comes within ¼ in (6.35 mm) of the sheet's edges (the face's
// sides, and its outer edge: its bottom, and the turned face's too).
func TestTentOnASheet(t *testing.T) {
	const edge = 6.35
	var reqs []campaign.Request
	for _, paper := range []string{"letter", "a4"} {
		for _, lang := range []string{"en", "ar", "zh-Hans", "hi"} {
			for _, audience := range []string{"victim", "guest"} {
				reqs = append(reqs, campaign.Request{Layout: "room-sign", Variant: "tent-sheet", Audience: audience, Paper: paper, Langs: []string{lang}})
			}
		}
	}
	jobs, pieces := renderEvery(t, reqs)
	for i, piece := range pieces {
		name := campaign.FileName(jobs[i])
		var sheet typeset.Box
		var face *typeset.Box
		faces := 0
		for _, p := range piece.Placements {
			switch {
			case p.Kind == typeset.KindPage:
				sheet = p.Box
			case p.Kind == typeset.KindArea:
				b := p.Box
				face, faces = &b, faces+1
				if math.Abs(b.H-sheet.H/2) > 0.01 || math.Abs(b.W-sheet.W) > 0.01 {
					t.Errorf("%s: face %s is %v; want half the %.1f x %.1f sheet", name, p.Name, b, sheet.W, sheet.H)
				}
			case p.Kind == typeset.KindAreaEnd:
				face = nil
			case face != nil && (p.Kind == typeset.KindText || p.Kind == typeset.KindQR):
				if p.Box.X < edge || face.W-p.Box.Right() < edge || face.H-p.Box.Bottom() < edge {
					t.Errorf("%s: %s at %v is within %.2f mm of the sheet's edge", name, p.Name, p.Box, edge)
				}
			}
		}
		if faces != 2 {
			t.Errorf("%s: %d faces; want 2", name, faces)
		}
	}
}

// TestTentNamedByFace: a cut tent card is named by one face, as print
// shops name tents: the 4x3 tent has two faces of 4 x 3 in (101.6 x 76.2
// mm) about a fold across the middle of a 4 x 6 in card, and the A7 one
// two A7 faces (105 x 74 mm) on an A6 card.
func TestTentNamedByFace(t *testing.T) {
	face := map[string][2]float64{"4x3": {101.6, 76.2}, "a7": {105, 74}}
	var reqs []campaign.Request
	for paper := range face {
		reqs = append(reqs, campaign.Request{Layout: "room-sign", Variant: "tent", Paper: paper, Langs: []string{"en"}})
	}
	jobs, pieces := renderEvery(t, reqs)
	for i, piece := range pieces {
		name := campaign.FileName(jobs[i])
		want := face[jobs[i].Paper.Name]
		if !strings.Contains(name, "-"+jobs[i].Paper.Name+"-") {
			t.Errorf("%s: the file is not named by the face, %s", name, jobs[i].Paper.Name)
		}
		var faces []typeset.Box
		var folds []typeset.Placement
		for _, p := range piece.Placements {
			switch {
			case p.Kind == typeset.KindArea:
				faces = append(faces, p.Box)
			case p.Kind == typeset.KindLine && p.Name == "fold":
				folds = append(folds, p)
			}
		}
		if len(faces) != 2 {
			t.Fatalf("%s: %d faces; want 2", name, len(faces))
		}
		for _, f := range faces {
			if math.Abs(f.W-want[0]) > 0.05 || math.Abs(f.H-want[1]) > 0.05 {
				t.Errorf("%s: a face is %.1f x %.1f mm; want %.1f x %.1f", name, f.W, f.H, want[0], want[1])
			}
		}
		if len(folds) != 1 || math.Abs(folds[0].Box.Y-want[1]) > 0.05 {
			t.Errorf("%s: fold %v; want one line %.1f mm from the top", name, folds, want[1])
		}
	}
}
