package main

import (
	"bytes"
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
		getenv: func(k string) string { return vars[k] },
		now:    func() time.Time { return time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC) },
	}
}

type result struct {
	code           int
	stdout, stderr string
	files          []string
}

// lookout runs the command with args in a fresh output folder, named {out}
// in args.
func lookout(t *testing.T, args ...string) result {
	t.Helper()
	dir := t.TempDir()
	for i, a := range args {
		args[i] = strings.ReplaceAll(a, "{out}", dir)
	}
	var out, errb bytes.Buffer
	code := run(args, &out, &errb, testEnv(map[string]string{"SOURCE_DATE_EPOCH": "1767225600"}))
	entries, _ := os.ReadDir(dir)
	var files []string
	for _, e := range entries {
		files = append(files, e.Name())
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

func TestMisuseAndFailure(t *testing.T) {
	long := "https://example.org/" + strings.Repeat("a", 480)
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string // in stderr
	}{
		{"no layout", []string{"make"}, 2, "accepts 1 arg(s), received 0"},
		{"unknown flag", []string{"make", "poster", "--colour", "red"}, 2, "unknown flag: --colour"},
		{"bad flag value", []string{"layouts", "--help=maybe"}, 2, "invalid argument"},
		{"unknown command", []string{"print"}, 2, `unknown command "print"`},
		{"args to layouts", []string{"layouts", "poster"}, 2, "unknown command"},
		{"unknown layout", []string{"make", "billboard", "--out", "{out}"}, 2, `unknown layout "billboard" (have: flyer, poster`},
		{"unknown language", []string{"make", "poster", "--lang", "en,de", "--out", "{out}"}, 2, `no catalog for language "de" (have: en, `},
		{"unknown paper", []string{"make", "poster", "--paper", "b5", "--out", "{out}"}, 2, `unknown paper "b5"`},
		{"unknown hotline", []string{"make", "poster", "--hotline", "us-xx", "--out", "{out}"}, 2, `unknown hotline "us-xx"`},
		{"ftp url", []string{"make", "poster", "--url", "ftp://example.org", "--out", "{out}"}, 2, "not an http or https address"},
		{"url with space", []string{"make", "poster", "--url", "https://example.org/a b", "--out", "{out}"}, 2, "no spaces"},
		{"url too long to print", []string{"make", "poster", "--url", long, "--out", "{out}"}, 2, "characters as printed"},
		{"bidi override in org", []string{"make", "poster", "--org", "Cafe\u202e", "--out", "{out}"}, 2, "bidi control U+202E"},
		{"emoji in org", []string{"make", "poster", "--org", "Cafe ☕\U0001F600", "--out", "{out}"}, 2, "U+1F600"},
		{"bad date", []string{"make", "poster", "--date", "tomorrow", "--out", "{out}"}, 2, `--date "tomorrow" is not a date`},
		{"check an unknown language", []string{"check", "translations", "de"}, 2, `no catalog for language "de"`},
		{"missing folder", []string{"make", "poster", "--out", "{out}/nope"}, 2, "does not exist"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := lookout(t, tc.args...)
			if r.code != tc.code || !strings.Contains(r.stderr, tc.want) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", r.code, r.stderr, tc.code, tc.want)
			}
			if !strings.HasPrefix(r.stderr, "lookout: ") || strings.Contains(r.stderr, "goroutine") {
				t.Errorf("stderr %q is not a lookout message", r.stderr)
			}
			if first := strings.SplitN(r.stderr, "\n", 2)[0]; strings.Count(r.stderr, "\n") > 2 || first == "" {
				t.Errorf("stderr %q: want one error line and at most one hint", r.stderr)
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

func TestOutputFolderIsAFile(t *testing.T) {
	f := filepath.Join(t.TempDir(), "file")
	os.WriteFile(f, nil, 0o644)
	var out, errb bytes.Buffer
	code := run([]string{"make", "poster", "--out", f}, &out, &errb, testEnv(nil))
	if code != 2 || !strings.Contains(errb.String(), "is a file") {
		t.Errorf("exit %d, stderr %q", code, errb.String())
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

func TestListings(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"layouts"}, []string{"LAYOUT", "poster", "letter, legal, tabloid, a4, a3", "public"}},
		{[]string{"languages"}, []string{"TAG", "en ", "English", "es ", "Español", "Latn", "ltr", "none"}},
		{[]string{"version"}, []string{"lookout dev"}},
		{[]string{"check", "translations", "es", "ar"}, []string{"all catalogs pass"}},
		{[]string{"--help"}, []string{"lookout make poster --lang en,es", "Available Commands"}},
		{[]string{"make", "--help"}, []string{"--lang", "--paper", "--hotline", "never through a half-written file"}},
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
