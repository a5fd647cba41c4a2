package typeset

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
	boxes, err := p.Stacks(name, []Box{b}, [][]StackItem{items})
	if err != nil {
		return 0, err
	}
	if len(boxes[0]) == 0 {
		return b.Y, nil
	}
	return boxes[0][len(boxes[0])-1].Bottom(), nil
}

// Measure reports whether items fit the box as Stack would set them: nil,
// or the error Stack would return. It draws nothing.
func (p *Page) Measure(b Box, items []StackItem) error {
	boxes, stacks := []Box{b}, [][]StackItem{items}
	fit := func(bl [][]Block) bool { i, _ := overflow(bl, boxes, stacks); return i < 0 }
	_, err := p.shrink("measure", boxes, stacks, fit, func(bl [][]Block) error {
		_, h := overflow(bl, boxes, stacks)
		return fmt.Errorf("measure: %w", &FitError{Text: longestText(items), Floor: items[0].Style.Min, Width: b.W, Height: b.H, NeedH: h})
	})
	return err
}

// Stacks sets several stacks, each in its own box (the columns of a staff
// poster, say), all shrunk by one common factor so that they share one type
// scale. A single stack spreads its leftover height between its blocks
// (see Stack); columns keep their natural spacing, so they line up. It
// returns the box every item landed in, stack by stack.
func (p *Page) Stacks(name string, boxes []Box, stacks [][]StackItem) ([][]Box, error) {
	fit := func(bl [][]Block) bool { i, _ := overflow(bl, boxes, stacks); return i < 0 }
	blocks, err := p.shrink(name, boxes, stacks, fit, func(bl [][]Block) error {
		i, h := overflow(bl, boxes, stacks)
		return fmt.Errorf("%s: %w", name, &FitError{Text: longestText(stacks[i]), Floor: stacks[i][0].Style.Min, Width: boxes[i].W, Height: boxes[i].H, NeedH: h})
	})
	if err != nil {
		return nil, err
	}
	out := make([][]Box, len(stacks))
	for i, items := range stacks {
		extra := 0.0
		if len(stacks) == 1 && len(items) > 1 {
			extra = math.Min(maxExtraGap, (boxes[i].H-stackHeight(blocks[i], items))/float64(len(items)-1))
		}
		if out[i], err = p.placeStack(boxes[i], items, blocks[i], extra); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// shrink sets the stacks, each as wide as its box, at the largest common
// factor (in hundredths, from preferred size down to floor) at which fit
// holds; fail makes the error when it does not hold even at the floors.
func (p *Page) shrink(name string, boxes []Box, stacks [][]StackItem, fit func([][]Block) bool, fail func([][]Block) error) ([][]Block, error) {
	blocks, err := p.stacksAt(boxes, stacks, 1)
	if err == nil && fit(blocks) {
		return p.grow(boxes, stacks, fit, blocks), nil
	}
	if blocks, err = p.stacksAt(boxes, stacks, 0); err != nil {
		return nil, err
	}
	if !fit(blocks) {
		return nil, fail(blocks)
	}
	return p.largest(boxes, stacks, fit, 0, 100, blocks), nil
}

// largest sets the stacks at the largest factor, in hundredths from lo to
// hi, at which fit holds, by bisection; blocks are the stacks at lo, which
// fit, returned when no larger factor does.
func (p *Page) largest(boxes []Box, stacks [][]StackItem, fit func([][]Block) bool, lo, hi int, blocks [][]Block) [][]Block {
	for lo < hi {
		mid := (lo + hi + 1) / 2
		bl, err := p.stacksAt(boxes, stacks, float64(mid)/100)
		if err == nil && fit(bl) {
			lo, blocks = mid, bl
		} else {
			hi = mid - 1
		}
	}
	return blocks
}

// grow sets the stacks larger than their preferred sizes, toward the
// largest each item allows (Style.Max), by the largest common factor (in
// hundredths of the way) at which fit still holds, so that spare height
// goes into type before it goes into gaps. blocks are the stacks at their
// preferred sizes, which fit; they are returned when nothing may grow.
func (p *Page) grow(boxes []Box, stacks [][]StackItem, fit func([][]Block) bool, blocks [][]Block) [][]Block {
	grows := false
	for _, items := range stacks {
		for _, it := range items {
			grows = grows || it.Style.Max > it.Style.Size
		}
	}
	if !grows {
		return blocks
	}
	return p.largest(boxes, stacks, fit, 100, 200, blocks)
}

// placeStack draws one stack's blocks from the top of its box, with extra
// millimetres added to each gap between them.
func (p *Page) placeStack(b Box, items []StackItem, blocks []Block, extra float64) ([]Box, error) {
	y := b.Y
	out := make([]Box, len(blocks))
	for i, blk := range blocks {
		if i > 0 {
			y += items[i].Above*blk.Size*PtMM + extra
		}
		out[i] = Box{b.X, y, b.W, blk.Height}
		if err := p.Draw(blk, out[i]); err != nil {
			return nil, err
		}
		y += blk.Height
	}
	return out, nil
}

// stacksAt sets every item at factor t of the way from its floor to its
// preferred size; t above 1 goes t-1 of the way on from its preferred size
// to its largest (an item with no largest stays at its preferred size).
func (p *Page) stacksAt(boxes []Box, stacks [][]StackItem, t float64) ([][]Block, error) {
	out := make([][]Block, len(stacks))
	for i, items := range stacks {
		out[i] = make([]Block, len(items))
		for j, it := range items {
			q := p
			if it.Lang != nil {
				q = p.WithLang(*it.Lang)
			}
			if k := q.textLang(it.Style).SizeFactor(); k != 1 {
				// the script looks as large as Latin at its sizes; its
				// floor stays, so what fits still fits
				it.Style.Size, it.Style.Max = it.Style.Size*k, it.Style.Max*k
			}
			size := math.Floor((it.Style.Min+t*(it.Style.Size-it.Style.Min))*4) / 4
			if t > 1 {
				size = it.Style.Size
				if it.Style.Max > size {
					size = math.Floor((size+(t-1)*(it.Style.Max-size))*4) / 4
				}
			}
			size = math.Max(size, it.Style.Min)
			if it.Style.Spacing.BreakAnywhere {
				size = q.wholeSegments(boxes[i].W, it.Paras, it.Style, size)
			}
			blk, err := q.SetAt(it.Name, boxes[i].W, it.Paras, it.Style, size)
			if err != nil {
				return nil, err
			}
			out[i][j] = blk
		}
	}
	return out, nil
}

// overflow returns the first stack taller than its box, and its height;
// -1 when every stack fits.
func overflow(blocks [][]Block, boxes []Box, stacks [][]StackItem) (int, float64) {
	for i := range stacks {
		if h := stackHeight(blocks[i], stacks[i]); h > boxes[i].H {
			return i, h
		}
	}
	return -1, 0
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
