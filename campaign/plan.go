package campaign

import (
	"fmt"
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

// Request is what to make: a layout in some languages, with a hotline, a
// QR target and an optional organisation name.
type Request struct {
	Layout   string
	Langs    []string // empty: English, or the languages a posting law requires
	Together bool     // every language on one page, in the first job's Content.Others
	Paper    string   // empty: the language's usual paper
	Hotline  string   // a preset id; empty: us-ncmec, or the hotline a posting law names
	Override *Hotline // the preset as a campaign file changed it, used when its ID is Hotline's
	URL      string
	Org      string
	Pack     string // empty: ncmec-2020
	Brand    Brand
	Local    *layouts.Contact // a local partner to print; nil: none
	Comply   Comply           // a posting law to meet; zero: none
	Created  time.Time
	Creator  string // e.g. "lookout v1.2"
}

// Plan checks every input and turns a request into one job per language,
// before anything is drawn or written.
func Plan(r Request) ([]layouts.Job, error) {
	l, err := layouts.Lookup(r.Layout)
	if err != nil {
		return nil, inputErr("'lookout layouts' lists the layouts", "%v", err)
	}
	law, r, err := prepareComply(r, l)
	if err != nil {
		return nil, err
	}
	in, err := r.inputs(audienceOf(l, law))
	if err != nil {
		return nil, err
	}
	var jobs []layouts.Job
	seen := map[string]bool{}
	if len(r.Langs) == 0 {
		r.Langs = []string{"en"}
	}
	for _, tag := range r.Langs {
		cat, err := translations.Match(tag)
		if err != nil {
			return nil, inputErr("'lookout languages' lists them", "--lang: %v", err)
		}
		if seen[cat.Tag] {
			continue
		}
		seen[cat.Tag] = true
		paper, err := pickPaper(r.Paper, tag, cat, l)
		if err != nil {
			return nil, err
		}
		c, err := content(cat, in.hotline, in.pack, r.URL, in.org)
		if err != nil {
			return nil, err
		}
		c.Brand, c.Local = in.brand, r.Local
		title, _ := cat.Lookup("poster.headline")
		jobs = append(jobs, layouts.Job{Layout: l, Paper: paper, Content: c, Meta: kit.Meta{
			Title:   fmt.Sprintf("%s (%s, %s)", title, cat.EnglishName, paper.Name),
			Subject: "Warning signs of child sex trafficking, and who to call",
			Creator: r.Creator, Lang: cat.Tag, Created: r.Created,
		}})
	}
	return arrange(law, r, jobs)
}

// inputs are a request's checked parts that every language shares.
type inputs struct {
	hotline Hotline
	org     string
	pack    Pack
	brand   layouts.Brand
}

// inputs checks the hotline, the URL, the organisation's name, the pack
// for the piece's audience and the brand colour.
func (r Request) inputs(audience string) (inputs, error) {
	var in inputs
	var err error
	if in.hotline, err = r.hotline(); err != nil {
		return in, inputErr("'lookout hotlines' lists the presets", "%v", err)
	}
	if err := CheckURL(r.URL); err != nil {
		return in, field("--url", err)
	}
	if in.org, err = CleanName(r.Org); err != nil {
		return in, field("--org", err)
	}
	if in.pack, err = packFor(r.Pack, audience); err != nil {
		return in, err
	}
	in.brand, err = r.Brand.check()
	return in, err
}

// FileName is the name a job's PDF is written under, e.g.
// poster-letter-en.pdf, poster-letter-en+es.pdf for a page in two
// languages, poster-us-ca-letter-en+es+vi.pdf for a notice.
func FileName(j layouts.Job) string {
	name, langs := j.Layout.Name, j.Meta.Lang
	if j.Content.Notice != nil {
		name += "-" + j.Content.Notice.Preset
	}
	for _, o := range j.Content.Others {
		langs += "+" + o.Lang.Tag
	}
	return fmt.Sprintf("%s-%s-%s.pdf", name, j.Paper.Name, langs)
}

// letterRegions print on US letter; the rest of the world on A4.
var letterRegions = map[string]bool{"US": true, "CA": true, "MX": true, "PH": true}

// pickPaper chooses the paper: the flag, else the region of the tag asked
// for (es-MX, fr-CA), else the catalog's usual paper.
func pickPaper(flag, tag string, cat *translations.Catalog, l layouts.Layout) (layouts.Paper, error) {
	name := flag
	if name == "" {
		name = cat.Paper
		if region, ok := translations.Region(tag); ok {
			name = "a4"
			if letterRegions[region] {
				name = "letter"
			}
		}
	}
	if name == "" {
		name = "a4"
	}
	p, err := layouts.PaperByName(name)
	if err != nil {
		return p, inputErr("choose one of the sizes listed", "--paper: %v", err)
	}
	if !l.Supports(p.Name) {
		return p, inputErr("'lookout layouts' shows each layout's sizes", "the %s layout does not come in %s (it comes in %s)", l.Name, p.Name, strings.Join(l.Papers, ", "))
	}
	return p, nil
}
