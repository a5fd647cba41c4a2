package typeset

import (
	"fmt"
	"unicode/utf8"

	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	tlang "github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
	"golang.org/x/text/unicode/bidi"
)

// Lang says how to set a language's text: its BCP 47 tag, its script (ISO
// 15924, e.g. Latn, Arab, Hans) and whether it runs right to left. Layouts
// pass it through without looking inside.
type Lang struct {
	Tag    string
	Script string
	RTL    bool
}

// lineFactor widens the leading of scripts with tall marks above and below
// (see scriptLooks).
func (l Lang) lineFactor() float64 { return l.look().Leading }

// glyph is one shaped glyph in font units: its advance and its offset from
// the pen.
type glyph struct {
	id              font.GID
	adv, xOff, yOff float64
	text            string // the characters it stands for; "" for none of its own
	naturalAdvance  bool   // adv is the font's own advance for the glyph
}

// item is a run of glyphs in one font, in visual order.
type item struct {
	file   *fontFile
	faux   bool // bold made by stroking: the family has no bold file
	glyphs []glyph
	width  float64 // font units
	// order is the item's place in reading order among the items of its
	// line (which come in visual order): readers that rebuild text from
	// the content stream read text objects in the order they are written.
	order int
	rtl   bool // set right to left
	// weak is a right-to-left item with no letter of either direction in
	// it (".%", "):"): readers leave such a piece in the order it is
	// written, so it is written in reading order (see showKerned).
	weak bool
}

// shaper shapes text for one Worker; it is not safe for concurrent use.
// It remembers the width of every line it measured, the glyphs of every
// line it drew, where each paragraph may break and which lines every font
// can set.
type shaper struct {
	hb     shaping.HarfbuzzShaper
	faces  map[*fontFile]*font.Face
	widths memo[lineKey, float64]
	lines  memo[lineKey, shaped]
	checks memo[lineKey, error] // nil: the fonts have every character
	breaks memo[string, []string]
	sets   memo[setKey, setDone] // blocks wrapped at a width and size
	// widthOnly skips each glyph's text and place while a line is shaped
	// to be measured: the wrapping measures many more lines than are drawn
	widthOnly bool
}

// shaped is a line's glyphs in visual order, or why it cannot be set.
type shaped struct {
	items []item
	err   error
}

func newShaper() *shaper {
	return &shaper{faces: map[*fontFile]*font.Face{}, widths: newMemo[lineKey, float64](maxCached),
		lines: newMemo[lineKey, shaped](maxCached), checks: newMemo[lineKey, error](maxCached),
		breaks: newMemo[string, []string](maxCached), sets: newMemo[setKey, setDone](maxCached)}
}

func (s *shaper) face(f *fontFile) *font.Face {
	if fc, ok := s.faces[f]; ok {
		return fc
	}
	fc := font.NewFace(f.font)
	s.faces[f] = fc
	return fc
}

// measure returns the width of a line at 1 pt in millimetres.
func (s *shaper) measure(l Lang, bold bool) Measure {
	return func(text string) float64 {
		w, _ := s.widths.get(lineKey{l, bold, text}, func() (float64, error) {
			items, err := s.shapeWidth(text, l, bold)
			if err != nil {
				return 1e9, nil // text no font can set never fits; drawing reports why
			}
			w := 0.0
			for _, it := range items {
				w += it.width / it.file.upem * PtMM
			}
			return w, nil
		})
		return w
	}
}

// shapeWidth is shapeLine for a line's width only: its items have no
// glyphs, only their widths, summed as shapeLine sums them.
func (s *shaper) shapeWidth(text string, l Lang, bold bool) ([]item, error) {
	s.widthOnly = true
	defer func() { s.widthOnly = false }()
	return s.shapeLine(text, l, bold)
}

// line is shapeLine, remembered: the lines of a poster repeat in every
// poster of its language.
func (s *shaper) line(text string, l Lang, bold bool) ([]item, error) {
	sh, _ := s.lines.get(lineKey{l, bold, text}, func() (shaped, error) {
		items, err := s.shapeLine(text, l, bold)
		return shaped{items, err}, nil
	})
	return sh.items, sh.err
}

// pieces is the package's pieces, remembered: a paragraph is wrapped at
// every size a block tries.
func (s *shaper) pieces(text string) []string {
	ps, _ := s.breaks.get(text, func() ([]string, error) { return pieces(text), nil })
	return ps
}

// check reports a character of text that no embedded font has.
func (s *shaper) check(text string, l Lang, bold bool) error {
	missing, _ := s.checks.get(lineKey{l, bold, text}, func() (error, error) {
		_, _, err := pickFonts([]rune(text), l, bold)
		return err, nil
	})
	return missing
}

// shapeLine shapes one line and returns its items in visual order, left to
// right.
func (s *shaper) shapeLine(text string, l Lang, bold bool) ([]item, error) {
	text = trimEnd(text)
	if text == "" {
		return nil, nil
	}
	if !utf8.ValidString(text) {
		return nil, fmt.Errorf("%q is not valid UTF-8", text)
	}
	if !l.RTL && allLTR(text) {
		return s.shapeRun([]rune(text), false, l, bold)
	}
	return s.shapeBidi(text, l, bold)
}

// shapeBidi shapes a line in the runs of one direction the bidi algorithm
// finds, and returns them in visual order.
func (s *shaper) shapeBidi(text string, l Lang, bold bool) ([]item, error) {
	var p bidi.Paragraph
	opt := bidi.DefaultDirection(bidi.LeftToRight)
	if l.RTL {
		opt = bidi.DefaultDirection(bidi.RightToLeft)
		text = isolateLTR(text)
	}
	if _, err := p.SetString(text, opt); err != nil {
		return nil, fmt.Errorf("bidi: %w", err)
	}
	order, err := p.Order()
	if err != nil {
		return nil, fmt.Errorf("bidi: %w", err)
	}
	// The runs come in reading order. Number their items so, then lay
	// them out left to right: a right-to-left line's runs from its right
	// end (the items of a right-to-left run already are: shapeRun gives
	// them left to right).
	var runs [][]item
	var rtls []bool
	for i := 0; i < order.NumRuns(); i++ {
		run := order.Run(i)
		rs := dropIsolates([]rune(run.String()))
		if len(rs) == 0 {
			continue
		}
		rtl := run.Direction() == bidi.RightToLeft
		items, err := s.shapeRun(rs, rtl, l, bold)
		if err != nil {
			return nil, err
		}
		runs, rtls = append(runs, items), append(rtls, rtl)
	}
	n := 0
	for ri, r := range runs {
		for k := range r {
			i := k
			if rtls[ri] {
				i = len(r) - 1 - k
			}
			r[i].order = n
			n++
		}
	}
	if l.RTL {
		reverse(runs)
	}
	var out []item
	for _, r := range runs {
		out = append(out, r...)
	}
	return out, nil
}

// shapeRun splits a run of one direction by font and shapes each piece.
func (s *shaper) shapeRun(rs []rune, rtl bool, l Lang, bold bool) ([]item, error) {
	pick := l
	if l.RTL && !rtl {
		pick.Script = "Latn" // numbers and addresses inside right-to-left text: one Latin face
	}
	files, faux, err := pickFonts(rs, pick, bold)
	if err != nil {
		return nil, err
	}
	dir := di.DirectionLTR
	if rtl {
		dir = di.DirectionRTL
	}
	var items []item
	for start := 0; start < len(rs); {
		end := start + 1
		for end < len(rs) && files[end] == files[start] {
			end++
		}
		f := files[start]
		in := shaping.Input{Text: rs, RunStart: start, RunEnd: end, Direction: dir,
			Face: s.face(f), Size: fixed.I(int(f.upem)), Script: scriptOf(rs[start:end]),
			Language: tlang.NewLanguage(l.Tag)}
		out := s.hb.Shape(in)
		it := item{file: f, faux: faux[start], order: len(items), rtl: rtl}
		if s.widthOnly {
			for _, g := range out.Glyphs {
				it.width += float64(g.Advance) / 64
			}
			items = append(items, it)
			start = end
			continue
		}
		it.weak = rtl && !strong(rs[start:end])
		it.glyphs = make([]glyph, 0, len(out.Glyphs))
		texts := clusterTexts(rs[:end], out.Glyphs, rtl)
		for i, g := range out.Glyphs {
			adv := float64(g.Advance) / 64
			natural := adv == float64(s.face(f).HorizontalAdvance(g.GlyphID))
			it.glyphs = append(it.glyphs, glyph{id: g.GlyphID, adv: adv, xOff: float64(g.XOffset) / 64,
				yOff: float64(g.YOffset) / 64, text: texts[i], naturalAdvance: natural})
			it.width += adv
		}
		items = append(items, it)
		start = end
	}
	if rtl {
		reverse(items)
	}
	return items, nil
}

// NoFontError says that no embedded font has a character of some text.
type NoFontError struct {
	Rune rune
	Text string
}

// Hint says how to mend it.
func (e *NoFontError) Hint() string {
	return "lookout has no font for that character: write the text without it, or transliterate it"
}

// ExitCode is 2: the text asked for is at fault.
func (e *NoFontError) ExitCode() int { return 2 }

func (e *NoFontError) Error() string {
	text := e.Text
	if rs := []rune(text); len(rs) > 60 {
		text = string(rs[:60]) + "…"
	}
	return fmt.Sprintf("no embedded font has %U %q (in %q)", e.Rune, e.Rune, text)
}

// pickFonts chooses a font for every rune: the first family of the
// language's chain that has it; marks, spaces and punctuation stay in the
// font of the character before them when it has them.
func pickFonts(rs []rune, l Lang, bold bool) ([]*fontFile, []bool, error) {
	files := make([]*fontFile, len(rs))
	faux := make([]bool, len(rs))
	ch := chain(l.Script)
	for i, r := range rs {
		if i > 0 && (inherits(r) || ignorable(r)) && (files[i-1].has(r) || ignorable(r)) {
			files[i], faux[i] = files[i-1], faux[i-1]
			continue
		}
		fam := findFamily(ch, r)
		if fam == nil {
			return nil, nil, &NoFontError{Rune: r, Text: string(rs)}
		}
		files[i] = fam.regular
		if bold && fam.bold != nil && fam.bold.has(r) {
			files[i] = fam.bold
		}
		faux[i] = bold && files[i] == fam.regular
	}
	return files, faux, nil
}

func findFamily(ch []*family, r rune) *family {
	for _, fam := range ch {
		if err := fam.regular.load(); err != nil {
			continue
		}
		if fam.regular.has(r) || ignorable(r) {
			return fam
		}
	}
	return nil
}

// scriptOf returns the script of the first character that has one.
func scriptOf(rs []rune) tlang.Script {
	for _, r := range rs {
		if sc := tlang.LookupScript(r); sc != tlang.Common && sc != tlang.Inherited && sc != tlang.Unknown {
			return sc
		}
	}
	return tlang.Common
}

func reverse[T any](s []T) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}
