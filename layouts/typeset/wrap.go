package typeset

import (
	"strings"
	"unicode"
)

// Measure reports the width of a string set at a font size of 1 pt, in
// millimetres. Widths scale linearly with the size: lookout shapes without
// hinting.
type Measure func(s string) float64

// Wrap breaks one paragraph into lines no wider than width, measuring with
// measure at the given size. Lines keep their trailing spaces (they are not
// measured), so joining the lines gives back the paragraph exactly: no
// character is dropped or repeated. ok is false when a piece that cannot be
// broken is wider than width; that piece then stands on a line of its own.
func Wrap(text string, width, size float64, measure Measure) (lines []string, ok bool) {
	return wrapPieces(pieces(text), width, size, measure)
}

// splitter splits a paragraph where lines may break: pieces, or a
// Worker's memory of it.
type splitter func(text string) []string

// WrapAnywhere is Wrap for text that may break between any two characters
// (but never before a combining mark), such as a web address: it prefers
// the usual break opportunities, and cuts a piece that is still too wide.
func WrapAnywhere(text string, width, size float64, measure Measure) (lines []string, ok bool) {
	return wrapAnywhere(pieces, text, width, size, measure)
}

func wrapAnywhere(split splitter, text string, width, size float64, measure Measure) (lines []string, ok bool) {
	return wrapBetter(urlPieces(split(text), width, size, measure), width, size, measure)
}

// clusters splits s before every character that is not a mark or joiner.
func clusters(s string) []string {
	rs := []rune(s)
	var out []string
	start := 0
	for i := 1; i < len(rs); i++ {
		if !isMark(rs[i]) && rs[i] != '\u200d' && rs[i-1] != '\u200d' {
			out = append(out, string(rs[start:i]))
			start = i
		}
	}
	return append(out, string(rs[start:]))
}

func wrapPieces(ps []string, width, size float64, measure Measure) (lines []string, ok bool) {
	ok = true
	var line strings.Builder
	for _, piece := range ps {
		candidate := line.String() + piece
		if line.Len() == 0 || size*measure(trimEnd(candidate)) <= width {
			line.WriteString(piece)
			if line.Len() == len(piece) && size*measure(trimEnd(piece)) > width {
				ok = false
			}
			continue
		}
		lines = append(lines, line.String())
		line.Reset()
		line.WriteString(piece)
		if size*measure(trimEnd(piece)) > width {
			ok = false
		}
	}
	if line.Len() > 0 || len(lines) == 0 {
		lines = append(lines, line.String())
	}
	return lines, ok
}

// trimEnd drops the spaces a line may end with: they do not take room.
func trimEnd(s string) string {
	return strings.TrimRightFunc(s, func(r rune) bool { return r == ' ' || r == '\u200b' || r == '\u3000' })
}

// pieces splits text at every place a line may break. Joined, the pieces
// give back text.
func pieces(text string) []string {
	rs := []rune(text)
	var out []string
	start := 0
	for i := 1; i < len(rs); i++ {
		if canBreak(rs[i-1], rs[i], rs, i) {
			out = append(out, string(rs[start:i]))
			start = i
		}
	}
	if start < len(rs) {
		out = append(out, string(rs[start:]))
	}
	return out
}

// canBreak reports whether a line may start at rune i, between prev and cur.
func canBreak(prev, cur rune, rs []rune, i int) bool {
	switch {
	case isMark(cur) || cur == '\u200d' || cur == '\u200c' || prev == '\u200d':
		return false
	case isSpace(cur):
		return false // spaces stay at the end of the line before
	case isSpace(prev) || prev == '\u200b':
		return true
	case noLineStart(cur) || noLineEnd(prev):
		return false
	case isCJK(prev) || isCJK(cur):
		return true
	case prev == '/':
		// inside a URL path
		return i >= 2 && isAlnum(rs[i-2]) && isAlnum(cur)
	case prev == '-':
		// hyphenated words (well-|known), never phone numbers such as
		// 1-800-THE-LOST, nor short particles (кто-то, ինչ-որ), nor a web
		// address's words: poppler and PDFium take a hyphen at the end of
		// a line for a soft one and drop it from the text they extract
		return i >= 2 && unicode.IsLower(rs[i-2]) && unicode.IsLower(cur) && !inPath(rs[:i]) &&
			letters(rs[:i-1], -1) >= 3 && letters(rs[i:], 1) >= 4
	}
	return false
}

// inPath reports whether the word rs ends with holds a '/': it is part of
// a web address, which breaks only after a '/'.
func inPath(rs []rune) bool {
	for i := len(rs) - 1; i >= 0 && !isSpace(rs[i]); i-- {
		if rs[i] == '/' {
			return true
		}
	}
	return false
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isSpace(r rune) bool { return r == ' ' || r == '\u3000' }

func isMark(r rune) bool { return unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me) }

// isCJK reports characters between which Chinese and Japanese lines may
// break: ideographs, kana and fullwidth forms. Korean breaks at spaces.
func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) ||
		(r >= 0x3000 && r <= 0x303f) || (r >= 0xff00 && r <= 0xffef)
}

// noLineStart lists closing punctuation and small kana that must not begin a
// line (the usual kinsoku rules for Chinese and Japanese).
func noLineStart(r rune) bool {
	return strings.ContainsRune("、。，．：；！？）」』】〕〉》〗〙〛ー々ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ・…‥,.:;!?)]}%", r)
}

// noLineEnd lists opening punctuation that must not end a line.
func noLineEnd(r rune) bool {
	return strings.ContainsRune("（「『【〔〈《〖〘〚([{", r)
}

// letters counts the letters at the end (dir -1) or the start (dir 1) of rs.
func letters(rs []rune, dir int) int {
	n := 0
	for i := range rs {
		j := i
		if dir < 0 {
			j = len(rs) - 1 - i
		}
		if !unicode.IsLetter(rs[j]) && !isMark(rs[j]) {
			break
		}
		n++
	}
	return n
}
