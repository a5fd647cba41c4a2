package typeset

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"
	"sync"

	"github.com/go-text/typesetting/font"

	"lookout/layouts/typeset/internal/ttf"
)

// pdfFont is a font subset as a PDF embeds it: a Type 0 font with a
// TrueType CIDFont. Each CID stands for one glyph with one text (see
// clusterTexts): the same glyph drawn for different characters gets a CID
// for each, and a CIDToGIDMap sends every CID to its glyph in the subset,
// so the ToUnicode CMap gives every glyph back the characters it was
// shaped from. It is built once per font and (glyph, text) list and kept
// by the Worker; each document that uses it writes its objects.
//
// lookout writes these objects itself rather than through fpdf's UTF-8
// fonts: fpdf re-parses, JSON-hashes (65 536 widths) and re-subsets every
// font of every document, about 4 ms a font, more than the rest of a
// poster put together once shaping is cached.
type pdfFont struct {
	name       string    // BaseFont: a subset tag and the font's name
	widths     string    // the CIDFont's W array
	descriptor string    // the FontDescriptor's metrics
	file       []byte    // the subset, deflated
	fileLen    int       // the subset's length before deflating
	toUnicode  []byte    // the ToUnicode CMap, deflated
	cidToGID   []byte    // the CIDToGIDMap stream, deflated
	advance    []float64 // each CID's width as the W array gives it, in thousandths of the size
}

// glyphText is a glyph and the characters it stands for: one CID.
type glyphText struct {
	id   font.GID
	text string
}

// embedded is one font as a document embeds it: the glyphs it uses, each
// with a BMP code point in the subset's cmap, the (glyph, text) pairs it
// draws, numbered from CID 1 in the order of first use, and the subset.
type embedded struct {
	key   string // the resource name pages use, e.g. LF0
	file  *fontFile
	runes map[font.GID]rune
	next  rune // the next private-use code point to try
	pairs []glyphText
	cid   map[glyphText]uint16
	pdf   *pdfFont
}

// docFonts is the fonts of a document, in the order it first uses them.
type docFonts struct {
	of    map[*fontFile]*embedded
	order []*embedded
}

// embedFonts gives every glyph the document uses a code point (its own
// when the font maps one in the BMP, a private-use one otherwise) and a
// CID for each text it stands for, and subsets each font to its glyphs.
func (d *Document) embedFonts() (docFonts, error) {
	fonts := docFonts{of: map[*fontFile]*embedded{}}
	for _, s := range d.sheets {
		for _, o := range s.ops {
			t, ok := o.(opText)
			if !ok {
				continue
			}
			e := fonts.of[t.file]
			if e == nil {
				e = &embedded{key: fmt.Sprintf("LF%d", len(fonts.order)), file: t.file,
					runes: map[font.GID]rune{}, cid: map[glyphText]uint16{}}
				fonts.of[t.file] = e
				fonts.order = append(fonts.order, e)
			}
			for _, g := range t.glyphs {
				e.assign(t.file, g.id)
				k := glyphText{g.id, g.text}
				if _, ok := e.cid[k]; !ok {
					if len(e.pairs) == 0xFFFE {
						return fonts, fmt.Errorf("font %s: more than %d glyph and text pairs", t.file.name, 0xFFFE)
					}
					e.pairs = append(e.pairs, k)
					e.cid[k] = uint16(len(e.pairs))
				}
			}
		}
	}
	for _, e := range fonts.order {
		p, err := d.w.font(e.file, e.runes, e.pairs)
		if err != nil {
			return fonts, fmt.Errorf("font %s: %w", e.file.name, err)
		}
		e.pdf = p
	}
	return fonts, nil
}

// assign gives glyph g a code point in this document: its own, or the
// next private-use one that the font does not map itself.
func (e *embedded) assign(f *fontFile, g font.GID) {
	if _, ok := e.runes[g]; ok {
		return
	}
	r, ok := f.runeOf(g)
	if !ok {
		e.next = max(e.next, puaFirst)
		for f.pua[e.next] {
			e.next++
		}
		r = e.next
		e.next++
	}
	e.runes[g] = r
}

// write adds the fonts to a PDF that fpdf made.
func (fonts docFonts) write(pdf []byte) ([]byte, error) {
	names := make([]string, len(fonts.order))
	ps := make([]*pdfFont, len(fonts.order))
	for i, e := range fonts.order {
		names[i], ps[i] = e.key, e.pdf
	}
	return addFonts(pdf, names, ps)
}

// newPDFFont subsets f to the glyphs of runes, each reachable in the
// subset's cmap through its code point in runes, and gives pairs[i] CID
// i+1.
func newPDFFont(f *fontFile, runes map[font.GID]rune, pairs []glyphText, key string) (*pdfFont, error) {
	cmap := make(map[rune]uint16, len(runes))
	for g, r := range runes {
		cmap[r] = uint16(g)
	}
	sub, ids, err := ttf.SubsetIDs(f.src, cmap)
	if err != nil {
		return nil, err
	}
	in, err := ttf.ReadInfo(sub)
	if err != nil {
		return nil, err
	}
	p := &pdfFont{name: subsetTag(key) + "+" + f.name, fileLen: len(sub)}
	em := func(v int) string { return num(float64(v) * 1000 / float64(in.UnitsPerEm)) }
	gidMap := make([]byte, 2*(len(pairs)+1))
	p.advance = make([]float64, len(pairs)+1)
	var w strings.Builder
	w.WriteString("[1 [")
	for i, pr := range pairs {
		g := ids[uint16(pr.id)]
		binary.BigEndian.PutUint16(gidMap[2*(i+1):], g)
		if i > 0 {
			w.WriteByte(' ')
		}
		adv := em(in.Advances[g])
		w.WriteString(adv)
		p.advance[i+1], _ = strconv.ParseFloat(adv, 64) // num writes a number
	}
	w.WriteString("]]")
	p.widths = w.String()
	p.descriptor = fmt.Sprintf("/Flags 4 /FontBBox [%s %s %s %s] /ItalicAngle %s /Ascent %s /Descent %s /CapHeight %s /StemV 80",
		em(in.XMin), em(in.YMin), em(in.XMax), em(in.YMax), num(in.ItalicAngle), em(in.Ascent), em(in.Descent), em(in.CapHeight))
	p.file = deflate(sub)
	p.toUnicode = deflate(toUnicode(pairs))
	p.cidToGID = deflate(gidMap)
	return p, nil
}

// toUnicode writes the CMap that maps each CID to the text its glyph
// stands for. A glyph with no text of its own maps to ZERO WIDTH SPACE:
// a reader then neither drops it as unmapped nor invents a character.
func toUnicode(pairs []glyphText) []byte {
	var b bytes.Buffer
	b.WriteString("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
		"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n" +
		"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
		"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
	for i := 0; i < len(pairs); i += 100 { // a bfchar block holds at most 100 entries
		block := pairs[i:min(len(pairs), i+100)]
		fmt.Fprintf(&b, "%d beginbfchar\n", len(block))
		for j, p := range block {
			text := p.text
			if text == "" {
				text = "\u200b"
			}
			fmt.Fprintf(&b, "<%04X> <%s>\n", i+j+1, utf16hex(text, false))
		}
		b.WriteString("endbfchar\n")
	}
	b.WriteString("endcmap\nCMapName currentdict /CMapResource defineresource pop\nend\nend\n")
	return b.Bytes()
}

// objects writes the font's objects, numbered from first, and where each
// starts in what it wrote.
func (p *pdfFont) objects(first int) ([]byte, [fontObjects]int) {
	var b bytes.Buffer
	var at [fontObjects]int
	obj := func(i int, format string, args ...any) {
		at[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n", first+i)
		fmt.Fprintf(&b, format, args...)
	}
	obj(0, "<</Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R>>\nendobj\n",
		p.name, first+1, first+4)
	obj(1, "<</Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /FontDescriptor %d 0 R /CIDToGIDMap %d 0 R /W %s>>\nendobj\n",
		p.name, first+2, first+5, p.widths)
	obj(2, "<</Type /FontDescriptor /FontName /%s %s /FontFile2 %d 0 R>>\nendobj\n", p.name, p.descriptor, first+3)
	obj(3, "<</Length %d /Length1 %d /Filter /FlateDecode>>\nstream\n%s\nendstream\nendobj\n", len(p.file), p.fileLen, p.file)
	obj(4, "<</Length %d /Filter /FlateDecode>>\nstream\n%s\nendstream\nendobj\n", len(p.toUnicode), p.toUnicode)
	obj(5, "<</Length %d /Filter /FlateDecode>>\nstream\n%s\nendstream\nendobj\n", len(p.cidToGID), p.cidToGID)
	return b.Bytes(), at
}

// fontObjects is how many objects a pdfFont writes.
const fontObjects = 6

// subsetTag is the six capital letters that name a subset (PDF 32000
// 9.6.4), the same for the same glyph set.
func subsetTag(key string) string {
	h := fnv.New64a()
	h.Write([]byte(key))
	v := h.Sum64()
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = 'A' + byte(v%26)
		v /= 26
	}
	return string(tag)
}

// deflaters keeps zlib writers for reuse: making one allocates and clears
// about a megabyte, which cost more than compressing a font subset. They
// compress for speed, as fpdf does its streams: a subset comes out 4 to 10 %
// larger than at the default level, in a third of the time.
var deflaters = sync.Pool{New: func() any {
	w, _ := zlib.NewWriterLevel(nil, zlib.BestSpeed) // the level is valid
	return w
}}

func deflate(b []byte) []byte {
	var buf bytes.Buffer
	w := deflaters.Get().(*zlib.Writer)
	w.Reset(&buf)
	w.Write(b) // writes to a bytes.Buffer cannot fail
	w.Close()
	deflaters.Put(w)
	return buf.Bytes()
}

// num writes a number for a PDF: at most three decimals, no trailing zeros.
func num(v float64) string {
	s := strconv.FormatFloat(v, 'f', 3, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" || s == "" {
		return "0"
	}
	return s
}
