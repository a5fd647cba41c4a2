package preset

import (
	"fmt"
	"math"
	"time"

	"lookout/layouts"
	"lookout/translations"
)

// Compliance is a state posting-law preset : who must post a
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

// Fits reports whether a sheet, turned as the law wants it, is at least
// the law's minimum size.
func (c Compliance) Fits(p layouts.Paper) bool { return c.BigEnough(c.Turn(p)) }

// BigEnough reports whether a sheet, as posted, is at least the law's
// minimum size.
func (c Compliance) BigEnough(p layouts.Paper) bool {
	if c.MinSize == nil {
		return true
	}
	const tol = 0.1 // mm
	return p.W+tol >= c.MinSize.W*25.4 && p.H+tol >= c.MinSize.H*25.4
}

// Turn returns the sheet as the law wants it posted.
func (c Compliance) Turn(p layouts.Paper) layouts.Paper {
	if c.Orientation != "landscape" {
		return p
	}
	return layouts.Paper{Name: p.Name + "-landscape", W: p.H, H: p.W}
}
