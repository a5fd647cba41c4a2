package layouts

import "lookout/layouts/kit"

var staffPoster = Layout{
	Name:        "staff-poster",
	Description: "hotel staff poster: the signs each role sees (front desk, housekeeping, food and beverage) and what to do",
	Audiences:   []string{"staff"},
	Variants:    []Variant{{Name: "staff-poster", Papers: []string{"letter", "tabloid", "a4", "a3"}}},
	Together:    true,
	Draw: func(d *kit.Document, c *Content, o Options) error {
		return drawStaff(d.AddPage("staff-poster "+o.Paper.Name, o.Paper.W, o.Paper.H, c.Lang), c)
	},
}

func init() { Register(staffPoster) }

// drawStaff sets a staff poster from the hotel-staff pack: a headline, the
// signs by role, the steps to take on a tinted panel, and at the bottom the
// hotline beside the QR code. One language takes two columns of roles; on
// a page in several languages each language has a column of its own.
func drawStaff(p *kit.Page, c *Content) error {
	w, h := p.Size()
	s := letterScale(w, h, minSign)
	u, more := s.u, float64(len(c.Others))
	m := 12.7 * u
	inner := kit.Box{X: m, Y: m, W: w - 2*m, H: h - 2*m}
	rowH := (52 + 8*more) * u
	row := kit.Box{X: inner.X, Y: inner.Bottom() - rowH, W: inner.W, H: rowH}
	body := kit.Box{X: inner.X, Y: inner.Y + 5*u, W: inner.W, H: row.Y - 6*u - (inner.Y + 5*u)}

	p.Fill("rule", kit.Box{X: inner.X, Y: inner.Y, W: inner.W, H: 2.5 * u}, navy)
	var err error
	if len(c.Others) == 0 {
		err = staffOne(p, body, c, s)
	} else {
		err = staffColumns(p, body, c, s)
	}
	if err != nil {
		return err
	}
	items := hotlineItems(c, s, callWords{name: true, label: callLabel, text: "hotline.text", noEmergency: true})
	items = append(items, item("url", PrintedURL(c.URL), s.url(14, 12), 0.3)...)
	items = append(items, orgItem(c, s.body(14, 12), 0.3)...)
	return qrBeside(p, row, 44*u, c, kit.QRMedium, 6*u, items)
}

// staffOne sets one language: the headline across the page, the roles in
// two columns, the steps on a panel under them; all at one type scale.
func staffOne(p *kit.Page, b kit.Box, c *Content, s scale) error {
	u := s.u
	gap := 8 * u
	head := kit.Box{X: b.X, Y: b.Y, W: b.W, H: 38 * u}
	panel := kit.Box{X: b.X, Y: b.Bottom() - 54*u, W: b.W, H: 54 * u}
	colY := head.Bottom() + 4*u
	colH := panel.Y - 6*u - colY
	colW := (b.W - gap) / 2
	left := kit.Box{X: b.X, Y: colY, W: colW, H: colH}
	right := kit.Box{X: b.X + colW + gap, Y: colY, W: colW, H: colH}
	if p.RTL() {
		left.X, right.X = right.X, left.X
	}
	p.Fill("steps-panel", panel, tint)
	var first, rest []kit.StackItem
	for i, sec := range c.Sections {
		if i == 0 {
			first = roleItems(sec, i, s, 0)
		} else {
			rest = append(rest, roleItems(sec, i, s, 1.0)...)
		}
	}
	_, err := p.Stacks("staff", []kit.Box{head, left, right, panel.Inset(6 * u)},
		[][]kit.StackItem{staffHead(c, s), first, rest, stepItems(c, s, 0)})
	return err
}

// staffColumns sets each language in a column of its own, everything but
// the hotline: headline, roles and steps.
func staffColumns(p *kit.Page, b kit.Box, c *Content, s scale) error {
	all := c.All()
	gap := 8 * s.u
	colW := (b.W - gap*float64(len(all)-1)) / float64(len(all))
	var boxes []kit.Box
	var stacks [][]kit.StackItem
	for i, x := range all {
		col := kit.Box{X: b.X + float64(i)*(colW+gap), Y: b.Y, W: colW, H: b.H}
		if p.RTL() {
			col.X = b.Right() - float64(i+1)*colW - float64(i)*gap
		}
		items := staffHead(x, s)
		for j, sec := range x.Sections {
			items = append(items, roleItems(sec, j, s, 1.0)...)
		}
		items = append(items, stepItems(x, s, 1.0)...)
		if i > 0 {
			for j := range items {
				items[j].Name += "-" + x.Lang.Tag
				items[j].Lang = x.Lang
			}
		}
		boxes, stacks = append(boxes, col), append(stacks, items)
	}
	_, err := p.Stacks("staff", boxes, stacks)
	return err
}

func staffHead(c *Content, s scale) []kit.StackItem {
	return []kit.StackItem{
		{Name: "headline", Paras: []string{c.T("staff.headline")}, Style: s.headline(34, 22)},
		{Name: "intro", Paras: []string{c.T("staff.intro")}, Style: s.body(18, 13), Above: 0.4},
	}
}

// roleItems are one role's title and signs.
func roleItems(sec Section, i int, s scale, above float64) []kit.StackItem {
	name := "role-" + string(rune('1'+i))
	return []kit.StackItem{
		{Name: name, Paras: []string{sec.Title}, Style: s.bold(21, 14, navy), Above: above},
		{Name: name + "-signs", Paras: sec.Signs, Style: s.bullets(17, 12), Above: 0.25},
	}
}

// stepItems are what to do, numbered, under their title.
func stepItems(c *Content, s scale, above float64) []kit.StackItem {
	return []kit.StackItem{
		{Name: "steps-title", Paras: []string{c.T("staff.respond.title")}, Style: s.bold(21, 14, navy), Above: above},
		{Name: "steps", Paras: c.Steps, Style: s.steps(17, 12), Above: 0.25},
	}
}
