package typeset

import "fmt"

// TearOffs divides the box into n tabs side by side, to be cut apart and
// torn off a flyer: dashed lines run along the top of the tabs and between
// them, and each tab is an area turned 90° (see Area), so what draw sets in
// it runs up the tab, across the box's height. draw gets each tab in turn.
func (p *Page) TearOffs(name string, b Box, n int, draw func(tab *Page) error) error {
	if n < 1 {
		return fmt.Errorf("%s: %d tear-off tabs; want at least 1", name, n)
	}
	w := b.W / float64(n)
	p.CutLine(name+"-top", b.X, b.Y, b.Right(), b.Y)
	for i := 1; i < n; i++ {
		x := b.X + float64(i)*w
		p.CutLine(fmt.Sprintf("%s-cut-%d", name, i), x, b.Y, x, b.Bottom())
	}
	for i := 0; i < n; i++ {
		tab := Box{b.X + float64(i)*w, b.Y, w, b.H}
		if err := p.Area(fmt.Sprintf("%s-%d", name, i+1), tab, 90, draw); err != nil {
			return err
		}
	}
	return nil
}
