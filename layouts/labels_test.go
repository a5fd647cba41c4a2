package layouts_test

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"lookout/campaign"
	"lookout/layouts/typeset"
)

// TestLabelStock prints stickers on each label stock and measures them
// against the stock's published template (glabels' Avery US templates,
// read on 2026-12-04): one sticker on every label, at the template's
// place to a hundredth of a millimetre; everything of each sticker inside
// its label with a margin; no cut line or crop mark on die-cut stock.
func TestLabelStock(t *testing.T) {
	const in = 25.4
	// the templates, written out again here from the source so that a
	// slip in labels.go cannot hide behind itself
	want := map[string]struct {
		page       [2]float64
		cols, rows int
		w, h       float64
		x0, y0     float64
		dx, dy     float64
	}{
		"avery-5164": {[2]float64{8.5 * in, 11 * in}, 2, 3, 4 * in, 3.333333333 * in, 0.15625 * in, 0.5 * in, 4.1875 * in, 3.333333333 * in},
		"avery-5168": {[2]float64{8.5 * in, 11 * in}, 2, 2, 3.5 * in, 5 * in, 0.5 * in, 0.5 * in, 4 * in, 5 * in},
		"label-4x6":  {[2]float64{4 * in, 6 * in}, 1, 1, 4 * in, 6 * in, 0, 0, 0, 0},
	}
	var reqs []campaign.Request
	for stock := range want {
		for _, lang := range []string{"en", "ar", "zh-Hans", "hi"} {
			reqs = append(reqs, campaign.Request{Layout: "sticker", Variant: "labels", Paper: stock, Langs: []string{lang}})
		}
	}
	jobs, pieces := renderEvery(t, reqs)
	near := func(a, b float64) bool { return math.Abs(a-b) < 0.01 }
	for i, piece := range pieces {
		name := campaign.FileName(jobs[i])
		tpl := want[jobs[i].Paper.Name]
		var labels []typeset.Box
		var cur *typeset.Box // the label being drawn
		depth := 0
		for _, p := range piece.Placements {
			switch {
			case p.Kind == typeset.KindPage:
				if !near(p.Box.W, tpl.page[0]) || !near(p.Box.H, tpl.page[1]) {
					t.Errorf("%s: page %.2f x %.2f mm, want %.2f x %.2f", name, p.Box.W, p.Box.H, tpl.page[0], tpl.page[1])
				}
			case p.Kind == typeset.KindCropMarks || (p.Kind == typeset.KindLine && strings.Contains(p.Name, "cut")):
				t.Errorf("%s: %s %s printed on die-cut stock", name, p.Kind, p.Name)
			case p.Kind == typeset.KindArea && strings.HasPrefix(p.Name, "label-") && depth == 0:
				labels = append(labels, p.Box)
				b := p.Box
				cur, depth = &b, 1
			case p.Kind == typeset.KindArea:
				depth++
			case p.Kind == typeset.KindAreaEnd:
				depth--
				if depth == 0 {
					cur = nil
				}
			case cur != nil && p.Box.W > 0:
				// inside the label, in the sticker's own frame: it lies on
				// its side when the label is wider than tall
				w, h := cur.W, cur.H
				if w > h {
					w, h = h, w
				}
				const margin = 0.125*in - 0.01
				if p.Box.X < margin || p.Box.Y < margin || p.Box.Right() > w-margin || p.Box.Bottom() > h-margin {
					t.Errorf("%s: %s %s at %v is not inside its %.1f x %.1f mm label with a %.2f mm margin", name, p.Kind, p.Name, p.Box, w, h, margin)
				}
			}
		}
		if len(labels) != tpl.cols*tpl.rows {
			t.Fatalf("%s: %d stickers, want one on each of the %d labels", name, len(labels), tpl.cols*tpl.rows)
		}
		for k, b := range labels {
			r, c := k/tpl.cols, k%tpl.cols
			x, y := tpl.x0+float64(c)*tpl.dx, tpl.y0+float64(r)*tpl.dy
			if !near(b.X, x) || !near(b.Y, y) || !near(b.W, tpl.w) || !near(b.H, tpl.h) {
				t.Errorf("%s: label %d at %s, want (%.2f,%.2f %.2fx%.2f)", name, k+1, fmt.Sprint(b), x, y, tpl.w, tpl.h)
			}
		}
	}
}

// TestLabelStockIsAPaper: naming a label stock as the paper is enough;
// asking for a size with it is refused, as is label stock for the sheet.
func TestLabelStockIsAPaper(t *testing.T) {
	js, err := campaign.Plan(campaign.Request{Layout: "sticker", Paper: "avery-5168", Langs: []string{"en"}})
	if err != nil || len(js) != 1 || js[0].Variant != "labels" || campaign.FileName(js[0]) != "sticker-labels-avery-5168-en.pdf" {
		t.Fatalf("--paper avery-5168: %v %+v", err, js)
	}
	for _, r := range []campaign.Request{
		{Layout: "sticker", Paper: "avery-5164", Size: "4x6", Langs: []string{"en"}},
		{Layout: "sticker", Variant: "sheet", Paper: "avery-5164", Langs: []string{"en"}},
		{Layout: "sticker", Variant: "labels", Paper: "letter", Langs: []string{"en"}},
	} {
		if _, err := campaign.Plan(r); err == nil {
			t.Errorf("%+v: planned; want it refused", r)
		}
	}
}
