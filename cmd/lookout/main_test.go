package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"
)

// testEnv fixes the clock and the environment.
func testEnv(vars map[string]string) environ {
	return environ{
		getenv:     func(k string) string { return vars[k] },
		now:        func() time.Time { return time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC) },
		isTerminal: func(io.Writer) bool { return vars["TERMINAL"] == "yes" },
	}
}

type result struct {
	code           int
	stdout, stderr string
	files          []string
}

// lookout runs the command with args in a fresh folder, named {out} in
// args. The folder holds a file named "file" and a folder "busy" holding a
// folder named poster-letter-es.pdf; files lists what else is in it after
// the run, and in busy.
func lookout(t *testing.T, args ...string) result {
	t.Helper()
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "file"), nil, 0o644)
	os.MkdirAll(filepath.Join(dir, "busy", "poster-letter-es.pdf"), 0o755)
	for i, a := range args {
		args[i] = strings.ReplaceAll(a, "{out}", dir)
	}
	var out, errb bytes.Buffer
	code := run(args, &out, &errb, testEnv(map[string]string{"SOURCE_DATE_EPOCH": "1767225600"}))
	var files []string
	for _, d := range []string{dir, filepath.Join(dir, "busy")} {
		entries, _ := os.ReadDir(d)
		for _, e := range entries {
			if n := e.Name(); n != "file" && n != "busy" && n != "poster-letter-es.pdf" || d == dir && n == "poster-letter-es.pdf" {
				files = append(files, n)
			}
		}
	}
	sort.Strings(files)
	return result{code, out.String(), errb.String(), files}
}

func TestMakeWritesOnePDFPerLanguage(t *testing.T) {
	r := lookout(t, "make", "poster", "--lang", "en,es", "--out", "{out}")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	want := []string{"poster-letter-en.pdf", "poster-letter-es.pdf"}
	if strings.Join(r.files, " ") != strings.Join(want, " ") {
		t.Errorf("files = %v; want %v", r.files, want)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 2 || !strings.HasSuffix(lines[0], "poster-letter-en.pdf") {
		t.Errorf("stdout = %q; want the two paths", r.stdout)
	}
	if r.stderr != "" {
		t.Errorf("stderr = %q; want nothing", r.stderr)
	}
}

func TestMakeChoosesPaperByRegion(t *testing.T) {
	r := lookout(t, "make", "poster", "--lang", "en-GB,es-MX", "--out", "{out}")
	want := "poster-a4-en.pdf poster-letter-es.pdf"
	if r.code != 0 || strings.Join(r.files, " ") != want {
		t.Errorf("exit %d, files %v, stderr %q; want %s", r.code, r.files, r.stderr, want)
	}
}

// TestBadInput gives lookout every kind of bad input it can get today
// (campaign files and logos come with them): each must give one error line
// that says what is wrong, a hint naming the fix where the user can fix
// it, the right exit status, no panic or stack trace, and no file.
func TestBadInput(t *testing.T) {
	long := "https://example.org/" + strings.Repeat("a", 480)
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string // in the error line
		hint string // in the hint line; "" for none
	}{
		{"no layout", []string{"make"}, 2, "accepts 1 arg(s), received 0", "name a layout"},
		{"unknown flag", []string{"make", "poster", "--colour", "red"}, 2, "unknown flag: --colour", "--help"},
		{"bad flag value", []string{"layouts", "--help=maybe"}, 2, "invalid argument", "--help"},
		{"unknown command", []string{"print"}, 2, `unknown command "print"`, "--help"},
		{"args to layouts", []string{"layouts", "poster"}, 2, "unknown command", "takes no arguments"},
		{"unknown layout", []string{"make", "billboard", "--out", "{out}"}, 2, `unknown layout "billboard" (have: flyer, poster`, "'lookout layouts' lists"},
		{"unknown language", []string{"make", "poster", "--lang", "en,de", "--out", "{out}"}, 2, `no catalog for language "de" (have: en, `, "'lookout languages' lists"},
		{"not a language tag", []string{"make", "poster", "--lang", "en_US!", "--out", "{out}"}, 2, `"en_US!" is not a language tag`, "'lookout languages' lists"},
		{"unknown paper", []string{"make", "poster", "--paper", "b5", "--out", "{out}"}, 2, `unknown paper "b5"`, "choose one of"},
		{"grey and cmyk", []string{"make", "poster", "--grayscale", "--cmyk", "--out", "{out}"}, 2, "--grayscale and --cmyk cannot be used together", "choose one"},
		{"kit grey and cmyk", []string{"kit", "--grayscale", "--cmyk", "--out", "{out}"}, 2, "--grayscale and --cmyk cannot be used together", "choose one"},
		{"unknown hotline preset", []string{"make", "poster", "--hotline", "us-xx", "--out", "{out}"}, 2, `unknown hotline "us-xx"`, "'lookout hotlines' lists"},
		{"unknown pack", []string{"make", "poster", "--pack", "nope", "--out", "{out}"}, 2, `unknown content pack "nope"`, "'lookout packs' lists"},
		{"pack for another audience", []string{"make", "poster", "--pack", "victim", "--out", "{out}"}, 2, "this piece is for the public", "who each pack is for"},
		{"unknown posting-law preset", []string{"make", "poster", "--comply", "us-zz", "--out", "{out}"}, 2, `unknown compliance preset "us-zz"`, "'lookout comply' lists"},
		{"ftp url", []string{"make", "poster", "--url", "ftp://example.org", "--out", "{out}"}, 2, "not an http or https address", "https://example.org/signs"},
		{"url without scheme", []string{"make", "poster", "--url", "example.org/signs", "--out", "{out}"}, 2, "not an http or https address", "https://example.org/signs"},
		{"javascript url", []string{"make", "poster", "--url", "javascript:alert(1)", "--out", "{out}"}, 2, "not an http or https address", "https://"},
		{"url with space", []string{"make", "poster", "--url", "https://example.org/a b", "--out", "{out}"}, 2, "no spaces", "%20"},
		{"url with control character", []string{"make", "poster", "--url", "https://example.org/\x07", "--out", "{out}"}, 2, `has '\a' in it`, "percent-encode"},
		{"url with newline", []string{"make", "poster", "--url", "https://example.org/\nx", "--out", "{out}"}, 2, `has '\n' in it`, "percent-encode"},
		{"url too long for a qr code", []string{"make", "poster", "--url", "https://example.org/" + strings.Repeat("a", 600), "--out", "{out}"}, 2, "the most lookout prints as a QR code is 512", "link shortener"},
		{"url too long for the qr floor", []string{"make", "poster", "--url", "https://example.org/s?q=" + strings.Repeat("a", 480), "--out", "{out}"}, 2, "that scans reliably", "link shortener"},
		{"url too long to print beside the code", []string{"make", "poster", "--url", long, "--out", "{out}"}, 2, "characters as printed; the most lookout prints beside the QR code is 100", "link shortener"},
		{"bidi override in org", []string{"make", "poster", "--org", "Cafe\u202e", "--out", "{out}"}, 2, "bidi control U+202E", "plain text"},
		{"bidi isolate in org", []string{"make", "poster", "--org", "\u2067Cafe", "--out", "{out}"}, 2, "bidi control U+2067", "plain text"},
		{"zero-width joiner in org", []string{"make", "poster", "--org", "Cafe\u200dBar", "--out", "{out}"}, 2, "zero-width joiner", "plain text"},
		{"emoji in org", []string{"make", "poster", "--org", "Cafe ☕\U0001F600", "--out", "{out}"}, 2, "U+1F600", "without emoji"},
		{"rune above U+FFFF in org", []string{"make", "poster", "--org", "\U0001D400BC Diner", "--out", "{out}"}, 2, "U+1D400", "without emoji"},
		{"control character in org", []string{"make", "poster", "--org", "Joe\x00s", "--out", "{out}"}, 2, "control character U+0000", "plain text"},
		{"escape sequence in org", []string{"make", "poster", "--org", "\x1b[31mJoe", "--out", "{out}"}, 2, "control character U+001B", "plain text"},
		{"invalid UTF-8 in org", []string{"make", "poster", "--org", "Caf\xe9", "--out", "{out}"}, 2, "not valid UTF-8", "UTF-8"},
		{"org of 10 000 characters", []string{"make", "poster", "--org", strings.Repeat("Joe's Diner ", 833) + "Cafe", "--out", "{out}"}, 2, "the name is 10000 characters", "shorten the name to 120"},
		{"org in a script lookout has no font for", []string{"make", "poster", "--org", "ᏣᎳᎩ Diner", "--out", "{out}"}, 2, "no embedded font has U+13E3", "no font for that character"},
		{"org too long for the page", []string{"make", "poster", "--org", strings.Repeat("W", 120), "--out", "{out}"}, 1, "has a word wider than its", "give the words more room"},
		{"bad date", []string{"make", "poster", "--date", "tomorrow", "--out", "{out}"}, 2, `--date "tomorrow" is not a date`, "2026-01-31"},
		{"check an unknown language", []string{"check", "translations", "de"}, 2, `no catalog for language "de"`, "'lookout languages' lists"},
		{"missing folder", []string{"make", "poster", "--out", "{out}/nope"}, 2, "does not exist", "mkdir -p"},
		{"folder inside a file", []string{"make", "poster", "--out", "{out}/file/sub"}, 2, "is inside a file", "--out names the folder"},
		{"folder is a file", []string{"make", "poster", "--out", "{out}/file"}, 2, "is a file", "--out names the folder"},
		{"target is a folder", []string{"make", "poster", "--lang", "en,es", "--out", "{out}/busy"}, 2, "poster-letter-es.pdf is a folder", "move it away"},
		{"unknown variant", []string{"make", "wallet-card", "--variant", "double", "--out", "{out}"}, 2, `no variant "double" (it has: sheet, single)`, "each layout's variants"},
		{"size of a poster", []string{"make", "poster", "--size", "3x5", "--out", "{out}"}, 2, "the poster layout has no --size", "--paper sets its size"},
		{"unknown size", []string{"make", "sticker", "--size", "5x7", "--out", "{out}"}, 2, `unknown size "5x7" (the sticker comes in 3x5, 4x6, a6)`, "each layout's sizes"},
		{"tent by its old flat size", []string{"make", "room-sign", "--variant", "tent", "--paper", "4x6", "--out", "{out}"}, 2, "the room-sign tent is named by its face now, as print shops name tents: the card once called 4x6 (its flat size) is 4x3", "use --paper 4x3"},
		{"size of another layout", []string{"make", "sticker", "--size", "cr80", "--out", "{out}"}, 2, "the sticker does not come in cr80", "each layout's sizes"},
		{"paper of another layout", []string{"make", "flyer", "--paper", "tabloid", "--out", "{out}"}, 2, "the flyer does not come in tabloid (it comes in half-letter, a5)", "each layout's sizes"},
		{"wrong audience", []string{"make", "sticker", "--audience", "public", "--out", "{out}"}, 2, `the sticker layout is for victim, not "public"`, "whom each layout is for"},
		{"tabs on a poster", []string{"make", "poster", "--tear-offs", "--out", "{out}"}, 2, "the poster layout has no tear-off tabs", "tear-off tabs come on flyers"},
		{"too many tabs", []string{"make", "flyer", "--tear-offs", "20", "--out", "{out}"}, 2, "room for 6 to 10 tabs", "ask for 6 to 10 tabs"},
		{"cards together", []string{"make", "wallet-card", "--lang", "en,es", "--together", "--out", "{out}"}, 2, "too small to set several languages", "leave out --together"},
		{"four together", []string{"make", "poster", "--lang", "en,es,vi,fr", "--together", "--out", "{out}"}, 2, "room for 3 languages on one page, not 4", "on a page of their own"},
		{"tabs together", []string{"make", "flyer", "--lang", "en,es", "--together", "--tear-offs", "--out", "{out}"}, 2, "tear-off tabs or for a second language, not both", "leave out --together, or --tear-offs"},
		{"staff together on letter", []string{"make", "staff-poster", "--lang", "en,es", "--together", "--paper", "letter", "--out", "{out}"}, 2, "room for several languages on tabloid or a3, not on letter", "choose tabloid or a3"},
		{"a word too wide", []string{"make", "poster", "--org", strings.Repeat("W", 100), "--out", "{out}"}, 1, "has a word wider than its", "give the words more room"},
		{"kit on unknown paper", []string{"kit", "--paper", "b5", "--out", "{out}"}, 2, `unknown paper "b5"`, "choose letter or a4"},
		{"kit with arguments", []string{"kit", "poster", "--out", "{out}"}, 2, "unknown command", "takes no arguments"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := lookout(t, tc.args...)
			lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
			if r.code != tc.code || !strings.Contains(lines[0], tc.want) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", r.code, r.stderr, tc.code, tc.want)
			}
			if !strings.HasPrefix(r.stderr, "lookout: ") || strings.Contains(r.stderr, "goroutine") || strings.Contains(r.stderr, "panic") {
				t.Errorf("stderr %q is not a lookout message", r.stderr)
			}
			switch {
			case tc.hint == "" && len(lines) != 1, tc.hint != "" && (len(lines) != 2 || !strings.HasPrefix(lines[1], "lookout: hint: ") || !strings.Contains(lines[1], tc.hint)):
				t.Errorf("stderr %q: want one error line and a hint with %q", r.stderr, tc.hint)
			}
			if len(r.files) != 0 {
				t.Errorf("a failed run left %v behind", r.files)
			}
		})
	}
}

// TestRequiredFlagIsMisuse covers cobra's third way to report misuse, a
// required flag left out, through the same error mapping as lookout's
// own commands.
func TestRequiredFlagIsMisuse(t *testing.T) {
	root := &cobra.Command{Use: "lookout", SilenceErrors: true, SilenceUsage: true}
	sub := &cobra.Command{Use: "x", RunE: func(*cobra.Command, []string) error { return nil }}
	sub.Flags().String("need", "", "")
	_ = sub.MarkFlagRequired("need")
	root.AddCommand(sub)
	var out, errb bytes.Buffer
	if code := execute(root, []string{"x"}, &out, &errb); code != 2 || !strings.Contains(errb.String(), `required flag(s) "need" not set`) {
		t.Errorf("exit %d, stderr %q; want 2 and the missing flag", code, errb.String())
	}
}

func TestSameInputSameBytes(t *testing.T) {
	var pdfs [][]byte
	for i := 0; i < 2; i++ {
		dir := t.TempDir()
		var out, errb bytes.Buffer
		if code := run([]string{"make", "poster", "--lang", "es", "--org", "Joe's Diner", "--out", dir}, &out, &errb,
			testEnv(map[string]string{"SOURCE_DATE_EPOCH": "1767225600"})); code != 0 {
			t.Fatalf("exit %d: %s", code, errb.String())
		}
		b, err := os.ReadFile(filepath.Join(dir, "poster-letter-es.pdf"))
		if err != nil {
			t.Fatal(err)
		}
		pdfs = append(pdfs, b)
	}
	if !bytes.Equal(pdfs[0], pdfs[1]) {
		t.Error("two runs with the same input wrote different bytes")
	}
	if !bytes.Contains(pdfs[0], []byte("D:20260101")) {
		t.Error("the creation date does not come from SOURCE_DATE_EPOCH")
	}
}

// TestComplyWarnsOfOldSources runs 'lookout comply' a year and more after
// the presets' sources were read: each preset gets a warning.
func TestComplyWarnsOfOldSources(t *testing.T) {
	for _, tc := range []struct {
		now  time.Time
		warn bool
	}{{time.Date(2027, 12, 4, 0, 0, 0, 0, time.UTC), false}, {time.Date(2027, 12, 6, 0, 0, 0, 0, time.UTC), true}} {
		env := testEnv(nil)
		env.now = func() time.Time { return tc.now }
		var out, errb bytes.Buffer
		if code := run([]string{"comply"}, &out, &errb, env); code != 0 {
			t.Fatalf("comply: exit %d, %s", code, errb.String())
		}
		got := strings.Contains(out.String(), "warning: us-ca: its oldest source was read on 2026-12-04, more than a year ago")
		if got != tc.warn || strings.Contains(out.String(), "2026-12-04 (!)") != tc.warn {
			t.Errorf("comply on %s: warning %v, want %v:\n%s", tc.now.Format("2006-01-02"), got, tc.warn, out.String())
		}
	}
}

func TestListings(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"layouts"}, []string{"LAYOUT", "poster", "letter, legal, tabloid, a4, a3", "public, staff, victim",
			"wallet-card", "sheet: letter, a4; single: its own page", "3.5x2, cr80", "door: half-letter, a5; tent: 4x3, a7", "3x5, 4x6, a6"}},
		{[]string{"languages"}, []string{"TAG", "en ", "English", "es ", "Español", "Latn", "ltr", "none", "STATUS", "pt-BR ",
			"Portuguese (Brazil)", "pt and pt-PT print pt-BR", "machine-drafted"}},
		{[]string{"languages", "--notes"}, []string{"so (Somali)\n  draft:", "gap: Western Armenian.",
			"gap: Dari.", "gap: Shahmukhi Punjabi.", "gap: Urdu in Nastaliq.", "lookout review TAG"}},
		{[]string{"version"}, []string{"lookout dev"}},
		{[]string{"check", "translations", "es", "ar"}, []string{"all catalogs pass"}},
		{[]string{"check", "translations", "vi", "ht", "so", "pt"}, []string{"all catalogs pass\ndrafts, to print only after a native speaker reads them ('lookout languages --notes'): so\n"}},
		{[]string{"--help"}, []string{"lookout make poster --lang en,es", "Available Commands"}},
		{[]string{"make", "--help"}, []string{"--lang", "--paper", "--hotline", "never through a half-written file",
			"--variant", "--size", "--audience", "--tear-offs", "--together", "--grayscale", "--cmyk", "--pack"}},
		{[]string{"kit", "--help"}, []string{"manifest.json", "--quiet", "--together", "English and Spanish, on letter"}},
		{[]string{"hotlines"}, []string{"us-nhth", "text 233733 [en, es]", "call 1-800-THE-LOST (1-800-843-5678)", "au-000", "us-ca-cast", "call 1-888-539-2373", "QR PAGE", "https://humantraffickinghotline.org/chat", "2026-12-04", "http://humantraffickinghotline.org/es/misi%C3%B3n"}},
		{[]string{"packs"}, []string{"ncmec-2020", "ncmec-2024", "hotel-staff", "staff", "14", "victim", "2020-01", "https://www.missingkids.org/theissues/trafficking"}},
		{[]string{"comply"}, []string{"us-ca", "Cal. Civ. Code 52.6", "8.5 × 11 in", "16 pt", "us-tx-abc", "11 × 8.5 in landscape", "secondary", "Not legal advice"}},
		{[]string{"comply", "--markdown"}, []string{"| State | Preset | Law | Who must post | Min size | Min type | Languages | Hotline | Confidence | Oldest source |", "| California | `us-ca` |"}},
		{[]string{"comply", "us-ga"}, []string{"O.C.G.A. 16-5-47", "in each public restroom, and near the public entrance", "15 or 16 pt", "Not legal advice",
			"published:   https://gbi.georgia.gov/", "penalty:       since 2023 (SB 42)", "min_type_pt     secondary  ghla", "(read 2026-12-04)", "oldest read:   2026-12-04"}},
	} {
		r := lookout(t, tc.args...)
		if r.code != 0 {
			t.Errorf("%v: exit %d, stderr %q", tc.args, r.code, r.stderr)
		}
		for _, w := range tc.want {
			if !strings.Contains(r.stdout, w) {
				t.Errorf("%v: stdout lacks %q:\n%s", tc.args, w, r.stdout)
			}
		}
	}
}

// TestMakeForms makes a piece of every layout in the forms a flag asks
// for, and checks the file it writes.
func TestMakeForms(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"poster", "--lang", "en,es,vi", "--together"}, "poster-letter-en+es+vi.pdf"},
		{[]string{"poster", "--audience", "victim"}, "poster-victim-letter-en.pdf"},
		{[]string{"poster", "--audience", "staff"}, "staff-poster-letter-en.pdf"},
		{[]string{"staff-poster", "--lang", "en,es", "--together"}, "staff-poster-tabloid-en+es.pdf"},
		{[]string{"flyer", "--tear-offs"}, "flyer-half-letter-tabs8-en.pdf"},
		{[]string{"flyer", "--tear-offs=6", "--lang", "fr"}, "flyer-a5-tabs6-fr.pdf"},
		{[]string{"flyer", "--tear-offs", "10"}, "flyer-half-letter-tabs10-en.pdf"},
		{[]string{"wallet-card"}, "wallet-card-sheet-3.5x2-letter-en.pdf"},
		{[]string{"wallet-card", "--variant", "single", "--size", "cr80"}, "wallet-card-single-cr80-en.pdf"},
		{[]string{"room-sign", "--variant", "tent", "--audience", "guest"}, "room-sign-tent-guest-4x3-en.pdf"},
		{[]string{"room-sign", "--lang", "ar"}, "room-sign-door-a5-ar.pdf"},
		{[]string{"sticker", "--size", "a6", "--paper", "a4", "--grayscale"}, "sticker-a6-a4-en.pdf"},
		{[]string{"flyer", "--cmyk"}, "flyer-half-letter-en.pdf"},
		{[]string{"sticker", "--lang", "en,es", "--together"}, "sticker-4x6-letter-en+es.pdf"},
	} {
		r := lookout(t, append(append([]string{"make"}, tc.args...), "--out", "{out}")...)
		if r.code != 0 || len(r.files) != 1 || r.files[0] != tc.want {
			t.Errorf("make %v: exit %d, files %v, stderr %q; want %s", tc.args, r.code, r.files, r.stderr, tc.want)
		}
	}
}
