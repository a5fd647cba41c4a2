package layouts_test

import (
	"math"
	"strings"
	"testing"

	"lookout/campaign"
	"lookout/layouts/typeset"
)

// TestTogetherRows sets every form that takes several languages on a page
// with languages whose headlines run to different lengths: each row of
// the sections (the lists above all) starts at one height in every
// column, and the number to call stands whole on a line.
func TestTogetherRows(t *testing.T) {
	var reqs []campaign.Request
	for _, tag := range []string{"es", "hy", "zh-Hans", "ar"} {
		for _, r := range campaign.EveryForm(tag) {
			if len(r.Langs) > 1 {
				reqs = append(reqs, r)
			}
		}
	}
	if len(reqs) == 0 {
		t.Fatal("no form sets several languages on a page")
	}
	jobs, pieces := renderEvery(t, reqs)
	for i, piece := range pieces {
		name := campaign.FileName(jobs[i])
		tops := map[string][]float64{} // by the name of the row, without the language
		var number *typeset.Placement
		for j, p := range piece.Placements {
			if p.Kind != typeset.KindText {
				continue
			}
			if p.Name == "hotline-number" {
				number = &piece.Placements[j]
			}
			row := p.Name
			for _, x := range jobs[i].Content.All() {
				row = strings.TrimSuffix(row, "-"+x.Lang.Tag)
			}
			switch row {
			case "signs", "questions", "role-1", "role-1-signs", "not-your-fault", "steps-title":
				tops[row] = append(tops[row], p.Box.Y)
			}
		}
		for row, ys := range tops {
			if len(ys) != len(jobs[i].Content.All()) {
				continue // a row not in every column (or set once)
			}
			for _, y := range ys[1:] {
				if math.Abs(y-ys[0]) > 0.01 {
					t.Errorf("%s: %s starts at %v; want one height", name, row, ys)
					break
				}
			}
		}
		if number != nil {
			whole := false
			for _, l := range number.Lines {
				whole = whole || strings.Contains(l.Text, jobs[i].Content.Hotline.Call)
			}
			if !whole {
				t.Errorf("%s: the number %s is broken across lines: %v", name, jobs[i].Content.Hotline.Call, number.Lines)
			}
		}
	}
}
