package kit

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode"
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

// lineFactor widens the leading of scripts with tall marks above and below.
func (l Lang) lineFactor() float64 {
	switch l.Script {
	case "Deva", "Guru", "Thai", "Khmr", "Arab":
		return 1.2
	case "Hans", "Hant", "Jpan", "Kore", "Ethi":
		return 1.08
	}
	return 1
}

// glyph is one shaped glyph in font units: its advance and its offset from
// the pen.
type glyph struct {
	id              font.GID
	adv, xOff, yOff float64
	naturalAdvance  bool // adv is the font's own advance for the glyph
}

// item is a run of glyphs in one font, in visual order.
type item struct {
	file   *fontFile
	faux   bool // bold made by stroking: the family has no bold file
	glyphs []glyph
	width  float64 // font units
}

// shaper shapes text for one document; it is not safe for concurrent use.
type shaper struct {
	hb    shaping.HarfbuzzShaper
	faces map[*fontFile]*font.Face
}

func newShaper() *shaper {
	return &shaper{faces: map[*fontFile]*font.Face{}}
}

// widths remembers the width of every line measured, for every document:
// a width depends only on the text, its language and weight, and the
// embedded fonts, which never change. Wrapping measures the same lines
// again and again, in every size tried and every piece of a kit.
var widths sync.Map // widthKey → float64

type widthKey struct {
	lang Lang
	bold bool
	text string
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
		key := widthKey{l, bold, text}
		if w, ok := widths.Load(key); ok {
			return w.(float64)
		}
		items, err := s.shapeLine(text, l, bold)
		w := 0.0
		for _, it := range items {
			w += it.width / it.file.upem * PtMM
		}
		if err != nil {
			w = 1e9 // text no font can set never fits; drawing reports why
		}
		widths.Store(key, w)
		return w
	}
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
	var runs [][]item
	for i := 0; i < order.NumRuns(); i++ {
		run := order.Run(i)
		rs := dropIsolates([]rune(run.String()))
		if len(rs) == 0 {
			continue
		}
		items, err := s.shapeRun(rs, run.Direction() == bidi.RightToLeft, l, bold)
		if err != nil {
			return nil, err
		}
		runs = append(runs, items)
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
		it := item{file: f, faux: faux[start]}
		for _, g := range out.Glyphs {
			adv := float64(g.Advance) / 64
			natural := adv == float64(s.face(f).HorizontalAdvance(g.GlyphID))
			it.glyphs = append(it.glyphs, glyph{id: g.GlyphID, adv: adv,
				xOff: float64(g.XOffset) / 64, yOff: float64(g.YOffset) / 64, naturalAdvance: natural})
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
			return nil, nil, fmt.Errorf("no embedded font has %U %q (in %q)", r, r, string(rs))
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

// ltrToken matches what must read left to right even inside right-to-left
// text: phone numbers (1-800-843-5678, 800 5533 000), vanity numbers and
// web addresses. Left alone, the bidi algorithm would turn the digit
// groups of 1-800-843-5678 after Arabic letters into Arabic numbers and set
// them right to left: 5678-843-800-1.
var ltrToken = regexp.MustCompile(`[0-9A-Za-z][!-~]*[0-9A-Za-z/]|[0-9A-Za-z]`)

// isolateLTR wraps each run of ltrTokens in LEFT-TO-RIGHT ISOLATE … POP
// DIRECTIONAL ISOLATE. Tokens with nothing right-to-left between them form
// one run: "Harbor Inn" and "800 5533 000" keep their order.
func isolateLTR(text string) string {
	locs := ltrToken.FindAllStringIndex(text, -1)
	var b strings.Builder
	last := 0
	for i := 0; i < len(locs); i++ {
		start, end := locs[i][0], locs[i][1]
		for i+1 < len(locs) && noRTL(text[end:locs[i+1][0]]) {
			i++
			end = locs[i][1]
		}
		b.WriteString(text[last:start])
		b.WriteString("\u2066" + text[start:end] + "\u2069")
		last = end
	}
	b.WriteString(text[last:])
	return b.String()
}

// noRTL reports whether s has no right-to-left letter or punctuation.
func noRTL(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana) {
			return false
		}
	}
	return true
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
