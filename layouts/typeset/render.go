package typeset

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"regexp"
	"sort"
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
