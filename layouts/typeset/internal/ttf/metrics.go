package ttf

import (
	"encoding/binary"
	"fmt"
	"sort"
)

// Metrics returns a copy of the TrueType font src made for shaping, not for
// drawing: its glyphs lose their outlines and hinting instructions. Glyph
// IDs, advances, the cmap and the layout tables are unchanged, so a shaper
// gives the same result with it; a shaper that parses every outline when
// it loads a font (go-text does) loads it several times faster.
//
// A shaper reads a glyph's bounding box only to place marks in a font with
// no GPOS lookups (HarfBuzz's fallback positioning), so in such a font each
// glyph keeps its header (its box); in the others, every glyph is empty.
// Output is deterministic.
func Metrics(src []byte) ([]byte, error) {
	if err := checkSignature(src); err != nil {
		return nil, fmt.Errorf("ttf metrics: %w", err)
	}
	f, err := parseDirectory(src, 0)
	if err != nil {
		return nil, fmt.Errorf("ttf metrics: %w", err)
	}
	s, err := f.load()
	if err != nil {
		return nil, fmt.Errorf("ttf metrics: %w", err)
	}
	glyf, loca := []byte{}, make([]byte, 4*(s.glyphs.n+1)) // every glyph empty
	if !hasGPOSLookups(f.tables["GPOS"]) {
		if glyf, loca, err = headersOnly(s.glyphs); err != nil {
			return nil, fmt.Errorf("ttf metrics: glyf: %w", err)
		}
	}
	return assemble(sigTrueType, f.sortedTables(map[string][]byte{"glyf": glyf, "loca": loca, "head": s.headFor(true)})), nil
}

// sortedTables returns every table of f sorted by tag, with the data in
// replace for the tables it names. The head table is a copy: assemble
// writes its checksum adjustment into it.
func (f *sfnt) sortedTables(replace map[string][]byte) []tableOut {
	tags := make([]string, 0, len(f.tables))
	for tag := range f.tables {
		tags = append(tags, tag)
	}
	sort.Strings(tags)
	tables := make([]tableOut, 0, len(tags))
	for _, tag := range tags {
		data, ok := replace[tag]
		if !ok {
			data = f.tables[tag]
			if tag == "head" {
				data = clone(data)
			}
		}
		tables = append(tables, tableOut{tag, data})
	}
	return tables
}

// hasGPOSLookups reports whether a GPOS table has at least one lookup.
func hasGPOSLookups(gpos []byte) bool {
	list, ok := u16(gpos, 8)
	if !ok || list == 0 {
		return false
	}
	n, ok := u16(gpos, int(list))
	return ok && n > 0
}

// headersOnly returns a glyf table in which every glyph with an outline is
// its 10-byte header, marked as a simple glyph with no contours, and an
// empty instruction list; and its long loca.
func headersOnly(g glyphs) (glyf, loca []byte, err error) {
	loca = make([]byte, 0, 4*(g.n+1))
	glyf = make([]byte, 0, 12*g.n)
	for gid := 0; gid < g.n; gid++ {
		loca = binary.BigEndian.AppendUint32(loca, uint32(len(glyf)))
		data, err := g.data(gid)
		if err != nil {
			return nil, nil, err
		}
		if len(data) == 0 {
			continue
		}
		if len(data) < 10 {
			return nil, nil, fmt.Errorf("glyph %d: %w", gid, errTruncated)
		}
		glyf = append(glyf, 0, 0) // numberOfContours
		glyf = append(glyf, data[2:10]...)
		glyf = append(glyf, 0, 0) // instructionLength
	}
	loca = binary.BigEndian.AppendUint32(loca, uint32(len(glyf)))
	return glyf, loca, nil
}
