package typeset

import "fmt"

// Grid is pieces of one size (cards, stickers) set edge to edge in rows and
// columns on a sheet, so one cut separates two neighbours.
type Grid struct {
	X, Y       float64 // the top-left corner of the first piece
	Cols, Rows int
	W, H       float64 // one piece as it lies on the sheet
	Turn       int     // 90 when the pieces lie on their side, else 0
}

// Impose returns the grid that holds the most pieces of w by h millimetres
// within the area, centred in it. With turn set it also tries the pieces on
// their side, and takes that when it holds more.
func Impose(area Box, w, h float64, turn bool) Grid {
	best := grid(area, w, h, 0)
	if turn {
		if g := grid(area, h, w, 90); g.Cols*g.Rows > best.Cols*best.Rows {
			best = g
		}
	}
	return best
}

func grid(area Box, w, h float64, turn int) Grid {
	const eps = 1e-9
	cols, rows := int(area.W/w+eps), int(area.H/h+eps)
	return Grid{X: area.X + (area.W-float64(cols)*w)/2, Y: area.Y + (area.H-float64(rows)*h)/2,
		Cols: cols, Rows: rows, W: w, H: h, Turn: turn}
}

// Cells returns the box of every piece, row by row from the top left.
func (g Grid) Cells() []Box {
	out := make([]Box, 0, g.Cols*g.Rows)
	for r := 0; r < g.Rows; r++ {
		for c := 0; c < g.Cols; c++ {
			out = append(out, Box{g.X + float64(c)*g.W, g.Y + float64(r)*g.H, g.W, g.H})
		}
	}
	return out
}

// Bounds returns the box around every piece.
func (g Grid) Bounds() Box { return Box{g.X, g.Y, float64(g.Cols) * g.W, float64(g.Rows) * g.H} }

// Cuts returns where the cuts run: the x of every vertical cut and the y
// of every horizontal one, outer edges included.
func (g Grid) Cuts() (xs, ys []float64) {
	for c := 0; c <= g.Cols; c++ {
		xs = append(xs, g.X+float64(c)*g.W)
	}
	for r := 0; r <= g.Rows; r++ {
		ys = append(ys, g.Y+float64(r)*g.H)
	}
	return xs, ys
}

// MirrorX returns the boxes flipped left to right on a sheet sheetW wide:
// where each lands on the back of a portrait sheet printed on both sides
// and turned over on its long edge.
func MirrorX(cells []Box, sheetW float64) []Box {
	out := make([]Box, len(cells))
	for i, b := range cells {
		out[i] = Box{sheetW - b.X - b.W, b.Y, b.W, b.H}
	}
	return out
}

// Pieces draws a piece in each cell, each an area of its own turned by turn
// degrees (see Area): the cards of a card sheet, the stickers of a sticker
// sheet. draw gets the piece's index and its surface.
func (p *Page) Pieces(name string, cells []Box, turn int, draw func(i int, piece *Page) error) error {
	for i, c := range cells {
		if err := p.Area(fmt.Sprintf("%s-%d", name, i+1), c, turn, func(a *Page) error { return draw(i, a) }); err != nil {
			return err
		}
	}
	return nil
}
