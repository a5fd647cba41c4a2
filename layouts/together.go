package layouts

import (
	"fmt"

	"lookout/layouts/typeset"
)

// Pages in several languages at once. A notice that a law wants in English
// and Spanish (or three languages) sets each language's words in its own
// section, each shaped and wrapped in its own language and direction, all
// at one type scale, with a rule between the sections; the hotline number
// and the QR code are printed once, with the words around them in every
// language. Content.Others holds the further languages; a layout that sets
// Together builds its page from languageBands, hotlineBands and eachLang,
// so a one-language page is just the case with no Others.

// All returns the content of every language on the page: c, then its
// Others, in order.
func (c *Content) All() []*Content {
	return append([]*Content{c}, c.Others...)
}

// Tags returns the language tags of the page, in order.
func (c *Content) Tags() []string {
	var out []string
	for _, x := range c.All() {
		out = append(out, x.Lang.Tag)
	}
	return out
}

// eachLang returns one stack item per language of the page holding
// text(language), each set in its own language. The first is called name,
// the others name-<tag>; they follow one another closely, and above is the
// space before the first. Languages for which text is empty are left out.
func eachLang(c *Content, name string, st typeset.Style, above float64, text func(*Content) string) []typeset.StackItem {
	var out []typeset.StackItem
	for i, x := range c.All() {
		s := text(x)
		if s == "" {
			continue
		}
		it := typeset.StackItem{Name: name, Paras: []string{s}, Style: st, Above: above}
		if i > 0 {
			lang := x.Lang
			it.Name, it.Lang = name+"-"+x.Lang.Tag, &lang
			if len(out) > 0 {
				it.Above = 0.15
			}
		}
		out = append(out, it)
	}
	return out
}

// languageBands returns the bands of a Flow that hold each language's
// section: on a page in one language, a band of one column; in several,
// one column per language side by side (in the page's order, from its start
// side), divided by thin rules, gap millimetres apart, in rows: a band for
// the headlines, one for the lists and so on, so that each row starts at
// one height in every column however long the headline above it is. Set
// in one Flow, every language gets the same type sizes.
func languageBands(c *Content, name string, gap float64, s scale, section func(*Content) []typeset.StackItem) []typeset.Band {
	cols := perLang(c, section)
	if len(c.Others) == 0 {
		return []typeset.Band{{Name: name, Columns: cols}}
	}
	rule := s.rule()
	rows := len(cols[0])
	for _, col := range cols {
		if len(col) != rows { // sections of different shapes: one row
			return []typeset.Band{{Name: name, Columns: cols, Gap: gap, Divide: &rule}}
		}
	}
	var out []typeset.Band
	for j := range rows {
		band := typeset.Band{Name: name, Gap: gap, Divide: &rule}
		if j > 0 {
			band.Name = fmt.Sprintf("%s-%d", name, j)
			band.Above = cols[0][j].Above * cols[0][j].Style.Size * typeset.PtMM
		}
		for _, col := range cols {
			band.Columns = append(band.Columns, []typeset.StackItem{col[j]})
		}
		out = append(out, band)
	}
	return out
}

// perLang returns one column per language of the page, each holding the
// stack items f returns for that language, set in it.
func perLang(c *Content, f func(*Content) []typeset.StackItem) [][]typeset.StackItem {
	var out [][]typeset.StackItem
	for i, x := range c.All() {
		items := f(x)
		if i > 0 {
			inLang(items, x)
		}
		out = append(out, items)
	}
	return out
}

// inLang sets stack items in x's language, named for it.
func inLang(items []typeset.StackItem, x *Content) {
	lang := x.Lang
	for j := range items {
		items[j].Name += "-" + x.Lang.Tag
		items[j].Lang = &lang
	}
}
