package typeset

import (
	"strings"
	"testing"
)

// TestShowTurnedKeepsWordsTogether writes a run on a turned panel whose
// second glyph is a mark with no text of its own, set off the pen: the
// glyphs with text must share one show string (PDFium reads the show
// strings of an upside-down line from its end), and the mark comes after
// them in an empty ActualText, at its own place.
func TestShowTurnedKeepsWordsTogether(t *testing.T) {
	e := &embedded{key: "LF0", cid: map[glyphText]uint16{{1, "क"}: 1, {2, ""}: 2, {3, "म"}: 3},
		pdf: &pdfFont{advance: []float64{0, 500, 0, 600}}}
	t0 := opText{size: 10, glyphs: []placedGlyph{
		{id: 1, text: "क", x: 10, y: 20},
		{id: 2, x: 11, y: 20, silent: true}, // the mark, moved onto the glyph before
		{id: 3, text: "म", x: 12, y: 20},
	}}
	at := func(g placedGlyph) string { return num(g.x) + " " + num(g.y) }
	var b strings.Builder
	showTurned(&b, t0, e, at)
	got := b.String()
	if n := strings.Count(got, "TJ") + strings.Count(got, "Tj"); n != 2 {
		t.Errorf("%d show strings in %q; want 2: the words, then the mark", n, got)
	}
	words, mark, ok := strings.Cut(got, "ET BT")
	if !ok || !strings.Contains(words, "[<0001") || !strings.Contains(words, "0003>] TJ") {
		t.Errorf("the words are not one TJ before the mark's text object: %q", got)
	}
	if !strings.Contains(mark, "/Span <</ActualText ()>> BDC 11 20 Td <0002> Tj EMC") {
		t.Errorf("the mark is not at its place in an empty ActualText: %q", mark)
	}

	// a run with no such mark is the one show string showKerned writes
	flatRun := opText{size: 10, glyphs: []placedGlyph{t0.glyphs[0], t0.glyphs[2]}}
	var f, k strings.Builder
	showTurned(&f, flatRun, e, at)
	showKerned(&k, flatRun, e, at, false)
	if f.String() != k.String() {
		t.Errorf("flat run written %q; showKerned writes %q", f.String(), k.String())
	}
}
