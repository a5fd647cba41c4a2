package ttf

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/go-text/typesetting/font"
)

// FuzzSubset feeds arbitrary bytes to Subset, Metrics and ExtractTTC: they
// must never panic, and any font Subset returns must be subsettable again. The seeds are
// small subsets of real fonts, so that mutations hit every table.
func FuzzSubset(f *testing.F) {
	noto := readFont(f, "NotoSans-Regular.ttf")
	small, err := Subset(noto, notoCmap(f, parseFace(f, noto)))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(small, uint16(5), uint16(9))
	armenian := readFont(f, "NotoSansArmenian-Regular.ttf")
	small2, err := Subset(armenian, spreadCmap(parseFace(f, armenian), 10, 3))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(small2, uint16(3), uint16(7))
	f.Add(append([]byte("ttcf\x00\x01\x00\x00\x00\x00\x00\x01\x00\x00\x00\x10"), small...), uint16(1), uint16(2))
	f.Fuzz(func(t *testing.T, data []byte, g1, g2 uint16) {
		_, _ = ExtractTTC(data, 0)
		_, _ = Metrics(data)
		out, err := Subset(data, map[rune]uint16{'A': g1, 0xE000: g2, 'B': g1})
		if err != nil {
			return
		}
		if _, err := Subset(out, map[rune]uint16{'A': 0}); err != nil {
			t.Fatalf("output cannot be subset again: %v", err)
		}
	})
}

// TestSubsetAllFonts subsets every asset font (a spread of its mapped runes plus
// some glyphs without code points) and compares outlines and advances.
func TestSubsetAllFonts(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(fontDir, "*.ttf"))
	if len(paths) < 10 {
		t.Fatalf("found only %d asset fonts", len(paths))
	}
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			src, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			face := parseFace(t, src)
			cmap := spreadCmap(face, 400, 100)
			out, err := Subset(src, cmap)
			if err != nil {
				t.Fatal(err)
			}
			sub := parseFace(t, out)
			for r, g := range cmap {
				checkSame(t, face, sub, r, font.GID(g))
			}
			resubsetCheck(t, sub, out, cmap)
		})
	}
}

// spreadCmap takes about n of face's BMP mappings and maps up to extra glyphs
// without code points to private use runes.
func spreadCmap(face *font.Face, n, extra int) map[rune]uint16 {
	all := map[rune]uint16{}
	mapped := map[font.GID]bool{}
	it := face.Cmap.Iter()
	for it.Next() {
		r, g := it.Char()
		mapped[g] = true
		if checkRune(r) == nil && (r < 0xE000 || r > 0xF8FF) {
			all[r] = uint16(g)
		}
	}
	cmap := map[rune]uint16{}
	step := len(all)/n + 1
	for r, g := range all {
		if int(r)%step == 0 || r < 0x80 {
			cmap[r] = g
		}
	}
	pua := rune(0xE000)
	for g := 1; g <= 0xFFFF && int(pua) < 0xE000+extra; g++ {
		if _, ok := face.GlyphDataOutline(font.GID(g)); !ok {
			break
		}
		if !mapped[font.GID(g)] {
			cmap[pua] = uint16(g)
			pua++
		}
	}
	return cmap
}

// resubsetCheck subsets a subset again (a source with short loca and full
// hmtx), keeping every other rune, and compares with the first subset.
func resubsetCheck(t *testing.T, sub *font.Face, subBytes []byte, cmap map[rune]uint16) {
	t.Helper()
	again := map[rune]uint16{}
	for r := range cmap {
		if r%2 == 0 {
			g, _ := sub.NominalGlyph(r)
			again[r] = uint16(g)
		}
	}
	out, err := Subset(subBytes, again)
	if err != nil {
		t.Fatal(err)
	}
	sub2 := parseFace(t, out)
	for r, g := range again {
		checkSame(t, sub, sub2, r, font.GID(g))
	}
}

func BenchmarkSubsetCJK200(b *testing.B) {
	src := readFont(b, "DroidSansFallbackFull.ttf")
	cmap := cjkCmap(parseFace(b, src), 200)
	b.ResetTimer()
	for b.Loop() {
		out, err := Subset(src, cmap)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(len(out)), "out-bytes")
	}
}

func BenchmarkSubsetNotoSans(b *testing.B) {
	src := readFont(b, "NotoSans-Regular.ttf")
	face := parseFace(b, src)
	cmap := map[rune]uint16{}
	for r := rune(0x20); r < 0x17F; r++ {
		if g, ok := face.NominalGlyph(r); ok {
			cmap[r] = uint16(g)
		}
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := Subset(src, cmap); err != nil {
			b.Fatal(err)
		}
	}
}
