package layouts

import (
	"slices"

	"lookout/layouts/typeset"
)

// Label stock: sheets of die-cut labels that stickers can be printed on at
// home. Each template is where its maker puts the labels, so nothing is
// cut and no cut line is printed: the stickers peel off the sheet.
//
// The geometry is glabels' template for each part (templates/
// avery-us-templates.xml in github.com/jimevins/glabels-qt, read on
// 2026-12-04): label size, columns and rows, the first label's top-left
// corner (x0, y0) and the distance from one label to the next (dx, dy).
// It agrees with CPAN Paper::Specs' Avery entries (read the same day).

// LabelStock is one sheet of labels.
type LabelStock struct {
	Name           string // the name --paper takes: avery-5164
	W, H           float64
	Cols, Rows     int
	X0, Y0, DX, DY float64 // millimetres from the sheet's top left
}

// inch is an inch in millimetres.
const inch = 25.4

var labelStocks = []LabelStock{
	// Avery 5164 (and 5264, 8164 ...): shipping labels 4 x 3⅓ in, 2 x 3 on
	// letter; x0 0.15625 in, y0 0.5 in, dx 4.1875 in, dy 3⅓ in.
	{Name: "avery-5164", W: 4 * inch, H: 10.0 / 3 * inch, Cols: 2, Rows: 3,
		X0: 0.15625 * inch, Y0: 0.5 * inch, DX: 4.1875 * inch, DY: 10.0 / 3 * inch},
	// Avery 5168: shipping labels 3½ x 5 in, 2 x 2 on letter; x0 and y0
	// 0.5 in, dx 4 in, dy 5 in.
	{Name: "avery-5168", W: 3.5 * inch, H: 5 * inch, Cols: 2, Rows: 2,
		X0: 0.5 * inch, Y0: 0.5 * inch, DX: 4 * inch, DY: 5 * inch},
	// A 4 x 6 in shipping label, one to a page, as thermal label printers
	// take them.
	{Name: "label-4x6", W: 4 * inch, H: 6 * inch, Cols: 1, Rows: 1},
}

// LabelStockByName returns the label stock called name.
func LabelStockByName(name string) (LabelStock, bool) {
	i := slices.IndexFunc(labelStocks, func(s LabelStock) bool { return s.Name == name })
	if i < 0 {
		return LabelStock{}, false
	}
	return labelStocks[i], true
}

// Cells returns each label's box on the sheet, row by row from the top
// left.
func (s LabelStock) Cells() []typeset.Box {
	out := make([]typeset.Box, 0, s.Cols*s.Rows)
	for r := range s.Rows {
		for c := range s.Cols {
			out = append(out, typeset.Box{X: s.X0 + float64(c)*s.DX, Y: s.Y0 + float64(r)*s.DY, W: s.W, H: s.H})
		}
	}
	return out
}

// drawLabels sets one sticker on each label of the stock, turned to lie
// the long way up when the label is wider than tall. Nothing else is
// drawn: the sheet is die-cut.
func drawLabels(d *typeset.Document, c *Content, stock LabelStock, sheet Paper) error {
	p := d.AddPage("sticker "+stock.Name, sheet.W, sheet.H, c.Lang)
	turn := 0
	if stock.W > stock.H {
		turn = 90
	}
	return p.Pieces("label", stock.Cells(), turn, func(_ int, a *typeset.Page) error { return drawSticker(a, c, labelMargin) })
}
