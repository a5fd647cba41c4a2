package layouts

import (
	"lookout/layouts/typeset"
)

var poster = Layout{
	Name:        "poster",
	Description: "break-room or entrance poster: headline, warning signs, hotline, QR code",
	Audiences:   []string{"public", "staff", "victim"},
	Variants:    []Variant{{Name: "poster", Together: 3, Band: true, Papers: []string{"letter", "legal", "tabloid", "a4", "a3"}}},
	Comply:      true,
	Aliases:     map[string]string{"staff": "staff-poster"},
	Draw:        drawPoster,
}

func init() {
	Register(poster)
	RegisterAudience(Audience{Name: "public", Readers: "the public", TitleKey: "poster.headline", Pack: "ncmec-2020"})
	RegisterAudience(Audience{Name: Victim, Readers: "people who may be trafficked", TitleKey: "victim.headline", Pack: "victim", Hotline: "us-nhth"})
}

// drawPoster sets, from the top: the organisation's band when it has one;
// a rule; the words of each language (a headline, a line of context, the
// warning signs); a tinted panel with the hotline and the emergency
// number; and a row with the QR code, its URL and the organisation. The
// staff audience gets the staff poster; the victim audience the questions
// and the reassurance instead of the signs; a posting law's notice is set
// by drawNotice. (The poster for staff is the staff-poster: see Aliases.)
func drawPoster(d *typeset.Document, c *Content, o Options) error {
	p := d.AddPage("poster "+o.Paper.Name, o.Paper.W, o.Paper.H, c.Lang)
	switch {
	case c.Notice != nil:
		return drawNotice(p, c)
	case o.Audience == Victim:
		return drawPosterFor(p, c, victimWords, 12.7)
	}
	return drawPosterFor(p, c, publicWords, 10.2)
}

// posterWords are what a poster-like page says: each language's section,
// the words around the number, and what stands beside the QR code before
// its address.
type posterWords struct {
	section func(*Content, scale) []typeset.StackItem
	call    callWords
	qr      func(*Content, scale) []typeset.StackItem // nil: the address alone
}

var victimCallNamed = func() callWords { w := victimCall; w.name = true; return w }()

var (
	publicWords = posterWords{publicSection, callWords{name: true, label: callLabel, text: "hotline.text"}, closingAndScan}
	victimWords = posterWords{victimSection, victimCallNamed, nil}
)

// closingAndScan are the closing question and the line that explains the
// QR code, in every language of the page.
func closingAndScan(c *Content, s scale) []typeset.StackItem {
	items := eachLang(c, "closing", s.heading(22, 14), 0, func(x *Content) string { return x.T("poster.closing") })
	return append(items, scanItems(c, s, 0.6)...)
}

// publicSection is one language's words on a public poster: the headline,
// a line of context and the signs (on a page in several languages, the
// headline and the signs alone, short).
func publicSection(c *Content, s scale) []typeset.StackItem {
	head := item("headline", c.T("poster.headline"), s.headline(38, 22), 0)
	if !s.tight {
		head = append(head, item("context", c.T("poster.context"), s.body(18, 12), 0.5)...)
	}
	return append(head, signItems(c, s, c.Signs, 0.9)...)
}

// signItems are the title of the signs and the signs; on a page in several
// languages, where each language has a narrow column, the signs alone, in
// their short forms.
func signItems(c *Content, s scale, signs []string, above float64) []typeset.StackItem {
	if s.tight {
		return []typeset.StackItem{{Name: "signs", Paras: c.Short, Style: withIcons(s.bullets(19, 14), c.SignIcons, len(c.Short)), Above: 0.7}}
	}
	return []typeset.StackItem{
		{Name: "signs-title", Paras: []string{c.T("poster.signs_title")}, Style: s.heading(21, 15), Above: above},
		{Name: "signs", Paras: signs, Style: withIcons(s.bullets(24, 15), c.SignIcons, len(signs)), Above: 0.3},
	}
}

// scanItems explain the QR code in every language of the page; a page in
// several languages leaves it to the code and its address.
func scanItems(c *Content, s scale, above float64) []typeset.StackItem {
	if s.tight {
		return nil
	}
	return eachLang(c, "qr-label", lineIcon(s.body(15, 12), "qrcode"), above, func(x *Content) string { return x.T("qr.scan") })
}

// victimSection is one language's words for a person who may be
// trafficked: a direct question, the questions of the victim pack, and that
// it is not their fault.
func victimSection(c *Content, s scale) []typeset.StackItem {
	return []typeset.StackItem{
		{Name: "headline", Paras: []string{c.T("victim.headline")}, Style: s.headline(64, 28)},
		{Name: "questions", Paras: c.Signs, Style: s.bullets(30, 14), Above: 0.6},
		{Name: "not-your-fault", Paras: []string{c.T("victim.notfault")}, Style: s.heading(36, 16), Above: 0.8},
	}
}

// drawPosterFor lays out a poster-like page, margin millimetres from the
// edges on letter (in proportion on other sheets).
func drawPosterFor(p *typeset.Page, c *Content, words posterWords, margin float64) error {
	pw, ph := p.Size()
	s := letterScale(pw, ph, minSign).forPage(c).upTo(posterGrow)
	s.call = posterCall
	return posterBody(p, typeset.Box{W: pw, H: ph}.Inset(margin*s.u), c, s, words)
}

// posterBody lays out a poster inside the box: the sections of every
// language, then the hotline panel and the row with the QR code, pushed to
// the bottom. The organisation's band goes above the rule when the words
// still fit under it; where they do not (some languages on letter), the
// words win and the name is set beside the QR code instead.
func posterBody(p *typeset.Page, inner typeset.Box, c *Content, s scale, words posterWords) error {
	qrSide := 36 * s.u
	boxes, bands, err := brandedFlow(p, "poster", inner, c, s, func(named bool) []typeset.Band { return posterBands(c, s, words, qrSide, named) })
	if err != nil {
		return err
	}
	if err := drawIcons(p, bands, boxes, ink); err != nil {
		return err
	}
	return drawQR(p, boxes[len(boxes)-1], qrSide, c, typeset.QRMedium)
}

// brandedFlow sets a page's bands under a rule, inside the box, and above
// the rule the organisation's band when the brand has one and the words
// still fit under it; where they do not, the words win. bands(named) are
// the bands, knowing whether the band names the organisation already.
func brandedFlow(p *typeset.Page, name string, inner typeset.Box, c *Content, s scale, bands func(named bool) []typeset.Band) ([]typeset.Box, []typeset.Band, error) {
	u := s.u
	top := typeset.Box{X: inner.X, Y: inner.Y + 5*u, W: inner.W, H: inner.H - 5*u}
	named := false
	if head := 15 * u; c.Brand.hasHeader(c.Org) && p.FlowFits(typeset.Box{X: top.X, Y: top.Y + head, W: top.W, H: top.H - head}, bands(true)) == nil {
		if err := brandHeader(p, typeset.Box{X: inner.X, Y: inner.Y, W: inner.W, H: 12 * u}, c, 18*u, 14*u); err != nil {
			return nil, nil, err
		}
		top.Y, top.H, named = top.Y+head, top.H-head, true
	}
	p.Fill("rule", typeset.Box{X: inner.X, Y: top.Y - 5*u, W: inner.W, H: 2.5 * u}, s.rule())
	bs := bands(named)
	boxes, err := p.Flow(name, top, bs)
	return boxes, bs, err
}

// posterBands are the bands of a poster: the sections, the hotline panel,
// and the row beside the QR code with the address, the organisation
// (unless named in the band above) and a local contact.
func posterBands(c *Content, s scale, words posterWords, qrSide float64, named bool) []typeset.Band {
	u := s.u
	bands := languageBands(c, "top", 8*u, s, func(x *Content) []typeset.StackItem { return words.section(x, s) })
	panel := hotlineBands(c, s, words.call, typeset.Band{Name: "hotline-panel", Above: 6 * u, Pad: 6 * u, Panel: &tint, Gap: 8 * u, Push: true})
	if !words.call.leadsWithText(c) {
		panel = withIcon(panel, 14*u, 4*u)
	}
	bands = append(bands, panel...)
	var items []typeset.StackItem
	if words.qr != nil {
		items = words.qr(c, s)
	}
	items = append(items, item("url", PrintedURL(c.URL), s.url(14, 12), 0.1)...)
	if !named {
		items = append(items, orgItem(c, s.body(14, 12), 0.6)...)
	}
	items = append(items, localItem(c, s.body(14, 12), 0.4)...)
	return append(bands, qrBand(items, qrSide, 6*u, 6*u))
}

// posterGrow is how far a poster's type may grow past its size to fill a
// page with room to spare (a short language, a tall sheet): half as large
// again, before the leftover height goes into gaps.
const posterGrow = 1.5

// posterCall sets a poster's number larger than other pieces' (67.5 pt on
// letter, floor 36 pt), so that it is 60 pt or more on a letter poster in
// English: read from across a break room.
const posterCall = 1.5
