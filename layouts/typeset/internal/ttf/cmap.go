package ttf

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"sort"
)

// Segment-building heuristics for cmap format 4. A segment costs 8 bytes and a
// glyphIdArray entry 2, so runs of at least minDeltaRun contiguous glyphs get
// their own idDelta segment, and a short run joins the pending array segment
// when it starts at most maxGap code points after its last rune (at most 3
// unmapped codes padded with glyph 0, cheaper than a new segment).
const (
	minDeltaRun = 4
	maxGap      = 4
)

// mapping is one cmap entry: a BMP code point and its (new) glyph ID.
type mapping struct {
	r   uint16
	gid uint16
}

// segment is one format 4 segment; ids is nil for an idDelta segment.
type segment struct {
	start, end uint16
	delta      uint16
	ids        []uint16
}

// checkRune reports whether r can appear in a format 4 cmap.
func checkRune(r rune) error {
	switch {
	case r < 0 || r > 0xFFFF:
		return fmt.Errorf("rune %U is outside the bmp", r)
	case r >= 0xD800 && r <= 0xDFFF:
		return fmt.Errorf("rune %U is a surrogate", r)
	case r == 0xFFFF:
		return errors.New("rune U+FFFF is reserved")
	}
	return nil
}

// runs splits sorted mappings into maximal runs of consecutive code points
// whose glyph IDs are consecutive too (constant idDelta).
func runs(ms []mapping) [][]mapping {
	var out [][]mapping
	start := 0
	for i := 1; i <= len(ms); i++ {
		if i == len(ms) || ms[i].r != ms[i-1].r+1 || ms[i].gid != ms[i-1].gid+1 {
			out = append(out, ms[start:i])
			start = i
		}
	}
	return out
}

// segments groups sorted mappings into format 4 segments, without the final 0xFFFF one.
func segments(ms []mapping) []segment {
	var segs []segment
	var acc []mapping // pending short runs, merged into one array segment
	flush := func() {
		if len(acc) == 0 {
			return
		}
		first, last := acc[0], acc[len(acc)-1]
		seg := segment{start: first.r, end: last.r}
		if int(last.r-first.r) == len(acc)-1 && int(last.gid-first.gid) == len(acc)-1 {
			seg.delta = first.gid - first.r
		} else {
			seg.ids = make([]uint16, int(last.r-first.r)+1)
			for _, m := range acc {
				seg.ids[m.r-first.r] = m.gid
			}
		}
		segs = append(segs, seg)
		acc = nil
	}
	for _, run := range runs(ms) {
		if len(run) >= minDeltaRun {
			flush()
			acc = run
			flush()
			continue
		}
		if len(acc) > 0 && int(run[0].r)-int(acc[len(acc)-1].r) > maxGap {
			flush()
		}
		acc = append(acc, run...)
	}
	flush()
	return segs
}

// buildCmap returns a cmap table with one format 4 subtable mapping each rune
// of ms (sorted, unique) to its glyph, referenced from platforms 0/3 and 3/1.
func buildCmap(ms []mapping) ([]byte, error) {
	segs := append(segments(ms), segment{start: 0xFFFF, end: 0xFFFF, delta: 1})
	sub := format4(segs)
	if len(sub) > 0xFFFF {
		return nil, fmt.Errorf("format 4 subtable too large (%d bytes, %d runes)", len(sub), len(ms))
	}
	binary.BigEndian.PutUint16(sub[2:], uint16(len(sub)))
	out := make([]byte, 0, 20+len(sub))
	out = binary.BigEndian.AppendUint16(out, 0) // version
	out = binary.BigEndian.AppendUint16(out, 2) // numTables
	for _, enc := range [][2]uint16{{0, 3}, {3, 1}} {
		out = binary.BigEndian.AppendUint16(out, enc[0])
		out = binary.BigEndian.AppendUint16(out, enc[1])
		out = binary.BigEndian.AppendUint32(out, 20)
	}
	return append(out, sub...), nil
}

// format4 serialises segments as a format 4 subtable; the caller sets the length.
func format4(segs []segment) []byte {
	n := len(segs)
	searchRange := 2 << (bits.Len(uint(n)) - 1)
	w := func(b []byte, v int) []byte { return binary.BigEndian.AppendUint16(b, uint16(v)) }
	b := w(w(w(nil, 4), 0), 0) // format, length (patched later), language
	b = w(w(w(w(b, 2*n), searchRange), bits.Len(uint(n))-1), 2*n-searchRange)
	for _, s := range segs {
		b = w(b, int(s.end))
	}
	b = w(b, 0) // reservedPad
	for _, s := range segs {
		b = w(b, int(s.start))
	}
	for _, s := range segs {
		b = w(b, int(s.delta))
	}
	var ids []uint16
	for i, s := range segs {
		if s.ids == nil {
			b = w(b, 0)
			continue
		}
		b = w(b, 2*(n-i)+2*len(ids))
		ids = append(ids, s.ids...)
	}
	for _, id := range ids {
		b = w(b, int(id))
	}
	return b
}

// sortedMappings returns the entries of cmap (whose runes passed checkRune and
// whose glyphs are in range) sorted by rune, with glyphs translated through newID.
func sortedMappings(cmap map[rune]uint16, newID []uint16) []mapping {
	ms := make([]mapping, 0, len(cmap))
	for r, gid := range cmap {
		ms = append(ms, mapping{r: uint16(r), gid: newID[gid]})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].r < ms[j].r })
	return ms
}
