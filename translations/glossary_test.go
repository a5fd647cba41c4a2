package translations

import (
	"strings"
	"testing"
)

// TestGlossary holds every catalog to its glossary: the established term
// in each key message, no avoided word, and the draft mark where no
// source confirms the word for trafficking.
func TestGlossary(t *testing.T) {
	all, err := All()
	if err != nil {
		t.Fatal(err)
	}
	gs, err := glossaries()
	if err != nil {
		t.Fatal(err)
	}
	if len(gs) != len(all) {
		t.Errorf("%d glossaries for %d catalogs", len(gs), len(all))
	}
	for _, c := range all {
		for _, p := range CheckTerms(c) {
			t.Error(p)
		}
	}
}

// TestDraftsAreTheUnconfirmed pins the languages whose word for
// trafficking no official source confirms: they warn when printed.
func TestDraftsAreTheUnconfirmed(t *testing.T) {
	all, _ := All()
	var drafts []string
	for _, c := range all {
		if c.Draft() {
			drafts = append(drafts, c.Tag)
		}
	}
	if got, want := strings.Join(drafts, " "), "am ht so ur"; got != want {
		t.Errorf("draft catalogs = %s; want %s", got, want)
	}
}

func TestCheckTermsFindsTheHarm(t *testing.T) {
	g := &Glossary{Lang: "xx", Terms: map[string]*Term{}, Avoid: []Avoid{{Term: "smuggling", Reason: "not trafficking"}}}
	for _, c := range Concepts {
		g.Terms[c] = &Term{Term: "zzz"}
	}
	g.Terms["human-trafficking"] = &Term{Term: "trafficking"}
	c := &Catalog{Tag: "xx", msgs: map[string]string{"staff.headline": "Human smuggling can happen", "poster.headline": "zzz"},
		order: []string{"staff.headline", "poster.headline"}}
	var got []string
	for _, p := range checkTerms(c, g) {
		got = append(got, p.Key+": "+p.What)
	}
	want := []string{`staff.headline: lacks the glossary term for human-trafficking, "trafficking"`,
		`staff.headline: uses "smuggling", which the glossary avoids: not trafficking`}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("checkTerms =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestParseGlossaryErrors(t *testing.T) {
	full := "lang: xx\ndraft: \"\"\nterms:\n"
	for _, c := range Concepts {
		full += "  " + c + ":\n    term: a\n    source: {url: \"https://x\", by: someone, seen: 2026-12-04}\n"
	}
	if _, err := parseGlossary("glossary/xx.yaml", []byte(full)); err != nil {
		t.Fatalf("a complete glossary: %v", err)
	}
	for name, tc := range map[string]struct{ file, src, want string }{
		"wrong name":    {"glossary/yy.yaml", full, `the file name says "yy"`},
		"no source":     {"glossary/xx.yaml", strings.Replace(full, "source: {url: \"https://x\", by: someone, seen: 2026-12-04}", "note: x", 1), "give a source"},
		"bad date":      {"glossary/xx.yaml", strings.Replace(full, "2026-12-04", "last week", 1), "seen: YYYY-MM-DD"},
		"unknown field": {"glossary/xx.yaml", full + "colour: blue\n", "colour"},
		"not a draft": {"glossary/xx.yaml", strings.Replace(full, "source: {url: \"https://x\", by: someone, seen: 2026-12-04}", "unsourced: none found", 1),
			"so the catalog is a draft"},
	} {
		if _, err := parseGlossary(tc.file, []byte(tc.src)); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v; want it to contain %q", name, err, tc.want)
		}
	}
}
