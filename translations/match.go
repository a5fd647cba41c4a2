package translations

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"
)

// Match returns the catalog for a BCP 47 tag: an exact catalog, or the one
// the tag falls back to (es-MX → es, zh-TW → zh-Hant, zh → zh-Hans). A tag
// no catalog serves is an error that lists the catalogs there are.
func Match(tag string) (*Catalog, error) {
	s, err := shelf()
	if err != nil {
		return nil, err
	}
	want, err := language.Parse(strings.TrimSpace(tag))
	if err != nil {
		return nil, fmt.Errorf("%q is not a language tag (try one of: %s)", tag, strings.Join(s.tags, ", "))
	}
	for _, t := range s.tags {
		if strings.EqualFold(t, want.String()) {
			return s.get(t)
		}
	}
	have := make([]language.Tag, len(s.tags))
	for i, t := range s.tags {
		have[i] = language.MustParse(t)
	}
	_, i, conf := language.NewMatcher(have).Match(want)
	if conf < language.High || !sameLanguage(want, have[i]) {
		return nil, fmt.Errorf("no catalog for language %q (have: %s)", tag, strings.Join(s.tags, ", "))
	}
	return s.get(s.tags[i])
}

// sameLanguage guards against the matcher's guesses across languages (it
// offers English for Scots, for instance): a catalog serves only its own.
func sameLanguage(a, b language.Tag) bool {
	ba, _ := a.Base()
	bb, _ := b.Base()
	return ba == bb
}

// Tags returns the tags of the catalogs given.
func Tags(cs []*Catalog) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Tag
	}
	return out
}

// Region returns the region subtag of a tag as asked for, if it names one
// (es-MX gives MX; es gives nothing).
func Region(tag string) (string, bool) {
	t, err := language.Parse(strings.TrimSpace(tag))
	if err != nil {
		return "", false
	}
	r, conf := t.Region()
	if conf != language.Exact {
		return "", false
	}
	return r.String(), true
}
