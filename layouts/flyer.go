package layouts

import (
	"strings"

	"lookout/layouts/kit"
)

var flyer = Layout{
	Name:        "flyer",
	Description: "event flyer: the poster's words on a half sheet, with optional tear-off hotline tabs",
	Audiences:   []string{"public"},
	Variants:    []Variant{{Name: "flyer", Papers: []string{"half-letter", "a5"}}},
	TearOffs:    true,
	Together:    true,
	Draw:        drawFlyer,
}

func init() { Register(flyer) }

// tabHeight is how long a tear-off tab is, in millimetres.
const tabHeight = 34.0

// drawFlyer sets the poster's words on a small sheet and, when asked,
// tear-off tabs along the bottom edge, each with the number in digits and
// a short web address, the flyer's body fitted above them.
func drawFlyer(d *kit.Document, c *Content, o Options) error {
	p := d.AddPage("flyer "+o.Paper.Name, o.Paper.W, o.Paper.H, c.Lang)
	w, h := p.Size()
	s := letterScale(w, h, minSign)
	m := 10 * s.u
	inner := kit.Box{W: w, H: h}.Inset(m)
	if o.TearOffs > 0 {
		tabs := kit.Box{X: m, Y: h - m - tabHeight, W: w - 2*m, H: tabHeight}
		if err := p.TearOffs("tab", tabs, o.TearOffs, func(tab *kit.Page) error { return drawTab(tab, c) }); err != nil {
			return err
		}
		inner.H = tabs.Y - 4*s.u - inner.Y
	}
	qrItems := func(s scale) []kit.StackItem {
		return append(eachLang(c, "closing", s.bold(24, 16, navy), 0, func(x *Content) string { return x.T("poster.closing") }),
			eachLang(c, "qr-label", s.body(15, 12), 0.6, func(x *Content) string { return x.T("qr.scan") })...)
	}
	return posterBody(p, inner, c, s, flyerSection, callWords{name: true, label: callLabel, text: "hotline.text"}, qrItems)
}

// flyerSection is one language's words on a flyer: the poster's headline
// and the signs in their short forms, which a half sheet has room for in
// every language.
func flyerSection(c *Content, s scale) []kit.StackItem {
	return []kit.StackItem{
		{Name: "headline", Paras: []string{c.T("poster.headline")}, Style: s.headline(42, 20)},
		{Name: "signs-title", Paras: []string{c.T("poster.signs_title")}, Style: s.bold(22, 15, navy), Above: 0.7},
		{Name: "signs", Paras: c.Short, Style: s.bullets(20, 14), Above: 0.3},
	}
}

// drawTab sets one tear-off tab: the label in every language of the page,
// the number in digits, and a short web address.
func drawTab(tab *kit.Page, c *Content) error {
	w, h := tab.Size()
	s := scale{u: 1, min: minCard}
	label := func(x *Content) string {
		if x.Hotline.Always {
			return x.T("flyer.tab")
		}
		return x.T("hotline.call")
	}
	items := eachLang(c, "tab-label", s.body(9, 7), 0, label)
	items = append(items, item("tab-number", c.Hotline.Digits, s.number(11, 7, ink), 0.15)...)
	items = append(items, item("tab-url", ShortURL(c.URL), s.url(8, 7), 0.15)...)
	_, err := tab.Stack("tab", kit.Box{W: w, H: h}.Inset(1.5), items)
	return err
}

// ShortURL is the address as printed where room is scarce (a tear-off
// tab): the printed URL when it is short, else only its host, which still
// leads to the organisation.
func ShortURL(u string) string {
	p := PrintedURL(u)
	if len(p) <= 24 {
		return p
	}
	host, _, _ := strings.Cut(p, "/")
	return host
}
