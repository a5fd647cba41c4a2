package campaign

import (
	"fmt"
	"slices"
	"strings"

	"lookout/layouts"
	"lookout/translations"
)

// Which form of a layout a request asks for, on which paper and in which
// size, and whether its page has room for every language asked for.

// Tear-off tabs: how many a flyer may have.
const (
	MinTearOffs = 6
	MaxTearOffs = 10
)

// pickForm checks the layout and which of its forms the request asks for.
func pickForm(r Request) (layouts.Layout, layouts.Variant, string, error) {
	l, err := layouts.Lookup(r.Layout)
	if err != nil {
		return l, layouts.Variant{}, "", inputErr("'lookout layouts' lists the layouts", "%v", err)
	}
	v, err := l.Variant(r.Variant)
	if err != nil {
		return l, v, "", inputErr("'lookout layouts' shows each layout's variants", "--variant: %v", err)
	}
	if r.Variant == "" && r.Paper != "" && !v.Supports(r.Paper) {
		for _, other := range l.Variants {
			if other.Supports(r.Paper) {
				v = other // --paper avery-5164 asks for the stickers on labels
				break
			}
		}
	}
	audience := r.Audience
	if audience == "" {
		audience = l.Audiences[0]
	}
	if !l.Serves(audience) {
		return l, v, "", inputErr("'lookout layouts' shows whom each layout is for", "--audience: the %s layout is for %s, not %q", l.Name, strings.Join(l.Audiences, " or "), clip(audience))
	}
	if own := l.For(audience); own.Name != l.Name {
		l, v = own, own.Variants[0] // the poster for staff is the staff poster
	}
	switch {
	case r.TearOffs != 0 && v.NoTearOffs:
		return l, v, "", inputErr("leave out --tear-offs, or make the flyer on half-letter or A5", "the %s has no room for tear-off tabs", l.FormName(v))
	case r.TearOffs != 0 && !l.TearOffs:
		return l, v, "", inputErr("tear-off tabs come on flyers: 'lookout make flyer --tear-offs'", "the %s layout has no tear-off tabs", l.Name)
	case r.TearOffs != 0 && (r.TearOffs < MinTearOffs || r.TearOffs > MaxTearOffs):
		return l, v, "", inputErr(fmt.Sprintf("ask for %d to %d tabs", MinTearOffs, MaxTearOffs), "--tear-offs %d: a flyer has room for %d to %d tabs", r.TearOffs, MinTearOffs, MaxTearOffs)
	}
	return l, v, audience, nil
}

// checkRoom refuses a page in more languages than its form has room for.
func checkRoom(l layouts.Layout, f layouts.Form, o layouts.Options, n int) error {
	room := f.Room(o.Paper.Name)
	switch {
	case n <= room:
		return nil
	case f.Variant.Together < 2:
		return inputErr("leave out --together to make one piece per language", "the %s is too small to set several languages on one page", l.FormName(f.Variant))
	case f.TearOffs > 0:
		return inputErr("leave out --together, or --tear-offs", "a %s has room for tear-off tabs or for a second language, not both", l.FormName(f.Variant))
	case room < 2:
		return inputErr("choose "+strings.Join(f.Variant.TogetherOn, " or "), "the %s has room for several languages on %s, not on %s %s",
			l.FormName(f.Variant), strings.Join(f.Variant.TogetherOn, " or "), o.Paper.Name, o.Size.Name)
	}
	return inputErr("make the other languages on a page of their own", "the %s has room for %d languages on one page, not %d", l.FormName(f.Variant), room, n)
}

// distinct returns the languages asked for, each once, as catalogs
// serve them (es and es-MX are one).
func distinct(tags []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range tags {
		key := t
		if c, err := translations.Match(t); err == nil {
			key = c.Tag
		}
		if !seen[key] {
			seen[key] = true
			out = append(out, key)
		}
	}
	return out
}

// pickOptions fills in the paper and size for a page in n languages, the
// first of them tag, and the rest of the form.
func pickOptions(r Request, tag string, cat *translations.Catalog, l layouts.Layout, v layouts.Variant, audience string, n int) (layouts.Options, error) {
	o := layouts.Options{Variant: v.Name, Audience: audience, TearOffs: r.TearOffs}
	us, err := usFamily(r.Paper, tag, cat)
	if err != nil {
		return o, err
	}
	if len(v.Papers) > 0 {
		name := r.Paper
		if name == "" {
			name = layouts.Pick(v.PapersFor(n), us)
		}
		if to, ok := v.Renamed[strings.ToLower(name)]; ok {
			return o, inputErr("use --paper "+to, "the %s is named by its face now, as print shops name tents: the card once called %s (its flat size) is %s", l.FormName(v), strings.ToLower(name), to)
		}
		if o.Paper, err = paperOf(name, v.Papers, "paper", l.FormName(v)); err != nil {
			return o, err
		}
	}
	switch {
	case len(l.Sizes) > 0 && !v.Labels:
		name := r.Size
		if name == "" {
			name = layouts.Pick(l.SizesFor(v, n), us)
		}
		o.Size, err = paperOf(name, l.Sizes, "size", l.Name)
	case r.Size != "" && v.Labels:
		err = inputErr("leave out --size", "the %s: the label stock (--paper) sets the size", l.FormName(v))
	case r.Size != "":
		err = inputErr("--paper sets its size", "the %s layout has no --size", l.Name)
	}
	return o, err
}

// paperOf returns the size called name when it is one of those a layout
// comes in (have).
func paperOf(name string, have []string, flag, layout string) (layouts.Paper, error) {
	p, err := layouts.PaperByName(name)
	switch {
	case err != nil:
		return p, inputErr("'lookout layouts' shows each layout's sizes", "--%s: unknown %s %q (the %s comes in %s)", flag, flag, clip(name), layout, strings.Join(have, ", "))
	case !slices.Contains(have, p.Name):
		return p, inputErr("'lookout layouts' shows each layout's sizes", "the %s does not come in %s (it comes in %s)", layout, p.Name, strings.Join(have, ", "))
	}
	return p, nil
}

// letterRegions print on US letter; the rest of the world on A4.
var letterRegions = map[string]bool{"US": true, "CA": true, "MX": true, "PH": true}

// usFamily says whether to print on US inch sizes: the paper asked for,
// else the region of the tag asked for (es-MX, fr-CA), else the catalog's
// usual paper.
func usFamily(paper, tag string, cat *translations.Catalog) (bool, error) {
	if paper != "" {
		p, err := layouts.PaperByName(paper)
		if err != nil {
			return false, inputErr("choose one of the sizes listed", "--paper: %v", err)
		}
		return p.US, nil
	}
	if region, ok := translations.Region(tag); ok {
		return letterRegions[region], nil
	}
	return cat.Paper == "letter", nil
}
