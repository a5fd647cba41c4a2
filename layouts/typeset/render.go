package typeset

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"

	"codeberg.org/go-pdf/fpdf"
)

// PDF renders the document. The same document gives the same bytes.
func (d *Document) PDF() ([]byte, error) {
	if len(d.sheets) == 0 {
		return nil, fmt.Errorf("document has no pages")
	}
	first := d.sheets[0]
	pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "mm", Size: fpdf.SizeType{Wd: first.w, Ht: first.h}})
	d.setMeta(pdf)
	fonts, err := d.embedFonts()
	if err != nil {
		return nil, err
	}
	for _, e := range d.elems {
		e.marks = nil
	}
	images := d.imageSizes()
	for _, s := range d.sheets {
		pdf.AddPageFormat("P", fpdf.SizeType{Wd: s.w, Ht: s.h})
		trim, bleed := Box{0, 0, s.w, s.h}, Box{0, 0, s.w, s.h}
		if s.trim != nil {
			trim, bleed = *s.trim, *s.bleed
		}
		// PDF boxes count from the bottom left; fpdf carries a box set on
		// one page over to the next, so every page sets both.
		pdf.SetPageBox("trim", trim.X, s.h-trim.Bottom(), trim.W, trim.H)
		pdf.SetPageBox("bleed", bleed.X, s.h-bleed.Bottom(), bleed.W, bleed.H)
		s.parents = s.parents[:0]
		marked := false
		for _, o := range s.ops {
			switch o := o.(type) {
			case opMark:
				mcid := len(s.parents)
				s.parents = append(s.parents, o.e)
				o.e.marks = append(o.e.marks, mcr{s.n, mcid})
				pdf.RawWriteStr(fmt.Sprintf("/%s <</MCID %d>> BDC", o.e.role, mcid))
				marked = true
			case opMarkEnd:
				pdf.RawWriteStr("EMC")
				marked = false
			case opFill, opLine, opImage, opIcon: // an icon beside its words says nothing they do not
				if !marked {
					pdf.RawWriteStr("/Artifact BMC")
					d.replay(pdf, s, o, fonts, images)
					pdf.RawWriteStr("EMC")
					continue
				}
				d.replay(pdf, s, o, fonts, images)
			default:
				d.replay(pdf, s, o, fonts, images)
			}
		}
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return nil, fmt.Errorf("pdf: %w", err)
	}
	out, err := fonts.write(sortPageBoxes(buf.Bytes()))
	if err != nil {
		return nil, err
	}
	return d.tag(out)
}

// pageBoxLines matches the page-box lines fpdf writes into a page object,
// right after its /Parent (or /MediaBox) line.
var pageBoxLines = regexp.MustCompile(`(?:/Parent 1 0 R|/MediaBox \[[0-9. ]+\])\n((?:/(?:Trim|Bleed|Crop|Art)Box \[[0-9. ]+\]\n){2,})`)

// sortPageBoxes puts each page's box lines in one order. fpdf writes them
// by ranging over a map, so their order changed from run to run; sorting
// lines within the page object keeps every byte offset, so the
// cross-reference table stays right.
func sortPageBoxes(pdf []byte) []byte {
	return pageBoxLines.ReplaceAllFunc(pdf, func(m []byte) []byte {
		sub := pageBoxLines.FindSubmatchIndex(m)
		head, boxes := m[:sub[2]], m[sub[2]:sub[3]]
		lines := bytes.SplitAfter(boxes, []byte("\n"))
		sort.Slice(lines, func(i, j int) bool { return bytes.Compare(lines[i], lines[j]) < 0 })
		return append(append([]byte(nil), head...), bytes.Join(lines, nil)...)
	})
}

func (d *Document) setMeta(pdf *fpdf.Fpdf) {
	m := d.meta
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(0, 0, 0)
	pdf.SetCompression(true)
	pdf.SetCatalogSort(true)
	pdf.SetTitle(m.Title, true)
	pdf.SetSubject(m.Subject, true)
	pdf.SetCreator(m.Creator, true)
	pdf.SetProducer(m.Creator, true)
	pdf.SetLang(m.Lang)
	pdf.SetCreationDate(m.Created)
	pdf.SetModificationDate(m.Created)
}

func (d *Document) replay(pdf *fpdf.Fpdf, s *sheet, o op, fonts docFonts, images map[*Image]float64) {
	switch o := o.(type) {
	case opFill:
		pdf.RawWriteStr(d.fillRect(s, o.box, o.c))
	case opLine:
		pdf.RawWriteStr(d.strokeLine(s, o))
	case opTurn:
		s.turned++
		pdf.TransformBegin()
		pdf.TransformRotate(o.deg, o.cx, o.cy)
	case opTurnEnd:
		s.turned--
		pdf.TransformEnd()
	case opText:
		d.text(pdf, s, o, fonts.of[o.file])
	case opImage:
		d.image(pdf, o, images[o.img])
	case opIcon:
		pdf.RawWriteStr(d.iconOps(s, o))
	}
}

// image embeds a picture once per document, at the size its largest
// placement in the document (placedW millimetres wide) needs, and draws it
// in its box.
func (d *Document) image(pdf *fpdf.Fpdf, o opImage, placedW float64) {
	w, h := o.img.embedSize(placedW)
	e, err := o.img.embedding(w, h, d.gray())
	if err != nil {
		pdf.SetError(fmt.Errorf("image: %w", err))
		return
	}
	opts := fpdf.ImageOptions{ImageType: e.kind}
	if pdf.GetImageInfo(e.name) == nil {
		pdf.RegisterImageOptionsReader(e.name, opts, bytes.NewReader(e.data))
	}
	pdf.ImageOptions(e.name, o.box.X, o.box.Y, o.box.W, o.box.H, false, opts, 0, "")
}

// text writes a run of glyphs in one text object in the document's copy
// of their font, as CIDs. Glyphs that sit where the font's own widths
// leave the pen share one show string; a glyph the shaper moved (a kerned
// pair, a mark) starts another at its exact place, set with Tm to the
// thousandth of a point as a Td of its own would set it, so the page
// prints exactly as it always did. (Moving the pen with TJ numbers
// instead lands glyphs a hundred-thousandth of a point off, which shifts
// some pixels in a rasteriser.) y counts from the top of the sheet in
// millimetres, PDF from the bottom in points. It sets colours without
// q … Q and gives fpdf back the colours and line width it believes are
// current.
//
// A mark with no text of its own (its characters went to the glyph it
// sits on) is wrapped in an empty ActualText: readers that place
// characters where glyphs are drawn then see no character where it
// overhangs the next glyph or rises off the line (see showMarksAfter for
// right-to-left runs).
func (d *Document) text(pdf *fpdf.Fpdf, s *sheet, t opText, e *embedded) {
	const k = 72 / 25.4
	var b strings.Builder
	b.WriteString(d.colorOp(t.c, false) + " ")
	if t.faux {
		b.WriteString(d.colorOp(t.c, true) + " " + num(t.size*0.035) + " w 2 Tr ")
	}
	at := func(g placedGlyph) string { return num(g.x*k) + " " + num((s.h-g.y)*k) }
	switch {
	case t.weak && len(t.glyphs) > 1 && flat(t):
		showKerned(&b, t, e, at, true)
	case t.rtl:
		showMarksAfter(&b, t, e, at)
	case s.turned > 0 && level(t):
		showTurned(&b, t, e, at)
	default:
		showMarksInline(&b, t, e, at)
	}
	b.WriteString("ET")
	if t.faux {
		b.WriteString(" 0 Tr")
	}
	pdf.RawWriteStr(b.String())
	pdf.SetFillColor(pdf.GetFillColor())
	if t.faux {
		pdf.SetDrawColor(pdf.GetDrawColor())
		pdf.SetLineWidth(pdf.GetLineWidth())
	}
}

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
// words, the marks print as they did (pdftoppm rasters compared at 100
// and 300 dpi, 4 December 2026).
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

// gray reports whether the document prints in shades of grey only.
func (d *Document) gray() bool { return d.meta.Grayscale || d.meta.Ink == InkGray }

// gray is the grey of the same luminance as c.
func (c Color) gray() uint8 {
	return uint8(0.2126*float64(c.R) + 0.7152*float64(c.G) + 0.0722*float64(c.B) + 0.5)
}

// utf16hex encodes s as UTF-16BE in hex, after a byte order mark when bom
// is set (a PDF text string).
func utf16hex(s string, bom bool) string {
	var b []byte
	if bom {
		b = append(b, 0xFE, 0xFF)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u>>8), byte(u))
	}
	return hex.EncodeToString(b)
}
