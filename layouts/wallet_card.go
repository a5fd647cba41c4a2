package layouts

import "lookout/layouts/typeset"

var walletCard = Layout{
	Name:        "wallet-card",
	Description: "wallet card: short signs and the number on the front; the number, 911 and a QR code on the back; a sheet to cut at home (fronts, then backs for two-sided printing), or one card with bleed for a print shop",
	Audiences:   []string{"public"},
	Variants:    []Variant{{Name: "sheet", Papers: []string{"letter", "a4"}}, {Name: "single"}},
	Sizes:       []string{"3.5x2", "cr80"},
	Draw:        drawWalletCard,
}

func init() { Register(walletCard) }

// Card geometry, in millimetres.
const (
	sheetMargin = 12.0 // from the sheet's edge to the cards: what home printers cannot print, and the crop marks
	markOffset  = 2.0  // from the cards to the crop marks on a sheet
	cardSafe    = 3.5  // the safe margin inside a card's cut edge (at least 1/8 in)
	cardQR      = 24.0 // the QR code on the back, quiet zone included
)

func drawWalletCard(d *typeset.Document, c *Content, o Options) error {
	if o.Variant == "single" {
		return drawSingleCard(d, c, o.Size)
	}
	return drawCardSheets(d, c, o)
}

// drawSingleCard makes one card for a print shop: a front page and a back
// page, each the card with its bleed (1/8 in, or 3 mm on a metric card) and
// a slug around it that holds the crop marks; TrimBox and BleedBox say
// which is which.
func drawSingleCard(d *typeset.Document, c *Content, size Paper) error {
	bleed := 3.0
	if size.US {
		bleed = 3.175
	}
	slug := bleed + typeset.MarkLength + 1
	trim := typeset.Box{X: slug, Y: slug, W: size.W, H: size.H}
	for _, side := range []struct {
		name string
		draw func(*typeset.Page, *Content) error
	}{{"front", cardFront}, {"back", cardBack}} {
		p := d.AddPage("wallet-card single "+size.Name+" "+side.name, size.W+2*slug, size.H+2*slug, c.Lang)
		p.SetTrim(trim, typeset.Box{X: slug - bleed, Y: slug - bleed, W: size.W + 2*bleed, H: size.H + 2*bleed})
		p.CropMarks("crop", trim, []float64{trim.X, trim.Right()}, []float64{trim.Y, trim.Bottom()}, bleed)
		if err := p.Area("card", trim, 0, func(a *typeset.Page) error { return side.draw(a, c) }); err != nil {
			return err
		}
	}
	return nil
}

// drawCardSheets makes a sheet of cards to print at home: page 1 holds the
// fronts, page 2 the backs at mirrored places, so that printed on both
// sides and turned over on the long edge every back lands behind its
// front. Crop marks lie outside the cards. A calibration square goes in a
// strip under the cards when there is room, else in the last card's place.
func drawCardSheets(d *typeset.Document, c *Content, o Options) error {
	paper, size := o.Paper, o.Size
	area := typeset.Box{W: paper.W, H: paper.H}.Inset(sheetMargin)
	g := typeset.Impose(area, size.W, size.H, false)
	cells := g.Cells()
	var cal typeset.Box
	if below := g.Bounds().H + markOffset + typeset.MarkLength + 2; area.H-below >= calSide(paper) {
		g.Y = area.Y
		cells = g.Cells()
		cal = typeset.Box{X: area.X, Y: area.Y + below, W: area.W, H: calSide(paper)}
	} else {
		cal, cells = cells[len(cells)-1].Inset(cardSafe), cells[:len(cells)-1]
	}
	for _, side := range []struct {
		name      string
		draw      func(*typeset.Page, *Content) error
		cells     []typeset.Box
		grid, cal typeset.Box
		mirrored  bool
	}{
		{"front", cardFront, cells, g.Bounds(), cal, false},
		{"back", cardBack, typeset.MirrorX(cells, paper.W), typeset.MirrorX([]typeset.Box{g.Bounds()}, paper.W)[0], typeset.MirrorX([]typeset.Box{cal}, paper.W)[0], true},
	} {
		p := d.AddPage("wallet-card sheet "+size.Name+" "+paper.Name+" "+side.name, paper.W, paper.H, c.Lang)
		xs, ys := typeset.Grid{X: side.grid.X, Y: side.grid.Y, Cols: g.Cols, Rows: g.Rows, W: g.W, H: g.H}.Cuts()
		p.CropMarks("crop", side.grid, xs, ys, markOffset)
		if err := p.Pieces("card", side.cells, 0, func(_ int, a *typeset.Page) error { return side.draw(a, c) }); err != nil {
			return err
		}
		if err := calibration(p, side.cal, c, paper, side.mirrored); err != nil {
			return err
		}
	}
	return nil
}

// calSide is the side of the calibration square: 1 in on US paper, 25 mm
// on ISO paper.
func calSide(paper Paper) float64 {
	if paper.US {
		return 25.4
	}
	return 25
}

// calibration sets the calibration square at the start of the box and,
// beside it, how to check it and that the cards are cut along the lines.
// On the back of a sheet (mirrored) the square goes to the other end, so
// that it lies exactly behind the front's: held to the light, the two show
// whether the sides of the sheet line up.
func calibration(p *typeset.Page, b typeset.Box, c *Content, paper Paper, mirrored bool) error {
	side := calSide(paper)
	x, text := b.X, typeset.Box{X: b.X + side + 4, Y: b.Y, W: b.W - side - 4, H: b.H}
	if p.RTL() != mirrored {
		x, text.X = b.Right()-side, b.X
	}
	p.Calibration("calibration", x, b.Y, side)
	key := "print.calibration_mm"
	if paper.US {
		key = "print.calibration_in"
	}
	s := scale{u: 1, min: minCard}
	_, err := p.Stack("calibration-label", text, []typeset.StackItem{
		{Name: "calibration-label", Paras: []string{c.T(key)}, Style: s.bold(10, 7, ink)},
		{Name: "cut-label", Paras: []string{c.T("print.cut")}, Style: s.body(10, 7), Above: 0.5},
	})
	return err
}

// cardFront sets the front of a card: a rule, the title and the signs in
// their short forms, and at the foot the number to call, so that a card
// printed on one side only (a home duplex that failed) still carries it.
func cardFront(a *typeset.Page, c *Content) error {
	w, h := a.Size()
	in := typeset.Box{W: w, H: h}.Inset(cardSafe)
	a.Fill("card-rule", typeset.Box{X: in.X, Y: in.Y, W: in.W, H: 0.8}, c.Brand.rule(navy))
	s := scale{u: 1, min: minCard}
	_, err := a.Flow("front", typeset.Box{X: in.X, Y: in.Y + 2, W: in.W, H: in.H - 2}, []typeset.Band{
		{Name: "front-signs", Columns: [][]typeset.StackItem{{
			{Name: "card-title", Paras: []string{c.T("card.title")}, Style: s.headline(13, 8)},
			{Name: "card-signs", Paras: c.Short, Style: withIcons(s.bullets(11, 7), c.SignIcons, len(c.Short)), Above: 0.4},
		}}},
		{Name: "front-call", Columns: [][]typeset.StackItem{item("front-number", frontNumber(c), lineIcon(s.number(11, 7, callRed), "phone"), 0)}, Above: 1, Push: true},
	})
	return err
}

// frontNumber is the number as a card's front prints it: as printed and,
// when it has letters, in digits after it.
func frontNumber(c *Content) string {
	if c.Hotline.Digits != c.Hotline.Call {
		return c.Hotline.Call + " (" + c.Hotline.Digits + ")"
	}
	return c.Hotline.Call
}

// cardBack sets the back of a card: whom to call beside the QR code, the
// web address under them.
func cardBack(a *typeset.Page, c *Content) error {
	w, h := a.Size()
	in := typeset.Box{W: w, H: h}.Inset(cardSafe)
	s := scale{u: 0.42, min: minCard}
	items := hotlineItems(c, s, callWords{label: func(x *Content) string { return x.T("card.call") }, text: "hotline.text"})
	url := typeset.Band{Name: "url", Columns: [][]typeset.StackItem{item("url", PrintedURL(c.URL), s.url(19, 7), 0)}, Above: 1, Push: true}
	boxes, err := a.Flow("back", in, []typeset.Band{qrBand(items, cardQR, 3, 0), url})
	if err != nil {
		return err
	}
	return drawQR(a, boxes[0], cardQR, c, typeset.QRMedium)
}
