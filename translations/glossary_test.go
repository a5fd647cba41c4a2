package translations

import (
	"slices"
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
	// a key a glossary names must exist, or its check would pass unseen
	en := all[0]
	for tag, g := range gs {
		for _, concept := range Concepts {
			for _, k := range g.TermKeys(concept) {
				if !en.Has(k) {
					t.Errorf("%s glossary: %s names key %q, which en.po lacks", tag, concept, k)
				}
			}
		}
		for _, a := range g.Avoid {
			for _, k := range a.Keys {
				if !slices.ContainsFunc(en.Keys(), Avoid{Keys: []string{k}}.Covers) {
					t.Errorf("%s glossary: avoided %q names key %q, which covers no key of en.po", tag, a.Term, k)
				}
			}
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
	if got, want := strings.Join(drafts, " "), "so"; got != want {
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

func TestAvoidCovers(t *testing.T) {
	a := Avoid{Keys: []string{"victim.*", "hotline.call"}}
	for key, want := range map[string]bool{"victim.headline": true, "victim.trust.new": true, "hotline.call": true,
		"hotline.call.short": false, "sign.victim.id": false, "victimx": false} {
		if got := a.Covers(key); got != want {
			t.Errorf("Covers(%q) = %v; want %v", key, got, want)
		}
	}
	if !(Avoid{}).Covers("anything") {
		t.Error("an avoided word with no keys covers every key")
	}
}

// TestPlainWordsNeedNoSource: several phones is everyday words, so its
// entry parses with neither source nor reason and never counts as an
// unconfirmed term; an established term without a source does.
func TestPlainWordsNeedNoSource(t *testing.T) {
	src := "lang: xx\ndraft: \"\"\nterms:\n"
	for _, c := range Concepts {
		switch c {
		case "several-phones":
			src += "  " + c + ":\n    term: phones\n"
		case "hotel-key":
			src += "  " + c + ":\n    term: key\n    unsourced: searched, found none\n"
		default:
			src += "  " + c + ":\n    term: a\n    source: {url: \"https://x\", by: someone, seen: 2026-12-04}\n"
		}
	}
	g, err := parseGlossary("glossary/xx.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(g.Unconfirmed(), " "); got != "hotel-key" {
		t.Errorf("Unconfirmed() = %q; want hotel-key", got)
	}
}
