package translations

import (
	"fmt"
	"reflect"
	"strings"
	"unicode"
)

// Problem is one thing wrong with a catalog.
type Problem struct {
	Tag, Key, What string
}

func (p Problem) String() string { return fmt.Sprintf("%s: %s: %s", p.Tag, p.Key, p.What) }

// Check compares a catalog with the source: every key present and none
// extra, the same placeholders, no all-caps sentence, no stray spaces, and
// Thai and Khmer text with U+200B at word breaks.
func Check(c, source *Catalog) []Problem {
	var out []Problem
	add := func(key, format string, args ...any) {
		out = append(out, Problem{c.Tag, key, fmt.Sprintf(format, args...)})
	}
	for _, k := range source.order {
		if !c.Has(k) {
			add(k, "missing (or marked fuzzy)")
		}
	}
	for _, k := range c.order {
		src, ok := source.msgs[k]
		if !ok {
			add(k, "not in en.po: remove it or add it there first")
			continue
		}
		s := c.msgs[k]
		if a, b := Placeholders(src), Placeholders(s); !reflect.DeepEqual(a, b) {
			add(k, "placeholders %v, but English has %v", b, a)
		}
		if s != strings.TrimSpace(s) || strings.Contains(s, "  ") {
			add(k, "leading, trailing or double spaces")
		}
		if shouting(s) {
			add(k, "all capitals: write it in sentence case")
		}
		if (c.Script == "Thai" || c.Script == "Khmr") && len([]rune(s)) > 12 && !strings.ContainsRune(s, '\u200b') && !strings.ContainsRune(s, ' ') {
			add(k, "no U+200B between words: lines cannot break")
		}
	}
	return out
}

// shouting reports text with several words and no lower-case letter where
// the script has case.
func shouting(s string) bool {
	upper, lower := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	return upper > 12 && lower == 0
}
