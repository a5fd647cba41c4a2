package translations

import (
	"bytes"
	"html"
	"strings"
	"testing"
)

// TestReviewSheet makes the sheet for every language: every English
// message with its translation beside it, the glossary with its sources,
// the draft mark where there is one, and the same bytes each time.
func TestReviewSheet(t *testing.T) {
	all, err := All()
	if err != nil {
		t.Fatal(err)
	}
	en := all[0]
	for _, c := range all {
		b, err := ReviewSheet(c)
		if err != nil {
			t.Fatalf("%s: %v", c.Tag, err)
		}
		again, _ := ReviewSheet(c)
		if !bytes.Equal(b, again) {
			t.Errorf("%s: two sheets differ", c.Tag)
		}
		text := html.UnescapeString(string(b))
		g, _ := LookupGlossary(c.Tag)
		for _, k := range en.Keys() {
			src, _ := en.Lookup(k)
			tr, _ := c.Lookup(k)
			if !strings.Contains(text, "<td class=\"t\">"+src+"</td>") || !strings.Contains(text, ">"+tr+"</td>") {
				t.Errorf("%s: the sheet lacks %s: %q beside %q", c.Tag, k, src, tr)
			}
		}
		for _, concept := range Concepts {
			term := g.Terms[concept]
			if !strings.Contains(text, term.Term) || term.Source != nil && !strings.Contains(text, term.Source.URL) {
				t.Errorf("%s: the sheet lacks the glossary's %s, %q, or its source", c.Tag, concept, term.Term)
			}
		}
		if want := `dir="rtl"`; c.RTL != strings.Contains(text, want) {
			t.Errorf("%s: RTL %v, but the sheet has %s: %v", c.Tag, c.RTL, want, !c.RTL)
		}
		if c.Draft() != strings.Contains(text, "<b>Draft:</b>") {
			t.Errorf("%s: draft %v, but the sheet says otherwise", c.Tag, c.Draft())
		}
	}
}
