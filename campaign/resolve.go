package campaign

import (
	"slices"
	"time"

	"lookout/layouts"
)

// Overrides are the settings a user gave for one run — on the command
// line, or later in a web form — each nil (or unset) unless given, so that
// "not given" and "given as empty" differ.
type Overrides struct {
	Langs      []string // nil: not given
	Together   *bool
	Paper      *string
	Size       *string
	Variant    *string
	Audience   *string
	TearOffs   *int
	Hotline    *string
	URL        *string
	Org        *string
	Pack       *string
	Comply     *string
	LocalLangs []string // nil: not given
	Grayscale  bool
	CMYK       bool
	Created    time.Time
	Creator    string
}

// Defaults are the lowest layer: what a run makes when neither the user,
// the campaign file nor a posting law says otherwise. Empty fields leave
// the layout's own defaults.
type Defaults struct {
	Langs []string
	Paper string
}

// Resolve decides every setting of what to make of one layout for an
// audience ("": the layout's first), in one place: what the user gave
// (o) wins over the campaign file (f, nil for none), which wins over what
// a posting law requires, which wins over the run's defaults (d) and the
// layout's own. It returns one request for each group of languages that
// share a page and one for the rest, or one request for a posting law's
// notice. make, kit and serve all call it.
func Resolve(f *File, layout, audience string, o Overrides, d Defaults) ([]Request, error) {
	if o.Audience != nil {
		audience = *o.Audience
	}
	reqs := []Request{{Layout: layout, Audience: audience}}
	if f != nil {
		var err error
		if reqs, err = f.Requests(layout, audience); err != nil {
			return nil, err
		}
	}
	if o.Langs != nil || (o.Comply != nil && len(reqs) > 1) {
		reqs = []Request{mergeLangs(reqs)}
	}
	for i := range reqs {
		r := &reqs[i]
		r.Audience = audience
		for _, s := range []struct {
			from *string
			to   *string
		}{{o.Paper, &r.Paper}, {o.Hotline, &r.Hotline}, {o.URL, &r.URL}, {o.Org, &r.Org}, {o.Pack, &r.Pack},
			{o.Size, &r.Size}, {o.Variant, &r.Variant}} {
			if s.from != nil {
				*s.to = *s.from
			}
		}
		if o.URL != nil {
			r.Untracked = "" // the user's own address, tracked as given
		}
		if o.Langs != nil {
			r.Langs, r.Together = o.Langs, false
		}
		if o.Together != nil {
			r.Together = *o.Together
		}
		if o.TearOffs != nil {
			r.TearOffs = *o.TearOffs
		}
		if o.Comply != nil && r.Comply.Preset != *o.Comply {
			r.Comply = Comply{Preset: *o.Comply} // the file's wording is for another law
			if o.Hotline == nil {
				r.Hotline = "" // the law names the number
			}
		}
		if o.LocalLangs != nil {
			r.Comply.LocalLangs = o.LocalLangs
		}
		if len(r.Langs) == 0 && r.Comply.Preset == "" {
			r.Langs = d.Langs
		}
		if o.Paper == nil {
			r.Paper = sheetPaper(*r, orDefault(r.Paper, d.Paper))
		}
		r.Grayscale, r.CMYK, r.Created, r.Creator = o.Grayscale, o.CMYK, o.Created, o.Creator
	}
	return reqs, nil
}

// sheetPaper is the paper a request's form is made on when a campaign file or
// a run's defaults name sheet (see PaperFor); "" leaves the layout's own.
func sheetPaper(r Request, sheet string) string {
	if sheet == "" || r.Comply.Preset != "" {
		return sheet // a notice checks its paper against the law
	}
	l, err := layouts.Lookup(r.Layout)
	if err != nil {
		return sheet
	}
	l = l.For(orDefault(r.Audience, l.Audiences[0]))
	v, err1 := l.Variant(r.Variant)
	p, err2 := layouts.PaperByName(sheet)
	if err1 != nil || err2 != nil {
		return sheet // Plan says what is wrong
	}
	n := 1
	if r.Together {
		n = len(r.Langs)
	}
	return PaperFor(v, p, n)
}

// mergeLangs folds a campaign's page groups into one request with all
// their languages.
func mergeLangs(reqs []Request) Request {
	r := reqs[0]
	r.Langs, r.Together = nil, false
	for _, x := range reqs {
		r.Langs = append(r.Langs, x.Langs...)
	}
	return r
}

// PaperFor is the paper a layout's form is made on when a run asks for
// sheet (a campaign file's paper, or a kit's): the sheet itself when the
// form comes in it, else the form's size of the same family (half-letter
// for a letter run, A5 for an A4 one; tabloid for a staff poster in
// several languages). A 4x6 tent card is not printed on letter paper
// because a campaign file says "paper: letter".
func PaperFor(v layouts.Variant, sheet layouts.Paper, langs int) string {
	papers := v.PapersFor(langs)
	if slices.Contains(papers, sheet.Name) || len(papers) == 0 {
		return sheet.Name
	}
	return layouts.Pick(papers, sheet.US)
}
