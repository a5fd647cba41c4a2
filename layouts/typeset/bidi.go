package typeset

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/bidi"
)

// What the PDF readers' own rules leave out of reach for right-to-left
// text, each found by reading the reader's source and tried on the PDFs
// the reader test makes (4 December 2026). The glyphs are drawn left to
// right in the order lookout always drew them, since the print must not
// change by a pixel; what is left to choose is how they are cut into show
// strings, which text each maps to, and the order of the runs' text
// objects in the content stream.
//
//   - PDFium against pdf.js, on a left-to-right stretch of two or more
//     words inside right-to-left text ("…بالبشر (National Human" on the
//     posters; "بمبادرة من Saigon Noodle House"). PDFium sorts the text
//     objects of a line by where each starts on the page and keeps each
//     object's characters in the order they are written
//     (core/fpdftext/cpdf_textpage.cpp, ProcessTextObject), then treats
//     the line as right to left when it has at least as many right-to-left
//     stretches as left-to-right ones and, if so, puts every stretch
//     between spaces in reverse order (CloseTempLine, and CFX_BidiString
//     in core/fxcrt/fx_bidi.cpp). pdf.js takes text in content-stream
//     order and only turns round the characters of one text item
//     (src/core/evaluator.js getTextContent, src/core/bidi.js). So PDFium
//     needs "Human" written before "National" in one show string and
//     pdf.js needs the opposite. Tried on poster-a4-ar: the show string
//     [-4601 <Human> 3925 < > 4601 <National>] TJ prints identically and
//     PDFium then reads "National Human", but pdf.js reads "HumanNational".
//     An /ActualText (Human National) round the show string instead mends
//     PDFium and pdf.js ignores it, but poppler and MuPDF 1.28, which take
//     it as the text at that place on the page, then read "Human National".
//     A line with more Latin words than Arabic ones ("…Saigon Noodle
//     House") is left to right for PDFium, which then keeps the Arabic
//     words in page order, left to right, whatever their show strings.
//   - PDFium against pdf.js, on brackets: PDFium mirrors a bracket it reads
//     in a right-to-left stretch (AddCharInfoByRLDirection) and pdf.js
//     does not, so "(" before a Latin word in Arabic text is ")" in one of
//     them, whichever character the glyph maps to.
//   - PDFium, on a full stop after a number: it counts "." as a weak
//     character like the digits (fx_bidi.cpp AppendChar, class CS), so
//     "911." becomes one stretch read in page order, ".911"; the stop is
//     drawn in the Arabic face and the digits in the Latin one, so they
//     cannot share a show string.
//   - PDFium against pdf.js, on a line turned a quarter (the Avery 5164
//     labels): all its text objects start at the same x on the page, so
//     PDFium keeps them in content-stream order, which must be reading
//     order for pdf.js; PDFium then turns the Arabic line round as a whole
//     and puts "911." first.
//   - PDFium and poppler, on a --together page: PDFium joins text on one
//     baseline across columns into one line with one direction (the
//     English "Front desk" beside "مكتب الاستقبال" comes out "desk Front");
//     poppler picks one direction for the whole page by counting
//     left-to-right letters against right-to-left ones
//     (poppler/TextOutputDev.cc, TextPage::coalesce, primaryLR), and on a
//     left-to-right page cuts an Arabic line at every character its table
//     calls numeric, which includes "،", ".", "," and ":"
//     (UnicodeTypeTable.cc, unicodeTypeNum; reorderText), keeping the
//     pieces in page order ("مال كثير، بطاقات" reads "، بطاقات…،مال كثير").
//     poppler also runs the lines of neighbouring columns together. Tried:
//     mapping each word space of an Arabic run to U+200F RIGHT-TO-LEFT
//     MARK and a space tips poppler's count, and made 2 of the 7
//     --together pages punct with no reader worse, but it puts an
//     invisible character inside every Arabic phrase someone searches
//     for, so it is not done.
//   - MuPDF 1.21 against the print: its text device appends characters in
//     the order glyphs are drawn, with no bidi (source/fitz/stext-device.c,
//     fz_add_stext_char_imp; the right-to-left branch is compiled out) and
//     no /ActualText, so it reads every right-to-left word reversed unless
//     the glyphs are drawn right to left. Tried: each glyph of a
//     right-to-left run its own show string, written from the right, made
//     mutool exact on poster-a4-ar and -ur (and MuPDF 1.28 and pdftotext
//     -raw too), but the drawing order changes how overlapping glyph edges
//     blend: pdftoppm rasters differ in 56 to 189 pixels a poster, and
//     pdftotext (poppler's default mode) went from punct to broken.

// LeftToRight reports whether text has nothing that runs right to left
// (see allLTR): a name or an address a layout may set on a line of its
// own, left to right, on a right-to-left page.
func LeftToRight(text string) bool { return allLTR(text) }

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
