package translations

import (
	"embed"
	"fmt"
	"io/fs"
	"regexp"
	"strings"
	"sync"

	"github.com/goccy/go-yaml"
)

//go:embed glossary/*.yaml
var glossaryFiles embed.FS

// Concepts are the terms every glossary settles, in the order a reviewer
// reads them: the crime, its name on the poster, the harm, the kind of
// line to call, the warning signs that are objects (the short sign keeps
// each one's qualifier: prepaid cards, hotel keys, several phones), and the
// names of the organisations behind the numbers.
var Concepts = []string{"human-trafficking", "child-sex-trafficking", "sexual-exploitation", "hotline",
	"prepaid-card", "hotel-key", "several-phones", "org.us-nhth", "org.us-ncmec"}

// plainWords are concepts that are everyday words, not a term of art:
// the glossary names them so the short sign keeps its plural (one phone
// is no warning sign), but no government's usage settles them, so they
// need no source. Every other concept is an established term and wants
// one.
var plainWords = map[string]bool{"several-phones": true}

// Unconfirmed returns the established terms no source confirms yet, in
// the order of Concepts: what a contributor with sources should settle
// first.
func (g *Glossary) Unconfirmed() []string {
	var out []string
	for _, concept := range Concepts {
		if t := g.Terms[concept]; !plainWords[concept] && (t == nil || t.Source == nil) {
			out = append(out, concept)
		}
	}
	return out
}

// defaultKeys are the messages whose text must carry a concept's term,
// unless a glossary names others (or none) for its language.
var defaultKeys = map[string][]string{
	"human-trafficking":     {"staff.headline"},
	"child-sex-trafficking": {"poster.headline"},
	"hotline":               {"staff.respond.report"},
	"prepaid-card":          {"sign.ncmec-2020.cash", "sign.ncmec-2020.cash.short", "sign.hotel-staff.frontdesk.cash"},
	"hotel-key":             {"sign.ncmec-2020.cash", "sign.ncmec-2020.cash.short"},
	"several-phones":        {"sign.ncmec-2020.cash.short"},
	"org.us-nhth":           {"hotline.us-nhth.name"},
	"org.us-ncmec":          {"hotline.us-ncmec.name"},
}

// Glossary is one language's established terms, where each is used by a
// government, the UN or a hotline, the words to avoid and why, and the
// choices only a native speaker can settle.
type Glossary struct {
	Lang  string           `yaml:"lang"`
	Draft string           `yaml:"draft"` // why the catalog may not be printed unread; empty when its key terms are confirmed
	Terms map[string]*Term `yaml:"terms"`
	Avoid []Avoid          `yaml:"avoid"`
	Gaps  []Gap            `yaml:"gaps"` // dialects and scripts readers need that the catalog does not serve
	Notes string           `yaml:"notes"`
}

// Term is the word a catalog uses for one concept.
type Term struct {
	Term      string    `yaml:"term"`
	Forms     []string  `yaml:"forms"` // other spellings or inflections that count as the term
	Keys      *[]string `yaml:"keys"`  // messages that must carry it; nil: the concept's default
	Source    *Source   `yaml:"source"`
	Unsourced string    `yaml:"unsourced"` // why no source is given
	Note      string    `yaml:"note"`
}

// Source is where a term is used, and when lookout's authors read it.
type Source struct {
	URL  string `yaml:"url"`
	By   string `yaml:"by"`   // who publishes it: a government, the UN, a hotline
	Seen string `yaml:"seen"` // YYYY-MM-DD
}

// Avoid is a word a catalog must not use, in the keys given (all when
// none). A key may end in * to cover every key it begins, so that
// "victim.*" also holds the victim messages added later.
type Avoid struct {
	Term   string   `yaml:"term"`
	Reason string   `yaml:"reason"`
	Keys   []string `yaml:"keys"`
}

// Covers reports whether the avoided word applies to key.
func (a Avoid) Covers(key string) bool {
	if len(a.Keys) == 0 {
		return true
	}
	for _, k := range a.Keys {
		if k == key || strings.HasSuffix(k, "*") && strings.HasPrefix(key, strings.TrimSuffix(k, "*")) {
			return true
		}
	}
	return false
}

// Gap is a dialect or script some readers need and the catalog lacks.
type Gap struct {
	What  string `yaml:"what"`
	Needs string `yaml:"needs"` // what a contributor would add
}

// TermKeys returns the messages whose text must carry the concept's term.
func (g *Glossary) TermKeys(concept string) []string {
	if t := g.Terms[concept]; t != nil && t.Keys != nil {
		return *t.Keys
	}
	return defaultKeys[concept]
}

var glossaries = sync.OnceValues(func() (map[string]*Glossary, error) { return loadGlossaries(glossaryFiles) })

// LookupGlossary returns the glossary of a catalog's tag.
func LookupGlossary(tag string) (*Glossary, error) {
	all, err := glossaries()
	if err != nil {
		return nil, err
	}
	g, ok := all[tag]
	if !ok {
		return nil, fmt.Errorf("no glossary for %s: add translations/glossary/%s.yaml", tag, tag)
	}
	return g, nil
}

func loadGlossaries(fsys fs.FS) (map[string]*Glossary, error) {
	names, err := fs.Glob(fsys, "glossary/*.yaml")
	if err != nil {
		return nil, err
	}
	out := map[string]*Glossary{}
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		g, err := parseGlossary(n, b)
		if err != nil {
			return nil, err
		}
		out[g.Lang] = g
	}
	return out, nil
}

var dateRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// parseGlossary reads one glossary and checks that it settles every
// concept, each with a source or the reason there is none, and that a
// language whose name for the crime no source confirms is a draft.
func parseGlossary(name string, b []byte) (*Glossary, error) {
	var g Glossary
	if err := yaml.UnmarshalWithOptions(b, &g, yaml.Strict(), yaml.DisallowUnknownField()); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if want := strings.TrimSuffix(strings.TrimPrefix(name, "glossary/"), ".yaml"); g.Lang != want {
		return nil, fmt.Errorf("%s: lang is %q; the file name says %q", name, g.Lang, want)
	}
	for concept := range g.Terms {
		if !contains(Concepts, concept) {
			return nil, fmt.Errorf("%s: unknown concept %q (have: %s)", name, concept, strings.Join(Concepts, ", "))
		}
	}
	for _, concept := range Concepts {
		t := g.Terms[concept]
		switch {
		case t == nil || t.Term == "":
			return nil, fmt.Errorf("%s: no term for %s", name, concept)
		case t.Source == nil && t.Unsourced == "" && !plainWords[concept]:
			return nil, fmt.Errorf("%s: %s: give a source, or say under unsourced why there is none", name, concept)
		case t.Source != nil && (!strings.HasPrefix(t.Source.URL, "http") || t.Source.By == "" || !dateRE.MatchString(t.Source.Seen)):
			return nil, fmt.Errorf("%s: %s: a source needs a url, who publishes it (by) and the date it was read (seen: YYYY-MM-DD)", name, concept)
		}
	}
	for _, concept := range []string{"human-trafficking", "child-sex-trafficking"} {
		if g.Terms[concept].Source == nil && g.Draft == "" {
			return nil, fmt.Errorf("%s: no source confirms the term for %s, so the catalog is a draft: say why under draft", name, concept)
		}
	}
	for _, a := range g.Avoid {
		if a.Term == "" || a.Reason == "" {
			return nil, fmt.Errorf("%s: every avoided term needs the term and the reason", name)
		}
	}
	return &g, nil
}

// CheckTerms compares a catalog with its glossary: each key message
// carries its concept's term, no message uses an avoided word, and the
// catalog is marked draft exactly when the glossary says it is one.
func CheckTerms(c *Catalog) []Problem {
	g, err := LookupGlossary(c.Tag)
	if err != nil {
		return []Problem{{c.Tag, "glossary", err.Error()}}
	}
	return checkTerms(c, g)
}

func checkTerms(c *Catalog, g *Glossary) []Problem {
	var out []Problem
	add := func(key, format string, args ...any) {
		out = append(out, Problem{c.Tag, key, fmt.Sprintf(format, args...)})
	}
	if (g.Draft != "") != c.Draft() {
		add("header", "the glossary says draft %q but the catalog's X-Lookout-Status is %q: make them agree", g.Draft, c.Status)
	}
	for _, concept := range Concepts {
		t := g.Terms[concept]
		for _, k := range g.TermKeys(concept) {
			if s, ok := c.Lookup(k); ok && !hasAny(s, append([]string{t.Term}, t.Forms...)) {
				add(k, "lacks the glossary term for %s, %q", concept, t.Term)
			}
		}
	}
	for _, a := range g.Avoid {
		for _, k := range c.Keys() {
			if s, _ := c.Lookup(k); a.Covers(k) && hasAny(s, []string{a.Term}) {
				add(k, "uses %q, which the glossary avoids: %s", a.Term, a.Reason)
			}
		}
	}
	return out
}

// hasAny reports whether text contains one of the terms, ignoring case
// and the zero-width spaces that mark Thai and Khmer word breaks.
func hasAny(text string, terms []string) bool {
	norm := func(s string) string { return strings.ToLower(strings.ReplaceAll(s, "\u200b", "")) }
	text = norm(text)
	for _, t := range terms {
		if t != "" && strings.Contains(text, norm(t)) {
			return true
		}
	}
	return false
}

// TermsIn returns the concepts whose term a message must carry.
func (g *Glossary) TermsIn(key string) []string {
	var out []string
	for _, concept := range Concepts {
		if contains(g.TermKeys(concept), key) {
			out = append(out, concept)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
