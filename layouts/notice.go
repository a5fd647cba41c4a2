package layouts

import (
	"errors"
	"math"

	"lookout/layouts/typeset"
)

// Notice is what a posting law asks of a page, as far as a layout can meet
// it: a smallest type size for every word, bold type, the share of the page
// this language's section takes, and the law's own wording in this
// language when the campaign gives it.
type Notice struct {
	Preset string   // the compliance preset, e.g. us-ca
	MinPt  float64  // no text under this size, in points; 0: the layout's own floors
	Bold   bool     // every word bold
	Share  float64  // this language's share of the text area (0 to 1); 0: what the text needs
	Text   []string // the law's wording in this language, as paragraphs; nil: the warning signs
	Victim bool     // written to a person who may be trafficked, not to a bystander
}

// floor raises a layout's own floor to the notice's minimum.
func (n *Notice) floor(pt float64) float64 {
	if n == nil {
		return pt
	}
	return math.Max(pt, n.MinPt)
}

// style is a text style whose size and floor are at least the notice's
// minimum, bold when the notice wants every word bold. It may grow to
// noticeGrow times its size, so a large sheet is filled with type, not
// with an empty band.
func (n *Notice) style(size, floor float64, bold bool, col typeset.Color) typeset.Style {
	f := n.floor(floor)
	size = math.Max(size, f)
	return typeset.Style{Size: size, Min: f, Max: size * noticeGrow, Bold: bold || (n != nil && n.Bold), Color: col}
}

// noticeGrow is how far a notice's type may grow past its size.
const noticeGrow = 2.0

func (n *Notice) text() []string {
	if n == nil {
		return nil
	}
	return n.Text
}

// drawNotice sets a sign in one or more languages, each in its own
// section: the headline, the law's wording (or the warning signs), and how
// to call in that language. Under the sections one row holds the QR code,
// the hotline's name and number and the web address, once for all
// languages. Every size is at least the notice's minimum.
func drawNotice(p *typeset.Page, c *Content) error {
	w, h := p.Size()
	u := math.Sqrt(w * h / (215.9 * 279.4)) // 1 on letter, either way up
	n := c.Notice
	fl := n.floor
	inner := typeset.Box{X: 12.7 * u, Y: 12.7 * u, W: w - 25.4*u, H: h - 25.4*u}
	top := inner.Y
	if c.Brand.hasHeader(c.Org) {
		if err := brandHeader(p, typeset.Box{X: inner.X, Y: top, W: inner.W, H: math.Max(18*u, 2*fl(14)*typeset.PtMM)}, c, fl(20*u), fl(14)); err != nil {
			return err
		}
		top += math.Max(22*u, 2*fl(14)*typeset.PtMM+4*u)
	}
	p.Fill("rule", typeset.Box{X: inner.X, Y: top, W: inner.W, H: 2 * u}, c.Brand.rule(navy))
	top += 6 * u
	row := noticeRow(p, c, n, u, inner.W)
	col := inner.W - 44*u - 6*u
	rowH := max(44*u, min(stackNeed(p, col, row, false), 0.3*inner.H), stackNeed(p, col, row, true))
	rowBox := typeset.Box{X: inner.X, Y: inner.Bottom() - rowH, W: inner.W, H: rowH}
	sections := typeset.Box{X: inner.X, Y: top, W: inner.W, H: rowBox.Y - 6*u - top}
	if err := noticeSections(p, sections, c, u); err != nil {
		return err
	}
	return noticeQR(p, rowBox, c, row, u)
}

// noticeSections sets each language's section: one stack shrinking
// together, or one box per language when the notice gives shares. When
// the sections do not fit at the smallest size allowed, they are set again
// more briefly (see sectionItems).
func noticeSections(p *typeset.Page, b typeset.Box, c *Content, u float64) error {
	var err error
	for brief := 0; brief <= 2; brief++ {
		err = trySections(p, b, c, u, brief)
		if _, ok := errors.AsType[*typeset.FitError](err); !ok {
			return err
		}
	}
	return err
}

func trySections(p *typeset.Page, b typeset.Box, c *Content, u float64, brief int) error {
	all := c.All()
	if all[0].Notice == nil || all[0].Notice.Share == 0 {
		var items []typeset.StackItem
		for i, x := range all {
			items = append(items, sectionItems(x, i > 0, u, brief)...)
		}
		_, err := p.Stack("notice", b, items)
		return err
	}
	for _, x := range all { // fit every section before drawing any
		if err := p.Measure(shareBox(b, all, x, u), sectionItems(x, false, u, brief)); err != nil {
			return err
		}
	}
	for i, x := range all {
		sb := shareBox(b, all, x, u)
		if i > 0 {
			p.Line("notice-rule", sb.X, sb.Y-2*u, sb.Right(), sb.Y-2*u, 0.4*u, 0, c.Brand.rule(navy))
		}
		if _, err := p.Stack("notice-"+x.Lang.Tag, sb, sectionItems(x, false, u, brief)); err != nil {
			return err
		}
	}
	return nil
}

// shareBox is the part of b that x's share gives it, below the sections
// before it, with room for a rule between sections.
func shareBox(b typeset.Box, all []*Content, x *Content, u float64) typeset.Box {
	y := b.Y
	for _, o := range all {
		if o == x {
			break
		}
		y += b.H * o.Notice.Share
	}
	sb := typeset.Box{X: b.X, Y: y, W: b.W, H: b.H * x.Notice.Share}
	if y > b.Y {
		sb.Y, sb.H = sb.Y+4*u, sb.H-4*u
	}
	return sb
}

// sectionItems are one language's blocks: the headline; the law's
// wording, or the warning signs, or for a person who may be trafficked the
// questions and that it is not their fault; and how to call. brief 1 sets
// the line of context in place of the signs (and drops the questions);
// brief 2 keeps only the headline and how to call: a sign in three
// languages at a law's minimum size may hold no more. The law's wording is
// never cut. after marks a section that follows another.
func sectionItems(x *Content, after bool, u float64, brief int) []typeset.StackItem {
	n, st := x.Notice, x.Notice.style
	lang, tag := x.Lang, "-"+x.Lang.Tag
	item := func(name string, paras []string, style typeset.Style, above float64) typeset.StackItem {
		return typeset.StackItem{Name: name + tag, Paras: paras, Style: style, Above: above, Lang: &lang}
	}
	bullets := st(18*u, 14, false, ink)
	bullets.Bullet, bullets.Spacing = "•", typeset.Spacing{Leading: 1.2, Gap: 0.3, Indent: 1.1}
	headline, body := "poster.headline", item("signs", x.Signs, bullets, 0.5)
	var items []typeset.StackItem
	switch {
	case len(n.text()) > 0:
		items = []typeset.StackItem{item("notice", n.text(), st(18*u, 14, false, ink), 0)}
		items[0].Style.Spacing.Gap = 0.6
	case n != nil && n.Victim:
		headline = "victim.headline"
		items = []typeset.StackItem{body, item("notfault", []string{x.T("victim.notfault")}, st(18*u, 14, true, ink), 0.5)}
		items[0].Name = "questions" + tag
		items = items[min(brief, 2):]
	case brief == 1:
		items = []typeset.StackItem{item("context", []string{x.T("poster.context")}, st(18*u, 14, false, ink), 0.5)}
	case brief == 0:
		items = []typeset.StackItem{body}
	}
	if len(n.text()) == 0 {
		items = append([]typeset.StackItem{item("headline", []string{x.T(headline)}, st(30*u, 18, true, x.Brand.heading(navy)), 0)}, items...)
	}
	if after {
		items[0].Above = 1.2
	}
	lines, icons := callLines(x)
	call := item("call", lines, st(18*u, 14, false, ink), 0.5)
	call.Style.Spacing.Gap = 0.2
	call.Style.Spacing.Indent, call.Style.Icons = 1.3, icons
	return append(items, call)
}

// callLines says, in the section's language, when to call and the number,
// the text line where it answers in that language, the further hotlines a
// posting law names, and the emergency number; with the pictogram of each
// line (a telephone, a speech bubble, the emergency sign), or "" for none.
func callLines(x *Content) (lines, icons []string) {
	label, text := callLabel(x), "hotline.text"
	if x.Notice != nil && x.Notice.Victim {
		label, text = victimLabel(x), "victim.text"
	}
	add := func(line, icon string) { lines, icons = append(lines, line), append(icons, icon) }
	add(label+" "+x.Hotline.Digits, "phone")
	if x.Hotline.Text != "" {
		add(x.T(text, "number", x.Hotline.Text), "message")
	}
	for _, also := range x.Hotline.Also {
		add(also, "phone")
	}
	if x.Hotline.NotTrafficking {
		add(x.T("hotline.not_trafficking"), "")
	}
	if x.Hotline.Emergency != "" {
		add(x.T("hotline.emergency", "number", x.Hotline.Emergency), "urgent")
	}
	return lines, icons
}

// noticeRow is what sits beside the QR code: the hotline's name, its
// number as printed and in digits, the web address, and a local contact.
func noticeRow(p *typeset.Page, c *Content, n *Notice, u, width float64) []typeset.StackItem {
	st := func(size, floor float64, bold bool, col typeset.Color) typeset.Style {
		s := n.style(size, floor, bold, col)
		s.Spacing.Leading = 1.1
		return s
	}
	items := append(nameParas(c, st(18*u, 14, true, ink), 0),
		typeset.StackItem{Name: "hotline-number", Paras: []string{c.Hotline.Call}, Style: st(44*u, 30, true, callRed)})
	if c.Hotline.Digits != c.Hotline.Call {
		items = append(items, typeset.StackItem{Name: "hotline-digits", Paras: []string{c.Hotline.Digits}, Style: st(26*u, 20, true, ink)})
	}
	url := typeset.StackItem{Name: "url", Paras: []string{PrintedURL(c.URL)}, Style: st(14*u, 12, false, ink), Above: 0.4}
	url.Style.Spacing.BreakAnywhere = true
	items = append(items, url)
	return append(items, localItem(c, st(14*u, 12, false, ink), 0.4)...)
}

// stackNeed is the height items take in a column of width millimetres,
// set at their floors or at their preferred sizes; 0 when one does not fit
// the width at all.
func stackNeed(p *typeset.Page, width float64, items []typeset.StackItem, atFloor bool) float64 {
	h := 0.0
	for i, it := range items {
		size := it.Style.Size
		if atFloor {
			size = it.Style.Min
		}
		blk, err := p.SetAt(it.Name, width, it.Paras, it.Style, size)
		if err != nil {
			return 0
		}
		if i > 0 {
			h += it.Above * size * typeset.PtMM
		}
		h += blk.Height
	}
	return h
}

// noticeQR sets the QR code at the row's end side and the row's text
// beside it.
func noticeQR(p *typeset.Page, b typeset.Box, c *Content, items []typeset.StackItem, u float64) error {
	side := 44 * u
	text := typeset.Box{X: b.X, Y: b.Y, W: b.W - side - 6*u, H: b.H}
	if p.RTL() {
		text.X = b.X + side + 6*u
	}
	if err := drawQR(p, b, side, c, typeset.QRMedium); err != nil {
		return err
	}
	_, err := p.Stack("beside-qr", text, items)
	return err
}
