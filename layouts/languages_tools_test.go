package layouts_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"lookout/translations"
)

// loggedLines returns every line of text a placement log records.
func loggedLines(log string) []string {
	var out []string
	for _, l := range strings.Split(log, "\n") {
		if t := strings.TrimSpace(l); strings.HasPrefix(t, `"`) {
			if s, err := strconv.Unquote(t); err == nil && s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

// comparable folds what differs between text as written and text as
// pdftotext gives it back, and nothing else: compatibility forms (Arabic
// presentation forms, ligatures such as ﬃ) to their letters, bidi marks
// poppler adds, zero-width spaces, and runs of white space.
func comparable(s string) string {
	s = norm.NFKC.String(s)
	s = strings.Map(func(r rune) rune {
		switch {
		case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0x200B, r == 0x200E, r == 0x200F:
			return -1
		case unicode.IsSpace(r):
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// visualWords is how poppler reports the words of a right-to-left line:
// it reorders the logical text it takes from ActualText for display, so
// the letters of each right-to-left word come back reversed while numbers
// and Latin words keep their order. The words of a line, with edge
// punctuation trimmed, are compared one by one.
func visualWords(line string) []string {
	var out []string
	for _, w := range strings.Fields(line) {
		w = strings.TrimFunc(w, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) })
		if w == "" {
			continue
		}
		if strings.IndexFunc(w, func(r rune) bool { return unicode.In(r, unicode.Arabic, unicode.Hebrew) }) >= 0 {
			rs := []rune(w)
			for a, b := 0, len(rs)-1; a < b; a, b = a+1, b-1 {
				rs[a], rs[b] = rs[b], rs[a]
			}
			w = string(rs)
		}
		out = append(out, w)
	}
	return out
}

// TestEveryLanguageReadsBackWithTools renders the poster in every
// language and checks that pdftotext gives back every line lookout set.
// Left-to-right lines must come back exactly (through each line's
// ActualText; poppler joins a line that ends in a hyphen to the next, so
// that hyphen is not compared). Right-to-left lines are compared word by
// word in visual order, because poppler reorders the logical ActualText
// for display; other readers (Acrobat, pdf.js) copy the ActualText as
// written.
func TestEveryLanguageReadsBackWithTools(t *testing.T) {
	needTools(t, "pdftotext")
	all, err := translations.All()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, cat := range all {
		t.Run(cat.Tag, func(t *testing.T) {
			pdf, log, _ := render(t, "poster", cat.Tag, "letter", "Joe's Diner")
			f := filepath.Join(dir, cat.Tag+".pdf")
			os.WriteFile(f, pdf, 0o644)
			got := comparable(command(t, "pdftotext", "-nopgbrk", f, "-"))
			for _, line := range loggedLines(log) {
				want := []string{strings.TrimSuffix(comparable(line), "-")}
				if cat.RTL {
					want = visualWords(comparable(line))
				}
				for _, w := range want {
					if !strings.Contains(got, w) {
						t.Errorf("pdftotext lacks %q of the line %q", w, line)
					}
				}
			}
		})
	}
}
