package typeset

import (
	"fmt"
	"math"
)

// Band is a band of a Flow: stacks side by side in equal columns (one
// column for a plain block of text), optionally on a panel.
type Band struct {
	Name    string
	Columns [][]StackItem
	Gap     float64 // between columns, in millimetres
	Above   float64 // space above the band, in millimetres
	Pad     float64 // padding inside the panel, in millimetres
	Panel   *Color  // the panel's colour; nil for none
	Rule    *Color  // a rule across the middle of the space above, if any
	Divide  *Color  // rules down the middle of the gaps between columns, if any
	// Join continues the band above: no space between them and no top
	// padding, so two bands on panels of one colour read as one panel
	// (a row of columns under a full-width line, say).
	Join bool
	// Side reserves a square this wide at the band's end side (the left
	// on a right-to-left page), beside its one column, for a QR code; the
	// band is at least as tall. Flow draws nothing there.
	Side, SideGap float64
	// Push sends the height left over at the end of the flow above this
	// band, so it and the bands under it sit at the bottom of the box.
	Push bool
}

func (b Band) above() float64 {
	if b.Join {
		return 0
	}
	return b.Above
}

func (b Band) topPad() float64 {
	if b.Join {
		return 0
	}
	return b.Pad
}

// Flow sets bands one under another in the box, each as tall as its
// tallest column, so that a band takes the height its words need in the
// page's languages. Every item of every band shrinks by one common factor
// (see Stack), so the page keeps one type scale; leftover height is spread
// between the blocks of one-column bands and between the bands, at most
// maxExtraGap each, the rest left at the bottom (or above a band that
// pushes). It returns each band's box. Columns run right to left on a
// right-to-left page.
func (p *Page) Flow(name string, b Box, bands []Band) ([]Box, error) {
	stacks, blocks, err := p.fitFlow(name, b, bands)
	if err != nil {
		return nil, err
	}
	return p.drawFlow(b, bands, stacks, blocks)
}

// FlowFits reports whether the bands fit the box as Flow would set them:
// nil, or the error Flow would return. It draws nothing.
func (p *Page) FlowFits(b Box, bands []Band) error {
	_, _, err := p.fitFlow("measure", b, bands)
	return err
}

// fitFlow sets every band's columns at the largest common factor at which
// the bands fit the box.
func (p *Page) fitFlow(name string, b Box, bands []Band) ([][]StackItem, [][]Block, error) {
	var stacks [][]StackItem
	var boxes []Box
	for _, band := range bands {
		n := float64(len(band.Columns))
		w := (b.W - 2*band.Pad - band.Side - band.SideGap - band.Gap*(n-1)) / n
		for range band.Columns {
			boxes = append(boxes, Box{W: w, H: math.Inf(1)})
		}
		stacks = append(stacks, band.Columns...)
	}
	fit := func(bl [][]Block) bool { return flowHeight(bands, stacks, bl) <= b.H }
	blocks, err := p.shrink(name, boxes, stacks, fit, func(bl [][]Block) error {
		var all []StackItem
		for _, s := range stacks {
			all = append(all, s...)
		}
		return fmt.Errorf("%s: %w", name, &FitError{Text: longestText(all), Floor: all[0].Style.Min,
			Width: b.W, Height: b.H, NeedH: flowHeight(bands, stacks, bl)})
	})
	return stacks, blocks, err
}

// flowHeight is the height of the bands set as blocks, without extra gaps.
func flowHeight(bands []Band, stacks [][]StackItem, blocks [][]Block) float64 {
	h, k := 0.0, 0
	for _, band := range bands {
		tallest := band.Side
		for range band.Columns {
			tallest = math.Max(tallest, stackHeight(blocks[k], stacks[k]))
			k++
		}
		h += band.above() + band.topPad() + tallest + band.Pad
	}
	return h
}

// flowGaps counts the gaps leftover height is spread into: between bands
// (but not into a band that joins the one above), and between the blocks of
// one-column bands.
func flowGaps(bands []Band, stacks [][]StackItem) int {
	gaps, k := 0, 0
	for i, band := range bands {
		if i > 0 && !band.Join {
			gaps++
		}
		if len(band.Columns) == 1 {
			gaps += max(len(stacks[k])-1, 0)
		}
		k += len(band.Columns)
	}
	return gaps
}

// drawFlow places the bands from the top of the box and draws them.
func (p *Page) drawFlow(b Box, bands []Band, stacks [][]StackItem, blocks [][]Block) ([]Box, error) {
	extra, gaps := 0.0, flowGaps(bands, stacks)
	if gaps > 0 {
		extra = math.Min(maxExtraGap, (b.H-flowHeight(bands, stacks, blocks))/float64(gaps))
	}
	rest := b.H - flowHeight(bands, stacks, blocks) - extra*float64(gaps)
	out := make([]Box, len(bands))
	y, k := b.Y, 0
	for i, band := range bands {
		if band.Push {
			y += rest
		}
		if i > 0 && !band.Join {
			y += band.above() + extra
			if band.Rule != nil {
				mid := y - (band.above()+extra)/2
				p.Line(band.Name+"-rule", b.X, mid, b.Right(), mid, 0.4, 0, *band.Rule)
			}
		}
		n := len(band.Columns)
		spread := 0.0
		if n == 1 {
			spread = extra
		}
		inner := Box{b.X + band.Pad, y + band.topPad(), b.W - 2*band.Pad - band.Side - band.SideGap, band.Side}
		if p.lang.RTL {
			inner.X += band.Side + band.SideGap
		}
		for j := range band.Columns {
			h := stackHeight(blocks[k+j], stacks[k+j]) + spread*float64(max(len(stacks[k+j])-1, 0))
			inner.H = math.Max(inner.H, h)
		}
		out[i] = Box{b.X, y, b.W, band.topPad() + inner.H + band.Pad}
		if band.Panel != nil {
			p.Fill(band.Name, out[i], *band.Panel)
		}
		if err := p.drawColumns(band, inner, stacks[k:k+n], blocks[k:k+n], spread); err != nil {
			return nil, err
		}
		k += n
		y = out[i].Bottom()
	}
	return out, nil
}

// drawColumns draws a band's columns side by side in its inner box, with
// the rules that divide them.
func (p *Page) drawColumns(band Band, inner Box, stacks [][]StackItem, blocks [][]Block, spread float64) error {
	n := len(stacks)
	w := (inner.W - band.Gap*float64(n-1)) / float64(n)
	for j := range stacks {
		col := Box{inner.X + float64(j)*(w+band.Gap), inner.Y, w, inner.H}
		if p.lang.RTL {
			col.X = inner.Right() - float64(j+1)*w - float64(j)*band.Gap
		}
		if j > 0 && band.Divide != nil {
			x := col.X - band.Gap/2
			if p.lang.RTL {
				x = col.Right() + band.Gap/2
			}
			p.Line(fmt.Sprintf("%s-divide-%d", band.Name, j), x, inner.Y, x, inner.Bottom(), 0.3, 0, *band.Divide)
		}
		if _, err := p.placeStack(col, stacks[j], blocks[j], spread); err != nil {
			return err
		}
	}
	return nil
}
