package ttf

import (
	"encoding/binary"
	"fmt"
)

// Info is what a PDF font descriptor says about a font, in font units.
type Info struct {
	UnitsPerEm             int
	XMin, YMin, XMax, YMax int // the bounding box of all glyphs
	Ascent, Descent        int // from hhea
	CapHeight              int // from OS/2 version 2 and later, else the ascent
	ItalicAngle            float64
	Advances               []int // by glyph ID
}

// ReadInfo reads a TrueType font's metrics and the advance of every glyph.
func ReadInfo(src []byte) (Info, error) {
	if err := checkSignature(src); err != nil {
		return Info{}, fmt.Errorf("ttf info: %w", err)
	}
	f, err := parseDirectory(src, 0)
	if err != nil {
		return Info{}, fmt.Errorf("ttf info: %w", err)
	}
	s, err := f.load()
	if err != nil {
		return Info{}, fmt.Errorf("ttf info: %w", err)
	}
	i16 := func(b []byte, off int) int { return int(int16(binary.BigEndian.Uint16(b[off:]))) }
	in := Info{UnitsPerEm: int(binary.BigEndian.Uint16(s.head[18:])),
		XMin: i16(s.head, 36), YMin: i16(s.head, 38), XMax: i16(s.head, 40), YMax: i16(s.head, 42),
		Ascent: i16(s.hhea, 4), Descent: i16(s.hhea, 6)}
	in.CapHeight = in.Ascent
	if os2 := f.tables["OS/2"]; len(os2) >= 90 && binary.BigEndian.Uint16(os2) >= 2 {
		in.CapHeight = i16(os2, 88)
	}
	if post := f.tables["post"]; len(post) >= 8 {
		in.ItalicAngle = float64(int32(binary.BigEndian.Uint32(post[4:]))) / 65536
	}
	if in.UnitsPerEm == 0 {
		return Info{}, fmt.Errorf("ttf info: head: units per em is 0")
	}
	in.Advances = make([]int, s.glyphs.n)
	for g := range in.Advances {
		adv, _, err := s.metrics.get(g)
		if err != nil {
			return Info{}, fmt.Errorf("ttf info: hmtx: %w", err)
		}
		in.Advances[g] = int(adv)
	}
	return in, nil
}
