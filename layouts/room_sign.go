package layouts

import "lookout/layouts/typeset"

var roomSign = Layout{
	Name:        "room-sign",
	Description: "hotel room sign: a back-of-door sign, or a tent card that folds in two; for a person who may be trafficked, or for guests",
	Audiences:   []string{"victim", "guest"},
	Variants: []Variant{
		{Name: "door", Together: 2, Band: true, Papers: []string{"half-letter", "a5"}},
		// named by a face, as print shops name tents (4over4's table-tent
		// specifications, seen 4 December 2026); until then by the flat card
		{Name: "tent", Papers: []string{"4x3", "a7"}, Renamed: map[string]string{"4x6": "4x3", "a6": "a7"}},
		{Name: "door-2up", Band: true, Papers: []string{"letter", "a4"}, Extra: true},
		{Name: "tent-sheet", Papers: []string{"letter", "a4"}, Extra: true},
	},
	Draw: drawRoomSign,
}

func init() {
	Register(roomSign)
	RegisterAudience(Audience{Name: "guest", Readers: "hotel guests", TitleKey: "guest.headline", Pack: "ncmec-2020"})
}

// roomWords are the lines around the number: for a person who may be
// trafficked, the quiet text line; for guests, what to do when they see a
// child in danger.
func roomWords(audience string) callWords {
	if audience == "guest" {
		return callWords{label: func(c *Content) string { return c.T("guest.body") }, text: "hotline.text"}
	}
	return victimCall
}

func drawRoomSign(d *typeset.Document, c *Content, o Options) error {
	if o.Variant == "door-2up" {
		return drawTwoUp(d, c, o, "door", func(p *typeset.Page) error { return doorOn(p, c, o) })
	}
	p := d.AddPage("room-sign "+o.Variant+" "+o.Paper.Name, o.Paper.W, o.Paper.H, c.Lang)
	if o.Variant == "tent" || o.Variant == "tent-sheet" {
		inset := tentMargin
		if o.Variant == "tent-sheet" {
			inset = tentSheetMargin
		}
		return drawTent(p, c, o.Audience, inset)
	}
	return doorOn(p, c, o)
}

// doorOn sets one door sign on the page p.
func doorOn(p *typeset.Page, c *Content, o Options) error {
	if o.Audience == "guest" {
		return drawPosterFor(p, c, guestWords, 10)
	}
	return drawPosterFor(p, c, posterWords{victimSection, roomWords("victim"), nil}, 10)
}

var guestWords = posterWords{guestSection, roomWords("guest"), func(c *Content, s scale) []typeset.StackItem { return scanItems(c, s, 0) }}

// guestSection is one language's words for hotel guests: the headline and
// the signs.
func guestSection(c *Content, s scale) []typeset.StackItem {
	return append(item("headline", c.T("guest.headline"), s.headline(44, 26), 0), signItems(c, s, c.Signs, 0.8)...)
}

// drawTent sets a tent card: the page folds across its middle, and the
// upper panel is turned 180° so that both faces read upright once it
// stands. The lower face asks and gives the number; the upper one lists
// the questions (or, for guests, the signs) above the QR code.
func drawTent(p *typeset.Page, c *Content, audience string, inset float64) error {
	w, h := p.Size()
	fold := h / 2
	err := p.Area("face", typeset.Box{X: 0, Y: fold, W: w, H: h - fold}, 0, func(a *typeset.Page) error {
		return tentFace(a, c, audience, inset)
	})
	if err != nil {
		return err
	}
	if err := p.Area("back", typeset.Box{X: 0, Y: 0, W: w, H: fold}, 180, func(a *typeset.Page) error {
		return tentBack(a, c, audience, inset)
	}); err != nil {
		return err
	}
	p.CutLine("fold", 0, fold, w, fold)
	label, err := p.Fit("fold-label", typeset.Box{W: w / 2, H: 4}, []string{c.T("print.fold")}, typeset.Style{Size: 8, Min: minCard, Color: ink})
	if err != nil {
		return err
	}
	b := typeset.Box{X: (w - label.Width) / 2, Y: fold - label.Height/2, W: label.Width, H: label.Height}
	p.Fill("fold-label-ground", typeset.Box{X: b.X - 1.5, Y: b.Y, W: b.W + 3, H: b.H}, typeset.White)
	return p.Draw(label, b)
}

// minTent is the smallest type on a tent card, in points: a card that
// stands a reading distance away on a nightstand, between a wallet card's
// 7 pt and a sign's 12 pt.
const minTent = 10.0

// tentMargin is the safe margin of a tent card's panel, from its cut edges
// and from the fold.
const tentMargin = 5.0

// tentSheetMargin is the margin of a panel of a tent that is a whole
// letter or A4 sheet folded in two, which a home printer prints without
// cutting and cannot print within ¼ in of the edge.
const tentSheetMargin = 10.0

// tentFace is the face that reads upright on the flat page: the question
// (or the guests' headline) and whom to call.
func tentFace(a *typeset.Page, c *Content, audience string, inset float64) error {
	w, h := a.Size()
	inner := typeset.Box{W: w, H: h}.Inset(inset)
	s := widthScale(inner.W, minTent).forPage(c).upTo(1.3)
	bands := languageBands(c, "words", 4, s, func(x *Content) []typeset.StackItem {
		if audience == "guest" {
			return item("headline", x.T("guest.headline"), s.headline(64, 36), 0)
		}
		return []typeset.StackItem{
			{Name: "headline", Paras: []string{x.T("victim.headline")}, Style: s.headline(64, 36)},
			{Name: "not-your-fault", Paras: []string{x.T("victim.notfault")}, Style: s.heading(36, 24), Above: 0.4},
		}
	})
	bands = append(bands, hotlineBands(c, s, roomWords(audience), typeset.Band{Name: "hotline", Above: 4, Gap: 4})...)
	_, err := a.Flow("face", inner, bands)
	return err
}

// tentBack is the turned face: the questions (or the signs, short) and, at
// the bottom, the QR code beside its address.
func tentBack(a *typeset.Page, c *Content, audience string, inset float64) error {
	w, h := a.Size()
	inner := typeset.Box{W: w, H: h}.Inset(inset)
	s := widthScale(inner.W, minTent).forPage(c).upTo(1.3)
	qrSide := 24.0
	bands := languageBands(c, "words", 4, s, func(x *Content) []typeset.StackItem {
		if audience == "guest" {
			return []typeset.StackItem{{Name: "signs", Paras: x.Short, Style: s.bullets(30, 10)}}
		}
		return []typeset.StackItem{{Name: "questions", Paras: x.Signs, Style: s.bullets(30, 10)}}
	})
	qr := qrBand(item("url", PrintedURL(c.URL), s.url(14, 10), 0), qrSide, 3, 3)
	qr.Push = true
	boxes, err := a.Flow("back", inner, append(bands, qr))
	if err != nil {
		return err
	}
	return drawQR(a, boxes[len(boxes)-1], qrSide, c, typeset.QRMedium)
}
