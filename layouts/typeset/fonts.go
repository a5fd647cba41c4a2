package typeset

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"sync"
	"unicode"

	"github.com/go-text/typesetting/font"

	"lookout/assets"
	"lookout/layouts/typeset/internal/ttf"
)

// fontFile is one embedded TrueType file, parsed on first use and shared,
// read-only, by every document.
type fontFile struct {
	name string // file name without .ttf, e.g. NotoSans-Bold

	once sync.Once
	err  error
	src  []byte
	font *font.Font
	upem float64
	rev  []rune        // by glyph: the lowest BMP code point that maps to it, or 0
	pua  map[rune]bool // the private-use code points the font maps
}

// The Private Use Area of the BMP, where glyphs without a code point of
// their own (Arabic joining forms, conjuncts) get one in the PDF.
const puaFirst, puaLast = 0xE000, 0xF8FF

// family is a typeface in one or two weights. A family without a bold file
// is made bold by stroking its outlines.
type family struct {
	id      string
	regular *fontFile
	bold    *fontFile
}

func newFamily(id, regular, bold string) *family {
	f := &family{id: id, regular: &fontFile{name: regular}}
	if bold != "" {
		f.bold = &fontFile{name: bold}
	}
	return f
}

// families lists the embedded typefaces in fallback order: when a character
// is not in a language's own chain, the first family here that has it wins.
var families = []*family{
	newFamily("sans", "NotoSans-Regular", "NotoSans-Bold"),
	newFamily("arabic", "NotoNaskhArabic-Regular", "NotoNaskhArabic-Bold"),
	newFamily("hebrew", "NotoSansHebrew-Regular", "NotoSansHebrew-Bold"),
	newFamily("devanagari", "NotoSansDevanagari-Regular", "NotoSansDevanagari-Bold"),
	newFamily("gurmukhi", "NotoSansGurmukhi-Regular", "NotoSansGurmukhi-Bold"),
	newFamily("thai", "NotoSansThai-Regular", "NotoSansThai-Bold"),
	newFamily("khmer", "NotoSansKhmer-Regular", "NotoSansKhmer-Bold"),
	newFamily("armenian", "NotoSansArmenian-Regular", "NotoSansArmenian-Bold"),
	newFamily("ethiopic", "NotoSansEthiopic-Regular", "NotoSansEthiopic-Bold"),
	newFamily("cjk", "DroidSansFallbackFull", ""),
	newFamily("japanese", "IPAexGothic", ""),
	newFamily("korean", "NanumGothic", "NanumGothicBold"),
}

func familyByID(id string) *family {
	for _, f := range families {
		if f.id == id {
			return f
		}
	}
	return families[0]
}

// chain returns the families a language's text is set in, its own first.
func chain(script string) []*family {
	own := familyByID(lookOf(script).Family)
	out := []*family{own}
	for _, f := range families {
		if f != own {
			out = append(out, f)
		}
	}
	return out
}

func (f *fontFile) load() error {
	f.once.Do(func() {
		src, err := fs.ReadFile(assets.Fonts, "fonts/"+f.name+".ttf")
		if err == nil {
			f.err = f.parse(src)
		}
		if err != nil || f.err != nil {
			f.err = fmt.Errorf("font %s: %w", f.name, errors.Join(err, f.err))
		}
	})
	return f.err
}

// parse reads what shaping needs from the font. The shaper gets a copy of
// the font without outlines (ttf.Metrics): go-text parses every outline of
// a font it loads, which for the 4 MB Chinese font alone took 30 ms, and
// shaping never looks at them. The outlines come from src when the font is
// subset for the PDF.
func (f *fontFile) parse(src []byte) error {
	shaping, err := ttf.Metrics(src)
	if err != nil {
		return err
	}
	face, err := font.ParseTTF(bytes.NewReader(shaping))
	if err != nil {
		return err
	}
	f.src, f.font, f.upem = src, face.Font, float64(face.Upem())
	f.pua = map[rune]bool{}
	it := face.Cmap.Iter()
	for it.Next() {
		r, g := it.Char()
		if r >= puaFirst && r <= puaLast {
			f.pua[r] = true
		}
		if unicode.IsControl(r) || r > 0xFFFF {
			continue // some fonts map controls to the space glyph; a PDF must show U+0020
		}
		for int(g) >= len(f.rev) {
			f.rev = append(f.rev, 0)
		}
		if old := f.rev[g]; old == 0 || r < old {
			f.rev[g] = r
		}
	}
	return nil
}

// runeOf returns the lowest BMP code point the font maps to glyph g.
func (f *fontFile) runeOf(g font.GID) (rune, bool) {
	if int(g) < len(f.rev) && f.rev[g] != 0 {
		return f.rev[g], true
	}
	return 0, false
}

// has reports whether the font maps r to a glyph.
func (f *fontFile) has(r rune) bool {
	if f.load() != nil {
		return false
	}
	_, ok := f.font.NominalGlyph(r)
	return ok
}

// ignorable reports characters that need no glyph: the shaper hides them.
func ignorable(r rune) bool {
	return r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' ||
		unicode.Is(unicode.Variation_Selector, r)
}

// inherits reports characters that take the font of the character before
// them when that font has them: marks, spaces, digits and punctuation.
func inherits(r rune) bool {
	return isMark(r) || unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsDigit(r) ||
		unicode.IsSymbol(r) || ignorable(r)
}

// Preload parses the Latin family, regular and bold, in the background
// and returns at once. Every piece sets its hotline number and web
// address in it, so a run that calls Preload before it reads its campaign
// and catalogs finds the fonts parsed (or being parsed) when it first
// shapes: on a machine with two cores a poster's run ends 2 to 3 ms
// sooner. What is parsed is the same whoever parses it first.
func Preload() {
	sans := families[0]
	go func() {
		sans.regular.load()
		sans.bold.load()
	}()
}

// FontNames names the typefaces that set a script's text (ISO 15924): the
// script's own first, then Noto Sans for Latin letters and digits in it.
// Characters outside them fall back to the other embedded fonts.
func FontNames(script string) []string {
	fam := familyByID(lookOf(script).Family)
	out := []string{strings.TrimSuffix(fam.regular.name, "-Regular")}
	if fam.bold == nil {
		out[0] += " (bold by stroking)"
	}
	if !fam.regular.has('A') {
		out = append(out, "NotoSans")
	}
	return out
}

// Covered reports the first character of s that no embedded font has, as
// an error naming it.
func Covered(l Lang, s string) error {
	_, _, err := pickFonts([]rune(s), l, false)
	return err
}
