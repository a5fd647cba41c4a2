package layouts

import "lookout/layouts/kit"

var staffPoster = Layout{
	Name:        "staff-poster",
	Description: "hotel staff poster: the signs each role sees (front desk, housekeeping, food and beverage) and what to do",
	Audiences:   []string{"staff"},
	Variants: []Variant{{Name: "staff-poster", Papers: []string{"letter", "tabloid", "a4", "a3"},
		Together: 2, TogetherOn: []string{"tabloid", "a3"}, Band: true}},
	Draw: func(d *kit.Document, c *Content, o Options) error {
		return drawStaff(d.AddPage("staff-poster "+o.Paper.Name, o.Paper.W, o.Paper.H, c.Lang), c)
	},
}

func init() {
	Register(staffPoster)
	RegisterAudience(Audience{Name: "staff", Readers: "hotel staff", TitleKey: "staff.headline", Pack: "hotel-staff"})
}

// drawStaff sets a staff poster from the hotel-staff pack: a headline, the
// signs by role, then on a tinted panel the steps to take and the number
// to call, and at the bottom the QR code. One language takes two columns
// of roles; on a page in several languages each language has a column of
// its own, and the panel gives the steps in each.
func drawStaff(p *kit.Page, c *Content) error {
	w, h := p.Size()
	s := letterScale(w, h, minSign).forPage(c)
	u := s.u
	inner := kit.Box{W: w, H: h}.Inset(10 * u)
	qrSide := 32 * u
	boxes, err := brandedFlow(p, "staff", inner, c, s, func(named bool) []kit.Band {
		items := append(scanItems(c, s, 0), item("url", PrintedURL(c.URL), s.url(14, 12), 0.1)...)
		if !named {
			items = append(items, orgItem(c, s.body(14, 12), 0.6)...)
		}
		items = append(items, localItem(c, s.body(14, 12), 0.4)...)
		return append(staffBands(c, s), qrBand(items, qrSide, 6*u, 6*u))
	})
	if err != nil {
		return err
	}
	return drawQR(p, boxes[len(boxes)-1], qrSide, c, kit.QRMedium)
}

// staffBands are the bands of a staff poster above the QR code: in one
// language the headline, the roles in two columns, and a panel with the
// steps and the number; in several, a column per language with all its
// words, and a panel with the number.
func staffBands(c *Content, s scale) []kit.Band {
	u := s.u
	panel := kit.Band{Name: "steps-panel", Above: 6 * u, Pad: 6 * u, Panel: &tint, Gap: 8 * u, Push: true}
	words := callWords{label: callLabel, text: "hotline.text", noEmergency: true}
	if len(c.Others) > 0 {
		cols := languageBands(c, "languages", 8*u, s, func(x *Content) []kit.StackItem {
			col := staffHead(x, s)
			for j, sec := range x.Sections {
				col = append(col, roleItems(sec, j, s, 1.0)...)
			}
			return append(col, stepItems(x, s, 1.0)...)
		})
		return append(cols, hotlineBands(c, s, words, panel)...)
	}
	var first, rest []kit.StackItem
	for i, sec := range c.Sections {
		if i == 0 {
			first = roleItems(sec, i, s, 0)
		} else {
			rest = append(rest, roleItems(sec, i, s, 1.0)...)
		}
	}
	panel.Columns = [][]kit.StackItem{append(stepItems(c, s, 0), spaced(hotlineItems(c, s, words), "hotline-label", 0.8)...)}
	return []kit.Band{
		{Name: "head", Columns: [][]kit.StackItem{staffHead(c, s)}},
		{Name: "roles", Columns: [][]kit.StackItem{first, rest}, Gap: 8 * u, Above: 5 * u},
		panel,
	}
}

func staffHead(c *Content, s scale) []kit.StackItem {
	return []kit.StackItem{
		{Name: "headline", Paras: []string{c.T("staff.headline")}, Style: s.headline(34, 20)},
		{Name: "intro", Paras: []string{c.T("staff.intro")}, Style: s.body(18, 13), Above: 0.4},
	}
}

// roleItems are one role's title and signs.
func roleItems(sec Section, i int, s scale, above float64) []kit.StackItem {
	name := "role-" + string(rune('1'+i))
	return []kit.StackItem{
		{Name: name, Paras: []string{sec.Title}, Style: s.heading(21, 13), Above: above},
		{Name: name + "-signs", Paras: sec.Signs, Style: s.bullets(17, 12), Above: 0.25},
	}
}

// stepItems are what to do, numbered, under their title.
func stepItems(c *Content, s scale, above float64) []kit.StackItem {
	return []kit.StackItem{
		{Name: "steps-title", Paras: []string{c.T("staff.respond.title")}, Style: s.heading(21, 13), Above: above},
		{Name: "steps", Paras: c.Steps, Style: s.steps(17, 12), Above: 0.25},
	}
}
