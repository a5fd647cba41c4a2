// Package layouts holds lookout's printed pieces. Each layout is one file: a
// Layout value with its name, audience, paper sizes and a Draw function
// that places text, QR codes and shapes on typeset pages, plus one line that
// registers it. Layouts never touch files, flags, language tags or fpdf:
// they get their words, already translated, in a Content.
package layouts

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"lookout/layouts/typeset"
)

// Layout is one kind of printed piece.
type Layout struct {
	Name        string
	Description string    // one line, for `lookout layouts`
	Audiences   []string  // who it can be made for: public, staff, victim, guest; the first is the default
	Variants    []Variant // the forms it comes in; the first is the default
	Sizes       []string  // the piece's own trim sizes when it is cut from a sheet (cards, stickers)
	TearOffs    bool      // it can carry tear-off tabs
	// Comply says it makes the notice a posting law asks for (--comply),
	// for its first audience.
	Comply bool
	// Aliases name, by audience, the layout that makes this one for that
	// audience (the poster for staff is the staff-poster).
	Aliases map[string]string
	Draw    func(d *typeset.Document, c *Content, o Options) error
}

// Variant is one form of a layout and the papers it is printed on.
type Variant struct {
	Name string
	// Together is how many languages it can set on one page (see
	// Content.Others); 0 or 1 for one. TogetherOn lists the papers (or, for
	// a layout with Sizes, the sizes) with room for them, when not all
	// have.
	Together   int
	TogetherOn []string
	// Band says it carries the organisation's band (logo and name) when
	// the brand has one and the words leave room for it.
	Band bool
	// Papers are the page sizes it comes in, or the sheets its pieces are
	// set on. None means the page is the piece itself with its bleed (a
	// single card for a print shop).
	Papers []string
	// Labels says its papers are sheets of die-cut labels (LabelStock):
	// the stock sets the pieces' size, so the form takes no size.
	Labels bool
	// Quiet leaves the variant's name out of file names: the sticker
	// sheet was the sticker's only form before label stock, the flyer's
	// only form before the 2-up sheet.
	Quiet bool
	// Extra forms are made when asked for; the kit, which prints every
	// piece once on plain paper, leaves them out (label stock, 2-up
	// sheets of a piece it already has).
	Extra bool
	// NoTearOffs: this form of a layout with tear-off tabs has no room
	// for them (a flyer two to a sheet).
	NoTearOffs bool
	// Renamed maps a paper's old name to the one it has now, so that a
	// run asking for the old one is told the new one, never given another
	// size that happens to bear the old name.
	Renamed map[string]string
}

// Supports reports whether the variant comes in the named paper size.
func (v Variant) Supports(paper string) bool { return slices.Contains(v.Papers, paper) }

// PapersFor returns the papers the variant comes in for a page in n
// languages.
func (v Variant) PapersFor(n int) []string {
	if n > 1 && len(v.TogetherOn) > 0 && len(v.Papers) > 0 && slices.Contains(v.Papers, v.TogetherOn[0]) {
		return v.TogetherOn
	}
	return v.Papers
}

// SizesFor returns the sizes of the layout's pieces for a page in n
// languages.
func (l Layout) SizesFor(v Variant, n int) []string {
	if v.Labels {
		return nil
	}
	if n > 1 && len(v.TogetherOn) > 0 && slices.Contains(l.Sizes, v.TogetherOn[0]) {
		return v.TogetherOn
	}
	return l.Sizes
}

// For returns the layout that makes l for an audience: l itself, or the
// layout its Aliases name for the audience (the poster's staff audience is
// the staff-poster).
func (l Layout) For(audience string) Layout {
	if own, ok := registry[l.Aliases[audience]]; ok && own.Serves(audience) {
		return own
	}
	return l
}

// Options say which form of a layout to make. Plan fills every field the
// layout has with a valid value; the rest stay zero.
type Options struct {
	Variant  string
	Audience string
	Paper    Paper // the page, or the sheet pieces are set on; zero for a piece on its own page
	Size     Paper // the piece's trim size, for layouts with Sizes
	TearOffs int   // tear-off tabs along the bottom; 0 for none
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

// Variant returns the layout's variant called name; "" is the default.
func (l Layout) Variant(name string) (Variant, error) {
	if name == "" {
		return l.Variants[0], nil
	}
	var names []string
	for _, v := range l.Variants {
		if v.Name == name {
			return v, nil
		}
		names = append(names, v.Name)
	}
	return Variant{}, fmt.Errorf("the %s layout has no variant %q (it has: %s)", l.Name, name, strings.Join(names, ", "))
}

// FormName names a variant of the layout for people: "wallet-card single",
// or just "poster" for a layout with one form.
func (l Layout) FormName(v Variant) string {
	if len(l.Variants) == 1 || v.Quiet {
		return l.Name
	}
	return l.Name + " " + v.Name
}

// Form is one form of a layout: a variant, for an audience, in a size of
// the piece (for layouts with Sizes), with or without tear-off tabs.
type Form struct {
	Variant  Variant
	Audience string
	Size     string
	TearOffs int
}

// Room is how many languages one page of the form has room for on the
// paper: its variant's Together; but one where the variant's TogetherOn
// leaves out the paper and the size, and one on a page with tear-off tabs,
// which take the room a second language would need.
func (f Form) Room(paper string) int {
	on := f.Variant.TogetherOn
	if f.TearOffs > 0 || (len(on) > 0 && !slices.Contains(on, paper) && !slices.Contains(on, f.Size)) {
		return 1
	}
	return max(f.Variant.Together, 1)
}

// DefaultTearOffs is how many tear-off tabs a flyer has when asked for
// tabs without a number.
const DefaultTearOffs = 8

// Forms lists every form of the layout: each variant, for each audience, in
// each size, and with tear-off tabs or none where it can have them.
func (l Layout) Forms() []Form {
	sizes := l.Sizes
	if len(sizes) == 0 {
		sizes = []string{""}
	}
	tabs := []int{0}
	if l.TearOffs {
		tabs = append(tabs, DefaultTearOffs)
	}
	var out []Form
	for _, v := range l.Variants {
		sizes, tabs := sizes, tabs
		if v.Labels {
			sizes = []string{""}
		}
		if v.NoTearOffs {
			tabs = []int{0}
		}
		for _, a := range l.Audiences {
			for _, size := range sizes {
				for _, n := range tabs {
					out = append(out, Form{v, a, size, n})
				}
			}
		}
	}
	return out
}

// Serves reports whether the layout can be made for the audience.
func (l Layout) Serves(audience string) bool {
	for _, a := range l.Audiences {
		if a == audience {
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
	// Also are further hotlines a posting law names, each a line in the
	// page's language ("Or call NAME: NUMBER"), printed under the number.
	Also []string
	// Trust are the lines, in the page's language, that say why it is safe
	// to call (confidential, no name needed, free, interpreters): only
	// those the hotline's own source supports.
	Trust []string
}

// Section is a group of signs under a title: what one role at a hotel
// looks for.
type Section struct {
	Title string
	Icon  string // the pictogram before the title: where the role works
	Signs []string
	Icons []string // the pictogram beside each sign, as Content.SignIcons
}

// Contact is a local partner printed under the hotline: a name and a
// number, as the campaign file gives them.
type Contact struct{ Name, Phone string }

// Line is the contact as printed: its name, then its number.
func (c Contact) Line() string { return c.Name + ": " + c.Phone }

// Content is what a layout prints, in one language.
type Content struct {
	Lang  typeset.Lang
	T     func(key string, args ...string) string // a catalog message; args are name, value pairs
	Signs []string                                // the warning signs, in order (for the victim pack: questions to the reader)
	// Short holds the signs' short forms, for cards: the pack's own, or the
	// full sign where the pack has no short form.
	Short []string
	// SignIcons names, sign by sign, the pictogram beside it in a list
	// (see SignIcon); "" where a sign has none.
	SignIcons []string
	// Sections group the signs by role, for packs that have roles
	// (hotel-staff); Steps are what to do, in order. Both are empty for
	// other packs.
	Sections []Section
	Steps    []string
	Hotline  Hotline
	URL      string // the QR target
	// Untracked is the QR target without the campaign's tracking
	// parameters, when URL has them: a piece whose QR code cannot hold
	// them is made with it instead (see the command's renderJobs).
	Untracked string
	Org       string       // the organisation that posts it; may be empty
	Check     func() error // reports messages T could not find; may be nil
	Brand     Brand        // logo and colours; the zero Brand is lookout's own look
	Local     *Contact     // a local partner to print too; nil: none
	Notice    *Notice      // the rules of a posting law the page must meet; nil: none

	// Others are further languages to set on the same page, in order, for
	// notices that a law wants in two or three languages at once. The
	// hotline and the QR code are printed once. Empty for most pieces.
	Others []*Content
}

// Job is one PDF to make.
type Job struct {
	Layout Layout
	Options
	Content Content
	Meta    typeset.Meta
}

// Piece is a rendered job.
type Piece struct {
	PDF   []byte
	Pages int
	Log   string // the placement log
	// Placements are what the page engine placed, as data (the log is
	// rendered from them).
	Placements []typeset.Placement
}

// Render draws the job and returns the PDF and its placement log. To make
// many, use a Renderer or RenderAll.
func Render(j Job) (Piece, error) { return NewRenderer().Render(j) }

// Place lays the job out as Render does and returns the placement log,
// without making the PDF (its PDF is nil): what fits and where is settled
// by then, and embedding the fonts is half the work of a render.
func Place(j Job) (Piece, error) { return NewRenderer().Place(j) }

func draw(w *typeset.Worker, j Job) (*typeset.Document, error) {
	doc := w.NewDocument(j.Meta)
	if err := j.Layout.Draw(doc, &j.Content, j.Options); err != nil {
		return nil, err
	}
	for _, c := range j.Content.All() {
		if c.Check != nil {
			if err := c.Check(); err != nil {
				return nil, err
			}
		}
	}
	return doc, nil
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
