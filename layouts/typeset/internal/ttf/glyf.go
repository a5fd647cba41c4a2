package ttf

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// Composite glyph component flags.
const (
	argsAreWords    = 0x0001
	haveScale       = 0x0008
	moreComponents  = 0x0020
	haveXYScale     = 0x0040
	haveTwoByTwo    = 0x0080
	haveInstruction = 0x0100
)

// maxShortGlyf is the largest glyf length a short (offset/2, uint16) loca can address.
const maxShortGlyf = 2 * 0xFFFF

// glyphs gives bounds-checked access to the glyph data of a source font.
type glyphs struct {
	glyf []byte
	loca []byte
	long bool
	n    int // numGlyphs from maxp
}

// data returns the glyf bytes of glyph gid as located by loca.
func (g glyphs) data(gid int) ([]byte, error) {
	var start, end uint64
	if g.long {
		s, ok1 := u32(g.loca, 4*gid)
		e, ok2 := u32(g.loca, 4*gid+4)
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("loca: %w", errTruncated)
		}
		start, end = uint64(s), uint64(e)
	} else {
		s, ok1 := u16(g.loca, 2*gid)
		e, ok2 := u16(g.loca, 2*gid+2)
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("loca: %w", errTruncated)
		}
		start, end = 2*uint64(s), 2*uint64(e)
	}
	if end < start {
		return nil, fmt.Errorf("loca: glyph %d has negative length", gid)
	}
	d, ok := span(g.glyf, start, end-start)
	if !ok {
		return nil, fmt.Errorf("glyph %d: %w", gid, errTruncated)
	}
	return d, nil
}

// parseComposite walks the component records of composite glyph data and returns
// the offsets of their glyph indices and the offset just past the last record.
func parseComposite(data []byte) (idx []int, end int, err error) {
	off := 10
	for {
		flags, ok := u16(data, off)
		if !ok {
			return nil, 0, errTruncated
		}
		size := 4 + 2
		if flags&argsAreWords != 0 {
			size += 2
		}
		switch {
		case flags&haveScale != 0:
			size += 2
		case flags&haveXYScale != 0:
			size += 4
		case flags&haveTwoByTwo != 0:
			size += 8
		}
		if off+size > len(data) {
			return nil, 0, errTruncated
		}
		idx = append(idx, off+2)
		off += size
		if flags&moreComponents == 0 {
			return idx, off, nil
		}
	}
}

// components returns the glyph IDs referenced by composite glyph data
// (none for simple or empty glyphs).
func components(data []byte) ([]uint16, error) {
	if len(data) < 10 || int16(binary.BigEndian.Uint16(data)) >= 0 {
		return nil, nil
	}
	idx, _, err := parseComposite(data)
	if err != nil {
		return nil, err
	}
	ids := make([]uint16, len(idx))
	for i, p := range idx {
		ids[i] = binary.BigEndian.Uint16(data[p:])
	}
	return ids, nil
}

// stripGlyph returns a copy of glyph data without its hinting instructions
// (the hinting tables are dropped), plus the offsets of component glyph indices.
func stripGlyph(data []byte) ([]byte, []int, error) {
	if len(data) == 0 {
		return nil, nil, nil
	}
	if len(data) < 10 {
		return nil, nil, errTruncated
	}
	nc := int(int16(binary.BigEndian.Uint16(data)))
	if nc < 0 {
		idx, end, err := parseComposite(data)
		if err != nil {
			return nil, nil, err
		}
		out := append([]byte(nil), data[:end]...)
		for _, p := range idx {
			flags := binary.BigEndian.Uint16(out[p-2:])
			binary.BigEndian.PutUint16(out[p-2:], flags&^haveInstruction)
		}
		return out, idx, nil
	}
	p := 10 + 2*nc
	il, ok := u16(data, p)
	if !ok {
		if nc == 0 {
			return append([]byte(nil), data...), nil, nil
		}
		return nil, nil, errTruncated
	}
	rest := p + 2 + int(il)
	if rest > len(data) {
		return nil, nil, errTruncated
	}
	out := make([]byte, 0, len(data)-int(il))
	out = append(out, data[:p]...)
	out = append(out, 0, 0)
	return append(out, data[rest:]...), nil, nil
}

// closure returns, in ascending order, glyph 0, the roots and every glyph
// they reference through composite glyphs, recursively.
func closure(g glyphs, roots []uint16) ([]int, error) {
	seen := make([]bool, g.n)
	var stack []int
	mark := func(gid uint16) {
		if !seen[gid] {
			seen[gid] = true
			stack = append(stack, int(gid))
		}
	}
	mark(0)
	for _, r := range roots {
		if int(r) >= g.n {
			return nil, fmt.Errorf("glyph %d out of range (font has %d)", r, g.n)
		}
		mark(r)
	}
	for len(stack) > 0 {
		gid := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		comps, err := g.components(gid)
		if err != nil {
			return nil, err
		}
		for _, c := range comps {
			mark(c)
		}
	}
	var kept []int
	for gid, ok := range seen {
		if ok {
			kept = append(kept, gid)
		}
	}
	return kept, nil
}

// components returns the in-range glyph IDs that glyph gid references.
func (g glyphs) components(gid int) ([]uint16, error) {
	data, err := g.data(gid)
	if err != nil {
		return nil, err
	}
	comps, err := components(data)
	if err != nil {
		return nil, fmt.Errorf("glyph %d: %w", gid, err)
	}
	for _, c := range comps {
		if int(c) >= g.n {
			return nil, fmt.Errorf("glyph %d: component %d out of range", gid, c)
		}
	}
	return comps, nil
}

// buildGlyf writes the glyf and loca tables for the kept glyphs (new ID = index
// in kept), rewriting component references through newID. long reports whether
// loca uses 32-bit offsets.
func buildGlyf(g glyphs, kept []int, newID []uint16) (glyf, loca []byte, long bool, err error) {
	glyf = []byte{} // present even if every kept glyph is empty
	offsets := make([]int, 0, len(kept)+1)
	for _, gid := range kept {
		offsets = append(offsets, len(glyf))
		data, err := g.data(gid)
		if err != nil {
			return nil, nil, false, err
		}
		clean, idx, err := stripGlyph(data)
		if err != nil {
			return nil, nil, false, fmt.Errorf("glyph %d: %w", gid, err)
		}
		for _, p := range idx {
			old := binary.BigEndian.Uint16(clean[p:])
			binary.BigEndian.PutUint16(clean[p:], newID[old])
		}
		glyf = append(glyf, clean...)
		for len(glyf)%4 != 0 {
			glyf = append(glyf, 0)
		}
	}
	offsets = append(offsets, len(glyf))
	if uint64(len(glyf)) > 0xFFFFFFFF {
		return nil, nil, false, errors.New("glyf too large")
	}
	long = len(glyf) > maxShortGlyf
	for _, o := range offsets {
		if long {
			loca = binary.BigEndian.AppendUint32(loca, uint32(o))
		} else {
			loca = binary.BigEndian.AppendUint16(loca, uint16(o/2))
		}
	}
	return glyf, loca, long, nil
}
