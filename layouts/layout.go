// Package layouts holds lookout's printed pieces. Each layout is one file: a
// Layout value with its name, audience, paper sizes and a Draw function
// that places text, QR codes and shapes on kit pages, plus one line that
// registers it. Layouts never touch files, flags, language tags or fpdf:
// they get their words, already translated, in a Content.
package layouts

import (
	"fmt"
	"sort"
	"strings"

	"lookout/layouts/kit"
)

// Layout is one kind of printed piece.
type Layout struct {
	Name        string
	Description string // one line, for `lookout layouts`
	Audience    string // who reads it: public, staff, victim
	Papers      []string
	Draw        func(p *kit.Page, c *Content) error
}

var registry = map[string]Layout{}

// Register adds a layout; each layout file calls it once from init.
func Register(l Layout) {
	if _, dup := registry[l.Name]; dup {
		panic("layouts: " + l.Name + " registered twice")
	}
	registry[l.Name] = l
}

// Lookup returns the layout called name.
func Lookup(name string) (Layout, error) {
	l, ok := registry[name]
	if !ok {
		return Layout{}, fmt.Errorf("unknown layout %q (have: %s)", name, strings.Join(Names(), ", "))
	}
	return l, nil
}

// All returns every layout, sorted by name.
func All() []Layout {
	out := make([]Layout, 0, len(registry))
	for _, n := range Names() {
		out = append(out, registry[n])
	}
	return out
}

// Names returns the names of every layout, sorted.
func Names() []string {
	out := make([]string, 0, len(registry))
	for n := range registry {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Supports reports whether the layout comes in the named paper size.
func (l Layout) Supports(paper string) bool {
	for _, p := range l.Papers {
		if p == paper {
			return true
		}
	}
	return false
}

// Hotline is a hotline as printed, its words in the page's language.
type Hotline struct {
	Name      string // who answers
	Call      string // the number as printed: a vanity number, or the digits
	Digits    string // the number in digits; equal to Call when it has no letters
	Text      string // a number to text, if any
	Emergency string // the emergency number of the hotline's country, if any
	Always    bool   // it answers 24 hours a day, 7 days a week
	// NotTrafficking marks a line that is not a trafficking hotline (the
	// European 116 000 is for missing children): pieces must say so.
	NotTrafficking bool
}

// Contact is a local partner printed under the hotline: a name and a
// number, as the campaign file gives them.
type Contact struct{ Name, Phone string }

// Line is the contact as printed: its name, then its number.
func (c Contact) Line() string { return c.Name + ": " + c.Phone }

// Content is what a layout prints, in one language.
type Content struct {
	Lang    kit.Lang
	T       func(key string, args ...string) string // a catalog message; args are name, value pairs
	Signs   []string                                // the warning signs, in order
	Hotline Hotline
	URL     string       // the QR target
	Org     string       // the organisation that posts it; may be empty
	Check   func() error // reports messages T could not find; may be nil
	Brand   Brand        // logo and colours; the zero Brand is lookout's own look
	Local   *Contact     // a local partner to print too; nil: none
	Notice  *Notice      // the rules of a posting law the page must meet; nil: none

	// Others are further languages to set on the same page, in order, for
	// notices that a law wants in two or three languages at once. The
	// hotline and the QR code are printed once. Empty for most pieces.
	Others []*Content
}

// Job is one PDF to make.
type Job struct {
	Layout  Layout
	Paper   Paper
	Content Content
	Meta    kit.Meta
}

// Render draws the job and returns the PDF and its placement log. To make
// many, use a Renderer or RenderAll.
func Render(j Job) (pdf []byte, log string, err error) { return render(kit.NewWorker(), j) }

func render(w *kit.Worker, j Job) (pdf []byte, log string, err error) {
	doc := w.NewDocument(j.Meta)
	page := doc.AddPage(j.Layout.Name+" "+j.Paper.Name, j.Paper.W, j.Paper.H, j.Content.Lang)
	if err := j.Layout.Draw(page, &j.Content); err != nil {
		return nil, "", err
	}
	if j.Content.Check != nil {
		if err := j.Content.Check(); err != nil {
			return nil, "", err
		}
	}
	out, err := doc.PDF()
	if err != nil {
		return nil, "", err
	}
	return out, doc.Log(), nil
}

// PrintedURL is a URL as people type it: no scheme, no "www.", no query.
func PrintedURL(u string) string {
	for _, p := range []string{"https://", "http://", "www."} {
		u = strings.TrimPrefix(u, p)
	}
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	return strings.TrimSuffix(u, "/")
}
