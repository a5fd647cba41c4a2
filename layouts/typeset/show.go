package typeset

import (
	"fmt"
	"strconv"
	"strings"
)

// The show strings of a run of glyphs: how its glyphs are cut into text
// objects and in what order they are written, which is what the PDF
// readers rebuild the text from (see bidi.go for what their rules leave
// out of reach).

// showMarksInline writes the glyphs in their order, each mark with no text
// of its own in an empty ActualText of its own.
func showMarksInline(b *strings.Builder, t opText, e *embedded, at func(placedGlyph) string) {
	fmt.Fprintf(b, "BT /%s %s Tf %s Td ", e.key, num(t.size), at(t.glyphs[0]))
	silent := t.glyphs[0].silent
	if silent {
		b.WriteString("/Span <</ActualText ()>> BDC ")
	}
	b.WriteString("<")
	for i, g := range t.glyphs {
		if quiet := g.silent; i > 0 && (!g.follows || quiet != silent) {
			b.WriteString("> Tj ")
			if silent {
				b.WriteString("EMC ")
			}
			if silent = quiet; silent {
				b.WriteString("/Span <</ActualText ()>> BDC ")
			}
			if !g.follows {
				b.WriteString("1 0 0 1 " + at(g) + " Tm ")
			}
			b.WriteString("<")
		}
		writeCID(b, e.cid[glyphText{g.id, g.text}])
	}
	b.WriteString("> Tj ")
	if silent {
		b.WriteString("EMC ")
	}
}

// showMarksAfter writes the glyphs of a right-to-left run with the marks
// that have no text of their own after the others, each at its place in
// an empty ActualText. pdf.js ends a text item at every marked-content
// operator (src/core/evaluator.js, getTextContent) and sets right to left
// one item at a time, so marks in the middle cut an Arabic run into pieces
// it read left to right. Such a mark takes no room, so the glyph after it
// sits where the pen leaves them all the same, unless the mark was set
// with Tm: then that glyph is too. (Kept to right-to-left runs: a
// Devanagari vowel sign drawn after its consonant instead of with it
// rasterises a few pixels differently where the two overlap.)
func showMarksAfter(b *strings.Builder, t opText, e *embedded, at func(placedGlyph) string) {
	fmt.Fprintf(b, "BT /%s %s Tf ", e.key, num(t.size))
	first, moved := true, false // moved: a mark set with Tm was left out just before
	for _, g := range t.glyphs {
		if g.silent {
			moved = moved || !g.follows
			continue
		}
		switch {
		case first:
			b.WriteString(at(g) + " Td <")
		case !g.follows || moved:
			b.WriteString("> Tj 1 0 0 1 " + at(g) + " Tm <")
		}
		first, moved = false, false
		writeCID(b, e.cid[glyphText{g.id, g.text}])
	}
	if !first {
		b.WriteString("> Tj ")
	}
	showSilent(b, t.glyphs, e, at, first)
}

// showSilent writes the marks among gs that have no text of their own,
// each at its place in an empty ActualText, after the glyphs that have
// text: inside an open text object, which has no pen set yet when first.
func showSilent(b *strings.Builder, gs []placedGlyph, e *embedded, at func(placedGlyph) string, first bool) {
	for _, g := range gs {
		if !g.silent {
			continue
		}
		b.WriteString("/Span <</ActualText ()>> BDC ")
		if first {
			b.WriteString(at(g) + " Td <")
			first = false
		} else {
			b.WriteString("1 0 0 1 " + at(g) + " Tm <")
		}
		writeCID(b, e.cid[glyphText{g.id, g.text}])
		b.WriteString("> Tj EMC ")
	}
}

// flat reports a run with every glyph on its baseline and none a mark
// without text: one that showKerned can write.
func flat(t opText) bool {
	for _, g := range t.glyphs {
		if g.silent || g.y != t.glyphs[0].y {
			return false
		}
	}
	return true
}

// level reports a run with every glyph on one baseline, marks without
// text of their own too.
func level(t opText) bool {
	for _, g := range t.glyphs {
		if g.y != t.glyphs[0].y {
			return false
		}
	}
	return true
}

// showTurned writes a run on a turned part of a page (a tent card's far
// panel) as one show string, with showKerned, and the marks that have no
// text of their own after it as showMarksAfter does. PDFium reads the
// text objects of a line in the order they stand on the page, left to
// right, each one's characters in the order they are written (see
// showKerned), so on an upside-down line every mark written in between
// cut the line into pieces read last to first: PDFium gave the Hindi
// questions' words in reverse order ("…कोई आपको पै"). Drawn after the
// words, the marks print as they did: pdftoppm rasters of the tents and
// the Avery 5164 labels in Hindi, Punjabi and Thai, the PDFs this
// changes, are identical at 100 and 300 dpi (4 December 2026). MuPDF's
// rasteriser, which adds up the TJ numbers in single precision, puts a
// glyph on another subpixel in 5 of those 12 at some resolutions, as it
// already did for showKerned's other runs (the English guest tent at
// 100 dpi, against the same line written with Tm).
//
// Still out of reach on a turned line (tried 4 December 2026): a line in
// two faces, as where Armenian's comma or Amharic's question mark comes
// from the Latin face, is a show string a face, which PDFium reads last
// to first; and marks set off the baseline (Khmer subscripts, some Thai
// marks) keep their place in the line and cut it, since drawn after the
// words they blend differently with them (pdftoppm rasters of the Khmer
// 4x3 tent and the Thai Avery 5164 labels changed when they were).
func showTurned(b *strings.Builder, t opText, e *embedded, at func(placedGlyph) string) {
	body := make([]placedGlyph, 0, len(t.glyphs))
	moved := false // a mark set with Tm was left out just before
	for _, g := range t.glyphs {
		if g.silent {
			moved = moved || !g.follows
			continue
		}
		g.follows = g.follows && !moved
		moved = false
		body = append(body, g)
	}
	if len(body) == len(t.glyphs) {
		showKerned(b, t, e, at, false)
		return
	}
	if len(body) > 0 {
		words := t
		words.glyphs = body
		showKerned(b, words, e, at, false)
		fmt.Fprintf(b, "ET BT /%s %s Tf ", e.key, num(t.size))
	} else {
		fmt.Fprintf(b, "BT /%s %s Tf ", e.key, num(t.size))
	}
	showSilent(b, t.glyphs, e, at, true)
}

// showKerned writes a run as one show string, a TJ whose numbers move the
// pen from where the font's widths leave it to exactly where the glyph
// would otherwise be drawn: where Tm sets a glyph the shaper moved (a
// kerned pair), where the pen leaves the others. PDFium makes a text
// object of every show string and reads the objects of a line from left
// to right on the page (core/fpdftext/cpdf_textpage.cpp,
// ProcessTextObject), so a line turned upside down, as on a tent card's
// far panel, read piece by piece from its end. backward writes the glyphs
// from the right: readers leave a piece of a right-to-left run without
// letters (".%" after "100") in the order it is written, so it must be
// written in reading order. The numbers carry as many digits as the
// arithmetic holds: rounded to thousandths they would land glyphs a
// hundred-thousandth of a point off, which shifts pixels in a rasteriser.
func showKerned(b *strings.Builder, t opText, e *embedded, at func(placedGlyph) string, backward bool) {
	const k = 72 / 25.4 // points a millimetre
	// where the renderer draws each glyph, adding up the widths as it does
	exact := func(v float64) float64 { f, _ := strconv.ParseFloat(num(v), 64); return f } // num writes a number
	pos := make([]float64, len(t.glyphs))
	for i, g := range t.glyphs {
		if i == 0 || !g.follows {
			pos[i] = exact(g.x * k)
		} else {
			p := t.glyphs[i-1]
			pos[i] = pos[i-1] + e.pdf.advance[e.cid[glyphText{p.id, p.text}]]*t.size/1000
		}
	}
	order := make([]int, len(t.glyphs))
	for i := range order {
		order[i] = i
	}
	if backward {
		reverse(order)
	}
	_, y, _ := strings.Cut(at(t.glyphs[0]), " ") // flat: every glyph on one baseline
	fmt.Fprintf(b, "BT /%s %s Tf %s %s Td [<", e.key, num(t.size), strconv.FormatFloat(pos[order[0]], 'f', -1, 64), y)
	pen := pos[order[0]]
	for n, i := range order {
		g := t.glyphs[i]
		if n > 0 && pen != pos[i] {
			b.WriteString("> " + strconv.FormatFloat((pen-pos[i])*1000/t.size, 'f', -1, 64) + " <")
			pen = pos[i]
		}
		c := e.cid[glyphText{g.id, g.text}]
		writeCID(b, c)
		pen += e.pdf.advance[c] * t.size / 1000
	}
	b.WriteString(">] TJ ")
}

// writeCID writes a CID as four hex digits.
func writeCID(b *strings.Builder, c uint16) {
	b.WriteString(hexDigits[c>>12&15 : c>>12&15+1])
	b.WriteString(hexDigits[c>>8&15 : c>>8&15+1])
	b.WriteString(hexDigits[c>>4&15 : c>>4&15+1])
	b.WriteString(hexDigits[c&15 : c&15+1])
}

const hexDigits = "0123456789ABCDEF"
