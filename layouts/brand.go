package layouts

import (
	"fmt"

	"lookout/layouts/typeset"
)

// MinContrast is the least WCAG contrast lookout sets text at (level AAA).
const MinContrast = 7.0

// Brand is an organisation's look on a piece: its logo, and a colour for
// bands and headings. The zero Brand is lookout's own look.
type Brand struct {
	Logo    *typeset.Image
	Band    *typeset.Color // the brand colour, for bands and rules; nil: none
	OnBand  typeset.Color  // text on a band: whichever of white and black reads best
	Heading *typeset.Color // headings on white: the brand colour, darkened to 7:1 if need be
}

// ContrastError says that no text colour reads well enough on a brand
// colour.
type ContrastError struct {
	Color        typeset.Color
	White, Black float64 // the contrast of white and of black text on it
	Darker       typeset.Color
}

func (e *ContrastError) Error() string {
	return fmt.Sprintf("brand colour %s: white text on it measures %.2f:1 and black %.2f:1; text on a band needs %.0f:1 (choose a darker colour such as %s, or a lighter one)",
		e.Color, e.White, e.Black, MinContrast, e.Darker)
}

// NewBrand checks a brand colour and picks the colours that go with it:
// white or black for text on a band of it, whichever reaches 7:1 and reads
// better, and for headings on white the colour itself or, when it is too
// light, the same hue darkened until it reaches 7:1. A colour on which
// neither white nor black reaches 7:1 is refused with both measurements.
func NewBrand(band *typeset.Color, logo *typeset.Image) (Brand, error) {
	b := Brand{Logo: logo}
	if band == nil {
		return b, nil
	}
	c := *band
	w, k := typeset.Contrast(typeset.White, c), typeset.Contrast(typeset.Black, c)
	if w < MinContrast && k < MinContrast {
		return b, &ContrastError{Color: c, White: w, Black: k, Darker: darken(c, typeset.White)}
	}
	b.Band, b.OnBand = &c, typeset.White
	if k > w {
		b.OnBand = typeset.Black
	}
	h := darken(c, typeset.White)
	b.Heading = &h
	return b, nil
}

// darken returns c, scaled toward black in steps of 1 % until text of it
// reaches 7:1 on bg.
func darken(c, bg typeset.Color) typeset.Color {
	for f := 100; f >= 0; f-- {
		d := typeset.Color{R: scaleByte(c.R, f), G: scaleByte(c.G, f), B: scaleByte(c.B, f)}
		if typeset.Contrast(d, bg) >= MinContrast {
			return d
		}
	}
	return typeset.Black
}

func scaleByte(v uint8, percent int) uint8 { return uint8(int(v) * percent / 100) }

// heading returns the colour for headings: the brand's, or def.
func (b Brand) heading(def typeset.Color) typeset.Color {
	if b.Heading != nil {
		return *b.Heading
	}
	return def
}

// rule returns the colour for rules and bands: the brand's, or def.
func (b Brand) rule(def typeset.Color) typeset.Color {
	if b.Band != nil {
		return *b.Band
	}
	return def
}

// hasHeader reports whether a piece carries a brand header (see
// brandHeader).
func (b Brand) hasHeader(org string) bool {
	return b.Logo != nil || (b.Band != nil && org != "")
}

// brandHeader draws the organisation's header across b: on a band of the
// brand colour when there is one, the logo (on a white tile, so its own
// background does not clash) at the start side and the organisation's name
// beside it. It draws nothing when the piece has no logo and no band with
// a name to show.
func brandHeader(p *typeset.Page, b typeset.Box, c *Content, size, floor float64) error {
	if !c.Brand.hasHeader(c.Org) {
		return nil
	}
	pad := b.H * 0.12
	nameColor, content := c.Brand.heading(navy), b
	if c.Brand.Band != nil {
		p.Fill("brand-band", b, *c.Brand.Band)
		nameColor, content = c.Brand.OnBand, b.Inset(pad)
	}
	text := content
	if logo := c.Brand.Logo; logo != nil {
		tile := logoTile(p, content, logo, c.Org, pad, c.Brand.Band != nil)
		text.W -= tile.W + 2*pad
		if !p.RTL() {
			text.X = tile.Right() + 2*pad
		}
	}
	if c.Org == "" {
		return nil
	}
	st := typeset.Style{Size: size, Min: floor, Bold: true, Color: nameColor, Spacing: typeset.Spacing{Leading: 1.1}}
	blk, err := p.Fit("brand-name", text, []string{c.Org}, st)
	if err != nil {
		return err
	}
	text.Y, text.H = text.Y+(text.H-blk.Height)/2, blk.Height
	return p.Draw(blk, text)
}

// logoTile places the logo at the start of b, at most 40 % of its width,
// on a white tile when it sits on a band, with the organisation's name as
// its alternative text. It returns the tile.
func logoTile(p *typeset.Page, b typeset.Box, logo *typeset.Image, org string, pad float64, onBand bool) typeset.Box {
	w, h := logo.Size()
	inner := b.H
	if onBand {
		inner -= 2 * pad
	}
	tileW := min(inner*float64(w)/float64(h), 0.4*b.W)
	if onBand {
		tileW += 2 * pad
	}
	tile := typeset.Box{X: b.X, Y: b.Y, W: tileW, H: b.H}
	if p.RTL() {
		tile.X = b.Right() - tileW
	}
	at := tile
	if onBand {
		p.Fill("logo-tile", tile, typeset.White)
		at = tile.Inset(pad)
	}
	alt := org // a reader hears the organisation's name where the logo is
	if alt == "" {
		alt = "Logo"
	}
	p.Image("logo", at, logo, alt)
	return tile
}
