// Package ttf builds small TrueType subset fonts for PDF embedding.
//
// lookout shapes text itself and knows the glyph IDs it needs, some of which
// have no code point in the font. Subset keeps only those glyphs (plus the
// components of composite glyphs) and writes a fresh format 4 cmap that gives
// every kept glyph a BMP code point chosen by the caller, so that a PDF
// library that only understands Unicode cmaps can address every glyph.
// ExtractTTC turns a member of a TrueType Collection into a standalone font.
package ttf

import (
	"encoding/binary"
	"fmt"
)

// Subset returns a standalone TrueType font built from the TrueType font src that contains
// glyph 0 (.notdef), every glyph named as a value in cmap, and every component those glyphs
// reference (composite glyphs, recursively), renumbered densely in ascending order of their
// old glyph ID (new 0 = old 0). Its cmap (one format 4 subtable, written twice: platform 3
// encoding 1 and platform 0 encoding 3) maps each key rune of cmap to the new ID of the old
// glyph it names. Several runes may name the same glyph. Every rune must be in the BMP and
// not a surrogate (error otherwise); 0xFFFF must not be used. Output is deterministic.
//
// The output keeps head, hhea, maxp, OS/2, name, hmtx, loca and glyf (with glyph
// hinting instructions removed), a version 3.0 post table and the new cmap; every
// other table (hinting programs, layout tables, kern, vertical metrics…) is dropped.
func Subset(src []byte, cmap map[rune]uint16) ([]byte, error) {
	out, _, err := SubsetIDs(src, cmap)
	return out, err
}

// SubsetIDs is Subset that also returns the new glyph ID of every glyph
// named in cmap, by its old ID.
func SubsetIDs(src []byte, cmap map[rune]uint16) ([]byte, map[uint16]uint16, error) {
	for r := range cmap {
		if err := checkRune(r); err != nil {
			return nil, nil, fmt.Errorf("ttf subset: cmap: %w", err)
		}
	}
	if err := checkSignature(src); err != nil {
		return nil, nil, fmt.Errorf("ttf subset: %w", err)
	}
	f, err := parseDirectory(src, 0)
	if err != nil {
		return nil, nil, fmt.Errorf("ttf subset: %w", err)
	}
	out, ids, err := f.subset(cmap)
	if err != nil {
		return nil, nil, fmt.Errorf("ttf subset: %w", err)
	}
	return out, ids, nil
}

// source holds the tables of a font that Subset reads.
type source struct {
	head, hhea, maxp []byte
	glyphs           glyphs
	metrics          metrics
}

// load checks and collects the tables Subset needs.
func (f *sfnt) load() (*source, error) {
	var s source
	var err error
	if s.head, err = f.table("head", 54); err != nil {
		return nil, err
	}
	if s.hhea, err = f.table("hhea", 36); err != nil {
		return nil, err
	}
	if s.maxp, err = f.table("maxp", 6); err != nil {
		return nil, err
	}
	n := int(binary.BigEndian.Uint16(s.maxp[4:]))
	nhm := int(binary.BigEndian.Uint16(s.hhea[34:]))
	if n == 0 || nhm == 0 {
		return nil, fmt.Errorf("maxp: %d glyphs, hhea: %d metrics", n, nhm)
	}
	hmtx, err := f.table("hmtx", 0)
	if err != nil {
		return nil, err
	}
	s.metrics = metrics{hmtx: hmtx, nhm: min(nhm, n)}
	s.glyphs.n = n
	s.glyphs.long = int16(binary.BigEndian.Uint16(s.head[50:])) != 0
	if s.glyphs.loca, err = f.table("loca", 0); err != nil {
		return nil, err
	}
	if s.glyphs.glyf, err = f.table("glyf", 0); err != nil {
		return nil, err
	}
	return &s, nil
}

// subset implements Subset on a parsed table directory.
func (f *sfnt) subset(cmap map[rune]uint16) ([]byte, map[uint16]uint16, error) {
	s, err := f.load()
	if err != nil {
		return nil, nil, err
	}
	roots := make([]uint16, 0, len(cmap))
	for _, gid := range cmap {
		roots = append(roots, gid)
	}
	kept, err := closure(s.glyphs, roots)
	if err != nil {
		return nil, nil, fmt.Errorf("glyf: %w", err)
	}
	newID := make([]uint16, s.glyphs.n)
	for i, gid := range kept {
		newID[gid] = uint16(i)
	}
	glyf, loca, long, err := buildGlyf(s.glyphs, kept, newID)
	if err != nil {
		return nil, nil, fmt.Errorf("glyf: %w", err)
	}
	hmtx, err := buildHmtx(s.metrics, kept)
	if err != nil {
		return nil, nil, fmt.Errorf("hmtx: %w", err)
	}
	cmapTable, err := buildCmap(sortedMappings(cmap, newID))
	if err != nil {
		return nil, nil, fmt.Errorf("cmap: %w", err)
	}
	ids := make(map[uint16]uint16, len(roots))
	for _, g := range roots {
		ids[g] = newID[g]
	}
	return assemble(sigTrueType, []tableOut{
		{"head", s.headFor(long)},
		{"hhea", s.withCount(s.hhea, 34, len(kept))},
		{"maxp", s.withCount(s.maxp, 4, len(kept))},
		{"hmtx", hmtx}, {"loca", loca}, {"glyf", glyf}, {"cmap", cmapTable},
		{"post", buildPost(f.tables["post"])},
		{"OS/2", f.tables["OS/2"]}, {"name", f.tables["name"]},
	}), ids, nil
}

// headFor returns a copy of head with indexToLocFormat set for the written loca.
func (s *source) headFor(long bool) []byte {
	head := clone(s.head)
	var format uint16
	if long {
		format = 1
	}
	binary.BigEndian.PutUint16(head[50:], format)
	return head
}

// withCount returns a copy of table with the uint16 at off set to n.
func (s *source) withCount(table []byte, off, n int) []byte {
	out := clone(table)
	binary.BigEndian.PutUint16(out[off:], uint16(n))
	return out
}
