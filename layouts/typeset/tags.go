package typeset

import "strings"

// Role says what a block of text is to someone who cannot see the page: a
// heading of the first or second level, or (the zero Role) a paragraph. A
// block with a bullet or numbers is a list whatever its Role.
type Role string

// Roles.
const (
	RoleP  Role = ""
	RoleH1 Role = "H1"
	RoleH2 Role = "H2"
)

// elem is an element of the document's structure tree (PDF 32000 14.7):
// its standard type, the language it is in when that differs from the
// document's, the alternative text of a figure, and its kids: elements,
// or the marked content on the page that it holds, in reading order.
type elem struct {
	role  string
	lang  string
	alt   string
	kids  []*elem
	marks []mcr
}

// mcr is a marked-content sequence: the sheet it is on and its MCID there.
type mcr struct{ sheet, mcid int }

// opMark begins marked content that belongs to e; opMarkEnd ends it.
// What is drawn outside of any is an artifact: bands, rules, panels, crop
// marks, cut lines, calibration squares.
type opMark struct{ e *elem }

type opMarkEnd struct{}

// root is the document's structure tree: one Document element that holds
// the page's elements in the order they are drawn, which is the order the
// layouts read them (head, signs, what to do, hotline).
func (d *Document) root() *elem {
	if d.tree == nil {
		d.tree = &elem{role: "Document"}
		d.elems = append(d.elems, d.tree)
	}
	return d.tree
}

// elem adds an element under parent (the root when nil), with a /Lang
// when lang is not the document's language.
func (d *Document) elem(parent *elem, role, lang string) *elem {
	if parent == nil {
		parent = d.root()
	}
	e := &elem{role: role}
	if lang != "" && !strings.EqualFold(lang, d.meta.Lang) {
		e.lang = lang
	}
	parent.kids = append(parent.kids, e)
	d.elems = append(d.elems, e)
	return e
}

// figure adds a Figure element with alternative text and returns it.
func (p *Page) figure(alt string) *elem {
	e := p.doc.elem(nil, "Figure", p.lang.Tag)
	e.alt = alt
	return e
}

// marked records ops drawn by draw as marked content of e.
func (p *Page) marked(e *elem, draw func()) {
	p.add(opMark{e})
	draw()
	p.add(opMarkEnd{})
}

// textElems makes the elements a block of text is read as: a heading or a
// paragraph, or for a block with bullets or numbers a list (L) whose items
// (LI) hold the bullet as a label (Lbl) and the paragraph as its body
// (LBody). It returns, for each paragraph, the element its lines go in and
// the one its bullet goes in.
func (p *Page) textElems(blk Block) (body, label []*elem) {
	d := p.doc
	n := len(blk.Lines)
	body, label = make([]*elem, n), make([]*elem, n)
	lang := p.lang.Tag
	if blk.Style.bullet(0) == "" {
		role := string(blk.Style.Role)
		if role == "" {
			role = "P"
		}
		e := d.elem(nil, role, lang)
		for i := range body {
			body[i] = e
		}
		return body, label
	}
	list := d.elem(nil, "L", lang)
	for i := range body {
		li := &elem{role: "LI"}
		list.kids = append(list.kids, li)
		body[i] = &elem{role: "LBody"}
		if blk.Style.icon(i) != "" { // a pictogram is an artifact: the item has no label
			li.kids = []*elem{body[i]}
			d.elems = append(d.elems, li, body[i])
			continue
		}
		label[i] = &elem{role: "Lbl"}
		li.kids = []*elem{label[i], body[i]}
		d.elems = append(d.elems, li, label[i], body[i])
	}
	return body, label
}
