package typeset

import (
	"fmt"
	"time"

	"github.com/go-text/typesetting/font"
)

// Box is a rectangle on a page, in millimetres from the page's top-left
// corner.
type Box struct{ X, Y, W, H float64 }

// Inset returns the box shrunk by d millimetres on every side.
func (b Box) Inset(d float64) Box { return Box{b.X + d, b.Y + d, b.W - 2*d, b.H - 2*d} }

// Bottom returns the y of the box's lower edge.
func (b Box) Bottom() float64 { return b.Y + b.H }

// Right returns the x of the box's right edge.
func (b Box) Right() float64 { return b.X + b.W }

func (b Box) String() string { return fmt.Sprintf("(%.1f,%.1f %.1fx%.1f)", b.X, b.Y, b.W, b.H) }

// Color is an sRGB colour.
type Color struct{ R, G, B uint8 }

func (c Color) String() string { return fmt.Sprintf("#%02X%02X%02X", c.R, c.G, c.B) }

// Common colours.
var (
	Black = Color{0, 0, 0}
	White = Color{255, 255, 255}
)

// Align places lines in their box. Start is the left edge for left-to-right
// languages and the right edge for right-to-left ones.
type Align int

// Alignments.
const (
	AlignStart Align = iota
	AlignCenter
)

// Style is how a block of text is set: a preferred size, a floor and a
// largest size in points, weight, colour, spacing and alignment. Bullet, when set, is drawn
// in the hanging indent before each paragraph; Numbered numbers the
// paragraphs there instead (1. 2. 3.), for steps to take in order. Icons
// names, paragraph by paragraph, a pictogram drawn in the hanging indent
// instead of the bullet, a square at the text's size in its colour; a
// paragraph whose name is "" keeps the bullet. LTR
// sets the block left to right in a Latin face whatever the page's
// language (a web address), while it still aligns to the page's start side.
type Style struct {
	Size, Min float64
	Max       float64 // the largest it may grow to when the page has room; 0: Size
	Bold      bool
	Color     Color
	Spacing   Spacing
	Align     Align
	Bullet    string
	Icons     []string
	Numbered  bool
	LTR       bool
	Role      Role // what the block is in the PDF's structure: a paragraph unless set
}

// Meta is what a PDF says about itself.
type Meta struct {
	Title, Subject, Creator string
	Lang                    string // BCP 47 tag of the document's main language
	Created                 time.Time
	Grayscale               bool // the same as Ink: InkGray
	Ink                     Ink  // how colours are written: RGB, grey or CMYK
}

// Document is a PDF being composed: sheets of recorded drawing
// operations, turned into bytes by PDF. It is not safe for concurrent use.
type Document struct {
	meta   Meta
	tree   *elem   // the structure tree's root, once something is drawn
	elems  []*elem // every element of the tree
	sheets []*sheet
	sh     *shaper
	w      *Worker
	places []Placement
}

// sheet is one PDF page: its size, its trim box (when it is bigger than
// what is trimmed: bleed and crop marks) and what is drawn on it.
type sheet struct {
	n       int     // its index among the document's sheets
	parents []*elem // the element of each MCID, as PDF writes them
	w, h    float64
	trim    *Box
	bleed   *Box
	ops     []op
	turned  int // how many opTurns are open as the sheet is written
}

// NewDocument starts an empty document with a Worker of its own.
func NewDocument(m Meta) *Document { return NewWorker().NewDocument(m) }

// Pages returns how many pages the document has.
func (d *Document) Pages() int { return len(d.sheets) }

// Page is a surface to draw on: a whole PDF page, or an area of one (see
// Area). Coordinates are millimetres from its own top-left corner. Its text
// is in one language.
type Page struct {
	doc    *Document
	sheet  *sheet
	w, h   float64
	dx, dy float64 // where its top-left corner sits on the sheet, before any turn
	lang   Lang
}

// AddPage adds a page of w by h millimetres whose text is in lang.
func (d *Document) AddPage(name string, w, h float64, lang Lang) *Page {
	s := &sheet{n: len(d.sheets), w: w, h: h}
	d.sheets = append(d.sheets, s)
	d.place(Placement{Kind: KindPage, Name: name, Box: Box{0, 0, w, h}, Lang: lang.Tag}, "page %d %s %.1fx%.1f mm lang=%s", len(d.sheets), name, w, h, lang.Tag)
	return &Page{doc: d, sheet: s, w: w, h: h, lang: lang}
}

// SetTrim marks the part of the page that is kept after cutting (TrimBox)
// and how far background colour may run past it (BleedBox), in the page's
// millimetres. Without it both are the whole page.
func (p *Page) SetTrim(trim, bleed Box) {
	t, b := trim, bleed
	p.sheet.trim, p.sheet.bleed = &t, &b
	p.doc.place(Placement{Kind: KindTrim, Box: trim}, "trim box=%s bleed box=%s", trim, bleed)
}

// Lang returns the language of the page's text, for a layout that starts
// another page in the same language.
func (p *Page) Lang() Lang { return p.lang }

// add records an operation, moved from the page's own coordinates to the
// sheet's.
func (p *Page) add(o op) {
	switch v := o.(type) {
	case opFill:
		v.box.X += p.dx
		v.box.Y += p.dy
		o = v
	case opLine:
		v.x1, v.y1, v.x2, v.y2 = v.x1+p.dx, v.y1+p.dy, v.x2+p.dx, v.y2+p.dy
		o = v
	case opText:
		v.x += p.dx
		v.y += p.dy
		gs := make([]placedGlyph, len(v.glyphs))
		for i, g := range v.glyphs {
			g.x, g.y = g.x+p.dx, g.y+p.dy
			gs[i] = g
		}
		v.glyphs = gs
		o = v
	case opImage:
		v.box.X += p.dx
		v.box.Y += p.dy
		o = v
	case opIcon:
		v.box.X += p.dx
		v.box.Y += p.dy
		o = v
	}
	p.sheet.ops = append(p.sheet.ops, o)
}

// Size returns the page's width and height in millimetres.
func (p *Page) Size() (w, h float64) { return p.w, p.h }

// RTL reports whether the page's language runs right to left, so a layout
// can mirror what it places.
func (p *Page) RTL() bool { return p.lang.RTL }

type op interface{}

type opFill struct {
	box Box
	c   Color
}

type opLine struct {
	x1, y1, x2, y2, width, dash float64
	c                           Color
}

// opText is a run of glyphs in one font, drawn as one PDF show string:
// x, y is the pen on the baseline where the run starts.
type opText struct {
	file   *fontFile
	faux   bool
	size   float64
	c      Color
	x, y   float64
	glyphs []placedGlyph
	rtl    bool // the glyphs of a right-to-left run, left to right
	weak   bool // a right-to-left piece without letters: written in reading order
}

// placedGlyph is a glyph where the shaper put it, in millimetres from the
// top left of the sheet (x, y on its baseline, moved as the shaper said),
// summed glyph by glyph as lookout always placed them, so every glyph
// lands on the same thousandth of a point. follows says it sits where the
// font's own width of the glyph before it leaves the pen, so it goes on
// the same show string.
type placedGlyph struct {
	id      font.GID
	text    string
	x, y    float64
	follows bool
	silent  bool // a mark with no text of its own: readers are told it has none
}

// Fill paints a box.
func (p *Page) Fill(name string, b Box, c Color) {
	p.add(opFill{b, c})
	p.doc.place(Placement{Kind: KindFill, Name: name, Box: b}, "fill %s box=%s color=%s", name, b, c)
}

// Line strokes a line width millimetres wide; dash, when above zero, is the
// length of its dashes and gaps.
func (p *Page) Line(name string, x1, y1, x2, y2, width, dash float64, c Color) {
	p.add(opLine{x1, y1, x2, y2, width, dash, c})
	p.doc.place(Placement{Kind: KindLine, Name: name, Box: Box{x1, y1, x2 - x1, y2 - y1}}, "line %s (%.1f,%.1f)-(%.1f,%.1f) width=%.2f dash=%.1f color=%s", name, x1, y1, x2, y2, width, dash, c)
}
