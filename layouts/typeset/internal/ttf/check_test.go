package ttf

import (
	"bytes"
	"encoding/binary"
	"math/rand/v2"
	"testing"

	"github.com/go-text/typesetting/font"
)

func TestSubsetErrors(t *testing.T) {
	src := readFont(t, "NotoSans-Regular.ttf")
	for name, cmap := range map[string]map[rune]uint16{
		"non-bmp":   {0x1F600: 1},
		"surrogate": {0xD800: 1},
		"ffff":      {0xFFFF: 1},
		"negative":  {-1: 1},
		"glyph":     {'A': 60000},
	} {
		if _, err := Subset(src, cmap); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	cff := append([]byte("OTTO"), src[4:]...)
	ttc := append([]byte("ttcf"), src[4:]...)
	for name, in := range map[string][]byte{"cff": cff, "ttc": ttc, "empty": nil, "junk": []byte("junk")} {
		if _, err := Subset(in, map[rune]uint16{'A': 1}); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	cmap := notoCmap(t, parseFace(t, src))
	for _, n := range []int{3, 12, 100, 300, 1000, 5000, 100000, len(src) / 2, len(src) - 1} {
		if _, err := Subset(src[:n], cmap); err == nil {
			t.Errorf("cut at %d: no error", n)
		}
	}
}

// tableDir parses the output directory, checking checksums and alignment.
func tableDir(t *testing.T, out []byte) map[string][]byte {
	t.Helper()
	if got := checksum(out); got != checkSumMagic {
		t.Errorf("whole-file checksum %#x, want %#x", got, checkSumMagic)
	}
	n := int(binary.BigEndian.Uint16(out[4:]))
	sr, es, rs := binary.BigEndian.Uint16(out[6:]), binary.BigEndian.Uint16(out[8:]), binary.BigEndian.Uint16(out[10:])
	if int(sr) > 16*n || 2*int(sr) <= 16*n || int(sr) != 16<<es || int(rs) != 16*n-int(sr) {
		t.Errorf("bad searchRange %d entrySelector %d rangeShift %d for %d tables", sr, es, rs, n)
	}
	f, err := parseDirectory(out, 0)
	if err != nil {
		t.Fatal(err)
	}
	prev := ""
	for i := range n {
		rec := out[12+16*i:]
		tag, off := string(rec[:4]), binary.BigEndian.Uint32(rec[8:])
		data := f.tables[tag]
		if tag == "head" {
			data = bytes.Clone(data)
			binary.BigEndian.PutUint32(data[8:], 0)
		}
		if tag <= prev || off%4 != 0 || checksum(data) != binary.BigEndian.Uint32(rec[4:]) {
			t.Errorf("table %q: bad order, alignment or checksum", tag)
		}
		prev = tag
	}
	return f.tables
}

func TestSubsetTables(t *testing.T) {
	src := readFont(t, "DroidSansFallbackFull.ttf")
	face := parseFace(t, src)
	want := []string{"OS/2", "cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post"}
	for _, tc := range []struct {
		n    int
		long bool
	}{{20, false}, {2000, true}} {
		cmap := map[rune]uint16{}
		for r := rune(0x4E00); len(cmap) < tc.n; r++ {
			if g, ok := face.NominalGlyph(r); ok {
				cmap[r] = uint16(g)
			}
		}
		out, err := Subset(src, cmap)
		if err != nil {
			t.Fatal(err)
		}
		tables := tableDir(t, out)
		if len(tables) != len(want) {
			t.Errorf("%d tables, want %v", len(tables), want)
		}
		for _, tag := range want {
			if _, ok := tables[tag]; !ok {
				t.Errorf("missing table %q", tag)
			}
		}
		if got := binary.BigEndian.Uint16(tables["head"][50:]) == 1; got != tc.long {
			t.Errorf("%d glyphs: long loca %v, want %v", tc.n, got, tc.long)
		}
		post := tables["post"]
		if len(post) != 32 || binary.BigEndian.Uint32(post) != 0x00030000 {
			t.Errorf("post: %d bytes, version %#x", len(post), binary.BigEndian.Uint32(post))
		}
		sub := parseFace(t, out)
		for r, g := range cmap {
			checkSame(t, face, sub, r, font.GID(g))
		}
		checkLSB(t, src, tables["hmtx"], sub, cmap)
	}
}

// checkLSB compares, for each rune of cmap, the left side bearing in the
// subset's hmtx with the source's (go-text does not expose it).
func checkLSB(t *testing.T, src, hmtx []byte, sub *font.Face, cmap map[rune]uint16) {
	t.Helper()
	f, err := parseDirectory(src, 0)
	if err != nil {
		t.Fatal(err)
	}
	nhm := int(binary.BigEndian.Uint16(f.tables["hhea"][34:]))
	srcHmtx := f.tables["hmtx"]
	for r, old := range cmap {
		at := 4*nhm + 2*(int(old)-nhm) // lsb array after the long metrics
		if int(old) < nhm {
			at = 4*int(old) + 2
		}
		gid, _ := sub.NominalGlyph(r)
		if want, got := srcHmtx[at:at+2], hmtx[4*gid+2:4*gid+4]; !bytes.Equal(want, got) {
			t.Errorf("%U: lsb %x, want %x", r, got, want)
		}
	}
}

// TestCmapPatterns maps random rune patterns (runs, gaps, repeats) and checks
// that the format 4 subtable decodes to exactly the requested mapping.
func TestCmapPatterns(t *testing.T) {
	src := readFont(t, "NotoSans-Regular.ttf")
	srcFace := parseFace(t, src)
	rng := rand.New(rand.NewPCG(1, 2))
	for iter := range 20 {
		cmap := map[rune]uint16{}
		r := rune(rng.IntN(200))
		for len(cmap) < 1+rng.IntN(800) && r < 0xD700 {
			g := uint16(1 + rng.IntN(3000))
			for k := rng.IntN(8); k >= 0; k-- {
				cmap[r] = g
				r++
				if rng.IntN(3) > 0 {
					g++
				}
			}
			r += rune(rng.IntN(12))
		}
		out, err := Subset(src, cmap)
		if err != nil {
			t.Fatal(err)
		}
		got := decodeFormat4(t, tableDir(t, out)["cmap"])
		if len(got) != len(cmap) {
			t.Errorf("iteration %d: %d mappings, want %d", iter, len(got), len(cmap))
		}
		sub := parseFace(t, out)
		for r, g := range cmap {
			gid := checkSame(t, srcFace, sub, r, font.GID(g))
			if got[r] != uint16(gid) {
				t.Errorf("iteration %d: %U decodes to %d, go-text says %d", iter, r, got[r], gid)
			}
		}
	}
}

// checkSearch checks format 4 searchRange, entrySelector and rangeShift for n segments.
func checkSearch(t *testing.T, b []byte, n int) {
	t.Helper()
	es := 0
	for 2<<es <= n {
		es++
	}
	if int(binary.BigEndian.Uint16(b)) != 2<<es || int(binary.BigEndian.Uint16(b[2:])) != es ||
		int(binary.BigEndian.Uint16(b[4:])) != 2*n-2<<es {
		t.Errorf("bad searchRange/entrySelector/rangeShift for %d segments: %x", n, b)
	}
}

// decodeFormat4 decodes the format 4 subtable of a cmap written by buildCmap,
// returning the non-zero mappings.
func decodeFormat4(t *testing.T, cmap []byte) map[rune]uint16 {
	t.Helper()
	if binary.BigEndian.Uint16(cmap[2:]) != 2 {
		t.Fatal("cmap must have two encoding records")
	}
	off := binary.BigEndian.Uint32(cmap[8:])
	if off != binary.BigEndian.Uint32(cmap[16:]) {
		t.Error("encoding records point at different subtables")
	}
	sub := cmap[off:]
	if binary.BigEndian.Uint16(sub) != 4 || int(binary.BigEndian.Uint16(sub[2:])) != len(sub) {
		t.Fatal("bad format 4 header")
	}
	n := int(binary.BigEndian.Uint16(sub[6:])) / 2
	checkSearch(t, sub[8:14], n)
	// endCode, startCode, idDelta and idRangeOffset arrays (reservedPad after endCode).
	base := [4]int{14, 16 + 2*n, 16 + 4*n, 16 + 6*n}
	at := func(arr, i int) int { return int(binary.BigEndian.Uint16(sub[base[arr]+2*i:])) }
	out := map[rune]uint16{}
	for i := range n {
		end, start, delta, ro := at(0, i), at(1, i), at(2, i), at(3, i)
		for c := start; c <= end; c++ {
			g := (c + delta) & 0xFFFF
			if ro != 0 {
				g = int(binary.BigEndian.Uint16(sub[base[3]+2*i+ro+2*(c-start):]))
				if g != 0 {
					g = (g + delta) & 0xFFFF
				}
			}
			if g != 0 {
				out[rune(c)] = uint16(g)
			}
		}
	}
	if at(0, n-1) != 0xFFFF {
		t.Error("last segment must end at 0xFFFF")
	}
	return out
}
