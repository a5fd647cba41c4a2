package kit

import (
	"fmt"
	"math"
)

// StackItem is one block of a Stack: its paragraphs, style, and the space
// above it in multiples of its font size.
type StackItem struct {
	Name  string
	Paras []string
	Style Style
	Above float64
	Lang  *Lang // the item's language when it is not the page's, on a page set in several
}

// maxExtraGap caps how much leftover height Stack adds to each gap, in
// millimetres; what is left after that stays below the last block.
const maxExtraGap = 10.0

// Stack sets items one under another in the box. Every item shrinks by one
// common factor from its preferred size toward its floor, so the blocks keep
// their proportions; Stack uses the largest factor at which all fit, then
// spreads some of the leftover height between them. It returns the y where
// the last block ends.
func (p *Page) Stack(name string, b Box, items []StackItem) (float64, error) {
	blocks, err := p.fitStack(name, b, items)
	if err != nil {
		return 0, err
	}
	extra := 0.0
	if len(items) > 1 {
		extra = math.Min(maxExtraGap, (b.H-stackHeight(blocks, items))/float64(len(items)-1))
	}
	y := b.Y
	for i, blk := range blocks {
		if i > 0 {
			y += items[i].Above*blk.Size*PtMM + extra
		}
		if err := p.Draw(blk, Box{b.X, y, b.W, blk.Height}); err != nil {
			return 0, err
		}
		y += blk.Height
	}
	return y, nil
}

// Measure reports whether items fit the box as Stack would set them: nil,
// or the error Stack would return. It draws nothing.
func (p *Page) Measure(b Box, items []StackItem) error {
	_, err := p.fitStack("measure", b, items)
	return err
}

// fitStack finds the largest common factor at which the items fit the box
// and sets them at it.
func (p *Page) fitStack(name string, b Box, items []StackItem) ([]Block, error) {
	blocks, err := p.stackAt(b, items, 1)
	if err == nil && stackHeight(blocks, items) <= b.H {
		return blocks, nil
	}
	if blocks, err = p.stackAt(b, items, 0); err != nil {
		return nil, err
	}
	if h := stackHeight(blocks, items); h > b.H {
		return nil, fmt.Errorf("%s: %w", name, &FitError{Text: longestText(items), Floor: items[0].Style.Min, Width: b.W, Height: b.H, NeedH: h})
	}
	lo, hi := 0, 100 // factor in hundredths
	for lo < hi {
		mid := (lo + hi + 1) / 2
		bl, err := p.stackAt(b, items, float64(mid)/100)
		if err == nil && stackHeight(bl, items) <= b.H {
			lo, blocks = mid, bl
		} else {
			hi = mid - 1
		}
	}
	return blocks, nil
}

// stackAt sets every item at factor t of the way from its floor to its
// preferred size.
func (p *Page) stackAt(b Box, items []StackItem, t float64) ([]Block, error) {
	out := make([]Block, len(items))
	for i, it := range items {
		size := math.Floor((it.Style.Min+t*(it.Style.Size-it.Style.Min))*4) / 4
		q := p
		if it.Lang != nil {
			q = p.WithLang(*it.Lang)
		}
		blk, err := q.SetAt(it.Name, b.W, it.Paras, it.Style, math.Max(size, it.Style.Min))
		if err != nil {
			return nil, err
		}
		out[i] = blk
	}
	return out, nil
}

func stackHeight(blocks []Block, items []StackItem) float64 {
	h := 0.0
	for i, blk := range blocks {
		if i > 0 {
			h += items[i].Above * blk.Size * PtMM
		}
		h += blk.Height
	}
	return h
}

// longestText returns the longest paragraph of the items, the likeliest
// reason they do not fit.
func longestText(items []StackItem) string {
	var all []string
	for _, it := range items {
		all = append(all, it.Paras...)
	}
	return longestPara(all)
}
