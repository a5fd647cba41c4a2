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
// poppler adds, zero-width spaces and joiners, and runs of white space.
func comparable(s string) string {
	s = norm.NFKC.String(s)
	s = strings.Map(func(r rune) rune {
		switch {
		case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r >= 0x200B && r <= 0x200F:
			return -1
		case unicode.IsSpace(r):
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// bare drops the vowel marks of right-to-left text: poppler reverses the
// text of each glyph of a right-to-left run, and a glyph that stands for
// a letter and its mark comes back with the mark before the letter, on
// the letter before it (a limit of its bidi, which the reference
// producers hit too). The letters and words must still all be there.
func bare(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, s)
}

// wordsOf is the words of a line with edge punctuation trimmed, compared
// one by one in a right-to-left line: poppler sets the numbers and Latin
// words inside it in its own order.
func wordsOf(line string) []string {
	var out []string
	for _, w := range strings.Fields(line) {
		w = strings.TrimFunc(w, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) })
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// TestEveryLanguageReadsBackWithTools renders the poster in every
// language and checks that pdftotext gives back every line lookout set,
// from the glyphs' own ToUnicode text. Left-to-right lines must come back
// exactly (poppler joins a line that ends in a hyphen to the next, so that
// hyphen is not compared); right-to-left lines word by word, each word in
// logical order.
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
			if cat.RTL {
				got = bare(got)
			}
			for _, line := range loggedLines(log) {
				want := []string{strings.TrimSuffix(comparable(line), "-")}
				if cat.RTL {
					want = wordsOf(bare(comparable(line)))
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
