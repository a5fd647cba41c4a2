package main

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"lookout/campaign"
)

// TestDraftCatalogWarnsButPrints makes a piece in a draft catalog: one
// warning line on stderr, and the PDFs all the same.
func TestDraftCatalogWarnsButPrints(t *testing.T) {
	r := lookout(t, "make", "sticker", "--lang", "so,en", "--out", "{out}")
	if r.code != 0 || len(r.files) != 2 {
		t.Fatalf("exit %d, files %v, stderr %q; want the two stickers", r.code, r.files, r.stderr)
	}
	want := "lookout: warning: the so catalog (Somali) is a draft: needs native review before printing; 'lookout languages --notes' says why\n"
	if r.stderr != want {
		t.Errorf("stderr =\n%s\nwant\n%s", r.stderr, want)
	}
	if r := lookout(t, "make", "sticker", "--lang", "en,vi,ht,ur", "--out", "{out}"); r.code != 0 || r.stderr != "" {
		t.Errorf("confirmed catalogs: exit %d, stderr %q; want no warning", r.code, r.stderr)
	}
}

// TestManifestNamesDrafts: a kit's manifest carries the warning and marks
// each file made in a draft catalog.
func TestManifestNamesDrafts(t *testing.T) {
	jobs, err := campaign.Plan(campaign.Request{Layout: "sticker", Langs: []string{"so", "en"}, Hotline: "us-ncmec",
		URL: campaign.DefaultURL, Created: time.Unix(0, 0)})
	if err != nil {
		t.Fatal(err)
	}
	files, _, err := renderJobs(jobs, "out", 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := manifestJSON(files, time.Unix(0, 0).UTC())
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Warnings []string
		Files    []struct {
			File   string
			Drafts []string
		}
	}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if len(m.Warnings) != 1 || !strings.Contains(m.Warnings[0], "the so catalog (Somali) is a draft") {
		t.Errorf("warnings = %q; want one for so", m.Warnings)
	}
	var got []string
	for _, f := range m.Files {
		got = append(got, f.File+":"+strings.Join(f.Drafts, ","))
	}
	if want := "sticker-a6-a4-so.pdf:so sticker-3x5-letter-en.pdf:"; strings.Join(got, " ") != want {
		t.Errorf("files = %s; want %s", strings.Join(got, " "), want)
	}
}

// TestReviewWritesTheSheet: 'lookout review' writes one HTML sheet and
// names it; a language lookout lacks is a misuse.
func TestReviewWritesTheSheet(t *testing.T) {
	r := lookout(t, "review", "pt", "--out", "{out}")
	if r.code != 0 || strings.Join(r.files, " ") != "review-pt-BR.html" || !strings.HasSuffix(r.stdout, "review-pt-BR.html\n") {
		t.Fatalf("exit %d, files %v, stdout %q, stderr %q", r.code, r.files, r.stdout, r.stderr)
	}
	r = lookout(t, "review", "de", "--out", "{out}")
	if r.code != 2 || len(r.files) != 0 || !strings.Contains(r.stderr, "hint: 'lookout languages' lists them") {
		t.Errorf("review de: exit %d, files %v, stderr %q; want exit 2 with a hint", r.code, r.files, r.stderr)
	}
}
