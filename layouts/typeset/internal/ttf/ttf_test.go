package ttf

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"
	"github.com/go-text/typesetting/font"
)

const fontDir = "../../../../assets/fonts/"

// readFont reads a test font from the repository's assets.
func readFont(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(fontDir, name))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// parseFace parses a font file with go-text, failing the test on error.
func parseFace(tb testing.TB, b []byte) *font.Face {
	tb.Helper()
	face, err := font.ParseTTF(bytes.NewReader(b))
	if err != nil {
		tb.Fatalf("go-text cannot parse font: %v", err)
	}
	return face
}

// outline returns the outline segments of gid, failing when it has none.
func outline(tb testing.TB, face *font.Face, gid font.GID) []font.Segment {
	tb.Helper()
	o, ok := face.GlyphData(gid).(font.GlyphOutline)
	if !ok {
		tb.Fatalf("glyph %d has no outline", gid)
	}
	return o.Segments
}

// glyphByName finds a glyph by its post table name.
func glyphByName(tb testing.TB, face *font.Face, name string) font.GID {
	tb.Helper()
	for g := font.GID(0); g < 0xFFFF; g++ {
		if face.GlyphName(g) == name {
			return g
		}
	}
	tb.Fatalf("no glyph named %q", name)
	return 0
}

// numGlyphs counts the glyphs of face by probing outlines (empty glyphs still have one).
func numGlyphs(face *font.Face) int {
	n := 0
	for ; n <= 0xFFFF; n++ {
		if _, ok := face.GlyphDataOutline(font.GID(n)); !ok {
			break
		}
	}
	return n
}

// checkSame asserts that rune r maps, in the subset, to a glyph with the same
// outline and advance as srcGID in the source.
func checkSame(t *testing.T, src, sub *font.Face, r rune, srcGID font.GID) font.GID {
	t.Helper()
	gid, ok := sub.NominalGlyph(r)
	if !ok {
		t.Fatalf("subset has no glyph for %U", r)
	}
	if want, got := outline(t, src, srcGID), outline(t, sub, gid); !reflect.DeepEqual(want, got) {
		t.Errorf("%U: outline differs (%d vs %d segments)", r, len(want), len(got))
	}
	if want, got := src.HorizontalAdvance(srcGID), sub.HorizontalAdvance(gid); want != got {
		t.Errorf("%U: advance %v, want %v", r, got, want)
	}
	return gid
}

// notoCmap is the cmap used for NotoSans tests: "Aé€ß" plus two glyphs
// without code points: a simple one and a composite one (A + ogonek).
func notoCmap(t testing.TB, face *font.Face) map[rune]uint16 {
	cmap := map[rune]uint16{}
	for _, r := range "Aé€ß" {
		g, ok := face.NominalGlyph(r)
		if !ok {
			t.Fatalf("source has no %U", r)
		}
		cmap[r] = uint16(g)
	}
	cmap[0xE000] = uint16(glyphByName(t, face, "uni03B1030403130300"))
	cmap[0xE001] = uint16(glyphByName(t, face, "Aogonek.loclNAV"))
	return cmap
}

// notoRanks returns the expected new ID of each kept old glyph for notoCmap:
// .notdef, the six cmap glyphs, and the components e and acute (of eacute)
// and ogonek (of Aogonek.loclNAV, whose other component A is kept anyway),
// in ascending old ID order.
func notoRanks(t *testing.T, src *font.Face, cmap map[rune]uint16) map[int]int {
	old := []int{0, int(glyphByName(t, src, "e")), int(glyphByName(t, src, "acute")),
		int(glyphByName(t, src, "ogonek"))}
	for _, g := range cmap {
		old = append(old, int(g))
	}
	sort.Ints(old)
	rank := map[int]int{}
	for i, g := range old {
		rank[g] = i
	}
	if len(rank) != 10 {
		t.Fatalf("expected 10 distinct kept glyphs, test setup has %d", len(rank))
	}
	return rank
}

func TestSubsetNotoSans(t *testing.T) {
	srcBytes := readFont(t, "NotoSans-Regular.ttf")
	src := parseFace(t, srcBytes)
	cmap := notoCmap(t, src)
	for r := range cmap {
		if _, ok := src.NominalGlyph(r); ok && r >= 0xE000 {
			t.Fatalf("source unexpectedly maps %U", r)
		}
	}
	out, err := Subset(srcBytes, cmap)
	if err != nil {
		t.Fatal(err)
	}
	sub := parseFace(t, out)
	rank := notoRanks(t, src, cmap)
	if n := numGlyphs(sub); n != 10 {
		t.Errorf("subset has %d glyphs, want 10", n)
	}
	for r, g := range cmap {
		gid := checkSame(t, src, sub, r, font.GID(g))
		if int(gid) != rank[int(g)] {
			t.Errorf("%U: new glyph %d, want %d (ascending old ID order)", r, gid, rank[int(g)])
		}
	}
	if want, got := outline(t, src, 0), outline(t, sub, 0); !reflect.DeepEqual(want, got) {
		t.Error(".notdef outline differs")
	}
	if len(outline(t, sub, font.GID(rank[int(cmap['é'])]))) == 0 {
		t.Error("composite é renders no points")
	}
	if _, ok := sub.NominalGlyph('B'); ok {
		t.Error("subset maps B, which was not requested")
	}
	t.Logf("NotoSans-Regular: %d bytes -> %d bytes", len(srcBytes), len(out))
}

func TestSubsetSharedGlyph(t *testing.T) {
	srcBytes := readFont(t, "NotoSans-Regular.ttf")
	src := parseFace(t, srcBytes)
	a, _ := src.NominalGlyph('A')
	cmap := map[rune]uint16{'A': uint16(a), 0xE123: uint16(a), 'a': 0}
	out, err := Subset(srcBytes, cmap)
	if err != nil {
		t.Fatal(err)
	}
	sub := parseFace(t, out)
	g1 := checkSame(t, src, sub, 'A', a)
	g2 := checkSame(t, src, sub, 0xE123, a)
	if g1 != 1 || g2 != 1 || numGlyphs(sub) != 2 {
		t.Errorf("got glyphs %d, %d of %d; want 1, 1 of 2", g1, g2, numGlyphs(sub))
	}
	empty, err := Subset(srcBytes, nil)
	if err != nil {
		t.Fatal(err)
	}
	if n := numGlyphs(parseFace(t, empty)); n != 1 {
		t.Errorf("empty cmap: %d glyphs, want 1 (.notdef)", n)
	}
}

// devanagariCmap maps every glyph of the Devanagari font that has no code point
// (conjuncts, half forms…) to consecutive private use code points, plus the
// real code points U+0900..U+097F.
func devanagariCmap(face *font.Face) map[rune]uint16 {
	cmap := map[rune]uint16{}
	mapped := map[font.GID]bool{}
	it := face.Cmap.Iter()
	for it.Next() {
		r, g := it.Char()
		mapped[g] = true
		if r >= 0x900 && r <= 0x97F {
			cmap[r] = uint16(g)
		}
	}
	pua, n := rune(0xE000), numGlyphs(face)
	for g := 1; g < n && pua < 0xF8FF; g++ {
		if !mapped[font.GID(g)] {
			cmap[pua] = uint16(g)
			pua += 1 + rune(g%3/2) // leave some gaps
		}
	}
	return cmap
}

func TestSubsetDevanagari(t *testing.T) {
	srcBytes := readFont(t, "NotoSansDevanagari-Regular.ttf")
	src := parseFace(t, srcBytes)
	cmap := devanagariCmap(src)
	out, err := Subset(srcBytes, cmap)
	if err != nil {
		t.Fatal(err)
	}
	sub := parseFace(t, out)
	for r, g := range cmap {
		checkSame(t, src, sub, r, font.GID(g))
	}
	n := 0
	it := sub.Cmap.Iter()
	for it.Next() {
		if r, g := it.Char(); g != 0 {
			n++
			if _, ok := cmap[r]; !ok {
				t.Errorf("subset maps unrequested %U", r)
			}
		}
	}
	if n != len(cmap) {
		t.Errorf("subset cmap has %d mappings, want %d", n, len(cmap))
	}
	t.Logf("Devanagari: %d runes, %d -> %d bytes", len(cmap), len(srcBytes), len(out))
}

// cjkCmap picks n ideographs spread over the CJK block that face supports.
func cjkCmap(face *font.Face, n int) map[rune]uint16 {
	cmap := map[rune]uint16{}
	for r := rune(0x4E00); r <= 0x9FFF && len(cmap) < n; r += 37 {
		if g, ok := face.NominalGlyph(r); ok {
			cmap[r] = uint16(g)
		}
	}
	return cmap
}

func TestSubsetCJK(t *testing.T) {
	srcBytes := readFont(t, "DroidSansFallbackFull.ttf")
	src := parseFace(t, srcBytes)
	cmap := cjkCmap(src, 200)
	if len(cmap) != 200 {
		t.Fatalf("found %d ideographs, want 200", len(cmap))
	}
	out, err := Subset(srcBytes, cmap)
	if err != nil {
		t.Fatal(err)
	}
	again, err := Subset(srcBytes, cmap)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out, again) {
		t.Error("output differs between two calls")
	}
	if len(out)*20 > len(srcBytes) {
		t.Errorf("subset is %d bytes, want < 5%% of %d", len(out), len(srcBytes))
	}
	sub := parseFace(t, out)
	for r, g := range cmap {
		checkSame(t, src, sub, r, font.GID(g))
	}
	t.Logf("DroidSansFallbackFull, 200 ideographs: %d bytes -> %d bytes", len(srcBytes), len(out))
}

func TestSubsetDeterministic(t *testing.T) {
	srcBytes := readFont(t, "NotoSans-Regular.ttf")
	cmap := notoCmap(t, parseFace(t, srcBytes))
	a, err := Subset(srcBytes, cmap)
	if err != nil {
		t.Fatal(err)
	}
	for range 5 {
		b, err := Subset(srcBytes, cmap)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Fatal("output differs between calls")
		}
	}
}

// renderPDF writes text with the subset font through fpdf and returns the PDF.
func renderPDF(t *testing.T, subset []byte, text string) []byte {
	t.Helper()
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes("x", "", subset)
	pdf.AddPage()
	pdf.SetFont("x", "", 12)
	pdf.Text(10, 10, text)
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	if err := pdf.Error(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// pdfText extracts the text of a PDF with pdftotext, skipping the test when the
// tool is missing unless LOOKOUT_REQUIRE_TOOLS=1.
func pdfText(t *testing.T, pdf []byte) string {
	t.Helper()
	tool, err := exec.LookPath("pdftotext")
	if err != nil {
		if os.Getenv("LOOKOUT_REQUIRE_TOOLS") == "1" {
			t.Fatal("pdftotext not found and LOOKOUT_REQUIRE_TOOLS=1")
		}
		t.Skip("pdftotext not found")
	}
	path := filepath.Join(t.TempDir(), "subset.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	text, err := exec.Command(tool, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return strings.TrimSpace(string(text))
}

func TestFpdfLoadsSubset(t *testing.T) {
	noto := readFont(t, "NotoSans-Regular.ttf")
	notoSub, err := Subset(noto, notoCmap(t, parseFace(t, noto)))
	if err != nil {
		t.Fatal(err)
	}
	droid := readFont(t, "DroidSansFallbackFull.ttf")
	droidFace := parseFace(t, droid)
	cmap := map[rune]uint16{}
	for r := rune(0x4E00); len(cmap) < 2000; r++ { // enough glyphs for a long loca
		if g, ok := droidFace.NominalGlyph(r); ok {
			cmap[r] = uint16(g)
		}
	}
	droidSub, err := Subset(droid, cmap)
	if err != nil {
		t.Fatal(err)
	}
	if head := tableDir(t, droidSub)["head"]; head[51] != 1 {
		t.Fatal("expected a long loca for 2000 ideographs")
	}
	cjk := []rune("一丁七万丈三上下不与")
	for _, tc := range []struct {
		name   string
		subset []byte
		text   string
	}{
		{"noto", notoSub, "Aé€ß"},
		{"noto pua", notoSub, "A\uE000\uE001"},
		{"droid", droidSub, string(cjk)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pdf := renderPDF(t, tc.subset, tc.text)
			if got := pdfText(t, pdf); got != tc.text {
				t.Errorf("pdftotext gives %q, want %q", got, tc.text)
			}
		})
	}
}
