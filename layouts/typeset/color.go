package typeset

import "strings"

// Ink is how a document writes its colours into the PDF.
//
// Whatever the mode, a neutral colour (red, green and blue equal: black,
// white, the greys of cut lines) is written in DeviceGray, so black text
// and rules print with black ink alone (K only) and never as the
// four-colour "rich" black a print shop's RGB conversion makes, which
// blurs at small sizes when the plates do not line up.
type Ink int

// Ink modes.
const (
	// InkRGB writes colours as sRGB (DeviceRGB): for screens, home and
	// office printers.
	InkRGB Ink = iota
	// InkGray writes every colour as the grey of its luminance
	// (DeviceGray): no colour operator of any other space appears.
	InkGray
	// InkCMYK writes colours as DeviceCMYK for offset print, by the plain
	// device conversion of CMYK below; there is no ICC output intent, so
	// what the press prints is only close to the screen.
	InkCMYK
)

// CMYK is a colour as fractions of cyan, magenta, yellow and black ink.
type CMYK struct{ C, M, Y, K float64 }

// CMYK converts c by the device formula with full grey replacement: black
// is 1 minus the largest of red, green and blue, and each of cyan, magenta
// and yellow is what remains of its complement once black is taken out.
// Neutral colours come out black only. It assumes no press profile: it is
// the conversion a print shop's RIP would make with none, stated so that a
// shop can judge it, not a colour-managed one.
func (c Color) CMYK() CMYK {
	r, g, b := float64(c.R)/255, float64(c.G)/255, float64(c.B)/255
	k := 1 - max(r, g, b)
	if k >= 1 {
		return CMYK{K: 1}
	}
	return CMYK{(1 - r - k) / (1 - k), (1 - g - k) / (1 - k), (1 - b - k) / (1 - k), k}
}

// neutral reports whether c has no hue: red, green and blue are equal.
func (c Color) neutral() bool { return c.R == c.G && c.G == c.B }

// colorOp returns the PDF operator that sets c as the fill colour (stroke
// false) or the stroke colour, in the space the document's ink mode asks
// for (see Ink).
func (d *Document) colorOp(c Color, stroke bool) string {
	op := func(fill, str string) string {
		if stroke {
			return str
		}
		return fill
	}
	switch {
	case d.meta.Ink == InkGray || d.meta.Grayscale:
		return num(float64(c.gray())/255) + " " + op("g", "G")
	case c.neutral():
		return num(float64(c.R)/255) + " " + op("g", "G")
	case d.meta.Ink == InkCMYK:
		k := c.CMYK()
		return strings.Join([]string{num(k.C), num(k.M), num(k.Y), num(k.K), op("k", "K")}, " ")
	}
	return num(float64(c.R)/255) + " " + num(float64(c.G)/255) + " " + num(float64(c.B)/255) + " " + op("rg", "RG")
}

// fillRect paints b in c, b in millimetres from the sheet's top left.
func (d *Document) fillRect(s *sheet, b Box, c Color) string {
	const k = 72 / 25.4
	return d.colorOp(c, false) + " " + num(b.X*k) + " " + num((s.h-b.Bottom())*k) + " " + num(b.W*k) + " " + num(b.H*k) + " re f"
}

// strokeLine strokes a line from (x1,y1) to (x2,y2) width millimetres wide,
// dashed when dash is above zero, and leaves the dash pattern solid. It
// sets its colour and width inside q … Q, so nothing it sets outlives it.
func (d *Document) strokeLine(s *sheet, o opLine) string {
	const k = 72 / 25.4
	var b strings.Builder
	b.WriteString("q " + d.colorOp(o.c, true) + " " + num(o.width*k) + " w ")
	if o.dash > 0 {
		b.WriteString("[" + num(o.dash*k) + " " + num(o.dash*k) + "] 0 d ")
	}
	b.WriteString(num(o.x1*k) + " " + num((s.h-o.y1)*k) + " m " + num(o.x2*k) + " " + num((s.h-o.y2)*k) + " l S Q")
	return b.String()
}
