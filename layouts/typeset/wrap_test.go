package typeset

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// mono is a fake measure: every character is 1 mm wide at 1 pt, spaces
// and U+200B included, so widths are counts of characters.
func mono(s string) float64 { return float64(utf8.RuneCountInString(s)) }

func TestWrap(t *testing.T) {
	for _, tc := range []struct {
		name  string
		text  string
		width float64
		want  []string
		ok    bool
	}{
		{"spaces", "Know the signs of child sex trafficking", 12, []string{"Know the ", "signs of ", "child sex ", "trafficking"}, true},
		{"exact fit", "abc def", 7, []string{"abc def"}, true},
		{"trailing spaces do not count", "abcd   efgh", 4, []string{"abcd   ", "efgh"}, true},
		{"too long a word", "a verylongword b", 5, []string{"a ", "verylongword ", "b"}, false},
		{"phone numbers never break", "call 1-800-843-5678 now", 10, []string{"call ", "1-800-843-5678 ", "now"}, false},
		{"vanity numbers never break", "1-800-THE-LOST", 8, []string{"1-800-THE-LOST"}, false},
		{"hyphenated words break", "well-known", 5, []string{"well-", "known"}, true},
		{"short particles do not", "кто-то", 3, []string{"кто-то"}, false},
		{"url paths break after a slash", "example.org/blog/signs", 13, []string{"example.org/", "blog/signs"}, true},
		{"chinese between characters", "了解儿童性贩卖的迹象", 4, []string{"了解儿童", "性贩卖的", "迹象"}, true},
		{"no closing punctuation at line start", "了解儿。童性", 3, []string{"了解", "儿。童", "性"}, true},
		{"no opening bracket at line end", "了解（儿童）", 3, []string{"了解", "（儿", "童）"}, true},
		{"thai at zero width spaces", "รู้จัก\u200bสัญญาณ\u200bเตือน", 8, []string{"รู้จัก\u200b", "สัญญาณ\u200b", "เตือน"}, true},
		{"marks stay with their base", "नमस्ते दुनिया", 6, []string{"नमस्ते ", "दुनिया"}, true},
		{"mixed scripts", "请拨打 1-800-843-5678 全天", 15, []string{"请拨打 ", "1-800-843-5678 ", "全天"}, true},
		{"empty", "", 10, []string{""}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := Wrap(tc.text, tc.width, 1, mono)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") || ok != tc.ok {
				t.Errorf("Wrap(%q, %v) = %q, %v; want %q, %v", tc.text, tc.width, got, ok, tc.want, tc.ok)
			}
			if strings.Join(got, "") != tc.text {
				t.Errorf("lines %q do not join back to %q", got, tc.text)
			}
		})
	}
}

func TestWrapScalesWithSize(t *testing.T) {
	got, _ := Wrap("ab cd ef", 10, 2, mono) // each character 2 mm
	if want := "ab cd |ef"; strings.Join(got, "|") != want {
		t.Errorf("Wrap at 2 pt = %q; want %q", got, want)
	}
}

func TestWrapAnywhereCutsLongWords(t *testing.T) {
	got, ok := WrapAnywhere("see example.org/aaaaaaaaaa", 8, 1, mono)
	want := []string{"see exam", "ple.org/", "aaaaaaaa", "aa"}
	if !ok || strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("WrapAnywhere = %q, %v; want %q", got, ok, want)
	}
	got, _ = WrapAnywhere("नमस्ते", 1, 1, mono)
	for _, l := range got {
		if r, _ := utf8.DecodeRuneInString(l); isMark(r) {
			t.Errorf("line %q starts with a combining mark", l)
		}
	}
}

// FuzzWrap checks that wrapping never loses, repeats or reorders a
// character, and never puts a mark at the start of a line.
func FuzzWrap(f *testing.F) {
	for _, s := range []string{"Know the signs", "了解儿童性贩卖的迹象。", "รู้จัก\u200bสัญญาณ", "اتصل على 1-800-843-5678", "a\u0301b c"} {
		f.Add(s, 5.0)
	}
	f.Fuzz(func(t *testing.T, s string, width float64) {
		if !utf8.ValidString(s) {
			return
		}
		for _, wrap := range []func(string, float64, float64, Measure) ([]string, bool){Wrap, WrapAnywhere} {
			lines, _ := wrap(s, width, 1, mono)
			if strings.Join(lines, "") != s {
				t.Fatalf("lines %q do not join back to %q", lines, s)
			}
		}
	})
}

// TestURLBreaksOnlyAfterSlash checks that a web address breaks after a '/'
// and never after one of its hyphens, which readers drop at a line's end.
func TestURLBreaksOnlyAfterSlash(t *testing.T) {
	url := "missingkids.org/blog/2024/child-sex-trafficking-know-the-signs"
	got := pieces(url)
	want := []string{"missingkids.org/", "blog/", "2024/", "child-sex-trafficking-know-the-signs"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("pieces(%q) = %q; want %q", url, got, want)
	}
	if got := pieces("a well-known sign"); len(got) != 4 {
		t.Errorf("pieces of a hyphenated word = %q; want it broken after its hyphen", got)
	}
}
