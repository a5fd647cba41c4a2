package preset

import (
	"strings"
	"testing"
	"time"
)

// TestEveryFactHasASource loads every data file (the loader refuses a
// record whose facts lack a source: TestRecordCheckRefuses) and checks
// that each record's checked date is derived from its sources.
func TestEveryFactHasASource(t *testing.T) {
	if err := load(); err != nil {
		t.Fatal(err)
	}
	check := func(file string, r Record) {
		if r.Checked == "" || r.Checked < r.Oldest() {
			t.Errorf("%s: checked %q, oldest source %q", file, r.Checked, r.Oldest())
		}
	}
	for id, h := range hotlines {
		check("hotlines/"+id+".yaml", h.Record)
	}
	for id, p := range packs {
		check("packs/"+id+".yaml", p.Record)
	}
	for id, c := range compliances {
		check("compliance/"+id+".yaml", c.Record)
	}
}

// TestRecordCheckRefuses feeds the loader's check records that break the
// schema: each is refused with a message naming the problem.
func TestRecordCheckRefuses(t *testing.T) {
	good := func() Record {
		return Record{
			Sources: []Source{{ID: "law", URL: "https://example.org/law", Title: "A law", Publisher: "A state", Seen: "2026-12-04"},
				{ID: "faq", URL: "https://example.org/faq", Title: "FAQ", Publisher: "An agency", Published: "2025-09", Seen: "2026-12-01"}},
			Confidence: "statute",
			Provenance: Provenance{Facts: map[string]Fact{"who": {Source: "law", At: "§ 1(a)"}, "penalty": {Source: "faq", At: "Fines", Confidence: "agency"}}},
		}
	}
	need, known := []string{"who", "penalty"}, []string{"who", "penalty", "hotline"}
	r := good()
	if err := r.check(need, known); err != nil {
		t.Fatalf("a good record was refused: %v", err)
	}
	if r.Checked != "2026-12-04" || r.Oldest() != "2026-12-01" {
		t.Errorf("checked %s, oldest %s; want 2026-12-04, 2026-12-01", r.Checked, r.Oldest())
	}
	if _, _, conf, _ := r.FactSource("penalty"); conf != "agency" {
		t.Errorf("penalty's confidence = %q; want agency, lowered by its entry", conf)
	}
	if got := r.ConfidenceSummary(); got != "statute (some facts agency)" {
		t.Errorf("ConfidenceSummary = %q; want statute (some facts agency)", got)
	}
	if _, _, conf, _ := r.FactSource("who"); conf != "statute" {
		t.Errorf("who's confidence = %q; want the record's, statute", conf)
	}
	for _, tc := range []struct {
		name   string
		change func(*Record)
		need   []string
		want   string
	}{
		{"a fact without provenance", func(r *Record) {}, []string{"who", "penalty", "hotline"}, "no provenance for hotline"},
		{"an entry naming a missing source", func(r *Record) { r.Provenance.Facts["who"] = Fact{Source: "blog", At: "x"} }, need, `names source "blog"`},
		{"an entry without a place", func(r *Record) { r.Provenance.Facts["who"] = Fact{Source: "law"} }, need, "say where in law"},
		{"an entry for a fact the record lacks", func(r *Record) { r.Provenance.Facts["colour"] = Fact{Source: "law", At: "x"} }, need, "provenance colour: not a fact"},
		{"no sources", func(r *Record) { r.Sources = nil }, need, "no sources"},
		{"a source without a url", func(r *Record) { r.Sources[0].URL = "" }, need, "source law needs url, title, publisher and seen"},
		{"a source without a title", func(r *Record) { r.Sources[0].Title = "" }, need, "needs url, title"},
		{"a source without a publisher", func(r *Record) { r.Sources[1].Publisher = "" }, need, "source faq needs"},
		{"a source never seen", func(r *Record) { r.Sources[1].Seen = "" }, need, "source faq needs"},
		{"a seen that is no date", func(r *Record) { r.Sources[1].Seen = "last week" }, need, `seen "last week" is not a date`},
		{"a url that is no url", func(r *Record) { r.Sources[1].URL = "example.org" }, need, `source faq: url "example.org" is not a web address`},
		{"two sources with one id", func(r *Record) { r.Sources[1].ID = "law" }, need, `"law" is used twice`},
		{"a record confidence outside the vocabulary", func(r *Record) { r.Confidence = "statute (unofficial copy)" }, need, "is not one of statute, agency, secondary, unverified"},
		{"a fact confidence outside the vocabulary", func(r *Record) { r.Provenance.Facts["who"] = Fact{Source: "law", At: "x", Confidence: "sure"} }, need, `provenance who confidence "sure"`},
	} {
		r := good()
		tc.change(&r)
		err := r.check(tc.need, known)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: check = %v; want %q", tc.name, err, tc.want)
		}
	}
}

// TestProvenanceYAML reads provenance as the data files write it, and
// refuses an entry with an unknown key.
func TestProvenanceYAML(t *testing.T) {
	var c Compliance
	src := "id: x\nsources:\n  - {id: law, url: https://example.org, title: T, publisher: P, seen: 2026-12-04}\nconfidence: statute\n" +
		"provenance:\n  who: {source: law, at: \"§ 1\"}\n  min_type_pt: {source: law, at: \"§ 2\", confidence: secondary}\n  note: sources disagree\n"
	if err := strictYAML([]byte(src), &c); err != nil {
		t.Fatal(err)
	}
	if f := c.Provenance.Facts["min_type_pt"]; f.Source != "law" || f.At != "§ 2" || f.Confidence != "secondary" || c.Provenance.Note != "sources disagree" {
		t.Errorf("provenance = %+v", c.Provenance)
	}
	for _, bad := range []string{"provenance:\n  who: {source: law, page: 3}\n", "provenance:\n  who: law\n", "checked: 2026-11-30\n", "provenance:\n  note: [a]\n"} {
		if err := strictYAML([]byte("id: x\n"+bad), &c); err == nil {
			t.Errorf("strictYAML accepted %q", bad)
		}
	}
}

func TestStale(t *testing.T) {
	r := Record{Sources: []Source{{Seen: "2025-12-01"}, {Seen: "2026-12-04"}}}
	now := time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)
	if !r.Stale(now) || r.Oldest() != "2025-12-01" {
		t.Errorf("a source read on 2025-12-01 is not stale on 2026-12-04")
	}
	r.Sources[0].Seen = "2026-01-01"
	if r.Stale(now) {
		t.Errorf("a source read on 2026-01-01 is stale on 2026-12-04")
	}
}

// TestRealFileWithoutASourceIsRefused takes a real preset, drops one
// provenance entry or one source, and runs the loader's check: the file
// is refused, naming what is missing.
func TestRealFileWithoutASourceIsRefused(t *testing.T) {
	b, err := data.ReadFile("compliance/us-ca.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ drop, want string }{
		{"  penalty:        {source: ab1661", "no provenance for penalty"},
		{"  - id: cdph\n", `names source "cdph", which the record does not list`},
	} {
		src := string(b)
		i := strings.Index(src, tc.drop)
		if i < 0 {
			t.Fatalf("us-ca.yaml has no %q", tc.drop)
		}
		end := i + strings.Index(src[i:], "\n") + 1
		if strings.HasPrefix(tc.drop, "  - id:") { // the whole source: up to the next one
			end = i + len(tc.drop) + strings.Index(src[i+len(tc.drop):], "  - id:")
		}
		var c Compliance
		if err := strictYAML([]byte(src[:i]+src[end:]), &c); err != nil {
			t.Fatal(err)
		}
		need, known := c.Facts()
		if err := c.Record.check(need, known); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("without %q: check = %v; want %q", strings.TrimSpace(tc.drop), err, tc.want)
		}
	}
}
