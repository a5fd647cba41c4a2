package layouts

import (
	"math"

	"lookout/layouts/kit"
)

// Colours of the printed pieces: every text colour has a contrast of at
// least 7:1 on the background it sits on (see the tests).
var (
	ink     = kit.Color{R: 0x1A, G: 0x1A, B: 0x1A} // body text
	navy    = kit.Color{R: 0x13, G: 0x29, B: 0x4B} // headlines and rules
	callRed = kit.Color{R: 0x8B, G: 0x15, B: 0x15} // the number to call
	tint    = kit.Color{R: 0xFF, G: 0xF1, B: 0xC2} // the hotline panel
)

var poster = Layout{
	Name:        "poster",
	Description: "break-room or entrance poster: headline, warning signs, hotline, QR code",
	Audience:    "public",
	Papers:      []string{"letter", "legal", "tabloid", "a4", "a3"},
	Draw:        drawPoster,
}

func init() { Register(poster) }

// drawPoster sets, from the top: a rule, the headline, a line of context,
// the warning signs; a tinted panel with the hotline and the emergency
// number; and a row with the QR code, its URL, the closing question and the
// organisation.
func drawPoster(p *kit.Page, c *Content) error {
	if c.Notice != nil || len(c.Others) > 0 {
		return drawNotice(p, c)
	}
	w, h := p.Size()
	u := math.Min(w/215.9, h/279.4) // 1 on letter; sizes grow with the sheet
	m := 12.7 * u
	inner := kit.Box{X: m, Y: m, W: w - 2*m, H: h - 2*m}

	qrSide := 48 * u
	row := kit.Box{X: inner.X, Y: inner.Bottom() - qrSide, W: inner.W, H: qrSide}
	panel := kit.Box{X: inner.X, Y: row.Y - 6*u - 70*u, W: inner.W, H: 70 * u}
	top := kit.Box{X: inner.X, Y: inner.Y + 5*u, W: inner.W, H: panel.Y - 6*u - (inner.Y + 5*u)}
	items := []kit.StackItem{
		{Name: "headline", Paras: []string{c.T("poster.headline")}, Style: kit.Style{Size: 42 * u, Min: 26 * u, Bold: true, Color: c.Brand.heading(navy), Spacing: kit.Spacing{Leading: 1.1}}},
		{Name: "context", Paras: []string{c.T("poster.context")}, Style: body(20*u, 14*u), Above: 0.5},
		{Name: "signs-title", Paras: []string{c.T("poster.signs_title")}, Style: kit.Style{Size: 22 * u, Min: 15 * u, Bold: true, Color: c.Brand.heading(navy)}, Above: 0.9},
		{Name: "signs", Paras: c.Signs, Style: bullets(19*u, 14*u), Above: 0.3},
	}
	// The organisation's band goes above the rule when the signs still fit
	// under it; where they do not (some languages on letter), the signs
	// win and the name is set beside the QR code instead.
	headed := false
	if head := 15 * u; c.Brand.hasHeader(c.Org) && p.Measure(kit.Box{X: top.X, Y: top.Y + head, W: top.W, H: top.H - head}, items) == nil {
		if err := brandHeader(p, kit.Box{X: inner.X, Y: inner.Y, W: inner.W, H: 12 * u}, c, 18*u, 14*u); err != nil {
			return err
		}
		top.Y, top.H, headed = top.Y+head, top.H-head, true
	}
	p.Fill("rule", kit.Box{X: inner.X, Y: top.Y - 5*u, W: inner.W, H: 2.5 * u}, c.Brand.rule(navy))
	if _, err := p.Stack("top", top, items); err != nil {
		return err
	}
	if err := hotlinePanel(p, panel, c, u); err != nil {
		return err
	}
	return qrRow(p, row, c, u, headed)
}

func body(size, floor float64) kit.Style {
	return kit.Style{Size: size, Min: floor, Color: ink}
}

// urlStyle sets a web address, which may break anywhere.
func urlStyle(size, floor float64) kit.Style {
	st := body(size, floor)
	st.Spacing.BreakAnywhere = true
	st.LTR = true
	return st
}

func bullets(size, floor float64) kit.Style {
	st := body(size, floor)
	st.Bullet = "•"
	st.Spacing = kit.Spacing{Leading: 1.2, Gap: 0.35, Indent: 1.1}
	return st
}

// hotlinePanel sets who answers and when, the number as printed and in
// digits, and the emergency line, on a tinted panel.
func hotlinePanel(p *kit.Page, b kit.Box, c *Content, u float64) error {
	p.Fill("hotline-panel", b, tint)
	hours := c.T("hotline.call")
	if c.Hotline.Always {
		hours = c.T("hotline.hours_24")
	}
	items := []kit.StackItem{
		{Name: "hotline-name", Paras: []string{c.Hotline.Name}, Style: kit.Style{Size: 19 * u, Min: 14 * u, Bold: true, Color: ink}},
		{Name: "hotline-hours", Paras: []string{hours}, Style: body(17*u, 14*u), Above: 0.15},
		{Name: "hotline-number", Paras: []string{c.Hotline.Call}, Style: kit.Style{Size: 50 * u, Min: 36 * u, Bold: true, Color: callRed, Spacing: kit.Spacing{Leading: 1.05}}, Above: 0.1},
	}
	if c.Hotline.Digits != c.Hotline.Call {
		items = append(items, kit.StackItem{Name: "hotline-digits", Paras: []string{c.Hotline.Digits}, Style: kit.Style{Size: 30 * u, Min: 24 * u, Bold: true, Color: ink, Spacing: kit.Spacing{Leading: 1.05}}})
	}
	if c.Hotline.NotTrafficking {
		items = append(items, kit.StackItem{Name: "not-trafficking", Paras: []string{c.T("hotline.not_trafficking")}, Style: body(16*u, 14*u), Above: 0.3})
	}
	if c.Hotline.Emergency != "" {
		items = append(items, kit.StackItem{Name: "emergency", Paras: []string{c.T("hotline.emergency", "number", c.Hotline.Emergency)}, Style: body(18*u, 14*u), Above: 0.3})
	}
	_, err := p.Stack("hotline", b.Inset(6*u), items)
	return err
}

// qrRow sets the QR code at the row's end side and, beside it, what it
// links to, the closing question and the organisation (unless named: its
// name is on the page already).
func qrRow(p *kit.Page, b kit.Box, c *Content, u float64, named bool) error {
	qrBox := kit.Box{X: b.Right() - b.H, Y: b.Y, W: b.H, H: b.H}
	text := kit.Box{X: b.X, Y: b.Y, W: b.W - b.H - 6*u, H: b.H}
	if p.RTL() {
		qrBox.X, text.X = b.X, b.X+b.H+6*u
	}
	if _, err := p.QR("qr", qrBox, c.URL, kit.QRMedium, false); err != nil {
		return err
	}
	items := []kit.StackItem{
		{Name: "closing", Paras: []string{c.T("poster.closing")}, Style: kit.Style{Size: 24 * u, Min: 16 * u, Bold: true, Color: c.Brand.heading(navy)}},
		{Name: "qr-label", Paras: []string{c.T("qr.scan")}, Style: body(15*u, 12*u), Above: 0.6},
		{Name: "url", Paras: []string{PrintedURL(c.URL)}, Style: urlStyle(14*u, 12*u), Above: 0.1},
	}
	if c.Org != "" && !named {
		items = append(items, kit.StackItem{Name: "org", Paras: []string{c.T("org.posted_by", "org", c.Org)}, Style: body(14*u, 12*u), Above: 0.6})
	}
	if c.Local != nil {
		items = append(items, kit.StackItem{Name: "local-contact", Paras: []string{c.Local.Line()}, Style: body(14*u, 12*u), Above: 0.4})
	}
	_, err := p.Stack("beside-qr", text, items)
	return err
}
