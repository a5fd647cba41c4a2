package layouts

import (
	"fmt"

	"lookout/layouts/kit"
)

var sticker = Layout{
	Name:        "sticker",
	Description: "restroom sticker for a person who may be trafficked: whom to call or text, a QR code; N-up on a sheet with cut lines",
	Audiences:   []string{"victim"},
	Variants:    []Variant{{Name: "sheet", Papers: []string{"letter", "a4"}, Together: 2, TogetherOn: []string{"4x6", "a6"}}},
	Sizes:       []string{"3x5", "4x6", "a6"},
	Draw:        drawStickers,
}

func init() { Register(sticker) }

// stickerMargin is the safe margin inside a sticker's cut edge.
const stickerMargin = 6.0

// drawStickers sets as many stickers as fit on the sheet, edge to edge
// (on their side when that fits more), with dashed cut lines running
// across the sheet between them.
func drawStickers(d *kit.Document, c *Content, o Options) error {
	p := d.AddPage("sticker "+o.Size.Name+" "+o.Paper.Name, o.Paper.W, o.Paper.H, c.Lang)
	g := kit.Impose(kit.Box{W: o.Paper.W, H: o.Paper.H}, o.Size.W, o.Size.H, true)
	xs, ys := g.Cuts()
	for i, x := range xs {
		if x > 0.5 && x < o.Paper.W-0.5 {
			p.CutLine(fmt.Sprintf("cut-x%d", i), x, 0, x, o.Paper.H)
		}
	}
	for i, y := range ys {
		if y > 0.5 && y < o.Paper.H-0.5 {
			p.CutLine(fmt.Sprintf("cut-y%d", i), 0, y, o.Paper.W, y)
		}
	}
	return p.Pieces("sticker", g.Cells(), g.Turn, func(_ int, a *kit.Page) error { return drawSticker(a, c) })
}

// drawSticker sets one sticker: the question, that it is not their fault,
// the number to call and the quiet text line; at the bottom a QR code
// (error correction Q: stickers get scuffed) beside its address.
func drawSticker(a *kit.Page, c *Content) error {
	w, h := a.Size()
	inner := kit.Box{W: w, H: h}.Inset(stickerMargin)
	s := widthScale(inner.W, minSign).forPage(c)
	qrSide := 28.0
	bands := languageBands(c, "words", 4, s, func(x *Content) []kit.StackItem {
		return []kit.StackItem{
			{Name: "headline", Paras: []string{x.T("victim.headline")}, Style: s.headline(50, 30)},
			{Name: "not-your-fault", Paras: []string{x.T("victim.notfault")}, Style: s.heading(40, 24), Above: 0.4},
		}
	})
	bands = append(bands, hotlineBands(c, s, victimCall, kit.Band{Name: "hotline", Above: 5, Gap: 4})...)
	qr := qrBand(item("url", PrintedURL(c.URL), s.url(14, 12), 0), qrSide, 3, 4)
	qr.Push = true
	bands = append(bands, qr)
	boxes, err := a.Flow("sticker", inner, bands)
	if err != nil {
		return err
	}
	return drawQR(a, boxes[len(boxes)-1], qrSide, c, kit.QRQuartile)
}
