package typeset

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	tlang "github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
	"golang.org/x/text/unicode/norm"
)

// scriptSamples are single-script sentences: one font, one direction.
var scriptSamples = []struct {
	lang   Lang
	family string
	text   string
}{
	{Lang{"ar", "Arab", true}, "arabic", "اعرف علامات الاتجار بالأطفال"},
	{Lang{"fa", "Arab", true}, "arabic", "نشانه\u200cهای قاچاق کودکان را بشناسید"},
	{Lang{"ur", "Arab", true}, "arabic", "بچوں کی اسمگلنگ کی علامات پہچانیں"},
	{Lang{"he", "Hebr", true}, "hebrew", "הכירו את הסימנים"},
	{Lang{"hi", "Deva", false}, "devanagari", "बाल यौन तस्करी के संकेतों को पहचानें"},
	{Lang{"pa", "Guru", false}, "gurmukhi", "ਬਾਲ ਤਸਕਰੀ ਦੇ ਸੰਕੇਤ ਪਛਾਣੋ"},
	{Lang{"th", "Thai", false}, "thai", "รู้จักสัญญาณเตือนของการค้ามนุษย์"},
	{Lang{"km", "Khmr", false}, "khmer", "ស្គាល់សញ្ញាព្រមាន"},
	{Lang{"zh-Hans", "Hans", false}, "cjk", "了解儿童性贩卖的迹象"},
	{Lang{"ja", "Jpan", false}, "japanese", "子どもの性的人身取引の兆候を知ってください"},
	{Lang{"ko", "Kore", false}, "korean", "아동 성매매의 징후를 알아두세요"},
}

// referenceGlyphs shapes text directly with HarfBuzz, as the reference.
func referenceGlyphs(t *testing.T, f *fontFile, l Lang, text string) []font.GID {
	t.Helper()
	if err := f.load(); err != nil {
		t.Fatal(err)
	}
	rs := []rune(text)
	dir := di.DirectionLTR
	if l.RTL {
		dir = di.DirectionRTL
	}
	var hb shaping.HarfbuzzShaper
	out := hb.Shape(shaping.Input{Text: rs, RunEnd: len(rs), Direction: dir, Face: font.NewFace(f.font),
		Size: fixed.I(int(f.upem)), Script: tlang.LookupScript(rs[0]), Language: tlang.NewLanguage(l.Tag)})
	gids := make([]font.GID, len(out.Glyphs))
	for i, g := range out.Glyphs {
		gids[i] = g.GlyphID
	}
	return gids
}

// TestEmittedGlyphsAreTheShapersGlyphs sets each sample as a line and
// checks that the glyphs recorded for the PDF are exactly, in order, the
// glyphs HarfBuzz returns for it: joined Arabic forms, Devanagari
// conjuncts and Thai marks included.
func TestEmittedGlyphsAreTheShapersGlyphs(t *testing.T) {
	for _, s := range scriptSamples {
		t.Run(s.lang.Tag, func(t *testing.T) {
			doc := NewDocument(Meta{Lang: s.lang.Tag})
			p := doc.AddPage("test", 400, 100, s.lang)
			if _, err := p.Text("t", Box{0, 0, 400, 100}, []string{s.text}, Style{Size: 12, Min: 12}); err != nil {
				t.Fatal(err)
			}
			var got []font.GID
			var texts []string
			for _, o := range p.sheet.ops {
				if o, ok := o.(opText); ok {
					if o.file != familyByID(s.family).regular {
						t.Errorf("glyphs set in %s; want %s", o.file.name, s.family)
					}
					for _, g := range o.glyphs {
						got = append(got, g.id)
						texts = append(texts, g.text)
					}
				}
			}
			want := referenceGlyphs(t, familyByID(s.family).regular, s.lang, s.text)
			if !equalGIDs(got, want) {
				t.Errorf("emitted glyphs %v\nshaper's glyphs %v", got, want)
			}
			read := strings.Join(texts, "")
			if s.lang.RTL {
				// visual order: a reader turns the characters round one by one
				read = backwards(read)
			}
			if read != norm.NFC.String(s.text) {
				t.Errorf("the glyphs' texts read %q\nwant %q", read, s.text)
			}
		})
	}
}

func equalGIDs(a, b []font.GID) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestRTLKeepsNumbersLeftToRight checks the visual order of a right-to-left
// line holding a phone number: the number's glyphs read left to right and
// sit at the line's left, after (visually) the Arabic words.
func TestRTLKeepsNumbersLeftToRight(t *testing.T) {
	l := Lang{"ar", "Arab", true}
	sh := newShaper()
	items, err := sh.shapeLine("اتصل على 1-800-843-5678", l, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 2 || items[0].file.name != "NotoSans-Regular" || items[1].file.name != "NotoNaskhArabic-Regular" {
		t.Fatalf("items %v: want the number first (leftmost) in one Latin face, then the Arabic", items)
	}
	var digits []rune
	for _, g := range items[0].glyphs {
		r, _ := items[0].file.runeOf(g.id)
		digits = append(digits, r)
	}
	if got := string(digits); got != "1-800-843-5678" {
		t.Errorf("leftmost run reads %q; want the number left to right", got)
	}
}

func TestCharacterWithNoFontIsAnError(t *testing.T) {
	doc := NewDocument(Meta{})
	p := doc.AddPage("t", 100, 100, Lang{"en", "Latn", false})
	_, err := p.Text("org", Box{0, 0, 100, 100}, []string{"Cafe \U0001F600"}, Style{Size: 12, Min: 12})
	if err == nil || !strings.Contains(err.Error(), "U+1F600") || !strings.Contains(err.Error(), "org") {
		t.Errorf("err = %v; want it to name the character and the block", err)
	}
}

// TestSamplesWithTools renders each sample and reads it back with
// pdftotext: left-to-right text comes back exactly, through ActualText.
func TestSamplesWithTools(t *testing.T) {
	needTool(t, "pdftotext")
	dir := t.TempDir()
	for _, s := range scriptSamples {
		if s.lang.RTL {
			continue // poppler reorders right-to-left text visually; see the layouts tests
		}
		doc := NewDocument(Meta{Lang: s.lang.Tag, Created: time.Unix(0, 0)})
		p := doc.AddPage("t", 200, 50, s.lang)
		if _, err := p.Text("t", Box{5, 5, 190, 40}, []string{s.text}, Style{Size: 14, Min: 14}); err != nil {
			t.Fatal(err)
		}
		pdf, err := doc.PDF()
		if err != nil {
			t.Fatal(err)
		}
		f := filepath.Join(dir, s.lang.Tag+".pdf")
		os.WriteFile(f, pdf, 0o644)
		out, err := exec.Command("pdftotext", f, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.TrimSpace(string(out)); got != norm.NFC.String(s.text) {
			t.Errorf("%s: pdftotext gives %q; want %q", s.lang.Tag, got, s.text)
		}
	}
}

// needTool skips a test when a command is missing, unless
// LOOKOUT_REQUIRE_TOOLS=1 (as in CI), where it fails.
func needTool(t *testing.T, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		if os.Getenv("LOOKOUT_REQUIRE_TOOLS") == "1" {
			t.Fatalf("%s is not installed (apt-get install -y poppler-utils qpdf zbar-tools)", name)
		}
		t.Skipf("%s is not installed", name)
	}
}

func TestSameDocumentSameBytes(t *testing.T) {
	render := func() []byte {
		doc := NewDocument(Meta{Title: "t", Lang: "hi", Created: time.Unix(1767225600, 0)})
		p := doc.AddPage("t", 100, 100, Lang{"hi", "Deva", false})
		p.Text("t", Box{5, 5, 90, 90}, []string{scriptSamples[3].text}, Style{Size: 14, Min: 10, Bold: true})
		p.QR("qr", Box{5, 50, 40, 40}, "https://example.org", QRMedium, false)
		b, err := doc.PDF()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	first := render()
	for range 8 { // fpdf keeps some things in maps: one lucky pair proves little
		if !bytes.Equal(first, render()) {
			t.Fatal("two renders of the same document differ")
		}
	}
}

func TestIsolateLTR(t *testing.T) {
	const lri, pdi = "\u2066", "\u2069"
	for in, want := range map[string]string{
		"اتصل 800 5533 000.":            "اتصل " + lri + "800 5533 000" + pdi + ".",
		"زر missingkids.org/blog الآن":  "زر " + lri + "missingkids.org/blog" + pdi + " الآن",
		"1-800-THE-LOST":                lri + "1-800-THE-LOST" + pdi,
		"الرقم 911، أو":                 "الرقم " + lri + "911" + pdi + "، أو",
		"من Saigon Noodle House":        "من " + lri + "Saigon Noodle House" + pdi,
		"من Phở Hà Nội.":                "من " + lri + "Phở Hà Nội" + pdi + ".",
		"من Cafe\u0301 (Joe's)":         "من " + lri + "Cafe\u0301 (Joe's" + pdi + ")",
		"know-the-":                     lri + "know-the-" + pdi,
		"۱۲۳ abc ١٢٣":                   "۱۲۳ " + lri + "abc" + pdi + " ١٢٣",
		"نشر بواسطة Harbor Inn":         "نشر بواسطة " + lri + "Harbor Inn" + pdi,
		"الخط (National Human Hotline)": "الخط (" + lri + "National Human Hotline" + pdi + ")",
	} {
		if got := isolateLTR(in); got != want {
			t.Errorf("isolateLTR(%q) = %q; want %q", in, got, want)
		}
	}
}

// TestSpaceIsASpace guards against fonts (Nanum Gothic) that map control
// characters to the space glyph: the PDF must carry U+0020, which has a
// width, not U+0000.
func TestSpaceIsASpace(t *testing.T) {
	for _, f := range families {
		if err := f.regular.load(); err != nil {
			t.Fatal(err)
		}
		g, ok := f.regular.font.NominalGlyph(' ')
		if !ok {
			continue
		}
		if r, _ := f.regular.runeOf(g); r != ' ' {
			t.Errorf("%s: the space glyph goes into the PDF as %U", f.regular.name, r)
		}
	}
}

// TestLTRFastPath checks that a line with nothing right to left in it,
// shaped without the bidi algorithm, comes out as the algorithm sets it.
func TestLTRFastPath(t *testing.T) {
	sh := newShaper()
	texts := []string{"Call 1-800-843-5678 (24/7), café naïve", "Phở Hà Nội", "Ελλάδα — Україна", "a\u0301 b\u200d c"}
	for _, s := range scriptSamples {
		if !s.lang.RTL {
			texts = append(texts, s.text)
		}
	}
	for _, s := range samples {
		if !s.lang.RTL {
			texts = append(texts, s.text)
		}
	}
	for _, text := range texts {
		lang := Lang{"en", "Latn", false}
		if !allLTR(text) {
			t.Errorf("allLTR(%q) = false", text)
		}
		fast, err1 := sh.shapeRun([]rune(text), false, lang, true)
		slow, err2 := sh.shapeBidi(text, lang, true)
		if err1 != nil || err2 != nil || !reflect.DeepEqual(fast, slow) {
			t.Errorf("%q: without bidi %v (%v), with %v (%v)", text, fast, err1, slow, err2)
		}
	}
	for _, text := range []string{"abc \u05d0", "x \u202e y", "1 \u0661", "a\u2067b"} {
		if allLTR(text) {
			t.Errorf("allLTR(%q) = true", text)
		}
	}
}
