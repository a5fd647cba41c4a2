// Package translations holds lookout's message catalogs, one gettext PO file
// per language tag (en.po, es.po, zh-Hans.po …), embedded in the binary.
//
// Each message's msgctxt is its key, msgid the English source and msgstr
// the translation. The header names the language in English and in itself,
// its script and direction, who produced the catalog, whether a native
// speaker has reviewed it, and (X-Lookout-Status: draft: …) whether it is a
// draft that needs a native review before printing. en.po is the source:
// every other catalog is measured against its keys.
//
// Each catalog has a glossary, glossary/TAG.yaml: the language's
// established terms, each with where a government, the UN or a hotline uses
// it, and the words to avoid; CheckTerms holds the catalog to it, and
// ReviewSheet lays both out for a native speaker to review on paper.
package translations

import (
	"embed"
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strings"
	"sync"
)

//go:embed *.po
var files embed.FS

// Catalog is one language's messages and what is known about them.
type Catalog struct {
	Tag         string // BCP 47, e.g. zh-Hans
	EnglishName string
	NativeName  string
	Script      string // ISO 15924, e.g. Latn, Arab, Hans
	RTL         bool
	ProducedBy  string // who or what wrote it
	Review      string // "none", or who reviewed it and when
	Paper       string // the usual paper where it is read: letter or a4
	Status      string // "draft: …" when only a native speaker can confirm its key terms
	msgs        map[string]string
	notes       map[string]string // the translator's notes (#. comments), by key
	order       []string
}

// shelf is the embedded catalogs, each parsed on first use: a run that
// prints two languages reads two catalogs, not all of them.
var shelf = sync.OnceValues(func() (*catalogs, error) { return openCatalogs(files) })

// All returns every catalog, English first, then by tag.
func All() ([]*Catalog, error) {
	s, err := shelf()
	if err != nil {
		return nil, err
	}
	return s.all()
}

// catalogs reads the catalogs of a file system, each once, when asked.
type catalogs struct {
	fsys fs.FS
	tags []string // English first, then by tag
	mu   sync.Mutex
	done map[string]*Catalog
}

func openCatalogs(fsys fs.FS) (*catalogs, error) {
	names, err := fs.Glob(fsys, "*.po")
	if err != nil {
		return nil, err
	}
	s := &catalogs{fsys: fsys, done: map[string]*Catalog{}}
	for _, n := range names {
		s.tags = append(s.tags, strings.TrimSuffix(n, ".po"))
	}
	sort.Slice(s.tags, func(i, j int) bool {
		if (s.tags[i] == "en") != (s.tags[j] == "en") {
			return s.tags[i] == "en"
		}
		return s.tags[i] < s.tags[j]
	})
	if len(s.tags) == 0 || s.tags[0] != "en" {
		return nil, fmt.Errorf("translations: en.po, the source catalog, is missing")
	}
	return s, nil
}

// get returns the catalog of one tag, parsing it on first use.
func (s *catalogs) get(tag string) (*Catalog, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if c, ok := s.done[tag]; ok {
		return c, nil
	}
	src, err := fs.ReadFile(s.fsys, tag+".po")
	if err != nil {
		return nil, err
	}
	c, err := parseCatalog(tag+".po", string(src))
	if err != nil {
		return nil, err
	}
	s.done[tag] = c
	return c, nil
}

func (s *catalogs) all() ([]*Catalog, error) {
	out := make([]*Catalog, 0, len(s.tags))
	for _, tag := range s.tags {
		c, err := s.get(tag)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}

func loadAll(fsys fs.FS) ([]*Catalog, error) {
	s, err := openCatalogs(fsys)
	if err != nil {
		return nil, err
	}
	return s.all()
}

func parseCatalog(name, src string) (*Catalog, error) {
	h, entries, err := parsePO(name, src)
	if err != nil {
		return nil, err
	}
	c := &Catalog{Tag: h["Language"], EnglishName: h["X-Lookout-English-Name"], NativeName: h["X-Lookout-Native-Name"],
		Script: h["X-Lookout-Script"], RTL: h["X-Lookout-Direction"] == "rtl", ProducedBy: h["X-Lookout-Produced-By"],
		Review: h["X-Lookout-Native-Review"], Paper: h["X-Lookout-Paper"], Status: h["X-Lookout-Status"],
		msgs: map[string]string{}, notes: map[string]string{}}
	if want := strings.TrimSuffix(name, ".po"); c.Tag != want {
		return nil, fmt.Errorf("%s: header says Language: %q; the file name says %q", name, c.Tag, want)
	}
	for field, v := range map[string]string{"X-Lookout-English-Name": c.EnglishName, "X-Lookout-Native-Name": c.NativeName,
		"X-Lookout-Script": c.Script, "X-Lookout-Produced-By": c.ProducedBy, "X-Lookout-Native-Review": c.Review} {
		if v == "" {
			return nil, fmt.Errorf("%s: the header lacks %s", name, field)
		}
	}
	for _, e := range entries {
		if _, dup := c.msgs[e.key]; dup {
			return nil, fmt.Errorf("%s:%d: key %q appears twice", name, e.line, e.key)
		}
		if e.note != "" {
			c.notes[e.key] = e.note
		}
		if e.fuzzy || e.text == "" {
			continue // not translated yet
		}
		c.msgs[e.key] = e.text
		c.order = append(c.order, e.key)
	}
	return c, nil
}

// Reviewed reports whether a native speaker has reviewed the catalog.
func (c *Catalog) Reviewed() bool { return c.Review != "" && !strings.HasPrefix(c.Review, "none") }

// Draft reports whether the catalog is marked a draft: its key terms
// could not be confirmed from an official source, so it needs a native
// speaker's review before printing.
func (c *Catalog) Draft() bool { return strings.HasPrefix(c.Status, "draft") }

// Note returns the translator's note for key (the #. comment above it).
func (c *Catalog) Note(key string) string { return c.notes[key] }

// Has reports whether the catalog translates key.
func (c *Catalog) Has(key string) bool { _, ok := c.msgs[key]; return ok }

// Keys returns the catalog's translated keys in file order.
func (c *Catalog) Keys() []string { return append([]string(nil), c.order...) }

// Lookup returns the message for key with each {name} placeholder replaced;
// args are name, value pairs. ok is false when the catalog lacks the key.
func (c *Catalog) Lookup(key string, args ...string) (string, bool) {
	s, ok := c.msgs[key]
	if !ok {
		return "", false
	}
	for i := 0; i+1 < len(args); i += 2 {
		s = strings.ReplaceAll(s, "{"+args[i]+"}", args[i+1])
	}
	return s, true
}

var placeholder = regexp.MustCompile(`\{[a-z_]+\}`)

// Placeholders returns the {name} placeholders of a message, sorted.
func Placeholders(s string) []string {
	p := placeholder.FindAllString(s, -1)
	sort.Strings(p)
	return p
}

// Completeness counts how many of the source catalog's keys c translates.
func Completeness(c, source *Catalog) (have, total int) {
	for _, k := range source.order {
		if c.Has(k) {
			have++
		}
	}
	return have, len(source.order)
}
