package layouts

import (
	"lookout/layouts/kit"
)

var poster = Layout{
	Name:        "poster",
	Description: "break-room or entrance poster: headline, warning signs, hotline, QR code",
	Audiences:   []string{"public", "staff", "victim"},
	Variants:    []Variant{{Name: "poster", Papers: []string{"letter", "legal", "tabloid", "a4", "a3"}}},
	Together:    true,
	Draw:        drawPoster,
}

func init() { Register(poster) }

// drawPoster sets, from the top: a rule; the words of each language (a
// headline, a line of context, the warning signs); a tinted panel with the
// hotline and the emergency number; and a row with the QR code, its URL and
// the organisation. The staff audience gets the staff poster; the victim
// audience the questions and the reassurance instead of the signs.
func drawPoster(d *kit.Document, c *Content, o Options) error {
	p := d.AddPage("poster "+o.Paper.Name, o.Paper.W, o.Paper.H, c.Lang)
	switch o.Audience {
	case "staff":
		return drawStaff(p, c)
	case "victim":
		return drawPosterFor(p, c, victimSection, callWords{name: true, label: victimLabel, text: "victim.text"}, nil)
	}
	qrItems := func(s scale) []kit.StackItem {
		return append(eachLang(c, "closing", s.bold(24, 16, navy), 0, func(x *Content) string { return x.T("poster.closing") }),
			eachLang(c, "qr-label", s.body(15, 12), 0.6, func(x *Content) string { return x.T("qr.scan") })...)
	}
	return drawPosterFor(p, c, publicSection, callWords{name: true, label: callLabel, text: "hotline.text"}, qrItems)
}

// publicSection is one language's words on a public poster.
func publicSection(c *Content, s scale) []kit.StackItem {
	return []kit.StackItem{
		{Name: "headline", Paras: []string{c.T("poster.headline")}, Style: s.headline(42, 26)},
		{Name: "context", Paras: []string{c.T("poster.context")}, Style: s.body(20, 14), Above: 0.5},
		{Name: "signs-title", Paras: []string{c.T("poster.signs_title")}, Style: s.bold(22, 15, navy), Above: 0.9},
		{Name: "signs", Paras: c.Signs, Style: s.bullets(19, 14), Above: 0.3},
	}
}

// victimSection is one language's words for a person who may be
// trafficked: a direct question, the questions of the victim pack, and that
// it is not their fault.
func victimSection(c *Content, s scale) []kit.StackItem {
	return []kit.StackItem{
		{Name: "headline", Paras: []string{c.T("victim.headline")}, Style: s.headline(48, 28)},
		{Name: "questions", Paras: c.Signs, Style: s.bullets(22, 14), Above: 0.6},
		{Name: "not-your-fault", Paras: []string{c.T("victim.notfault")}, Style: s.bold(26, 16, navy), Above: 0.8},
	}
}

// drawPosterFor lays out a poster: the sections of every language at the
// top, the hotline panel, then the QR row with what qrItems adds before
// the URL (nothing when it is nil). The panel and the row grow a little with each further language.
func drawPosterFor(p *kit.Page, c *Content, section func(*Content, scale) []kit.StackItem, w callWords, qrItems func(scale) []kit.StackItem) error {
	pw, ph := p.Size()
	s := letterScale(pw, ph, minSign)
	return posterBody(p, kit.Box{W: pw, H: ph}.Inset(12.7*s.u), c, s, section, w, qrItems)
}

// posterBody lays out a poster inside the box: the sections of every
// language, then the hotline panel and the row with the QR code, pushed to
// the bottom.
func posterBody(p *kit.Page, inner kit.Box, c *Content, s scale, section func(*Content, scale) []kit.StackItem, w callWords, qrItems func(scale) []kit.StackItem) error {
	u := s.u
	qrSide := 48 * u
	p.Fill("rule", kit.Box{X: inner.X, Y: inner.Y, W: inner.W, H: 2.5 * u}, navy)
	bands := languageBands(c, "top", 8*u, func(x *Content) []kit.StackItem { return section(x, s) })
	bands = append(bands, kit.Band{Name: "hotline-panel", Columns: [][]kit.StackItem{hotlineItems(c, s, w)},
		Above: 6 * u, Pad: 6 * u, Panel: &tint, Push: true})
	var items []kit.StackItem
	if qrItems != nil {
		items = qrItems(s)
	}
	items = append(items, item("url", PrintedURL(c.URL), s.url(14, 12), 0.1)...)
	items = append(items, orgItem(c, s.body(14, 12), 0.6)...)
	bands = append(bands, qrBand(items, qrSide, 6*u, 6*u))
	boxes, err := p.Flow("poster", kit.Box{X: inner.X, Y: inner.Y + 5*u, W: inner.W, H: inner.H - 5*u}, bands)
	if err != nil {
		return err
	}
	return drawQR(p, boxes[len(boxes)-1], qrSide, c, kit.QRMedium)
}
