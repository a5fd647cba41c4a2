package campaign

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"lookout/layouts"
	"lookout/translations"
)

// Compliance is a state posting-law preset (DESIGN.md §5): who must post a
// human-trafficking notice, how big it must be and in which languages, what
// else the law asks for, and how sure lookout is of each fact.
type Compliance struct {
	ID          string             `yaml:"id"`
	State       string             `yaml:"state"`
	Law         string             `yaml:"law"` // the citation, e.g. Cal. Civ. Code 52.6
	Who         string             `yaml:"who"`
	MinSize     *Inches            `yaml:"min_size"`    // as posted; nil: the law sets none
	Orientation string             `yaml:"orientation"` // portrait (the default) or landscape
	MinType     float64            `yaml:"min_type_pt"` // 0: the law sets none
	Bold        bool               `yaml:"bold"`        // every word bold
	BoldNumber  bool               `yaml:"bold_number"` // the number in bold
	Languages   []string           `yaml:"languages"`   // required on the notice
	Local       string             `yaml:"local_language"`
	Shares      map[string]float64 `yaml:"shares"`   // each language's share of the sign
	Separate    bool               `yaml:"separate"` // each language on its own sign
	Victim      bool               `yaml:"victim"`   // for people who may be trafficked
	Hotline     string             `yaml:"hotline"`  // the hotline the law names; empty: any
	// AlsoHotlines are further hotline presets the law's notice names,
	// printed under the main one (California: CAST's line).
	AlsoHotlines []string `yaml:"also_hotlines"`
	TextLine     bool     `yaml:"text_line"`
	Wording      string   `yaml:"wording"` // the law's own wording, and where it is; empty: none prescribed
	// WordingLangs are the languages the official wording is published
	// in; its source is provenance.wording.
	WordingLangs []string `yaml:"wording_languages"`
	Required     []string `yaml:"required"`
	Placement    string   `yaml:"placement"`
	Material     string   `yaml:"material"` // what the sign is made of, e.g. durable material
	Penalty      string   `yaml:"penalty"`  // what the law says happens to one who does not post, in our words
	Note         string   `yaml:"note"`
	Record       `yaml:",inline"`
}

// Inches is a size in inches, width by height as posted.
type Inches struct {
	W float64 `yaml:"width_in"`
	H float64 `yaml:"height_in"`
}

func (s Inches) String() string { return fmt.Sprintf("%g × %g in", s.W, s.H) }

// Comply asks for a notice that meets a posting law.
type Comply struct {
	Preset string // a compliance preset id; empty: none
	// LocalLangs are the further languages the law asks for where it names
	// a local one, such as a county's Voting Rights Act language.
	LocalLangs []string
	// NoticeText is the law's prescribed wording, by language tag, as the
	// campaign file gives it. lookout never writes statutory wording itself.
	NoticeText map[string]string
}

// isDate reports whether s is a date written YYYY-MM-DD.
func isDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

// check keeps a preset honest: a source, a date, a known confidence, real
// languages and hotline, and shares that make up the sign.
func (c Compliance) check() error {
	switch {
	case c.State == "" || c.Law == "" || c.Who == "":
		return fmt.Errorf("preset %s needs a state, a law and who must post", c.ID)
	case c.Orientation != "" && c.Orientation != "portrait" && c.Orientation != "landscape":
		return fmt.Errorf("preset %s: orientation %q is not portrait or landscape", c.ID, c.Orientation)
	}
	for _, l := range c.Languages {
		if cat, err := translations.Match(l); err != nil || cat.Tag != l {
			return fmt.Errorf("preset %s: no catalog for the required language %q", c.ID, l)
		}
	}
	if _, ok := hotlines[c.Hotline]; c.Hotline != "" && !ok {
		return fmt.Errorf("preset %s: unknown hotline %q", c.ID, c.Hotline)
	}
	for _, h := range c.AlsoHotlines {
		if _, ok := hotlines[h]; !ok {
			return fmt.Errorf("preset %s: unknown hotline %q in also_hotlines", c.ID, h)
		}
	}
	sum := 0.0
	for _, s := range c.Shares {
		sum += s
	}
	if len(c.Shares) > 0 && math.Abs(sum-1) > 0.001 {
		return fmt.Errorf("preset %s: the language shares add up to %g, not 1", c.ID, sum)
	}
	return nil
}

// fits reports whether a sheet, turned as the law wants it, is at least
// the law's minimum size.
func (c Compliance) fits(p layouts.Paper) bool { return c.bigEnough(c.turn(p)) }

// bigEnough reports whether a sheet, as posted, is at least the law's
// minimum size.
func (c Compliance) bigEnough(p layouts.Paper) bool {
	if c.MinSize == nil {
		return true
	}
	const tol = 0.1 // mm
	return p.W+tol >= c.MinSize.W*25.4 && p.H+tol >= c.MinSize.H*25.4
}

// turn returns the sheet as the law wants it posted.
func (c Compliance) turn(p layouts.Paper) layouts.Paper {
	if c.Orientation != "landscape" {
		return p
	}
	return layouts.Paper{Name: p.Name + "-landscape", W: p.H, H: p.W}
}

// paper picks the sheet: the one asked for, if it is big enough, else the
// smallest of the layout's sheets that is.
func (c Compliance) paper(asked string, l layouts.Layout) (string, error) {
	var fit []layouts.Paper
	for _, n := range l.Variants[0].Papers {
		if p, err := layouts.PaperByName(n); err == nil && c.fits(p) {
			fit = append(fit, p)
		}
	}
	sort.SliceStable(fit, func(i, j int) bool { return fit[i].W*fit[i].H < fit[j].W*fit[j].H })
	if asked == "" && len(fit) > 0 {
		return fit[0].Name, nil
	}
	p, err := layouts.PaperByName(asked)
	if err != nil || c.fits(p) {
		return asked, nil // Plan reports an unknown paper
	}
	var names []string
	for _, f := range fit {
		names = append(names, f.Name)
	}
	return "", inputErr(fmt.Sprintf("use --paper %s", strings.Join(names, " or ")),
		"%s (%s) asks for a sign at least %s; %s is %.2f × %.2f in", c.ID, c.Law, c.MinSize, p.Name, c.turn(p).W/25.4, c.turn(p).H/25.4)
}
