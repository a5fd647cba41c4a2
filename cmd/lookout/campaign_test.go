package main

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// campaignDir writes a campaign file and a logo into a fresh folder and
// returns the campaign file's path.
func campaignDir(t *testing.T, yaml string) string {
	t.Helper()
	dir := t.TempDir()
	var logo bytes.Buffer
	img := image.NewRGBA(image.Rect(0, 0, 240, 80))
	img.Set(10, 10, color.Black)
	png.Encode(&logo, img)
	os.WriteFile(filepath.Join(dir, "logo.png"), logo.Bytes(), 0o644)
	path := filepath.Join(dir, "hotel.yaml")
	os.WriteFile(path, []byte(yaml), 0o644)
	return path
}

const hotelYAML = `organisation: {name: Harbor View Hotel, logo: logo.png, colour: "#0B4F6C"}
languages: [en, es, vi]
paper: letter
together: [[en, es]]
qr:
  tracking: {poster: utm_source=poster}
`

func TestMakeWithCampaign(t *testing.T) {
	c := campaignDir(t, hotelYAML)
	for _, tc := range []struct {
		args  []string
		files string
	}{
		{nil, "poster-letter-en+es.pdf poster-letter-vi.pdf"},
		{[]string{"--lang", "ko"}, "poster-letter-ko.pdf"},              // --lang replaces the file's languages
		{[]string{"--paper", "a4", "--lang", "fr"}, "poster-a4-fr.pdf"}, // and --paper its paper
		{[]string{"--comply", "us-ca"}, "poster-us-ca-letter-en+es+vi-checklist.txt poster-us-ca-letter-en+es+vi.pdf"},
		{[]string{"--pack", "ncmec-2024", "--lang", "es"}, "poster-letter-es.pdf"},
		{[]string{"--lang", "hy,km,so", "--together", "--paper", "letter"}, "poster-letter-hy+km+so.pdf"}, // no room for the logo: a note says so
	} {
		r := lookout(t, append([]string{"make", "poster", "--campaign", c, "--out", "{out}"}, tc.args...)...)
		if r.code != 0 || strings.Join(r.files, " ") != tc.files {
			t.Errorf("%v: exit %d, files %v, stderr %q; want %s", tc.args, r.code, r.files, r.stderr, tc.files)
		}
		if hy := strings.Contains(tc.files, "hy"); hy != strings.Contains(r.stderr, "has no room for the logo") {
			t.Errorf("%v: stderr %q", tc.args, r.stderr)
		}
	}
}

func TestComplyWritesAChecklist(t *testing.T) {
	r := lookout(t, "make", "poster", "--comply", "us-ca", "--lang", "en,es,vi", "--out", "{out}")
	want := "poster-us-ca-letter-en+es+vi-checklist.txt poster-us-ca-letter-en+es+vi.pdf"
	if r.code != 0 || strings.Join(r.files, " ") != want {
		t.Fatalf("exit %d, files %v, stderr %q", r.code, r.files, r.stderr)
	}
	if !strings.Contains(r.stdout, "checklist.txt") || !strings.HasPrefix(r.stderr, "lookout: note: poster-us-ca-letter-en+es+vi.pdf still needs the law's own wording") {
		t.Errorf("stdout %q, stderr %q", r.stdout, r.stderr)
	}
	// Arabic first: the text line answers in English and Spanish only, and
	// is found in their sections.
	if r := lookout(t, "make", "poster", "--comply", "us-ca", "--lang", "ar,en,es", "--out", "{out}"); r.code != 0 || len(r.files) != 2 {
		t.Errorf("ar,en,es: exit %d, files %v, stderr %q", r.code, r.files, r.stderr)
	}
}

func TestCampaignAndComplyMistakes(t *testing.T) {
	bad := campaignDir(t, "organisation:\n  name: X\n  color: \"#000000\"\n")
	dark := campaignDir(t, "organisation: {colour: \"#777777\"}\n")
	for _, tc := range []struct {
		name string
		args []string
		want string
		hint string
	}{
		{"unknown key", []string{"--campaign", bad}, "hotel.yaml:3:3: unknown key \"color\"", "hint: did you mean colour?"},
		{"contrast", []string{"--campaign", dark}, "white text on it measures 4.48:1 and black 4.69:1", "hint:"},
		{"no such file", []string{"--campaign", "/nonexistent/c.yaml"}, "--campaign: open /nonexistent/c.yaml", "lookout init"},
		{"language missing", []string{"--comply", "us-ca", "--lang", "en"}, "requires the notice in en, es; it lacks es", "hint: add them: --lang en,es"},
		{"paper too small", []string{"--comply", "us-ca", "--paper", "a4"}, "asks for a sign at least 8.5 × 11 in; a4 is 8.27 × 11.69 in", "hint: use --paper letter"},
		{"other hotline", []string{"--comply", "us-ca", "--hotline", "us-ncmec"}, "asks for the us-nhth hotline", "hint: leave out --hotline"},
		{"too much at 32 pt", []string{"--comply", "us-fl-lodging", "--lang", "en,es,vi,fr,pt,ht"}, "asks for type of at least 32 pt, and at that size the notice does not fit tabloid", "hint: use a larger sheet"},
		{"pack for staff", []string{"--pack", "hotel-staff"}, "the hotel-staff pack is written for hotel staff", "hint: 'lookout packs'"},
		{"unknown preset", []string{"--comply", "us-zz"}, `unknown compliance preset "us-zz"`, "hint: 'lookout comply' lists"},
	} {
		r := lookout(t, append([]string{"make", "poster", "--out", "{out}"}, tc.args...)...)
		if r.code != 2 || !strings.Contains(r.stderr, tc.want) || !strings.Contains(r.stderr, tc.hint) {
			t.Errorf("%s: exit %d, stderr %q; want 2, %q and %q", tc.name, r.code, r.stderr, tc.want, tc.hint)
		}
		if len(r.files) != 0 {
			t.Errorf("%s: a failed run left %v behind", tc.name, r.files)
		}
	}
}

func TestInit(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "hotel.yaml")
	for i, want := range []int{0, 2} {
		r := lookout(t, "init", path)
		if r.code != want {
			t.Errorf("run %d: exit %d, stderr %q; want %d", i, r.code, r.stderr, want)
		}
	}
	if r := lookout(t, "init", path, "--force"); r.code != 0 || strings.TrimSpace(r.stdout) != path {
		t.Errorf("--force: exit %d, stdout %q", r.code, r.stdout)
	}
	if r := lookout(t, "make", "poster", "--campaign", path, "--out", "{out}"); r.code != 0 || len(r.files) != 2 {
		t.Errorf("the starter file does not make posters: exit %d, files %v, stderr %q", r.code, r.files, r.stderr)
	}
	if r := lookout(t, "init", "a", "b"); r.code != 2 {
		t.Errorf("init with two files: exit %d", r.code)
	}
	if r := lookout(t, "init", filepath.Join(dir, "nope", "c.yaml")); r.code != 2 || !strings.Contains(r.stderr, "does not exist") || strings.Contains(r.stderr, "--out") {
		t.Errorf("init into a missing folder: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestComplyUnknownPreset: the listings themselves are in TestListings.
func TestComplyUnknownPreset(t *testing.T) {
	if r := lookout(t, "comply", "us-zz"); r.code != 2 || !strings.Contains(r.stderr, `unknown compliance preset "us-zz"`) {
		t.Errorf("comply us-zz: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestBrandedNoticeSameBytes runs a branded notice twice: the PDF, with its
// logo, and the checklist come out byte for byte the same.
func TestBrandedNoticeSameBytes(t *testing.T) {
	c := campaignDir(t, hotelYAML)
	var got [][]byte
	for i := 0; i < 2; i++ {
		dir := t.TempDir()
		var out, errb bytes.Buffer
		if code := run([]string{"make", "poster", "--campaign", c, "--comply", "us-ca", "--out", dir}, &out, &errb,
			testEnv(map[string]string{"SOURCE_DATE_EPOCH": "1767225600"})); code != 0 {
			t.Fatalf("exit %d: %s", code, errb.String())
		}
		for _, name := range []string{"poster-us-ca-letter-en+es+vi.pdf", "poster-us-ca-letter-en+es+vi-checklist.txt"} {
			b, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, b)
		}
	}
	if !bytes.Equal(got[0], got[2]) || !bytes.Equal(got[1], got[3]) {
		t.Error("two runs with the same campaign wrote different bytes")
	}
	if !bytes.Contains(got[0], []byte("/Subtype /Image")) {
		t.Error("the notice has no logo")
	}
}

// TestComplyWithTheLawsWording sets wording from the campaign file (test
// text, not any law's) on a Florida notice: no note that wording is still
// needed, and the checklist finds it on the page.
func TestComplyWithTheLawsWording(t *testing.T) {
	c := campaignDir(t, `compliance:
  preset: us-fl-787
  notice_text:
    en: |
      Test wording in English.

      A second paragraph.
    es: Texto de prueba en español.
`)
	r := lookout(t, "make", "poster", "--campaign", c, "--out", "{out}")
	if r.code != 0 || r.stderr != "" || len(r.files) != 2 {
		t.Fatalf("exit %d, files %v, stderr %q", r.code, r.files, r.stderr)
	}
	lines := strings.Fields(r.stdout)
	b, err := os.ReadFile(lines[len(lines)-1])
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"[ok] the page has a section in es: the law's wording from the campaign file, in full", "matches the official text word for word"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("the checklist lacks %q:\n%s", want, b)
		}
	}
	if strings.Contains(string(b), "Still needed") {
		t.Errorf("the checklist still asks for the wording:\n%s", b)
	}
}
