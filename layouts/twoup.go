package layouts

import "lookout/layouts/typeset"

// Two-up sheets: two copies of a half-sheet piece (a flyer, a door sign)
// side by side on a letter or A4 sheet turned on its side, for a home
// printer. The pieces keep a border from the sheet's edges that many home
// printers cannot print into, so a finished piece is a little smaller than
// a half sheet (5 x 7½ in from letter); crop marks outside the pieces, at
// least ¼ in (6 mm) from the edge, show where to cut, and a line in the
// bottom border says to print at 100 % and cut on the marks.

// twoUpBorder is the room kept between the pieces and the sheet's edges.
const twoUpBorder = 12.7

// twoUpMarkOffset is how far the crop marks keep from the pieces: with
// typeset.MarkLength they end 6.7 mm from the sheet's edge.
const twoUpMarkOffset = 1.0

// twoUpCells are the two pieces' boxes on a sheet of w by h (landscape).
func twoUpCells(w, h float64) []typeset.Box {
	pw, ph := (w-2*twoUpBorder)/2, h-2*twoUpBorder
	return []typeset.Box{{X: twoUpBorder, Y: twoUpBorder, W: pw, H: ph}, {X: twoUpBorder + pw, Y: twoUpBorder, W: pw, H: ph}}
}

// drawTwoUp adds a landscape sheet of the paper and draws a piece in each
// of its two cells with draw, then the crop marks and the instruction.
func drawTwoUp(d *typeset.Document, c *Content, o Options, name string, draw func(p *typeset.Page) error) error {
	w, h := max(o.Paper.W, o.Paper.H), min(o.Paper.W, o.Paper.H)
	p := d.AddPage(name+" 2-up "+o.Paper.Name, w, h, c.Lang)
	cells := twoUpCells(w, h)
	if err := p.Pieces(name, cells, 0, func(_ int, a *typeset.Page) error { return draw(a) }); err != nil {
		return err
	}
	all := typeset.Box{X: cells[0].X, Y: cells[0].Y, W: cells[1].Right() - cells[0].X, H: cells[0].H}
	p.CropMarks("crop", all, []float64{all.X, cells[1].X, all.Right()}, []float64{all.Y, all.Bottom()}, twoUpMarkOffset)
	s := scale{u: 1, min: minCard}
	st := s.body(8, 7)
	for i, cell := range cells {
		b := typeset.Box{X: cell.X + 8, Y: cell.Bottom() + 1.5, W: cell.W - 16, H: 4}
		if _, err := p.Text("print-label-"+string(rune('1'+i)), b, []string{c.T("print.two_up")}, st); err != nil {
			return err
		}
	}
	return nil
}
