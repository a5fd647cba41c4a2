package ttf

import (
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
)

// TestMetrics checks, for every asset font, that the shaping copy keeps
// what a shaper reads (glyph count, advances, and extents in a font without
// GPOS lookups) and shapes a spread of the font's characters, marks
// included, exactly as the font itself does, while holding no outlines.
func TestMetrics(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(fontDir, "*.ttf"))
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			src := readFont(t, filepath.Base(p))
			m, err := Metrics(src)
			if err != nil {
				t.Fatal(err)
			}
			if len(m) >= len(src) {
				t.Errorf("shaping copy is %d bytes; the font is %d", len(m), len(src))
			}
			full, light := parseFace(t, src), parseFace(t, m)
			dir, err := parseDirectory(src, 0)
			if err != nil {
				t.Fatal(err)
			}
			gpos := hasGPOSLookups(dir.tables["GPOS"])
			n := numGlyphs(full)
			for g := font.GID(0); int(g) < n; g++ {
				if a, b := full.HorizontalAdvance(g), light.HorizontalAdvance(g); a != b {
					t.Fatalf("glyph %d: advance %v, was %v", g, b, a)
				}
				e1, ok1 := full.GlyphExtents(g)
				e2, ok2 := light.GlyphExtents(g)
				if !gpos && (e1 != e2 || ok1 != ok2) {
					t.Fatalf("glyph %d: extents %v, were %v", g, e2, e1)
				}
				if o, _ := light.GlyphDataOutline(g); len(o.Segments) != 0 {
					t.Fatalf("glyph %d still has an outline", g)
				}
			}
			text := sampleRunes(full, 300)
			for i := 1; i < len(text); i += 7 {
				text = slices.Insert(text, i, '\u0301', '\u0323') // marks to place
			}
			if a, b := shape(full, text), shape(light, text); !reflect.DeepEqual(a, b) {
				t.Errorf("shaping differs:\n%v\n%v", a, b)
			}
		})
	}
}

// sampleRunes returns about n of the runes face maps, spread over its cmap.
func sampleRunes(face *font.Face, n int) []rune {
	var all []rune
	it := face.Cmap.Iter()
	for it.Next() {
		r, _ := it.Char()
		all = append(all, r)
	}
	step := len(all)/n + 1
	var out []rune
	for i := 0; i < len(all); i += step {
		out = append(out, all[i])
	}
	return out
}

// shape returns what the page engine reads of shaped text: each glyph's ID,
// cluster, advance and offsets (not the extents the shaper also reports).
func shape(face *font.Face, text []rune) [][5]int {
	var hb shaping.HarfbuzzShaper
	out := hb.Shape(shaping.Input{Text: text, RunEnd: len(text), Direction: di.DirectionLTR,
		Face: face, Size: fixed.I(1000)})
	var gs [][5]int
	for _, g := range out.Glyphs {
		gs = append(gs, [5]int{int(g.GlyphID), g.TextIndex(), int(g.Advance), int(g.XOffset), int(g.YOffset)})
	}
	return gs
}

func TestMetricsErrors(t *testing.T) {
	for name, src := range map[string][]byte{
		"empty":     nil,
		"cff":       []byte("OTTO\x00\x00\x00\x00"),
		"truncated": readFont(t, "NotoSans-Regular.ttf")[:4000],
	} {
		if _, err := Metrics(src); err == nil {
			t.Errorf("%s: Metrics gave no error", name)
		}
	}
}
