package layouts

import (
	"fmt"
	"strings"

	"lookout/layouts/typeset"
)

var sticker = Layout{
	Name:        "sticker",
	Description: "restroom sticker for a person who may be trafficked: whom to call or text, a QR code; N-up on a sheet with cut lines",
	Audiences:   []string{"victim"},
	Variants: []Variant{{Name: "sheet", Papers: []string{"letter", "a4"}, Together: 2, TogetherOn: []string{"4x6", "a6"}, Quiet: true},
		{Name: "labels", Papers: []string{"avery-5164", "avery-5168", "label-4x6"}, Labels: true, Extra: true, Together: 2, TogetherOn: []string{"label-4x6"}}},
	Sizes: []string{"3x5", "4x6", "a6"},
	Draw:  drawStickers,
}

func init() { Register(sticker) }

// stickerMargin is the safe margin inside a sticker's cut edge;
// labelMargin inside a die-cut label's edge, which does not wander as a
// cut does (glabels gives 5164's labels a 0.125 in margin, and corners of
// that radius).
const (
	stickerMargin = 6.0
	labelMargin   = 0.125 * inch
)

// drawStickers sets as many stickers as fit on the sheet, edge to edge
// (on their side when that fits more), and in the strip the grid leaves
// at the bottom more stickers on their side when they fit there: three
// 4x6 or A6 stickers on letter or A4, not two and a blank third of the
// sheet. Dashed cut lines run right across the sheet between the two
// strips and right across each strip between its stickers, so a paper
// trimmer can cut the strips first, then the stickers.
func drawStickers(d *typeset.Document, c *Content, o Options) error {
	if stock, ok := LabelStockByName(o.Paper.Name); ok {
		return drawLabels(d, c, stock, o.Paper)
	}
	p := d.AddPage("sticker "+o.Size.Name+" "+o.Paper.Name, o.Paper.W, o.Paper.H, c.Lang)
	sheet := typeset.Box{W: o.Paper.W, H: o.Paper.H}
	g := typeset.Impose(sheet, o.Size.W, o.Size.H, true)
	rest := typeset.Impose(typeset.Box{W: o.Paper.W, H: o.Paper.H - g.Bounds().H}, g.H, g.W, false)
	rest.Turn = 90 - g.Turn
	if rest.Cols*rest.Rows > 0 {
		top := (o.Paper.H - g.Bounds().H - rest.Bounds().H) / 2
		g.Y, rest.Y = top, top+g.Bounds().H
	}
	for k, grid := range []typeset.Grid{g, rest} {
		if grid.Cols*grid.Rows == 0 {
			continue
		}
		strip := typeset.Box{W: o.Paper.W, H: o.Paper.H}
		if rest.Cols*rest.Rows > 0 { // each strip's cuts stay in its strip
			strip = typeset.Box{Y: 0, W: o.Paper.W, H: g.Bounds().Bottom()}
			if k == 1 {
				strip = typeset.Box{Y: g.Bounds().Bottom(), W: o.Paper.W, H: o.Paper.H - g.Bounds().Bottom()}
			}
		}
		stickerCuts(p, fmt.Sprintf("cut%d", k), grid, strip)
	}
	if err := p.Pieces("sticker", g.Cells(), g.Turn, func(_ int, a *typeset.Page) error { return drawSticker(a, c, stickerMargin) }); err != nil {
		return err
	}
	return p.Pieces("sticker-rest", rest.Cells(), rest.Turn, func(_ int, a *typeset.Page) error { return drawSticker(a, c, stickerMargin) })
}

// stickerCuts draws the dashed cut lines of a grid right across its strip
// of the sheet, leaving out those on the sheet's edge.
func stickerCuts(p *typeset.Page, name string, g typeset.Grid, strip typeset.Box) {
	w, h := p.Size()
	xs, ys := g.Cuts()
	for i, x := range xs {
		if x > 0.5 && x < w-0.5 {
			p.CutLine(fmt.Sprintf("%s-x%d", name, i), x, strip.Y, x, strip.Bottom())
		}
	}
	for i, y := range ys {
		if y > 0.5 && y < h-0.5 {
			p.CutLine(fmt.Sprintf("%s-y%d", name, i), 0, y, w, y)
		}
	}
}

// drawSticker sets one sticker: the question, that it is not their fault,
// the number to call and the quiet text line; at the bottom a QR code
// (error correction Q: stickers get scuffed) beside its address.
func drawSticker(a *typeset.Page, c *Content, margin float64) error {
	w, h := a.Size()
	inner := typeset.Box{W: w, H: h}.Inset(margin)
	s := widthScale(inner.W, minSign).forPage(c).upTo(1.3)
	// the code is 28 mm; 23 mm on a piece under 4 in tall inside its
	// margins (an Avery 5164 label on its side): NCMEC's address, 45
	// modules wide at Q, still scans at 0.51 mm a module
	small := inner.H < 100
	qrSide, qrAbove := 28.0, 4.0
	if small {
		qrSide, qrAbove = 23, 3
	}
	bands := languageBands(c, "words", 4, s, func(x *Content) []typeset.StackItem {
		return []typeset.StackItem{
			{Name: "headline", Paras: []string{x.T("victim.headline")}, Style: s.headline(50, 30)},
			{Name: "not-your-fault", Paras: []string{x.T("victim.notfault")}, Style: s.heading(40, 24), Above: 0.4},
		}
	})
	words := victimCall
	words.plain = small // a label 3⅓ in tall has no room for the emergency line's indent in every language
	hotline := hotlineBands(c, s, words, typeset.Band{Name: "hotline", Above: 5, Gap: 4})
	url := item("url", PrintedURL(c.URL), s.url(14, 12), 0)
	qrAt := len(bands) + len(hotline)
	qr := qrBand(url, qrSide, 3, qrAbove)
	qr.Push = true
	all := append(append(bands, hotline...), qr)
	if len(c.Others) == 0 && !urlFits(a, url[0], inner.W-qrSide-3) {
		// the code at the labels' 23 mm when the words leave no room
		// for the address under a larger one
		sides := []float64{qrSide}
		if !small {
			sides = append(sides, 23)
		}
		for _, side := range sides {
			if moved := urlUnder(a, inner, bands, hotline[0], url, side, qrAbove); moved != nil {
				all, qrAt, qrSide = moved, len(moved)-2, side
				break
			}
		}
	}
	boxes, err := a.Flow("sticker", inner, all)
	if err != nil {
		return err
	}
	return drawQR(a, boxes[qrAt], qrSide, c, typeset.QRQuartile)
}

// urlUnder moves a web address that would break inside a word beside the
// code (a narrow sticker's column) under it, across the sticker; the code
// goes beside as many of the lines after the number as fit there, or
// beside none. It returns the bands, the code's second from
// last, or nil when no such arrangement fits.
func urlUnder(a *typeset.Page, inner typeset.Box, words []typeset.Band, hotline typeset.Band, url []typeset.StackItem, qrSide, qrAbove float64) []typeset.Band {
	items := hotline.Columns[0]
	k := len(items)
	for k > 0 && items[k-1].Name != "hotline-number" && items[k-1].Name != "hotline-digits" {
		k--
	}
	for j := k; j <= len(items); j++ {
		top := hotline
		top.Columns = [][]typeset.StackItem{items[:j]}
		qr := qrBand(items[j:], qrSide, 3, qrAbove)
		qr.Push = true
		bands := append(append(append([]typeset.Band(nil), words...), top), qr, typeset.Band{Name: "url", Columns: [][]typeset.StackItem{url}, Above: 2})
		if a.FlowFits(inner, bands) == nil {
			return bands
		}
	}
	return nil
}

// urlFits says whether a web address set in its item's style at its floor
// fits width millimetres with breaks only after a "/".
func urlFits(a *typeset.Page, url typeset.StackItem, width float64) bool {
	st := url.Style
	st.Size, st.Spacing.BreakAnywhere = st.Min, false
	segs := strings.SplitAfter(url.Paras[0], "/")
	_, err := a.Fit("url-measure", typeset.Box{W: width, H: 1e6}, segs, st)
	return err == nil
}
