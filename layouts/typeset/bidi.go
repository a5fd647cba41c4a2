package typeset

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/bidi"
)

// allLTR reports text that the bidi algorithm sets as one left-to-right
// run in a left-to-right paragraph: nothing right-to-left in it, and no
// explicit embedding, override or isolate. Most lines are such text, and
// the bidi algorithm cost a tenth of a poster.
func allLTR(text string) bool {
	for _, r := range text {
		if r < 0x0590 { // Latin, Greek, Cyrillic and the rest below Hebrew: no R, AL, AN or explicit controls
			continue
		}
		p, _ := bidi.LookupRune(r)
		switch p.Class() {
		case bidi.R, bidi.AL, bidi.AN, bidi.LRE, bidi.RLE, bidi.LRO, bidi.RLO, bidi.PDF, bidi.LRI, bidi.RLI, bidi.FSI, bidi.PDI:
			return false
		}
	}
	return true
}

// isolateLTR wraps each stretch of left-to-right text in right-to-left
// text in LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE. A stretch runs
// from a letter of a left-to-right script or a digit 0-9 to the last such
// character (with the marks on it, and a '-' or '/' that ends it, as at a
// break inside a web address) before the next right-to-left character.
// Left alone, the bidi algorithm would turn the digit groups of
// 1-800-843-5678 after Arabic letters into Arabic numbers and set them
// right to left (5678-843-800-1); isolating word by word would set the
// words of a name in reverse order (House Noodle Saigon).
func isolateLTR(text string) string {
	var b strings.Builder
	last, start, end := 0, -1, -1 // bytes: written up to; the open stretch
	closeStretch := func() {
		if start >= 0 {
			b.WriteString(text[last:start] + "\u2066" + text[start:end] + "\u2069")
			last, start = end, -1
		}
	}
	for i, r := range text {
		p, _ := bidi.LookupRune(r)
		switch c := p.Class(); {
		case c == bidi.L || c == bidi.EN && r <= '9': // Persian and other digits go with the text around them
			if start < 0 {
				start = i
			}
			end = i + utf8.RuneLen(r)
		case c == bidi.R || c == bidi.AL || c == bidi.AN || c == bidi.EN || c == bidi.B:
			closeStretch()
		case start >= 0 && end == i && (c == bidi.NSM || c == bidi.BN || r == '-' || r == '/'):
			end = i + utf8.RuneLen(r)
		}
	}
	closeStretch()
	b.WriteString(text[last:])
	return b.String()
}

// strong reports whether rs has a letter of either direction (bidi class
// L, R or AL).
func strong(rs []rune) bool {
	for _, r := range rs {
		p, _ := bidi.LookupRune(r)
		if c := p.Class(); c == bidi.L || c == bidi.R || c == bidi.AL {
			return true
		}
	}
	return false
}

// dropIsolates removes the isolate controls isolateLTR added.
func dropIsolates(rs []rune) []rune {
	out := rs[:0:0]
	for _, r := range rs {
		if r < 0x2066 || r > 0x2069 {
			out = append(out, r)
		}
	}
	return out
}
