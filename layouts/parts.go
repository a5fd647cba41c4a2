package layouts

import (
	"math"
	"strings"

	"lookout/layouts/typeset"
)

// What the layouts share: colours, type scales, and the blocks every piece
// carries (who to call, the QR code with its address).

// Colours of the printed pieces: every text colour has a contrast of at
// least 7:1 on the background it sits on (see the tests).
var (
	ink     = typeset.Black                            // body text: K-only black in print (see typeset.Ink)
	navy    = typeset.Color{R: 0x13, G: 0x29, B: 0x4B} // headlines and rules
	callRed = typeset.Color{R: 0x8B, G: 0x15, B: 0x15} // the number to call
	tint    = typeset.Color{R: 0xFF, G: 0xF1, B: 0xC2} // the hotline panel
)

// Smallest type, in points: body text on posters, flyers, signs and
// stickers; and on wallet cards and tear-off tabs.
const (
	minSign = 12.0
	minCard = 7.0
)

// scale sets type for one piece. Sizes are given as on a letter poster;
// they grow and shrink with u (1 on letter), but never fall under min. A
// page in several languages (tight) lets its floors come down a third,
// still never under min, so that two or three languages share a page.
type scale struct {
	u, min float64
	call   float64 // the number's size as a multiple of the usual (50 pt on letter); 0: 1
	grow   float64 // how far type may grow past its size when the page has room: 1.5 is half as large again; 0 or 1: not at all
	tight  bool
	brand  Brand // its colours for headings and rules; the zero Brand is lookout's navy
}

// forPage returns the scale for the languages and the brand of the page.
func (s scale) forPage(c *Content) scale {
	s.tight, s.brand = len(c.Others) > 0, c.Brand
	return s
}

// upTo returns the scale with type that may grow to g times its size
// where the page has room (see typeset.Style.Max).
func (s scale) upTo(g float64) scale {
	s.grow = g
	return s
}

// rule is the colour of rules: the brand's, or navy.
func (s scale) rule() typeset.Color { return s.brand.rule(navy) }

// letterScale is the scale of a w by h page: 1 on letter, larger on bigger
// sheets, smaller on small ones.
func letterScale(w, h, min float64) scale {
	return scale{u: math.Min(w/215.9, h/279.4), min: min}
}

// widthScale is the scale of a small piece whose text is w millimetres
// wide: the hotline number then takes about the share of the width it
// takes on a letter poster.
func widthScale(w, min float64) scale { return scale{u: w / 178, min: min} }

func (s scale) style(size, floor float64, bold bool, c typeset.Color) typeset.Style {
	if s.tight {
		floor *= 2.0 / 3
	}
	st := typeset.Style{Size: math.Max(size*s.u, s.min), Min: math.Max(floor*s.u, s.min), Bold: bold, Color: c}
	if s.grow > 1 {
		st.Max = st.Size * s.grow
	}
	return st
}

func (s scale) body(size, floor float64) typeset.Style { return s.style(size, floor, false, ink) }

func (s scale) bold(size, floor float64, c typeset.Color) typeset.Style {
	return s.style(size, floor, true, c)
}

// heading is bold, in the colour of headings: the brand's, or navy. It is
// a second-level heading (H2) in the PDF's structure.
func (s scale) heading(size, floor float64) typeset.Style {
	st := s.bold(size, floor, s.brand.heading(navy))
	st.Role = typeset.RoleH2
	return st
}

// headline is a heading set tight: the piece's title, H1.
func (s scale) headline(size, floor float64) typeset.Style {
	st := s.heading(size, floor)
	st.Spacing.Leading = 1.1
	st.Role = typeset.RoleH1
	return st
}

// url sets a web address, which may break anywhere.
func (s scale) url(size, floor float64) typeset.Style {
	st := s.body(size, floor)
	st.Spacing.BreakAnywhere = true
	st.LTR = true
	return st
}

// bullets sets a list, each paragraph after a bullet.
func (s scale) bullets(size, floor float64) typeset.Style {
	st := s.body(size, floor)
	st.Bullet = "•"
	st.Spacing = typeset.Spacing{Leading: 1.2, Gap: 0.35, Indent: 1.1}
	return st
}

// steps sets steps to take in order, numbered.
func (s scale) steps(size, floor float64) typeset.Style {
	st := s.bullets(size, floor)
	st.Bullet, st.Numbered = "", true
	st.Spacing.Indent = 1.4
	return st
}

// number sets a phone number: bold, tight, left to right in a Latin face
// on every page (digits and the letters of a vanity number read so in
// every language).
func (s scale) number(size, floor float64, c typeset.Color) typeset.Style {
	st := s.bold(size, floor, c)
	st.Spacing.Leading = 1.05
	st.LTR = true
	return st
}

// item is a stack item of one paragraph, or nothing when text is empty.
func item(name, text string, st typeset.Style, above float64) []typeset.StackItem {
	if text == "" {
		return nil
	}
	return []typeset.StackItem{{Name: name, Paras: []string{text}, Style: st, Above: above}}
}

// callLabel is the line above the number on pieces for people who see the
// signs: when the hotline answers.
func callLabel(c *Content) string {
	if c.Hotline.Always {
		return c.T("hotline.hours_24")
	}
	return c.T("hotline.call")
}

// victimLabel is the line above the number on pieces for a person who may
// be trafficked: "text or call" where the line takes texts in their
// language.
func victimLabel(c *Content) string {
	if c.Hotline.Text != "" {
		return c.T("victim.text_or_call")
	}
	return c.T("victim.call")
}

// victimCall are the words around the number on pieces for a person who
// may be trafficked: the text line as prominent as the call line, with
// "Text" and "Call" leading, then why it is safe to reach out.
var victimCall = callWords{label: victimLabel, text: "victim.text", textFirst: true, trust: true}

// callWords are the hotline's lines, in the reader's language, around its
// number.
type callWords struct {
	name        bool                  // say who answers
	label       func(*Content) string // the line above the number
	text        string                // the key of the line with the text number: hotline.text or victim.text
	noEmergency bool                  // the piece says "in an emergency, call 911" elsewhere
	// textFirst sets the text line in the number's own size and weight,
	// above the call line, each led by its word ("Text 233733", "Call
	// 1-888-373-7888"): texting is silent, so a person watched can use it.
	textFirst bool
	trust     bool // say why it is safe to call, where the hotline's source says so
	// plain sets the lines after the number without their pictograms: a
	// sticker on a 4 x 3⅓ in label has no room for the indent they take.
	plain bool
}

// hotlineItems are the stack items that say whom to call, one under
// another: who answers, the label above the number in every language of
// the page, the number as printed and in digits (once), and then in every
// language the text number, a warning when the line is not a trafficking
// hotline, and the emergency number.
func hotlineItems(c *Content, s scale, w callWords) []typeset.StackItem {
	items := w.nameItems(c, s)
	for i, x := range c.All() {
		its := item("hotline-label", w.label(x), s.body(17, 14), 0.15)
		if i > 0 {
			inLang(its, x)
		}
		items = append(items, its...)
	}
	items = append(items, w.numberItems(c, s)...)
	for i, x := range c.All() {
		its := w.afterItems(c, x, s)
		if i > 0 {
			inLang(its, x)
		}
		items = append(items, its...)
	}
	return items
}

// hotlineBands are the bands of a Flow that say whom to call, on a panel
// styled like look (name, space above, padding, colour, gap between
// columns, push). On a page in one language they are one band of
// hotlineItems. In several, the number spans the panel, centred, under the
// labels of every language side by side, with the lines after it side by
// side too.
func hotlineBands(c *Content, s scale, w callWords, look typeset.Band) []typeset.Band {
	if len(c.Others) == 0 {
		look.Columns = [][]typeset.StackItem{hotlineItems(c, s, w)}
		return []typeset.Band{look}
	}
	var out []typeset.Band
	add := func(name string, cols [][]typeset.StackItem) {
		band := look
		band.Name, band.Columns = look.Name+"-"+name, cols
		if len(out) > 0 {
			band.Join, band.Push = true, false
		}
		out = append(out, band)
	}
	if name := w.nameItems(c, s); name != nil {
		add("name", [][]typeset.StackItem{name})
	}
	add("labels", perLang(c, func(x *Content) []typeset.StackItem { return item("hotline-label", w.label(x), s.body(17, 14), 0.15) }))
	number := w.numberItems(c, s)
	for i := range number {
		number[i].Style.Align = typeset.AlignCenter // under every column, not the first
	}
	add("number", [][]typeset.StackItem{number})
	after := perLang(c, func(x *Content) []typeset.StackItem { return w.afterItems(c, x, s) })
	if len(after[0]) > 0 {
		add("after", after)
	}
	return out
}

func (w callWords) nameItems(c *Content, s scale) []typeset.StackItem {
	if !w.name {
		return nil
	}
	return nameParas(c, s.bold(19, 14, ink), 0)
}

// nameParas is the name of who answers. On a right-to-left page whose
// catalog gives the English name after its own in brackets ("… (National
// Human Trafficking Hotline)"), the English name is a line of its own under
// it, set left to right without the brackets: the name a caller says
// stays whole, and no reader turns a line of mixed directions round
// (PDFium reverses the Latin words and mirrors the brackets of such a
// line; see typeset/bidi.go).
func nameParas(c *Content, st typeset.Style, above float64) []typeset.StackItem {
	own, latin := splitLatinName(c.Lang.RTL, c.Hotline.Name)
	if latin == "" {
		return item("hotline-name", c.Hotline.Name, st, above)
	}
	return []typeset.StackItem{{Name: "hotline-name", Paras: []string{own}, Style: st, Above: above},
		latinItem("hotline-name-latin", latin, st, 0)}
}

// latinItem is a left-to-right name set on a line of its own, in st but
// left to right in the Latin face (see nameParas).
func latinItem(name, text string, st typeset.Style, above float64) typeset.StackItem {
	st.LTR = true
	return typeset.StackItem{Name: name, Paras: []string{text}, Style: st, Above: above}
}

// splitLatinName cuts a name that ends in a bracketed Latin name, on a
// right-to-left page, into the name before the brackets and the Latin
// name; latin is "" when it does not.
func splitLatinName(rtl bool, name string) (own, latin string) {
	i := strings.LastIndex(name, " (")
	if !rtl || i < 0 || !strings.HasSuffix(name, ")") {
		return name, ""
	}
	in := name[i+2 : len(name)-1]
	if !typeset.LeftToRight(in) {
		return name, ""
	}
	return strings.TrimSpace(name[:i]), in
}

// numberItems are the number as printed and, when it has letters, in
// digits. With textFirst and a text line, the text line and the call line
// are two paragraphs of one item, so that they are set in the same size
// and weight, each led by its word in the page's language. The scale's
// call sets its size (posters set it larger).
func (w callWords) numberItems(c *Content, s scale) []typeset.StackItem {
	k := s.call
	if k == 0 {
		k = 1
	}
	items := item("hotline-number", c.Hotline.Call, s.number(50*k, 36+8*(k-1), callRed), 0.1)
	if w.leadsWithText(c) {
		st := s.bold(50*k, 36+8*(k-1), callRed)
		st.Spacing.Leading = 1.05
		// a speech bubble by the text line, a telephone by the call line,
		// as hotlines show their ways to reach them
		st.Spacing.Indent = 1.2
		st.Icons = []string{"message", "phone"}
		items = []typeset.StackItem{{Name: "hotline-number", Style: st, Above: 0.1, Paras: []string{
			glued(c.T("victim.text_number", "number", c.Hotline.Text), c.Hotline.Text),
			glued(c.T("victim.call_number", "number", c.Hotline.Call), c.Hotline.Call)}}}
	}
	if c.Hotline.Digits != c.Hotline.Call {
		items = append(items, item("hotline-digits", c.Hotline.Digits, s.number(30, 24, ink), 0)...)
	}
	return items
}

// leadsWithText says whether the number's lines begin with the text line
// (textFirst, and the hotline takes texts): those lines carry their own
// pictograms.
func (w callWords) leadsWithText(c *Content) bool { return w.textFirst && c.Hotline.Text != "" }

// sentenceGap is what stands between two sentences in the page's
// language: nothing in Chinese and Japanese, whose full stop holds its own
// space; a space elsewhere.
func sentenceGap(x *Content) string {
	switch x.Lang.Script {
	case "Hans", "Hant", "Jpan":
		return ""
	}
	return " "
}

// glued keeps the words that lead a number together ("Llame al"): their
// spaces become no-break spaces, so a line too long for its box breaks
// only between the words and the number.
func glued(line, number string) string {
	before, after, ok := strings.Cut(line, number)
	if !ok {
		return line
	}
	nb := func(s string) string {
		t := strings.TrimSpace(s)
		return strings.Replace(s, t, strings.ReplaceAll(t, " ", "\u00a0"), 1)
	}
	return nb(before) + number + nb(after)
}

// afterItems are the lines after the number in x's language: the text
// number, the warning that a line is not a trafficking hotline, and the
// emergency number (those of c, the page's hotline).
func (w callWords) afterItems(c, x *Content, s scale) []typeset.StackItem {
	var items []typeset.StackItem
	if c.Hotline.Text != "" && !w.textFirst {
		items = append(items, item("hotline-text", x.T(w.text, "number", c.Hotline.Text), s.body(18, 14), 0.3)...)
	}
	for _, also := range x.Hotline.Also {
		items = append(items, item("hotline-also", also, s.body(18, 14), 0.3)...)
	}
	if w.trust && len(x.Hotline.Trust) > 0 && len(c.Others) == 0 { // a page in several languages has no room for them
		items = append(items, item("hotline-trust", strings.Join(x.Hotline.Trust, sentenceGap(x)), s.body(16, 12), 0.3)...)
	}
	if c.Hotline.NotTrafficking {
		items = append(items, item("not-trafficking", x.T("hotline.not_trafficking"), s.body(16, 14), 0.3)...)
	}
	if c.Hotline.Emergency != "" && !w.noEmergency {
		st := s.body(18, 14)
		if !w.plain {
			st = lineIcon(st, "urgent")
		}
		items = append(items, item("emergency", x.T("hotline.emergency", "number", c.Hotline.Emergency), st, 0.3)...)
	}
	return items
}

// qrBand is a band of a Flow with a square at its end side for the QR
// code, side millimetres wide, and the items beside it.
func qrBand(items []typeset.StackItem, side, gap, above float64) typeset.Band {
	return typeset.Band{Name: "beside-qr", Columns: [][]typeset.StackItem{items}, Side: side, SideGap: gap, Above: above}
}

// drawQR draws the QR code in the square a qrBand kept for it.
func drawQR(p *typeset.Page, band typeset.Box, side float64, c *Content, level typeset.QRLevel) error {
	x := band.Right() - side
	if p.RTL() {
		x = band.X
	}
	_, err := p.QR("qr", typeset.Box{X: x, Y: band.Y, W: side, H: side}, c.URL, level, false)
	return err
}

// localItem is a local partner's name and number, if the piece has one.
func localItem(c *Content, st typeset.Style, above float64) []typeset.StackItem {
	if c.Local == nil {
		return nil
	}
	return item("local-contact", c.Local.Line(), st, above)
}

// orgItem says who posts the piece, if anyone.
func orgItem(c *Content, st typeset.Style, above float64) []typeset.StackItem {
	if c.Org == "" {
		return nil
	}
	line := c.T("org.posted_by", "org", c.Org)
	before, after, ok := strings.Cut(line, c.Org)
	before, after = strings.TrimSpace(before), strings.TrimSpace(after)
	if !c.Lang.RTL || !ok || !typeset.LeftToRight(c.Org) || (before != "" && after != "") {
		return item("org", line, st, above)
	}
	// a left-to-right name in a right-to-left byline ("بمبادرة من Saigon
	// Noodle House") is a line of its own, for the reason nameParas gives
	if before == "" { // the name leads: "{org} کی جانب سے"
		return []typeset.StackItem{latinItem("org", c.Org, st, above), {Name: "org-words", Paras: []string{after}, Style: st}}
	}
	return []typeset.StackItem{{Name: "org", Paras: []string{before}, Style: st, Above: above}, latinItem("org-name", c.Org, st, 0)}
}

// spaced returns the items with more space above the one called name.
func spaced(items []typeset.StackItem, name string, above float64) []typeset.StackItem {
	for i := range items {
		if items[i].Name == name {
			items[i].Above = above
		}
	}
	return items
}
