package layouts

import "lookout/layouts/typeset"

var staffPoster = Layout{
	Name:        "staff-poster",
	Description: "hotel staff poster: the signs each role sees (front desk, housekeeping, food and beverage) and what to do",
	Audiences:   []string{"staff"},
	Variants: []Variant{{Name: "staff-poster", Papers: []string{"letter", "tabloid", "a4", "a3"},
		Together: 2, TogetherOn: []string{"tabloid", "a3"}, Band: true}},
	Draw: func(d *typeset.Document, c *Content, o Options) error {
		return drawStaff(d.AddPage("staff-poster "+o.Paper.Name, o.Paper.W, o.Paper.H, c.Lang), c)
	},
}

func init() {
	Register(staffPoster)
	RegisterAudience(Audience{Name: "staff", Readers: "hotel staff", TitleKey: "staff.headline", Pack: "hotel-staff"})
}

// drawStaff sets a staff poster from the hotel-staff pack: a headline, the
// signs by role, then on a tinted panel the steps to take and, under the
// name of the organisation that answers, the number to call, and at the
// bottom the QR code. One language takes two columns of roles; on a page
// in several languages each language has a column of its own, and the
// panel gives the steps in each. A local partner is a step of what to do;
// on a page with no room for that step (a long language on letter), it
// goes beside the QR code instead.
func drawStaff(p *typeset.Page, c *Content) error {
	w, h := p.Size()
	s := letterScale(w, h, minSign).forPage(c).upTo(posterGrow)
	u := s.u
	inner := typeset.Box{W: w, H: h}.Inset(10 * u)
	qrSide := 32 * u
	bands := func(o staffOpts) func(named bool) []typeset.Band {
		return func(named bool) []typeset.Band {
			items := append(scanItems(c, s, 0), item("url", PrintedURL(c.URL), s.url(14, 12), 0.1)...)
			if !named {
				items = append(items, orgItem(c, s.body(14, 12), 0.6)...)
			}
			if o.local == nil {
				items = append(items, localItem(c, s.body(14, 12), 0.4)...)
			}
			return append(staffBands(c, o, s), qrBand(items, qrSide, 6*u, 4*u))
		}
	}
	// The richest form that fits: the local partner as a step and the
	// hotline's name; the partner by the QR code; then no name either.
	top := typeset.Box{X: inner.X, Y: inner.Y + 5*u, W: inner.W, H: inner.H - 5*u}
	forms := []staffOpts{{c.Local, true}, {nil, true}, {nil, false}}
	o := forms[len(forms)-1]
	for _, f := range forms {
		if p.FlowFits(top, bands(f)(false)) == nil {
			o = f
			break
		}
	}
	boxes, bs, err := brandedFlow(p, "staff", inner, c, s, bands(o))
	if err != nil {
		return err
	}
	if err := drawIcons(p, bs, boxes, ink); err != nil {
		return err
	}
	return drawQR(p, boxes[len(boxes)-1], qrSide, c, typeset.QRMedium)
}

// staffBands are the bands of a staff poster above the QR code: in one
// language the headline, the roles in two columns, and a panel with the
// steps and the number; in several, a column per language with all its
// words, and a panel with the number.
// staffOpts say what a staff poster prints when there is room: a local
// partner as a step of what to do (nil: by the QR code, if the piece has
// one), and the name of the organisation that answers above the number.
type staffOpts struct {
	local *Contact
	name  bool
}

func staffBands(c *Content, o staffOpts, s scale) []typeset.Band {
	u := s.u
	panel := typeset.Band{Name: "steps-panel", Above: 5 * u, Pad: 5 * u, Panel: &tint, Gap: 8 * u, Push: true}
	words := callWords{name: o.name, label: callLabel, text: "hotline.text", noEmergency: true}
	if len(c.Others) > 0 {
		cols := languageBands(c, "languages", 8*u, s, func(x *Content) []typeset.StackItem {
			col := staffHead(x, s)
			for j, sec := range x.Sections {
				col = append(col, roleItems(sec, j, s, 1.0)...)
			}
			return append(col, stepItems(x, o.local, s, 1.0)...)
		})
		return append(cols, withIcon(hotlineBands(c, s, words, panel), 14*u, 4*u)...)
	}
	var first, rest []typeset.StackItem
	for i, sec := range c.Sections {
		if i == 0 {
			first = roleItems(sec, i, s, 0)
		} else {
			rest = append(rest, roleItems(sec, i, s, 1.0)...)
		}
	}
	panel.Columns = [][]typeset.StackItem{append(stepItems(c, o.local, s, 0), spaced(hotlineItems(c, s, words), pick(o.name, "hotline-name", "hotline-label"), 0.8)...)}
	return withIcon([]typeset.Band{
		{Name: "head", Columns: [][]typeset.StackItem{staffHead(c, s)}},
		{Name: "roles", Columns: [][]typeset.StackItem{first, rest}, Gap: 8 * u, Above: 4 * u},
		panel,
	}, 14*u, 4*u)
}

func staffHead(c *Content, s scale) []typeset.StackItem {
	return []typeset.StackItem{
		{Name: "headline", Paras: []string{c.T("staff.headline")}, Style: s.headline(34, 20)},
		{Name: "intro", Paras: []string{c.T("staff.intro")}, Style: s.body(18, 13), Above: 0.4},
	}
}

// roleItems are one role's title and signs.
func roleItems(sec Section, i int, s scale, above float64) []typeset.StackItem {
	name := "role-" + string(rune('1'+i))
	return []typeset.StackItem{
		{Name: name, Paras: []string{sec.Title}, Style: roleStyle(s.heading(21, 13), sec), Above: above},
		{Name: name + "-signs", Paras: sec.Signs, Style: withIcons(s.bullets(17, 12), sec.Icons, len(sec.Signs)), Above: 0.25},
	}
}

// roleStyle leads a role's title with where the role works (a building
// for the front desk, a bed for housekeeping), in the indent its signs'
// pictograms hang in, when every sign under it has one too.
func roleStyle(st typeset.Style, sec Section) typeset.Style {
	if sec.Icon == "" || listIcons(sec.Icons, len(sec.Signs)) == nil {
		return st
	}
	return lineIcon(st, sec.Icon)
}

// stepItems are what to do, numbered, under their title, in c's language;
// a local partner, when the piece has one, is a step of its own (see
// staffSteps).
func stepItems(c *Content, local *Contact, s scale, above float64) []typeset.StackItem {
	return []typeset.StackItem{
		{Name: "steps-title", Paras: []string{c.T("staff.respond.title")}, Style: s.heading(21, 13), Above: above},
		{Name: "steps", Paras: staffSteps(c, local), Style: s.steps(17, 12), Above: 0.25},
	}
}

// staffSteps are the pack's steps with the local partner, if any, as a
// step before the last (reporting to the hotline): staff who have told
// their manager call the partner too, and it is where they look for what
// to do, not a footnote by the QR code.
func staffSteps(c *Content, local *Contact) []string {
	if local == nil || len(c.Steps) == 0 {
		return c.Steps
	}
	n := len(c.Steps) - 1
	step := c.T("hotline.call") + " " + local.Name + " " + local.Phone // no brackets: they mirror in a right-to-left step
	return append(append(append([]string(nil), c.Steps[:n]...), step), c.Steps[n:]...)
}

// pick returns a when cond holds, else b.
func pick(cond bool, a, b string) string {
	if cond {
		return a
	}
	return b
}
