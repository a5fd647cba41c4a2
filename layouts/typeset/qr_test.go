package typeset

import (
	"errors"
	"strings"
	"testing"
)

func TestQRMergesEachRowsRuns(t *testing.T) {
	doc := NewDocument(Meta{})
	p := doc.AddPage("t", 100, 100, Lang{"en", "Latn", false})
	sq, err := p.QR("qr", Box{10, 10, 50, 60}, "https://example.org", QRMedium, false)
	if err != nil {
		t.Fatal(err)
	}
	bits, _ := qrBits("https://example.org", QRMedium)
	runs := 0
	for _, row := range bits {
		for x := range row {
			if row[x] && (x == 0 || !row[x-1]) {
				runs++
			}
		}
	}
	fills := 0
	for _, o := range p.sheet.ops {
		if f, ok := o.(opFill); ok && f.c == Black {
			fills++
			if f.box.X < sq.X || f.box.Right() > sq.Right()+1e-9 || f.box.H != f.box.H {
				t.Errorf("module rectangle %v outside the code %v", f.box, sq)
			}
		}
	}
	if fills != runs {
		t.Errorf("%d rectangles for %d dark runs; want one per run", fills, runs)
	}
	n := float64(len(bits) + 2*QRQuiet)
	if sq.W != sq.H || sq.W > 50 || sq.W/n < QRMinModule {
		t.Errorf("code %v: want a square within the box", sq)
	}
	if !strings.Contains(doc.Log(), "qr qr box=") || !strings.Contains(doc.Log(), "ec=M url=https://example.org") {
		t.Errorf("placement log lacks the QR code:\n%s", doc.Log())
	}
}

func TestQRRefusesWhatCannotScan(t *testing.T) {
	doc := NewDocument(Meta{})
	p := doc.AddPage("t", 100, 100, Lang{"en", "Latn", false})
	long := "https://example.org/" + strings.Repeat("x", 200)
	_, err := p.QR("qr", Box{0, 0, 25, 25}, long, QRQuartile, false)
	var te *QRTooLongError
	if !errors.As(err, &te) || !strings.Contains(err.Error(), "use a shorter URL") {
		t.Errorf("err = %v; want a QRTooLongError", err)
	}
	if _, err := p.QR("qr", Box{0, 0, 15, 15}, "https://example.org", QRMedium, false); err == nil || !strings.Contains(err.Error(), "at least 20 mm") {
		t.Errorf("a 15 mm box: err = %v; want the 20 mm floor", err)
	}
}
