package typeset

import "fmt"

// opTurn turns what follows, up to opTurnEnd, by deg degrees
// counter-clockwise about (cx, cy) on the sheet.
type opTurn struct{ deg, cx, cy float64 }

type opTurnEnd struct{}

// Area draws on a part of the page as if it were a page of its own: draw
// gets a Page whose (0, 0) is the box's top-left corner. turn (0, 90, 180
// or 270) turns the area counter-clockwise about the box's centre: at 90
// and 270 the area is b.H wide and b.W tall, so text set across it runs up
// or down the box. Cards on a sheet, tear-off tabs and the upper panel of a
// folding tent card are areas.
func (p *Page) Area(name string, b Box, turn int, draw func(*Page) error) error {
	if turn%90 != 0 {
		return fmt.Errorf("%s: an area turns by a multiple of 90 degrees, not %d", name, turn)
	}
	turn = ((turn % 360) + 360) % 360
	w, h := b.W, b.H
	if turn == 90 || turn == 270 {
		w, h = b.H, b.W
	}
	cx, cy := b.X+b.W/2, b.Y+b.H/2
	a := &Page{doc: p.doc, sheet: p.sheet, w: w, h: h, lang: p.lang,
		dx: p.dx + cx - w/2, dy: p.dy + cy - h/2}
	p.doc.place(Placement{Kind: KindArea, Name: name, Box: b}, "area %s box=%s turn=%d", name, b, turn)
	if turn != 0 {
		p.sheet.ops = append(p.sheet.ops, opTurn{float64(turn), p.dx + cx, p.dy + cy})
	}
	err := draw(a)
	if turn != 0 {
		p.sheet.ops = append(p.sheet.ops, opTurnEnd{})
	}
	p.doc.place(Placement{Kind: KindAreaEnd, Name: name}, "end area %s", name)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// WithLang returns the same surface for text in another language: a
// bilingual notice sets each language's section through its own view.
func (p *Page) WithLang(l Lang) *Page {
	q := *p
	q.lang = l
	return &q
}
