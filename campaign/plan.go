package campaign

import (
	"fmt"
	"strings"
	"time"

	"lookout/layouts"
	"lookout/layouts/typeset"
	"lookout/translations"
)

// DefaultURL is where the QR code points when neither the request nor its
// hotline says: NCMEC's page on child sex trafficking, its risk factors,
// red flags and how to report (read 2026-12-04; the 2024 blog post named
// before could not be found).
const DefaultURL = "https://www.missingkids.org/theissues/trafficking"

// QRFor is the page a piece's QR code opens when the campaign and the
// command line give none: the hotline's own page for its reader (qr in
// its preset), else its web address; "" when it has neither. The QR code
// follows the number: a piece with the national hotline never sends its
// reader to another organisation's article.
func QRFor(h Hotline) string {
	if h.QR != "" {
		return h.QR
	}
	return h.URL
}

// InputError is a mistake in what the user asked for (an unknown language,
// a bad URL); Fix says how to mend it. Like every error lookout explains,
// it has Hint and ExitCode (2: misuse).
type InputError struct {
	Err error
	Fix string
}

func (e *InputError) Error() string { return e.Err.Error() }
func (e *InputError) Unwrap() error { return e.Err }

// Hint says how to mend the input.
func (e *InputError) Hint() string { return e.Fix }

// ExitCode is 2: the input, not lookout, is at fault.
func (e *InputError) ExitCode() int { return 2 }

func inputErr(hint, format string, args ...any) error {
	return &InputError{Err: fmt.Errorf(format, args...), Fix: hint}
}

// Request is what to make: a layout in some languages, in one of its
// forms, with a hotline, a QR target and an optional organisation name.
// Empty fields take the layout's defaults.
type Request struct {
	Layout    string
	Langs     []string // empty: English, or the languages a posting law requires
	Together  bool     // every language on one page, in the first job's Content.Others
	Paper     string   // empty: the usual paper where the (first) language is read
	Size      string   // the piece's size, for layouts cut from a sheet
	Variant   string
	Audience  string
	TearOffs  int // tear-off tabs on a flyer; 0 for none
	Grayscale bool
	CMYK      bool     // colours as CMYK for offset print; neutral ones in grey, K only
	Hotline   string   // a preset id; empty: us-ncmec, or the hotline a posting law names
	Override  *Hotline // the preset as a campaign file changed it, used when its ID is Hotline's
	URL       string   // where the QR code points; empty: the hotline's page (QRFor)
	Untracked string   // URL without the campaign's tracking parameters, when it has them
	Org       string
	Pack      string // empty: the audience's pack
	Brand     Brand
	Local     *layouts.Contact // a local partner to print; nil: none
	Comply    Comply           // a posting law to meet; zero: none
	Created   time.Time
	Creator   string // e.g. "lookout v1.2"
}

// Plan checks every input and turns a request into one job per language
// (or one job for all of them, with Together or a law that wants them on
// one sign), before anything is drawn or written.
func Plan(r Request) ([]layouts.Job, error) {
	l, v, audience, err := pickForm(r)
	if err != nil {
		return nil, err
	}
	law, r, err := prepareComply(r, l)
	if err != nil {
		return nil, err
	}
	in, err := r.inputs(audienceOf(audience, law))
	if err != nil {
		return nil, err
	}
	if len(r.Langs) == 0 {
		r.Langs = []string{"en"}
	}
	n := 1
	if r.Together && law == nil {
		n = len(distinct(r.Langs))
	}
	jobs, err := r.langJobs(l, v, audience, in, n)
	if err != nil {
		return nil, err
	}
	if jobs, err = arrange(law, r, jobs); err != nil {
		return nil, err
	}
	for i := range jobs {
		jobs[i].Meta = meta(jobs[i], r) // again: a page may hold several languages now
	}
	return jobs, nil
}

// langJobs builds one job per language asked for, for a page in n
// languages.
func (r Request) langJobs(l layouts.Layout, v layouts.Variant, audience string, in inputs, n int) ([]layouts.Job, error) {
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
		c, err := content(cat, in.hotline, in.pack, in.url, in.org)
		if err != nil {
			return nil, err
		}
		c.Brand, c.Local = in.brand, r.Local
		if r.URL != "" && r.Untracked != r.URL {
			c.Untracked = r.Untracked
		}
		o, err := pickOptions(r, tag, cat, l, v, audience, n)
		if err != nil {
			return nil, err
		}
		if n > 1 && len(jobs) == 0 {
			if err := checkRoom(l, layouts.Form{Variant: v, Size: o.Size.Name, TearOffs: r.TearOffs}, o, n); err != nil {
				return nil, err
			}
		}
		j := layouts.Job{Layout: l, Options: o, Content: c}
		j.Meta = meta(j, r)
		jobs = append(jobs, j)
	}
	return jobs, nil
}

// inputs are a request's checked parts that every language shares.
type inputs struct {
	hotline Hotline
	url     string // where the QR code points: the request's, or the hotline's page
	org     string
	pack    Pack
	brand   layouts.Brand
}

// inputs checks the hotline, the URL, the organisation's name, the pack
// for the piece's audience and the brand colour.
func (r Request) inputs(audience string) (inputs, error) {
	var in inputs
	var err error
	if in.hotline, err = r.hotline(audience); err != nil {
		return in, inputErr("'lookout hotlines' lists the presets", "%v", err)
	}
	in.url = orDefault(r.URL, QRFor(in.hotline))
	if in.url == "" {
		return in, inputErr("give the page with --url, or qr: url: in the campaign file",
			"the %s hotline has no page of its own for the QR code to open", in.hotline.ID)
	}
	if err := CheckURL(in.url); err != nil {
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

// titleKey is the headline that titles a PDF for an audience.
func titleKey(audience string) string {
	a, _ := layouts.AudienceByName(audience)
	return a.TitleKey
}

func meta(j layouts.Job, r Request) typeset.Meta {
	var names []string
	for _, c := range j.Content.All() {
		cat, _ := translations.Match(c.Lang.Tag)
		names = append(names, cat.EnglishName)
	}
	size := j.Paper.Name
	if size == "" {
		size = j.Size.Name
	}
	return typeset.Meta{
		Title:   fmt.Sprintf("%s (%s; %s %s)", j.Content.T(titleKey(j.Audience)), strings.Join(names, ", "), j.Layout.Name, size),
		Subject: "Warning signs of child sex trafficking, and who to call",
		Creator: r.Creator, Lang: j.Content.Lang.Tag, Created: r.Created, Grayscale: r.Grayscale,
		Ink: ink(r),
	}
}

// FileName is the name a job's PDF is written under: the layout, then
// whatever sets this piece apart from the layout's others (variant,
// audience, posting law, size, paper, tabs), then the languages, e.g.
// poster-letter-en.pdf, wallet-card-sheet-3.5x2-letter-es.pdf,
// poster-letter-en+es+vi.pdf, poster-us-ca-letter-en+es+vi.pdf.
func FileName(j layouts.Job) string {
	parts := []string{j.Layout.Name}
	if v, _ := j.Layout.Variant(j.Variant); len(j.Layout.Variants) > 1 && !v.Quiet {
		parts = append(parts, j.Variant)
	}
	if j.Audience != j.Layout.Audiences[0] {
		parts = append(parts, j.Audience)
	}
	if j.Content.Notice != nil {
		parts = append(parts, j.Content.Notice.Preset)
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

// ink is how the job's PDF writes colours: grey for --grayscale, CMYK for
// --cmyk, else RGB. Neutral colours are written K only in every mode.
func ink(r Request) typeset.Ink {
	switch {
	case r.Grayscale:
		return typeset.InkGray
	case r.CMYK:
		return typeset.InkCMYK
	}
	return typeset.InkRGB
}
