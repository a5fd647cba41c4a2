package layouts

import (
	"strings"

	"lookout/layouts/typeset"
)

var flyer = Layout{
	Name:        "flyer",
	Description: "event flyer: the poster's words on a half sheet, with optional tear-off hotline tabs",
	Audiences:   []string{"public"},
	Variants: []Variant{{Name: "flyer", Together: 2, Band: true, Papers: []string{"half-letter", "a5"}, Quiet: true},
		{Name: "2up", Band: true, Papers: []string{"letter", "a4"}, Extra: true, NoTearOffs: true}},
	TearOffs: true,
	Draw:     drawFlyer,
}

func init() { Register(flyer) }

// Tear-off tabs, in millimetres: how long a tab is, and how far its words
// keep from the cut lines.
const (
	tabHeight = 34.0
	tabSafe   = 1.2
)

// drawFlyer sets the poster's words on a small sheet and, when asked,
// tear-off tabs along the bottom edge, each with the number in digits and
// a short web address, the flyer's body fitted above them.
func drawFlyer(d *typeset.Document, c *Content, o Options) error {
	if o.Variant == "2up" {
		return drawTwoUp(d, c, o, "flyer", func(p *typeset.Page) error { return flyerOn(p, c, o) })
	}
	return flyerOn(d.AddPage("flyer "+o.Paper.Name, o.Paper.W, o.Paper.H, c.Lang), c, o)
}

// flyerOn sets one flyer on the page p.
func flyerOn(p *typeset.Page, c *Content, o Options) error {
	w, h := p.Size()
	s := letterScale(w, h, minSign).forPage(c).upTo(1.3)
	m := 10 * s.u
	inner := typeset.Box{W: w, H: h}.Inset(m)
	if o.TearOffs > 0 {
		tabs := typeset.Box{X: m, Y: h - m - tabHeight, W: w - 2*m, H: tabHeight}
		if err := p.TearOffs("tab", tabs, o.TearOffs, func(tab *typeset.Page) error { return drawTab(tab, c) }); err != nil {
			return err
		}
		inner.H = tabs.Y - 4*s.u - inner.Y
	}
	words := publicWords
	words.section = flyerSection
	return posterBody(p, inner, c, s, words)
}

// flyerSection is one language's words on a flyer: the poster's headline
// and the signs in their short forms, which a half sheet has room for in
// every language.
func flyerSection(c *Content, s scale) []typeset.StackItem {
	return append(item("headline", c.T("poster.headline"), s.headline(42, 20), 0), signItems(c, s, c.Short, 0.7)...)
}

// drawTab sets one tear-off tab: the label in every language of the page,
// the number in digits, and a short web address.
func drawTab(tab *typeset.Page, c *Content) error {
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
	_, err := tab.Stack("tab", typeset.Box{W: w, H: h}.Inset(tabSafe), items)
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
