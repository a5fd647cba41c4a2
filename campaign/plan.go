package campaign

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"lookout/layouts"
	"lookout/layouts/kit"
	"lookout/translations"
)

// DefaultURL is where the QR code points unless told otherwise: NCMEC's
// page on the signs of child sex trafficking (DESIGN.md §2.3).
const DefaultURL = "https://www.missingkids.org/blog/2024/child-sex-trafficking-know-the-signs"

// InputError is a mistake in what the user asked for (an unknown language,
// a bad URL); Hint says how to fix it.
type InputError struct {
	Err  error
	Hint string
}

func (e *InputError) Error() string { return e.Err.Error() }
func (e *InputError) Unwrap() error { return e.Err }

func inputErr(hint, format string, args ...any) error {
	return &InputError{Err: fmt.Errorf(format, args...), Hint: hint}
}

// Request is what to make: a layout in some languages, in one of its
// forms, with a hotline, a QR target and an optional organisation name.
// Empty fields take the layout's defaults.
type Request struct {
	Layout    string
	Langs     []string
	Together  bool   // set every language on one page, for layouts that can
	Paper     string // empty: the usual paper where the (first) language is read
	Size      string // the piece's size, for layouts cut from a sheet
	Variant   string
	Audience  string
	TearOffs  int // tear-off tabs on a flyer; 0 for none
	Grayscale bool
	Hotline   string
	URL       string
	Org       string
	Pack      string // empty: the audience's pack
	Created   time.Time
	Creator   string // e.g. "lookout v1.2"
}

// Tear-off tabs: how many a flyer may have.
const (
	MinTearOffs = 6
	MaxTearOffs = 10
)

// Plan checks every input and turns a request into one job per language
// (or one job for all of them, with Together), before anything is drawn or
// written.
func Plan(r Request) ([]layouts.Job, error) {
	l, v, audience, err := pickForm(r)
	if err != nil {
		return nil, err
	}
	h, err := LookupHotline(r.Hotline)
	if err != nil {
		return nil, inputErr("'lookout make --help' names the presets", "%v", err)
	}
	if err := CheckURL(r.URL); err != nil {
		return nil, inputErr("give a full web address such as https://example.org/signs, short enough to type", "--url: %v", err)
	}
	org, err := CleanName(r.Org)
	if err != nil {
		return nil, inputErr("type the name as plain text", "--org: %v", err)
	}
	pack, err := pickPack(r.Pack, audience)
	if err != nil {
		return nil, err
	}
	var jobs []layouts.Job
	seen := map[string]bool{}
	for _, tag := range r.Langs {
		cat, err := translations.Match(tag)
		if err != nil {
			return nil, inputErr("'lookout languages' lists them", "--lang: %v", err)
		}
		if seen[cat.Tag] {
			continue
		}
		seen[cat.Tag] = true
		c, err := content(cat, h, pack, r.URL, org)
		if err != nil {
			return nil, err
		}
		if r.Together && len(jobs) > 0 {
			jobs[0].Content.Others = append(jobs[0].Content.Others, &c)
			continue
		}
		n := 1
		if r.Together {
			n = len(distinct(r.Langs))
		}
		o, err := pickOptions(r, tag, cat, l, v, audience, n)
		if err != nil {
			return nil, err
		}
		if err := checkRoom(l, layouts.Form{Variant: v, Size: o.Size.Name, TearOffs: r.TearOffs}, o, n); err != nil {
			return nil, err
		}
		jobs = append(jobs, layouts.Job{Layout: l, Options: o, Content: c})
	}
	for i := range jobs {
		jobs[i].Meta = meta(jobs[i], r)
	}
	return jobs, nil
}

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
	audience := r.Audience
	if audience == "" {
		audience = l.Audiences[0]
	}
	if !l.Serves(audience) {
		return l, v, "", inputErr("'lookout layouts' shows whom each layout is for", "--audience: the %s layout is for %s, not %q", l.Name, strings.Join(l.Audiences, " or "), audience)
	}
	if own := l.For(audience); own.Name != l.Name {
		l, v = own, own.Variants[0] // the poster for staff is the staff poster
	}
	switch {
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

// pickPack returns the pack asked for, or the audience's: the NCMEC signs
// for the public and for hotel guests, the hotel-staff pack for staff, the
// victim pack for a person who may be trafficked.
func pickPack(id, audience string) (Pack, error) {
	want := audience
	if want == "guest" {
		want = "public"
	}
	if id == "" {
		id = map[string]string{"public": "ncmec-2020", "staff": "hotel-staff", "victim": "victim"}[want]
	}
	p, err := LookupPack(id)
	if err != nil {
		return p, inputErr("'lookout make --help' names the packs", "%v", err)
	}
	if p.Audience != want {
		return p, inputErr("leave out --pack to take the audience's own", "--pack: the %s pack is for the %s audience, not %s", p.ID, p.Audience, audience)
	}
	return p, nil
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
		if o.Paper, err = paperOf(name, v.Papers, "paper", l.FormName(v)); err != nil {
			return o, err
		}
	}
	switch {
	case len(l.Sizes) > 0:
		name := r.Size
		if name == "" {
			name = layouts.Pick(l.SizesFor(v, n), us)
		}
		o.Size, err = paperOf(name, l.Sizes, "size", l.Name)
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
		return p, inputErr("'lookout layouts' shows each layout's sizes", "--%s: unknown %s %q (the %s comes in %s)", flag, flag, name, layout, strings.Join(have, ", "))
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

// titleKey is the headline that titles a PDF, by audience.
var titleKey = map[string]string{"public": "poster.headline", "staff": "staff.headline", "victim": "victim.headline", "guest": "guest.headline"}

func meta(j layouts.Job, r Request) kit.Meta {
	var names []string
	for _, c := range j.Content.All() {
		cat, _ := translations.Match(c.Lang.Tag)
		names = append(names, cat.EnglishName)
	}
	size := j.Paper.Name
	if size == "" {
		size = j.Size.Name
	}
	return kit.Meta{
		Title:   fmt.Sprintf("%s (%s; %s %s)", j.Content.T(titleKey[j.Audience]), strings.Join(names, ", "), j.Layout.Name, size),
		Subject: "Warning signs of child sex trafficking, and who to call",
		Creator: r.Creator, Lang: j.Content.Lang.Tag, Created: r.Created, Grayscale: r.Grayscale,
	}
}

// FileName is the name a job's PDF is written under: the layout, then
// whatever sets this piece apart from the layout's others (variant,
// audience, size, paper, tabs), then the languages, e.g.
// poster-letter-en.pdf, wallet-card-sheet-3.5x2-letter-es.pdf,
// poster-letter-en+es+vi.pdf.
func FileName(j layouts.Job) string {
	parts := []string{j.Layout.Name}
	if len(j.Layout.Variants) > 1 {
		parts = append(parts, j.Variant)
	}
	if j.Audience != j.Layout.Audiences[0] {
		parts = append(parts, j.Audience)
	}
	for _, s := range []string{j.Size.Name, j.Paper.Name} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if j.TearOffs > 0 {
		parts = append(parts, fmt.Sprintf("tabs%d", j.TearOffs))
	}
	return strings.Join(append(parts, strings.Join(j.Content.Tags(), "+")), "-") + ".pdf"
}
