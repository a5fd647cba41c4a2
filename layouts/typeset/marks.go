package typeset

import (
	"fmt"
	"strings"
)

// Marks for cutting and folding, and for checking the print scale. They are
// hairlines in registration black (grey for the dashed lines people cut or
// fold along), never text: a layout labels them itself.

// MarkWidth is the width of crop marks and cut lines, in millimetres.
const MarkWidth = 0.15

// MarkLength is how long a crop mark is, in millimetres.
const MarkLength = 5.0

// DashLength is the length of the dashes and gaps of a cut or fold line.
const DashLength = 1.5

// CutColor is the grey of dashed cut and fold lines.
var CutColor = Color{0x59, 0x59, 0x59}

// CropMarks marks where to cut, outside an area that is cut out of the
// sheet: a short line beyond both ends of every cut, for the vertical cuts
// at xs above and below the area, for the horizontal cuts at ys left and
// right of it. Each mark starts offset millimetres from the area (at least
// the bleed), so no mark ever touches what is kept.
func (p *Page) CropMarks(name string, area Box, xs, ys []float64, offset float64) {
	for _, x := range xs {
		p.add(opLine{x, area.Y - offset - MarkLength, x, area.Y - offset, MarkWidth, 0, Black})
		p.add(opLine{x, area.Bottom() + offset, x, area.Bottom() + offset + MarkLength, MarkWidth, 0, Black})
	}
	for _, y := range ys {
		p.add(opLine{area.X - offset - MarkLength, y, area.X - offset, y, MarkWidth, 0, Black})
		p.add(opLine{area.Right() + offset, y, area.Right() + offset + MarkLength, y, MarkWidth, 0, Black})
	}
	p.doc.place(Placement{Kind: KindCropMarks, Name: name, Box: area}, "crop-marks %s area=%s xs=%s ys=%s offset=%.2f length=%.1f", name, area, mms(xs), mms(ys), offset, MarkLength)
}

// CutLine draws a dashed line to cut (or fold) along.
func (p *Page) CutLine(name string, x1, y1, x2, y2 float64) {
	p.Line(name, x1, y1, x2, y2, MarkWidth, DashLength, CutColor)
}

// Calibration draws a square side millimetres wide with its top-left corner
// at (x, y), for checking that a sheet printed at 100 %: its outline lies
// inside the square, so the square measures exactly side from outer edge to
// outer edge.
func (p *Page) Calibration(name string, x, y, side float64) Box {
	const t = 0.3 // outline width
	b := Box{x, y, side, side}
	for _, e := range []Box{{x, y, side, t}, {x, y + side - t, side, t}, {x, y, t, side}, {x + side - t, y, t, side}} {
		p.add(opFill{e, Black})
	}
	p.doc.place(Placement{Kind: KindCalibration, Name: name, Box: b}, "calibration %s box=%s side=%.2fmm", name, b, side)
	return b
}

func mms(vs []float64) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = fmt.Sprintf("%.1f", v)
	}
	return "[" + strings.Join(parts, " ") + "]"
}
