package layouts

import "lookout/layouts/kit"

// Pages in several languages at once. A notice that a law wants in English
// and Spanish (or three languages) sets each language's words in its own
// section, each shaped and wrapped in its own language and direction, all
// at one type scale, with a rule between the sections; the hotline number
// and the QR code are printed once. Content.Others holds the further
// languages; a layout that sets Together uses these helpers, so a
// one-language page is just the case with no Others.

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
func eachLang(c *Content, name string, st kit.Style, above float64, text func(*Content) string) []kit.StackItem {
	var out []kit.StackItem
	for i, x := range c.All() {
		s := text(x)
		if s == "" {
			continue
		}
		it := kit.StackItem{Name: name, Paras: []string{s}, Style: st, Above: above}
		if i > 0 {
			it.Name, it.Lang = name+"-"+x.Lang.Tag, x.Lang
			if len(out) > 0 {
				it.Above = 0.15
			}
		}
		out = append(out, it)
	}
	return out
}

// sectionGap is the space between two languages' sections, in multiples
// of the font size of the section below.
const sectionGap = 1.4

// sections sets one section per language of the page in the box, one
// under another: each gets the stack items section returns for it, set in
// its language. All shrink together, so every language has the same type
// sizes; a thin rule separates the sections.
func sections(p *kit.Page, name string, b kit.Box, c *Content, section func(*Content) []kit.StackItem) error {
	var items []kit.StackItem
	var starts []int // the index of each later section's first item
	for i, x := range c.All() {
		its := section(x)
		if i > 0 && len(its) > 0 {
			starts = append(starts, len(items))
			its[0].Above += sectionGap
		}
		if i > 0 {
			for j := range its {
				its[j].Name += "-" + x.Lang.Tag
				its[j].Lang = x.Lang
			}
		}
		items = append(items, its...)
	}
	boxes, err := p.Stacks(name, []kit.Box{b}, [][]kit.StackItem{items})
	if err != nil {
		return err
	}
	for _, i := range starts {
		y := (boxes[0][i-1].Bottom() + boxes[0][i].Y) / 2
		p.Line(name+"-rule", b.X, y, b.Right(), y, 0.4, 0, navy)
	}
	return nil
}
