package typeset

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Better line breaks than first-fit: a paragraph does not end on a line of
// a single word (or one ideograph) when a word from the line before can
// join it; in Chinese and
// Japanese a line that would end between two ideographs ends after the
// punctuation earlier on it instead, when that leaves it at least a third
// full; and a web address breaks after a "/" before it breaks anywhere
// else.

// wrapBetter wraps pieces into lines no wider than width (see wrapPrefer)
// and, when the last line holds one word only, moves the last word of the
// line before down to it, if that line keeps a word and the last line
// still fits: "Know the signs of child / sex trafficking", not "… child
// sex / trafficking".
func wrapBetter(ps []string, width, size float64, measure Measure) (lines []string, ok bool) {
	lines, ok = wrapPrefer(ps, width, size, measure)
	if !ok {
		return lines, ok
	}
	for range 3 { // a word broken at its hyphen, or ideographs, move down one by one
		var moved bool
		if lines, moved = pullDown(lines, ps, width, size, measure); !moved {
			break
		}
	}
	// a line left with one word by what moved down takes one from the line
	// above it in turn
	for k := len(lines) - 1; k >= 2; k-- {
		starts := lineStarts(lines, ps)
		if starts == nil {
			break
		}
		head, moved := pullDown(lines[:k], ps[:starts[k]], width, size, measure)
		if !moved {
			break
		}
		lines = append(head, lines[k:]...)
	}
	return lines, ok
}

// pullDown moves the last word of the line before the last down to the
// last line, when the last holds one word only (or two ideographs), the
// line before keeps a word and the last line still fits.
func pullDown(lines, ps []string, width, size float64, measure Measure) ([]string, bool) {
	n := len(lines)
	if n < 2 {
		return lines, false
	}
	starts := lineStarts(lines, ps)
	if starts == nil {
		return lines, false
	}
	first, from := starts[n-2], starts[n-1]
	words, enough := 1, 2 // a last line of two words is enough; of three ideographs in Chinese and Japanese
	if strings.IndexFunc(lines[n-1], isIdeograph) >= 0 {
		enough = 3
	}
	for k := from; k < len(ps)-1; k++ {
		if wordEnd(ps[k]) {
			words++
		}
	}
	if words >= enough {
		return lines, false
	}
	k := from - 1 // the last word of the line before starts at k
	for k > first && !wordEnd(ps[k-1]) {
		k--
	}
	if k == first {
		return lines, false // it has one word only
	}
	moved := strings.Join(ps[k:from], "")
	if size*measure(trimEnd(moved+lines[n-1])) > width {
		return lines, false
	}
	out := append([]string(nil), lines...)
	out[n-2] = strings.TrimSuffix(lines[n-2], moved)
	out[n-1] = moved + lines[n-1]
	return out, true
}

// wordEnd reports whether a word ends with the piece: it ends with a
// space, or is Chinese or Japanese, where every character counts.
func wordEnd(piece string) bool {
	r, _ := utf8.DecodeLastRuneInString(piece)
	return isSpace(r) || r == '\u200b' || isCJK(r)
}

// lineStarts returns the index in ps of the first piece of each line; nil
// when the lines are not made of whole pieces.
func lineStarts(lines, ps []string) []int {
	starts := make([]int, len(lines))
	k := 0
	for i, l := range lines {
		starts[i] = k
		for n := 0; n < len(l); k++ {
			if k >= len(ps) {
				return nil
			}
			n += len(ps[k])
		}
	}
	if k != len(ps) {
		return nil
	}
	return starts
}

// wrapPrefer is first-fit wrapping, except that where a line would end
// between two ideographs it ends instead after punctuation or a space on
// it, when that leaves it at least a third full.
func wrapPrefer(ps []string, width, size float64, measure Measure) (lines []string, ok bool) {
	ok = true
	var cur []string
	line := "" // the pieces of cur joined: kept, not joined again for every piece
	wide := func(s string) bool { return size*measure(trimEnd(s)) > width }
	for i := 0; i < len(ps); i++ {
		piece := ps[i]
		if len(cur) == 0 {
			cur, line = append(cur, piece), piece
			if wide(piece) {
				ok = false
			}
			continue
		}
		if longer := line + piece; !wide(longer) {
			cur, line = append(cur, piece), longer
			continue
		}
		if weakBreak(cur[len(cur)-1], piece) {
			if j := strongBreak(cur, width/3, size, measure); j > 0 {
				lines = append(lines, strings.Join(cur[:j], ""))
				cur = append([]string(nil), cur[j:]...)
				line = strings.Join(cur, "")
				i-- // set the piece again after what moved down
				continue
			}
		}
		lines = append(lines, line)
		cur, line = []string{piece}, piece
		if wide(piece) {
			ok = false
		}
	}
	if len(cur) > 0 || len(lines) == 0 {
		lines = append(lines, line)
	}
	return lines, ok
}

// weakBreak reports whether a break between pieces a and b falls between
// two ideographs or kana with no punctuation: possibly inside a word.
func weakBreak(a, b string) bool {
	ra, _ := utf8.DecodeLastRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	return isIdeograph(ra) && isIdeograph(rb)
}

// isIdeograph reports Chinese and Japanese letters, not their punctuation.
func isIdeograph(r rune) bool { return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) }

// strongBreak returns the last j at which the line cur may end after
// punctuation or a space, leaving at least min millimetres on it; 0 when
// there is none.
func strongBreak(cur []string, min, size float64, measure Measure) int {
	for j := len(cur) - 1; j > 0; j-- {
		r, _ := utf8.DecodeLastRuneInString(cur[j-1])
		if !(unicode.IsPunct(r) || isSpace(r) || r == '\u200b') {
			continue
		}
		if size*measure(trimEnd(strings.Join(cur[:j], ""))) < min {
			return 0
		}
		return j
	}
	return 0
}

// urlPieces groups the pieces of a web address so that it breaks after a
// "/" only; a group too wide for the line falls back to its own pieces,
// and a piece still too wide to its characters.
func urlPieces(ps []string, width, size float64, measure Measure) []string {
	var out, group []string
	flush := func() {
		if len(group) == 0 {
			return
		}
		if g := strings.Join(group, ""); size*measure(trimEnd(g)) <= width {
			out = append(out, g)
		} else {
			for _, p := range group {
				if size*measure(trimEnd(p)) <= width {
					out = append(out, p)
				} else {
					out = append(out, clusters(p)...)
				}
			}
		}
		group = nil
	}
	for _, p := range ps {
		group = append(group, p)
		if strings.HasSuffix(p, "/") || strings.HasSuffix(p, " ") {
			flush()
		}
	}
	flush()
	return out
}
