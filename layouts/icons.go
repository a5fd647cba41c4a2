package layouts

import (
	"strings"

	"lookout/layouts/typeset"
)

// Pictograms beside what they mean, drawn as vector paths in the colour of
// the text around them (see typeset.Icon): a telephone by the number to call.
// A band that carries one keeps a square for it at its end side, beside
// its words, the way a band keeps a square for a QR code.

// bandIcons names the icon of each kind of band, by the band's name.
// On a page in several languages the panel is bands of its own, and the
// icon goes by the number, whose band is tall enough for it.
var bandIcons = map[string]string{
	"hotline-panel":        "phone",
	"hotline-panel-number": "phone",
	"steps-panel":          "phone",
	"steps-panel-number":   "phone",
}

// withIcon keeps a square side millimetres wide, gap from the words, at
// the end side of the first band that has an icon.
func withIcon(bands []typeset.Band, side, gap float64) []typeset.Band {
	for i, b := range bands {
		if _, ok := bandIcons[b.Name]; ok && b.Side == 0 {
			bands[i].Side, bands[i].SideGap = side, gap
			return bands
		}
	}
	return bands
}

// drawIcons draws the icon of every band that kept a square for one, in
// the square Flow left: at the band's end side, inside its padding.
func drawIcons(p *typeset.Page, bands []typeset.Band, boxes []typeset.Box, c typeset.Color) error {
	for i, b := range bands {
		name, ok := bandIcons[b.Name]
		if !ok || b.Side == 0 || i >= len(boxes) {
			continue
		}
		ic, err := typeset.LookupIcon(name)
		if err != nil {
			return err
		}
		box := boxes[i]
		x := box.Right() - b.Pad - b.Side
		if p.RTL() {
			x = box.X + b.Pad
		}
		p.Icon("icon-"+strings.TrimPrefix(b.Name, "hotline-"), typeset.Box{X: x, Y: box.Y + b.Pad, W: b.Side, H: b.Side}, ic, c)
	}
	return nil
}
