package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"lookout/campaign"
)

type manifest struct {
	Created string
	Files   []struct {
		File, Layout, Variant, Audience, Size, Paper string
		TearOffs                                     int `json:"tear_offs"`
		Languages                                    []string
		Pages                                        int
		SHA256                                       string
	}
}

// TestKitMakesEveryLayout runs `lookout kit` with no flags but the folder:
// English and Spanish on letter. Every layout is there, in every variant
// and size; the manifest lists exactly the files written, sorted, with
// their pages and the SHA-256 of their bytes; stdout names every file.
func TestKitMakesEveryLayout(t *testing.T) {
	dir := t.TempDir()
	var out, errb bytes.Buffer
	if code := run([]string{"kit", "--out", dir}, &out, &errb, testEnv(map[string]string{"SOURCE_DATE_EPOCH": "1767225600"})); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if errb.Len() != 0 {
		t.Errorf("stderr %q; want nothing when it is not a terminal", errb.String())
	}
	var m manifest
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil || json.Unmarshal(b, &m) != nil {
		t.Fatalf("manifest.json: %v\n%s", err, b)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != len(m.Files)+1 || len(m.Files) != 32 {
		t.Errorf("%d files in the folder, %d in the manifest; want the 32 pieces and the manifest", len(entries), len(m.Files))
	}
	var names []string
	seen := map[string]bool{}
	for _, f := range m.Files {
		names = append(names, f.File)
		seen[f.Layout+" "+f.Variant+" "+f.Size] = true
		pdf, err := os.ReadFile(filepath.Join(dir, f.File))
		if sum := sha256.Sum256(pdf); err != nil || hex.EncodeToString(sum[:]) != f.SHA256 {
			t.Errorf("%s: sha256 does not match the manifest (%v)", f.File, err)
		}
		if want := 1 + btoi(f.Layout == "wallet-card"); f.Pages != want {
			t.Errorf("%s: %d pages; want %d", f.File, f.Pages, want)
		}
		if f.Paper == "" && f.Variant != "single" || len(f.Languages) != 1 {
			t.Errorf("%s: paper %q, languages %v", f.File, f.Paper, f.Languages)
		}
		if !strings.Contains(out.String(), filepath.Join(dir, f.File)+"\n") {
			t.Errorf("stdout does not name %s", f.File)
		}
	}
	if !sort.StringsAreSorted(names) {
		t.Errorf("manifest not sorted: %v", names)
	}
	for _, want := range []string{"poster poster ", "staff-poster staff-poster ", "flyer flyer ", "wallet-card sheet 3.5x2", "wallet-card sheet cr80",
		"wallet-card single 3.5x2", "wallet-card single cr80", "room-sign door ", "room-sign tent ", "sticker sheet 3x5", "sticker sheet 4x6", "sticker sheet a6"} {
		if !seen[want] {
			t.Errorf("the kit has no %q", want)
		}
	}
	if m.Created != "2026-01-01T00:00:00Z" {
		t.Errorf("manifest created %q; want the date from SOURCE_DATE_EPOCH", m.Created)
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestKitSameBytesWhateverTheWorkers renders a kit on one goroutine and on
// four: the same bytes, in the same order.
func TestKitSameBytesWhateverTheWorkers(t *testing.T) {
	o := &kitOptions{makeOptions: makeOptions{langs: []string{"en", "ar"}, hotline: "us-nhth", url: campaign.DefaultURL,
		paper: "a4", together: true, changed: func(string) bool { return true }}}
	ov := o.overrides()
	ov.Created = time.Unix(1767225600, 0).UTC()
	jobs, _, err := o.jobs(nil, ov)
	if err != nil {
		t.Fatal(err)
	}
	one, _, err := renderJobs(jobs, "out", 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	four, _, err := renderJobs(jobs, "out", 4, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := range one {
		if one[i].path != four[i].path || !bytes.Equal(one[i].data, four[i].data) {
			t.Errorf("%s: one worker and four wrote different bytes", one[i].path)
		}
	}
	m1, _ := manifestJSON(one, ov.Created)
	m4, _ := manifestJSON(four, ov.Created)
	if !bytes.Equal(m1, m4) {
		t.Error("the manifests differ")
	}
}

// TestKitProgress shows progress on a terminal, and not with --quiet.
func TestKitProgress(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"kit", "--lang", "en"}, "\rlookout: 16/16 "},
		{[]string{"kit", "--lang", "en", "--quiet"}, ""},
	} {
		dir := t.TempDir()
		var out, errb bytes.Buffer
		code := run(append(tc.args, "--out", dir), &out, &errb, testEnv(map[string]string{"TERMINAL": "yes"}))
		if code != 0 || (tc.want == "") != (errb.Len() == 0) || !strings.Contains(errb.String(), tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want %q", tc.args, code, errb.String(), tc.want)
		}
	}
}

// TestKitTogether sets every language on one page where a layout has
// room, and makes the rest one per language.
func TestKitTogether(t *testing.T) {
	r := lookout(t, "kit", "--lang", "en,es", "--together", "--quiet", "--out", "{out}")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"poster-letter-en+es.pdf", "staff-poster-tabloid-en+es.pdf", "flyer-half-letter-en+es.pdf",
		"flyer-half-letter-tabs8-en.pdf", "room-sign-door-half-letter-en+es.pdf", "room-sign-tent-4x3-es.pdf",
		"sticker-4x6-letter-en+es.pdf", "sticker-3x5-letter-es.pdf", "wallet-card-sheet-3.5x2-letter-es.pdf"} {
		if !strings.Contains(strings.Join(r.files, " "), want) {
			t.Errorf("the kit lacks %s: %v", want, r.files)
		}
	}
}

// TestKitWithCampaign makes a hotel's kit from its campaign file: the
// languages it groups share a page where a layout has room (and stay apart
// where it has none), the others get their own; its brand is on the pieces
// that carry a band; a posting law's notice, with its checklist, replaces
// the public poster.
func TestKitWithCampaign(t *testing.T) {
	c := campaignDir(t, hotelYAML+"audiences:\n  victim: {pack: victim, hotline: us-nhth}\nkit: [poster, wallet-card, sticker]\n")
	r := lookout(t, "kit", "--campaign", c, "--quiet", "--out", "{out}")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	files := strings.Join(r.files, " ")
	for _, want := range []string{"poster-letter-en+es.pdf", "poster-letter-vi.pdf", "poster-victim-letter-en+es.pdf",
		"wallet-card-sheet-3.5x2-letter-en.pdf", "wallet-card-sheet-3.5x2-letter-es.pdf", "sticker-4x6-letter-en+es.pdf",
		"sticker-3x5-letter-es.pdf", "manifest.json"} {
		if !strings.Contains(files, want) {
			t.Errorf("the kit lacks %s: %v", want, r.files)
		}
	}
	if strings.Contains(files, "flyer") || strings.Contains(r.stderr, "no room for the logo") {
		t.Errorf("files %v, stderr %q: want only the campaign's layouts, and no note on pieces without a band", r.files, r.stderr)
	}
	r = lookout(t, "kit", "--campaign", c, "--lang", "en,es,vi", "--quiet", "--out", "{out}")
	if files := strings.Join(r.files, " "); r.code != 0 || !strings.Contains(files, "poster-letter-vi.pdf") || strings.Contains(files, "+") {
		t.Errorf("--lang replaces the campaign's groups: exit %d, files %v, stderr %q", r.code, r.files, r.stderr)
	}
	comply := campaignDir(t, hotelYAML+"kit: [poster, sticker]\ncompliance: {preset: us-ca}\n")
	r = lookout(t, "kit", "--campaign", comply, "--quiet", "--out", "{out}")
	files = strings.Join(r.files, " ")
	if r.code != 0 || !strings.Contains(files, "poster-us-ca-letter-en+es+vi.pdf") || !strings.Contains(files, "poster-us-ca-letter-en+es+vi-checklist.txt") ||
		!strings.Contains(files, "poster-victim-letter-") || strings.Contains(files, "poster-letter-en") {
		t.Errorf("with a posting law: exit %d, files %v, stderr %q", r.code, r.files, r.stderr)
	}
}

// TestStarterCampaignMakesEverything: `lookout init` then `lookout kit
// --campaign` and `make` of every layout with it succeed. With a longer
// page than the starter's, its tracking parameters would make the small
// pieces' QR codes too dense: those pieces go without them, with one note
// and a note in the manifest for each; its "paper: letter" leaves the 4x3
// tent card at 4x3.
func TestStarterCampaignMakesEverything(t *testing.T) {
	dir := t.TempDir()
	c := filepath.Join(dir, "hotel.yaml")
	env := testEnv(map[string]string{"SOURCE_DATE_EPOCH": "1767225600"})
	var out, errb bytes.Buffer
	if code := run([]string{"init", c}, &out, &errb, env); code != 0 {
		t.Fatalf("init: exit %d: %s", code, errb.String())
	}
	kitDir := filepath.Join(dir, "kit")
	os.Mkdir(kitDir, 0o755)
	errb.Reset()
	if code := run([]string{"kit", "--campaign", c, "--out", kitDir}, &out, &errb, env); code != 0 {
		t.Fatalf("kit: exit %d: %s", code, errb.String())
	}
	starter, _ := os.ReadFile(c)
	long := strings.Replace(string(starter), "url: https://www.missingkids.org/theissues/trafficking",
		"url: https://www.missingkids.org/blog/2024/child-sex-trafficking-know-the-signs", 1)
	if long == string(starter) {
		t.Fatal("the starter's qr url is not the one this test lengthens")
	}
	os.WriteFile(c, []byte(long), 0o644)
	errb.Reset()
	if code := run([]string{"kit", "--campaign", c, "--out", kitDir}, &out, &errb, env); code != 0 {
		t.Fatalf("kit with a long page: exit %d: %s", code, errb.String())
	}
	if n := strings.Count(errb.String(), "without the campaign's tracking parameters"); n != 1 {
		t.Errorf("kit: %d notes about tracking, want one: %s", n, errb.String())
	}
	b, err := os.ReadFile(filepath.Join(kitDir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Files []struct{ File, Note, Size string }
	}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	notes, tents := 0, 0
	for _, f := range m.Files {
		if f.Note != "" {
			notes++
		}
		if strings.HasPrefix(f.File, "room-sign-tent") {
			tents++
			if f.Size != "4x3" && !strings.Contains(f.File, "4x3") {
				t.Errorf("%s: the tent card is not 4x3", f.File)
			}
		}
	}
	if notes == 0 || tents == 0 {
		t.Errorf("manifest: %d files with a note, %d tent cards; want some of each", notes, tents)
	}
	for _, l := range []string{"poster", "staff-poster", "flyer", "wallet-card", "room-sign", "sticker"} {
		errb.Reset()
		if code := run([]string{"make", l, "--campaign", c, "--out", kitDir}, &out, &errb, env); code != 0 {
			t.Errorf("make %s --campaign: exit %d: %s", l, code, errb.String())
		}
	}
}

// TestKitPutsLanguagesApartWhereNoRoom: a campaign that puts English and
// Spanish on one page gets a poster in both, and the pieces with no room
// for two languages (a flyer with tabs, wallet cards) one language a page,
// each with a note in the manifest and one note on the terminal: the kit
// does not fail because one piece cannot hold what the campaign asks.
func TestKitPutsLanguagesApartWhereNoRoom(t *testing.T) {
	dir := t.TempDir()
	c := filepath.Join(dir, "c.yaml")
	if err := os.WriteFile(c, []byte("languages: [en, es]\ntogether: [[en, es]]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"kit", "--campaign", c, "--out", dir}, &out, &errb, testEnv(map[string]string{"SOURCE_DATE_EPOCH": "1767225600"})); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if n := strings.Count(errb.String(), "on pages of their own"); n != 1 {
		t.Errorf("%d notes about languages apart, want one: %s", n, errb.String())
	}
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m struct{ Files []struct{ File, Note string } }
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	notes := map[string]string{}
	for _, f := range m.Files {
		notes[f.File] = f.Note
	}
	if _, ok := notes["poster-letter-en+es.pdf"]; !ok {
		t.Errorf("no poster with both languages on one page: %v", notes)
	}
	if !strings.Contains(notes["flyer-half-letter-tabs8-es.pdf"], "es is on a page of its own") {
		t.Errorf("the Spanish flyer with tabs: note %q, want why it is on a page of its own", notes["flyer-half-letter-tabs8-es.pdf"])
	}
}
