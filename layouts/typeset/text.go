package typeset

import (
	"encoding/binary"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Block is a block of text wrapped at one size, ready to draw.
type Block struct {
	Name  string
	Style Style
	Setting
	paras []string
	lang  Lang
}

// spacing returns the style's spacing with the script's own leading.
func (p *Page) spacing(st Style) Spacing {
	sp := st.Spacing
	if sp.Leading == 0 {
		sp.Leading = 1.25
	}
	sp.Leading *= p.textLang(st).lineFactor() // an address set in Latin needs no room for tall marks
	return sp
}

// clean puts every paragraph in NFC, the form fonts map.
func clean(paras []string) []string {
	out := make([]string, len(paras))
	for i, s := range paras {
		out[i] = norm.NFC.String(s)
	}
	return out
}

// Fit finds the largest size from st.Size down to st.Min at which paras fit
// the box, and wraps them at it. It draws nothing.
func (p *Page) Fit(name string, b Box, paras []string, st Style) (Block, error) {
	paras = clean(paras)
	if err := p.check(paras, st.Bold); err != nil {
		return Block{}, fmt.Errorf("%s: %w", name, err)
	}
	s, err := fit(p.doc.sh.pieces, paras, b.W, b.H, st.Min, st.Size, p.spacing(st), p.doc.sh.measure(p.textLang(st), st.Bold))
	if err != nil {
		return Block{}, fmt.Errorf("%s: %w", name, err)
	}
	return Block{Name: name, Style: st, Setting: s, paras: paras, lang: p.lang}, nil
}

// SetAt wraps paras into width millimetres at exactly size points. It
// reports an error when a word is wider than the width.
func (p *Page) SetAt(name string, width float64, paras []string, st Style, size float64) (Block, error) {
	set := p.set(width, paras, st, size)
	if set.err != nil {
		return Block{}, fmt.Errorf("%s: %w", name, set.err)
	}
	if !set.ok {
		return Block{}, fmt.Errorf("%s: %w", name, &FitError{Text: strings.Join(set.paras, " "), Floor: size, Width: width, UnbreakableRun: true})
	}
	return Block{Name: name, Style: st, Setting: set.Setting, paras: set.paras, lang: p.lang}, nil
}

// set is setAt, remembered.
func (p *Page) set(width float64, paras []string, st Style, size float64) setDone {
	k := setKey{lang: p.lang, ltr: st.LTR, bold: st.Bold, sp: st.Spacing, width: width, size: size, n: len(paras), paras: joinKey(paras)}
	set, _ := p.doc.sh.sets.get(k, func() (setDone, error) { return p.setAt(paras, width, st, size), nil })
	return set
}

// setKey is what a block's wrapping depends on: the page's language, the
// style's direction, weight and spacing, the width, the size and the
// paragraphs. The search for the largest size that fits sets every block
// of a page at many sizes, often the same one twice, and a batch sets the
// same blocks in every poster of a language.
type setKey struct {
	lang        Lang
	ltr, bold   bool
	sp          Spacing
	width, size float64
	n           int    // how many paragraphs
	paras       string // see joinKey
}

// setDone is a block wrapped: its paragraphs in NFC, the Setting and
// whether every word fit; or why its text cannot be set.
type setDone struct {
	paras []string
	Setting
	ok  bool
	err error
}

// setAt wraps paras as SetAt does, unremembered.
func (p *Page) setAt(paras []string, width float64, st Style, size float64) setDone {
	paras = clean(paras)
	if err := p.check(paras, st.Bold); err != nil {
		return setDone{err: err}
	}
	s, ok := setAt(p.doc.sh.pieces, paras, width, size, p.spacing(st), p.doc.sh.measure(p.textLang(st), st.Bold))
	return setDone{paras: paras, Setting: s, ok: ok}
}

// joinKey joins paragraphs into one map key, each after its length, so
// that no two lists of as many paragraphs give the same key.
func joinKey(paras []string) string {
	if len(paras) == 1 {
		return paras[0]
	}
	n := 0
	for _, s := range paras {
		n += len(s) + binary.MaxVarintLen64
	}
	b := make([]byte, 0, n)
	for _, s := range paras {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	return string(b)
}

// wholeSegments is the largest size, from size down to st.Min in quarter
// points, at which text that may break anywhere (a web address) breaks
// only where words may, after a "/": "humantrafficki / nghotline.org"
// reads as two words. It is size when no size down to the floor does.
func (p *Page) wholeSegments(width float64, paras []string, st Style, size float64) float64 {
	st.Spacing.BreakAnywhere = false
	for q := math.Floor(size * 4); q >= math.Ceil(st.Min*4); q-- {
		if p.set(width, paras, st, q/4).ok {
			return q / 4
		}
	}
	return size
}

// textLang is the language a block's text is shaped in.
func (p *Page) textLang(st Style) Lang {
	l := p.lang
	if st.LTR {
		l.RTL, l.Script = false, "Latn"
	}
	return l
}

// check makes sure every character of paras has a font.
func (p *Page) check(paras []string, bold bool) error {
	for _, s := range paras {
		if err := p.doc.sh.check(s, p.lang, bold); err != nil {
			return err
		}
	}
	return nil
}

// Text fits paras into the box and draws them from its top.
func (p *Page) Text(name string, b Box, paras []string, st Style) (Block, error) {
	blk, err := p.Fit(name, b, paras, st)
	if err != nil {
		return blk, err
	}
	return blk, p.Draw(blk, b)
}

// Draw draws a block from the top of the box.
func (p *Page) Draw(blk Block, b Box) error {
	if blk.lang != p.lang && blk.lang.Tag != "" {
		p = p.WithLang(blk.lang) // a block is drawn in the language it was wrapped in
	}
	st, sp := blk.Style, p.spacing(blk.Style)
	size := blk.Size
	mm := size * PtMM
	lead := sp.Leading * mm
	indent := sp.Indent * mm
	fonts := map[string]bool{}
	p.doc.place(Placement{Kind: KindText, Name: blk.Name, Box: b, Size: size, Bold: st.Bold, Lang: p.lang.Tag},
		"text %s box=%s size=%.2fpt bold=%v lines=%d", blk.Name, b, size, st.Bold, countLines(blk.Lines))
	body, label := p.textElems(blk)
	y := b.Y
	slots := map[int]Box{} // where each paragraph's pictogram goes, drawn after the words
	for i, lines := range blk.Lines {
		if i > 0 {
			y += sp.Gap * mm
		}
		for j, line := range lines {
			base := y + lead/2 + 0.36*mm
			if ic := st.icon(i); j == 0 && ic != "" {
				slots[i] = Box{b.X, y, indent, lead}
			} else if bullet := st.bullet(i); j == 0 && bullet != "" {
				bx := b.X
				if p.lang.RTL {
					bx = b.Right() - indent
				}
				p.add(opMark{label[i]})
				err := p.line(bullet, Box{bx, y, indent, lead}, base, size, st, AlignCenter, fonts)
				p.add(opMarkEnd{})
				if err != nil {
					return fmt.Errorf("%s: %w", blk.Name, err)
				}
			}
			lb := Box{b.X, y, b.W - indent, lead}
			if !p.lang.RTL {
				lb.X += indent
			}
			p.add(opMark{body[i]})
			err := p.line(line, lb, base, size, st, st.Align, fonts)
			p.add(opMarkEnd{})
			if err != nil {
				return fmt.Errorf("%s: %w", blk.Name, err)
			}
			set := p.doc.last()
			set.Lines = append(set.Lines, Line{Text: trimEnd(line), Continues: j > 0})
			if j == 0 {
				p.doc.logLine("  %q", trimEnd(line))
			} else {
				p.doc.logLine("    %q", trimEnd(line)) // the paragraph goes on
			}
			y += lead
		}
	}
	p.doc.last().Fonts = sortedKeys(fonts)
	p.doc.logLine("  fonts=%s", strings.Join(sortedKeys(fonts), ","))
	for i := range blk.Lines {
		slot, ok := slots[i]
		if !ok {
			continue
		}
		if err := p.listIcon(blk.Name, i, st.icon(i), slot, b, mm, st.Color); err != nil {
			return fmt.Errorf("%s: %w", blk.Name, err)
		}
	}
	return nil
}

// line shapes one line and records its glyphs at their positions.
func (p *Page) line(text string, b Box, base, size float64, st Style, align Align, fonts map[string]bool) error {
	items, err := p.doc.sh.line(text, p.textLang(st), st.Bold)
	if err != nil {
		return err
	}
	width := 0.0
	for _, it := range items {
		width += it.width / it.file.upem * size * PtMM
	}
	x := b.X
	switch {
	case align == AlignCenter:
		x += (b.W - width) / 2
	case p.lang.RTL:
		x += b.W - width
	}
	// Each item is one text object, at its place left to right, written in
	// reading order: pdf.js and MuPDF read text objects in the order the
	// content stream has them, each one's glyphs in visual order. (What
	// this leaves PDFium, poppler and MuPDF 1.21 getting wrong, and why no
	// other order fixes it, is written at the top of bidi.go.)
	ops := make([]opText, len(items))
	for _, it := range items {
		fonts[it.file.name] = true
		ops[it.order], x = p.place(it, x, base, size, st.Color)
	}
	for _, t := range ops {
		if len(t.glyphs) > 0 {
			p.add(t)
		}
	}
	return nil
}

// place makes an item's glyphs one text operation, each glyph at the
// place the shaper gave it, and returns the pen after it.
func (p *Page) place(it item, x, base, size float64, c Color) (opText, float64) {
	t := opText{file: it.file, faux: it.faux, size: size, c: c, x: x, y: base, glyphs: make([]placedGlyph, len(it.glyphs)), rtl: it.rtl, weak: it.weak}
	scale := size * PtMM / it.file.upem
	follows := false
	for i, g := range it.glyphs {
		t.glyphs[i] = placedGlyph{id: g.id, text: g.text, x: x + g.xOff*scale, y: base - g.yOff*scale,
			follows: follows && g.xOff == 0 && g.yOff == 0, silent: g.text == "" && g.adv == 0}
		follows = g.naturalAdvance && g.xOff == 0 && g.yOff == 0
		x += g.adv * scale
	}
	return t, x
}

func countLines(paras [][]string) int {
	n := 0
	for _, l := range paras {
		n += len(l)
	}
	return n
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// bullet returns what stands in the hanging indent before paragraph i.
func (st Style) bullet(i int) string {
	if st.Numbered {
		return strconv.Itoa(i+1) + "."
	}
	return st.Bullet
}
