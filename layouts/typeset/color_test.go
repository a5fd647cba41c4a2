package typeset

import (
	"math"
	"testing"
)

// TestCMYK checks the stated device conversion on known colours: neutral
// colours come out black ink only, primaries as their complements.
func TestCMYK(t *testing.T) {
	for _, c := range []struct {
		in   Color
		want CMYK
	}{
		{Black, CMYK{0, 0, 0, 1}},
		{White, CMYK{0, 0, 0, 0}},
		{Color{0x80, 0x80, 0x80}, CMYK{0, 0, 0, 1 - 128.0/255}},
		{Color{255, 0, 0}, CMYK{0, 1, 1, 0}},
		{Color{0x13, 0x29, 0x4B}, CMYK{1 - 19.0/75, 1 - 41.0/75, 0, 1 - 75.0/255}},
	} {
		got := c.in.CMYK()
		if math.Abs(got.C-c.want.C)+math.Abs(got.M-c.want.M)+math.Abs(got.Y-c.want.Y)+math.Abs(got.K-c.want.K) > 1e-9 {
			t.Errorf("%s.CMYK() = %+v; want %+v", c.in, got, c.want)
		}
	}
}

// TestColorOp checks the operator each ink mode writes: neutral colours in
// DeviceGray whatever the mode, colours in RGB, grey or CMYK.
func TestColorOp(t *testing.T) {
	red := Color{255, 0, 0}
	for _, c := range []struct {
		ink    Ink
		c      Color
		stroke bool
		want   string
	}{
		{InkRGB, Black, false, "0 g"},
		{InkRGB, Color{0x1A, 0x1A, 0x1A}, true, "0.102 G"},
		{InkRGB, red, false, "1 0 0 rg"},
		{InkRGB, red, true, "1 0 0 RG"},
		{InkGray, red, false, "0.212 g"},
		{InkGray, Black, true, "0 G"},
		{InkCMYK, red, false, "0 1 1 0 k"},
		{InkCMYK, red, true, "0 1 1 0 K"},
		{InkCMYK, Black, false, "0 g"},
	} {
		d := NewDocument(Meta{Ink: c.ink})
		if got := d.colorOp(c.c, c.stroke); got != c.want {
			t.Errorf("ink %d: colorOp(%s, %v) = %q; want %q", c.ink, c.c, c.stroke, got, c.want)
		}
	}
}
