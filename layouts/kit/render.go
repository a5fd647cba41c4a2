package kit

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"regexp"
	"sort"
	"unicode/utf16"

	"codeberg.org/go-pdf/fpdf"
	"github.com/go-text/typesetting/font"

	"lookout/layouts/kit/internal/ttf"
)

// embedded is one font as this document embeds it: a subset holding only
// the glyphs the document uses, each reachable through a BMP code point.
type embedded struct {
	key   string
	runes map[font.GID]rune
}

// PDF renders the document. The same document gives the same bytes.
func (d *Document) PDF() ([]byte, error) {
	if len(d.sheets) == 0 {
		return nil, fmt.Errorf("document has no pages")
	}
	first := d.sheets[0]
	pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "mm", Size: fpdf.SizeType{Wd: first.w, Ht: first.h}})
	d.setMeta(pdf)
	fonts, err := d.embedFonts(pdf)
	if err != nil {
		return nil, err
	}
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
		for _, o := range s.ops {
			d.replay(pdf, o, fonts)
		}
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return nil, fmt.Errorf("pdf: %w", err)
	}
	return sortPageBoxes(buf.Bytes()), nil
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

// embedFonts gives every glyph the document uses a code point — its own
// when the font maps one in the BMP, a private-use one otherwise — and
// embeds a subset of each font with that cmap.
func (d *Document) embedFonts(pdf *fpdf.Fpdf) (map[*fontFile]*embedded, error) {
	out := map[*fontFile]*embedded{}
	var order []*fontFile
	for _, s := range d.sheets {
		for _, o := range s.ops {
			t, ok := o.(opText)
			if !ok {
				continue
			}
			e := out[t.file]
			if e == nil {
				e = &embedded{key: fmt.Sprintf("f%d", len(order)), runes: map[font.GID]rune{}}
				out[t.file] = e
				order = append(order, t.file)
			}
			for _, g := range t.gids {
				e.assign(t.file, g)
			}
		}
	}
	for _, f := range order {
		e := out[f]
		cmap := make(map[rune]uint16, len(e.runes))
		for g, r := range e.runes {
			cmap[r] = uint16(g)
		}
		sub, err := ttf.Subset(f.src, cmap)
		if err != nil {
			return nil, fmt.Errorf("font %s: %w", f.name, err)
		}
		pdf.AddUTF8FontFromBytes(e.key, "", sub)
	}
	return out, pdf.Error()
}

// assign gives glyph g a code point in this document.
func (e *embedded) assign(f *fontFile, g font.GID) {
	if _, ok := e.runes[g]; ok {
		return
	}
	if r, ok := f.rev[g]; ok {
		e.runes[g] = r
		return
	}
	r := rune(0xE000)
	for taken(e, f, r) {
		r++
	}
	e.runes[g] = r
}

func taken(e *embedded, f *fontFile, r rune) bool {
	if f.used[r] {
		return true
	}
	for _, x := range e.runes {
		if x == r {
			return true
		}
	}
	return false
}

func (d *Document) replay(pdf *fpdf.Fpdf, o op, fonts map[*fontFile]*embedded) {
	switch o := o.(type) {
	case opFill:
		c := d.color(o.c)
		pdf.SetFillColor(int(c.R), int(c.G), int(c.B))
		pdf.Rect(o.box.X, o.box.Y, o.box.W, o.box.H, "F")
	case opLine:
		c := d.color(o.c)
		pdf.SetDrawColor(int(c.R), int(c.G), int(c.B))
		pdf.SetLineWidth(o.width)
		if o.dash > 0 {
			pdf.SetDashPattern([]float64{o.dash, o.dash}, 0)
		}
		pdf.Line(o.x1, o.y1, o.x2, o.y2)
		pdf.SetDashPattern(nil, 0)
	case opSpan:
		pdf.RawWriteStr("/Span <</ActualText <" + utf16hex(o.text) + ">>> BDC")
	case opSpanEnd:
		pdf.RawWriteStr("EMC")
	case opTurn:
		pdf.TransformBegin()
		pdf.TransformRotate(o.deg, o.cx, o.cy)
	case opTurnEnd:
		pdf.TransformEnd()
	case opText:
		d.text(pdf, o, fonts[o.file])
	case opImage:
		d.image(pdf, o)
	}
}

// image embeds a picture once per document, under a name made from its
// pixels, and draws it in its box.
func (d *Document) image(pdf *fpdf.Fpdf, o opImage) {
	data, key := o.img.png, o.img.key
	if d.meta.Grayscale {
		var err error
		if data, err = o.img.grayPNG(); err != nil {
			pdf.SetError(fmt.Errorf("image: %w", err))
			return
		}
		key += "g"
	}
	opts := fpdf.ImageOptions{ImageType: "PNG"}
	pdf.RegisterImageOptionsReader(key, opts, bytes.NewReader(data))
	pdf.ImageOptions(key, o.box.X, o.box.Y, o.box.W, o.box.H, false, opts, 0, "")
}

func (d *Document) text(pdf *fpdf.Fpdf, t opText, e *embedded) {
	c := d.color(t.c)
	pdf.SetFont(e.key, "", t.size)
	pdf.SetTextColor(int(c.R), int(c.G), int(c.B))
	rs := make([]rune, len(t.gids))
	for i, g := range t.gids {
		rs[i] = e.runes[g]
	}
	if t.faux {
		pdf.SetDrawColor(int(c.R), int(c.G), int(c.B))
		pdf.SetLineWidth(t.size * PtMM * 0.035)
		pdf.SetTextRenderingMode(2)
	}
	pdf.Text(t.x, t.y, string(rs))
	if t.faux {
		pdf.SetTextRenderingMode(0)
	}
}

// color returns c, or its grey of the same luminance on a grayscale document.
func (d *Document) color(c Color) Color {
	if !d.meta.Grayscale {
		return c
	}
	y := c.gray()
	return Color{y, y, y}
}

// gray is the grey of the same luminance as c.
func (c Color) gray() uint8 {
	return uint8(0.2126*float64(c.R) + 0.7152*float64(c.G) + 0.0722*float64(c.B) + 0.5)
}

// utf16hex encodes s as a PDF text string: UTF-16BE with a byte order mark,
// in hex.
func utf16hex(s string) string {
	var b []byte
	b = append(b, 0xFE, 0xFF)
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u>>8), byte(u))
	}
	return hex.EncodeToString(b)
}
