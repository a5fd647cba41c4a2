package translations

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"strings"
	"sync"
)

//go:embed review.html.tmpl
var reviewHTML string

// reviewTmpl is parsed when a review sheet is first made, not when
// lookout starts.
var reviewTmpl = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("review").Parse(reviewHTML))
})

// ReviewRow is one message on a review sheet.
type ReviewRow struct {
	N                  int
	Key, English, Text string
	Note               string   // the translator's note
	Terms              []string // the glossary terms the message must carry
	Avoid              []string // words the glossary avoids here
}

// ReviewTerm is one line of the sheet's glossary table.
type ReviewTerm struct {
	Concept, Term, Forms, Note string
	Source                     *Source
	Unsourced                  string
}

// ReviewSheet writes an HTML sheet for a native speaker to review a
// catalog on paper: every English message beside its translation, with
// the translator's note, the glossary terms it must carry and a blank
// column for corrections; then the glossary with its sources, the words
// to avoid and the known gaps. The same catalog gives the same bytes.
func ReviewSheet(c *Catalog) ([]byte, error) {
	all, err := All()
	if err != nil {
		return nil, err
	}
	en := all[0]
	g, err := LookupGlossary(c.Tag)
	if err != nil {
		return nil, err
	}
	var rows []ReviewRow
	for i, k := range en.order {
		text, _ := c.Lookup(k)
		r := ReviewRow{N: i + 1, Key: k, English: en.msgs[k], Text: text, Note: en.Note(k)}
		if n := c.Note(k); n != "" && n != r.Note {
			r.Note = strings.TrimSpace(r.Note + " " + n)
		}
		for _, concept := range g.TermsIn(k) {
			r.Terms = append(r.Terms, fmt.Sprintf("%s (%s)", g.Terms[concept].Term, concept))
		}
		for _, a := range g.Avoid {
			// a word avoided here in particular, or one the text uses
			if len(a.Keys) > 0 && a.Covers(k) || len(a.Keys) == 0 && hasAny(text, []string{a.Term}) {
				r.Avoid = append(r.Avoid, a.Term)
			}
		}
		rows = append(rows, r)
	}
	var terms []ReviewTerm
	for _, concept := range Concepts {
		t := g.Terms[concept]
		terms = append(terms, ReviewTerm{Concept: concept, Term: t.Term, Forms: strings.Join(t.Forms, ", "), Note: t.Note, Source: t.Source, Unsourced: t.Unsourced})
	}
	dir := "ltr"
	if c.RTL {
		dir = "rtl"
	}
	have, total := Completeness(c, en)
	var b bytes.Buffer
	err = reviewTmpl().Execute(&b, map[string]any{"C": c, "G": g, "Dir": dir, "Rows": rows, "Terms": terms,
		"Have": have, "Total": total})
	return b.Bytes(), err
}
