package preset

import (
	"cmp"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
)

// The provenance schema, shared by every data file:
//
//	sources:                 # the pages read: id, url, title, publisher,
//	  - {id: statute, url: …, title: …, publisher: …, published: 2023-07-01, seen: 2026-12-04}
//	confidence: statute      # the record's usual confidence (Confidences)
//	provenance:              # one entry per fact the file states
//	  who: {source: statute, at: "§ 52.6(a)"}
//	  min_type_pt: {source: statute, at: "§ 52.6(b)", confidence: secondary}
//	  note: "free text: where sources disagree, and which value is used"
//
// Provenance keys are the YAML field names of the facts (Compliance.Facts,
// Hotline.facts, Pack.facts): for a posting law who, placement, min_size,
// min_type_pt, languages, local_language, hotline, also_hotlines,
// text_line, wording, penalty, material (and optionally orientation, bold,
// bold_number, shares, separate, required, victim); for a hotline each
// number's kind, hours, languages, chat, url, operator, qr, trust; for a
// pack each sign (section.sign for staff) and respond. checked is derived:
// the newest seen.

// Confidence words, from the most to the least sure. A fact's confidence
// says what someone on the project read to learn it.
const (
	ConfStatute    = "statute"    // the law's own text (statute or rule) was read
	ConfAgency     = "agency"     // a government agency's own page (or the hotline's own page)
	ConfSecondary  = "secondary"  // a law firm, association, news or NGO summary
	ConfUnverified = "unverified" // no source could be read
)

// Confidences lists the confidence vocabulary, most sure first.
var Confidences = []string{ConfStatute, ConfAgency, ConfSecondary, ConfUnverified}

// Source is one page someone on the project read for a record.
type Source struct {
	ID        string `yaml:"id"`
	URL       string `yaml:"url"`
	Title     string `yaml:"title"`
	Publisher string `yaml:"publisher"`
	Published string `yaml:"published"` // when the source states it: YYYY, YYYY-MM or YYYY-MM-DD
	Seen      string `yaml:"seen"`      // the date it was read, YYYY-MM-DD
}

// Fact says where one fact of a record comes from: which source, and the
// place in it (section, subsection or heading) a reviewer can find in a
// minute. Confidence, when given, lowers the record's for this fact.
type Fact struct {
	Source     string `yaml:"source"`
	At         string `yaml:"at"`
	Confidence string `yaml:"confidence"`
}

// Provenance maps each fact a record states to its source. Note is free
// text, such as where two sources disagree and which value is used.
type Provenance struct {
	Facts map[string]Fact
	Note  string
}

// UnmarshalYAML reads a provenance mapping: note is a string, every other
// key a fact with source, at and confidence only.
func (p *Provenance) UnmarshalYAML(unmarshal func(any) error) error {
	var raw map[string]any
	if err := unmarshal(&raw); err != nil {
		return err
	}
	p.Facts = map[string]Fact{}
	for k, v := range raw {
		if k == "note" {
			s, ok := v.(string)
			if !ok {
				return fmt.Errorf("provenance note must be text")
			}
			p.Note = s
			continue
		}
		m, ok := v.(map[string]any)
		if !ok {
			return fmt.Errorf("provenance %s must be a mapping {source: …, at: …}", k)
		}
		var f Fact
		for fk, fv := range m {
			s, ok := fv.(string)
			if !ok {
				return fmt.Errorf("provenance %s.%s must be text", k, fk)
			}
			switch fk {
			case "source":
				f.Source = s
			case "at":
				f.At = s
			case "confidence":
				f.Confidence = s
			default:
				return fmt.Errorf("provenance %s: unknown key %q (want source, at, confidence)", k, fk)
			}
		}
		p.Facts[k] = f
	}
	return nil
}

// Record is what every preset, hotline and pack carries about where its
// facts come from. Checked is derived when the record is loaded: the
// newest date a source was seen.
type Record struct {
	Sources    []Source   `yaml:"sources"`
	Confidence string     `yaml:"confidence"`
	Provenance Provenance `yaml:"provenance"`
	Checked    string     `yaml:"-"`
}

// SourceByID returns the record's source with the given id.
func (r Record) SourceByID(id string) (Source, bool) {
	for _, s := range r.Sources {
		if s.ID == id {
			return s, true
		}
	}
	return Source{}, false
}

// FactSource returns where a fact comes from, the source it names and the
// fact's confidence (its own, or the record's); ok is false when the
// record gives the fact no provenance.
func (r Record) FactSource(fact string) (f Fact, s Source, conf string, ok bool) {
	f, ok = r.Provenance.Facts[fact]
	if !ok {
		return f, s, r.Confidence, false
	}
	s, _ = r.SourceByID(f.Source)
	return f, s, cmp.Or(f.Confidence, r.Confidence), true
}

// Lowest returns the least sure confidence of any fact of the record.
func (r Record) Lowest() string {
	low := slices.Index(Confidences, r.Confidence)
	for _, f := range r.Provenance.Facts {
		if i := slices.Index(Confidences, f.Confidence); i > low {
			low = i
		}
	}
	if low < 0 {
		return r.Confidence
	}
	return Confidences[low]
}

// ConfidenceSummary is the record's confidence, and the least sure of its
// facts where that is lower: "statute (some facts unverified)".
func (r Record) ConfidenceSummary() string {
	if low := r.Lowest(); low != r.Confidence {
		return r.Confidence + " (some facts " + low + ")"
	}
	return r.Confidence
}

// Oldest returns the oldest date a source of the record was seen.
func (r Record) Oldest() string {
	out := ""
	for _, s := range r.Sources {
		if out == "" || s.Seen < out {
			out = s.Seen
		}
	}
	return out
}

// Stale reports whether the record's oldest source was read more than a
// year before now.
func (r Record) Stale(now time.Time) bool {
	t, err := time.Parse("2006-01-02", r.Oldest())
	return err != nil || t.AddDate(1, 0, 0).Before(now)
}

var publishedRE = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// check validates the record: every source complete and unique, the
// confidence words from the vocabulary, every provenance entry naming a
// source of the record, every fact in need (the facts the file states)
// with an entry, and no entry for a fact the record does not know
// (known). It sets Checked.
func (r *Record) check(need, known []string) error {
	if len(r.Sources) == 0 {
		return fmt.Errorf("no sources: every record lists the pages its facts come from")
	}
	ids := map[string]bool{}
	for i, s := range r.Sources {
		switch {
		case s.ID == "":
			return fmt.Errorf("source %d has no id", i+1)
		case ids[s.ID]:
			return fmt.Errorf("source id %q is used twice", s.ID)
		case s.URL == "" || s.Title == "" || s.Publisher == "" || s.Seen == "":
			return fmt.Errorf("source %s needs url, title, publisher and seen", s.ID)
		case !sourceURL(s.URL):
			return fmt.Errorf("source %s: url %q is not a web address (http or https)", s.ID, s.URL)
		case !isDate(s.Seen):
			return fmt.Errorf("source %s: seen %q is not a date (YYYY-MM-DD)", s.ID, s.Seen)
		case s.Published != "" && !publishedRE.MatchString(s.Published):
			return fmt.Errorf("source %s: published %q is not YYYY, YYYY-MM or YYYY-MM-DD", s.ID, s.Published)
		}
		ids[s.ID] = true
		if s.Seen > r.Checked {
			r.Checked = s.Seen
		}
	}
	if err := checkConfidence("confidence", r.Confidence); err != nil {
		return err
	}
	for _, k := range sortedIDs(r.Provenance.Facts) {
		f := r.Provenance.Facts[k]
		switch {
		case !slices.Contains(known, k):
			return fmt.Errorf("provenance %s: not a fact this record states (facts: %s)", k, strings.Join(known, ", "))
		case !ids[f.Source]:
			return fmt.Errorf("provenance %s names source %q, which the record does not list", k, f.Source)
		case f.At == "":
			return fmt.Errorf("provenance %s: say where in %s the fact is (at: section or heading)", k, f.Source)
		}
		if f.Confidence != "" {
			if err := checkConfidence("provenance "+k+" confidence", f.Confidence); err != nil {
				return err
			}
		}
	}
	var missing []string
	for _, k := range need {
		if _, ok := r.Provenance.Facts[k]; !ok {
			missing = append(missing, k)
		}
	}
	if len(missing) > 0 {
		sort.Strings(missing)
		return fmt.Errorf("no provenance for %s: every fact names its source", strings.Join(missing, ", "))
	}
	return nil
}

// sourceURL reports whether u is a web address a reviewer can open. It
// may be longer than a printed one (CheckURL): nothing prints it in a QR code.
func sourceURL(u string) bool {
	p, err := url.Parse(u)
	return err == nil && (p.Scheme == "http" || p.Scheme == "https") && p.Host != "" && !strings.ContainsAny(u, " \t\n")
}

func checkConfidence(what, c string) error {
	if !slices.Contains(Confidences, c) {
		return fmt.Errorf("%s %q is not one of %s", what, c, strings.Join(Confidences, ", "))
	}
	return nil
}

// Facts returns the facts a posting-law preset states (each needs a
// provenance entry) and every fact it may give one for.
func (c Compliance) Facts() (need, known []string) {
	for _, f := range []struct {
		key string
		on  bool
	}{
		{"who", c.Who != ""}, {"placement", c.Placement != ""}, {"min_size", c.MinSize != nil},
		{"min_type_pt", c.MinType > 0 || c.Bold || c.BoldNumber}, {"languages", len(c.Languages) > 0},
		{"local_language", c.Local != ""}, {"hotline", c.Hotline != ""}, {"also_hotlines", len(c.AlsoHotlines) > 0}, {"text_line", c.TextLine},
		{"wording", c.Wording != "" || len(c.WordingLangs) > 0}, {"penalty", c.Penalty != ""}, {"material", c.Material != ""},
	} {
		if f.on {
			need = append(need, f.key)
		}
		known = append(known, f.key)
	}
	return need, append(known, "orientation", "bold", "bold_number", "shares", "separate", "required", "victim")
}

// Sourced returns the facts the preset gives a source for, in the order
// of its fields.
func (c Compliance) Sourced() []string {
	_, known := c.Facts()
	var out []string
	for _, k := range known {
		if _, ok := c.Provenance.Facts[k]; ok {
			out = append(out, k)
		}
	}
	return out
}

// facts returns the facts a hotline preset states: each number by its
// kind, and its hours, languages, chat, page, operator and QR page.
func (h Hotline) facts() (need, known []string) {
	for _, n := range h.Numbers {
		if !slices.Contains(need, n.Kind) {
			need = append(need, n.Kind)
		}
	}
	for _, f := range []struct {
		key string
		on  bool
	}{{"hours", h.Hours != ""}, {"languages", h.Languages != ""}, {"chat", h.Chat != ""}, {"url", h.URL != ""},
		{"operator", h.Operator != ""}, {"qr", h.QR != ""}, {"trust", len(h.Trust) > 0}} {
		if f.on {
			need = append(need, f.key)
		}
		known = append(known, f.key)
	}
	return need, append(known, numberKinds...)
}

// facts returns the facts a pack states: each sign by its id (a staff
// section's as section.sign), and the steps to take.
func (p Pack) facts() (need, known []string) {
	need = append(need, p.Signs...)
	for _, sec := range p.Sections {
		for _, s := range sec.Signs {
			need = append(need, sec.ID+"."+s)
		}
	}
	if len(p.Respond) > 0 {
		need = append(need, "respond")
	}
	return need, need
}
