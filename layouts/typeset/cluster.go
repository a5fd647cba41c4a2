package typeset

import "github.com/go-text/typesetting/shaping"

// clusterTexts gives each shaped glyph the characters it stands for, so a
// PDF reader gets back the text from the glyphs alone. HarfBuzz groups
// glyphs and characters into clusters; each cluster's characters are
// spread over its glyphs that take room (see spacing) in reading order,
// one each, and the last takes the rest (a ligature such as "ffi" or
// lam-alef stands for all of them). A glyph left without a character (a
// mark, a glyph beyond the cluster's characters) gets "". A zero-width
// joiner or non-joiner goes with a glyph that has text: in a left-to-right
// run at the head of the next one's text, in a right-to-left run at the
// end of the one before. In a right-to-left run each glyph's text is
// written backwards: the readers rebuild reading order by turning the
// characters of a run round one by one, a glyph's several characters too
// (pdf.js joins the glyphs' texts and reverses the characters,
// src/core/evaluator.js runBidiTransform and src/core/bidi.js; PDFium
// reverses each right-to-left segment character by character,
// core/fpdftext/cpdf_textpage.cpp CloseTempLine; seen 4 December 2026),
// which set the kasra of "اطوِ" on the letter before its own. Backwards,
// a joiner at the end of the glyph before also comes first, as it must:
// pdf.js drops every glyph whose text ends in a format character
// (src/core/unicode.js, getCharUnicodeCategory), which lost the letter
// before each joiner of Persian "نشانه‌ها".
// gs is in visual order;
// rtl says the run reads right to left. rs is the text the clusters index.
func clusterTexts(rs []rune, gs []shaping.Glyph, rtl bool) []string {
	texts := make([]string, len(gs))
	order := make([]int, 0, len(gs)) // glyph indices in reading order
	for i := 0; i < len(gs); {
		j := i + 1
		for j < len(gs) && gs[j].TextIndex() == gs[i].TextIndex() {
			j++
		}
		first := len(order)
		for k := i; k < j; k++ {
			order = append(order, k)
		}
		idx := order[first:]
		if rtl {
			reverse(idx)
		}
		lo := min(max(gs[i].TextIndex(), 0), len(rs))
		hi := min(lo+max(gs[i].RunesCount(), 1), len(rs))
		chars := rs[lo:hi]
		over := spacing(idx, gs)
		for k, g := range over {
			switch {
			case k >= len(chars):
			case k == len(over)-1:
				texts[g] = string(chars[k:])
			default:
				texts[g] = string(chars[k])
			}
		}
		i = j
	}
	if rtl {
		// clusters come right to left in visual order: read them the other way
		reverseClusters(order, gs)
	}
	for k, g := range order {
		if texts[g] == "" || !onlyJoiners(texts[g]) {
			continue
		}
		if rtl {
			if k > 0 {
				texts[order[k-1]] += texts[g]
				texts[g] = ""
			}
			continue
		}
		for _, next := range order[k+1:] {
			if texts[next] != "" {
				texts[next] = texts[g] + texts[next]
				texts[g] = ""
				break
			}
		}
	}
	if rtl {
		for i, t := range texts {
			texts[i] = backwards(t)
		}
	}
	return texts
}

// backwards is s with its characters in the opposite order.
func backwards(s string) string {
	rs := []rune(s)
	if len(rs) < 2 {
		return s
	}
	reverse(rs)
	return string(rs)
}

// spacing is the glyphs of a cluster, in reading order, that take room
// on the line, and its first glyph whatever its width: the glyphs its
// characters are spread over. A mark the shaper places over or under
// another glyph gets none: readers place a character where its glyph is
// drawn, and a mark that overhangs the next glyph, or is raised, reads as
// a character of the next word or as a word of its own.
func spacing(idx []int, gs []shaping.Glyph) []int {
	out := idx[:1:1]
	for _, g := range idx[1:] {
		if gs[g].Advance != 0 {
			out = append(out, g)
		}
	}
	return out
}

// reverseClusters turns order, glyph indices cluster by cluster in visual
// order, into reading order for a right-to-left run: the clusters reversed,
// each keeping its own (already reading) order.
func reverseClusters(order []int, gs []shaping.Glyph) {
	out := make([]int, 0, len(order))
	for end := len(order); end > 0; {
		start := end - 1
		for start > 0 && gs[order[start-1]].TextIndex() == gs[order[end-1]].TextIndex() {
			start--
		}
		out = append(out, order[start:end]...)
		end = start
	}
	copy(order, out)
}

func onlyJoiners(s string) bool {
	for _, r := range s {
		if r != '\u200d' && r != '\u200c' {
			return false
		}
	}
	return true
}
