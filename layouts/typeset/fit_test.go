package typeset

import (
	"errors"
	"math"
	"strings"
	"testing"
)

// 1 mm per character per point: at size s a character is s mm wide and a
// line (Leading 1) s*PtMM mm tall.
func TestFitPicksTheLargestSizeThatFits(t *testing.T) {
	sp := Spacing{Leading: 1}
	// "abcd efgh": one line of 9 characters needs 9*s mm; two lines of 4 need 4*s.
	s, err := Fit([]string{"abcd efgh"}, 36, 100, 1, 20, sp, mono)
	if err != nil {
		t.Fatal(err)
	}
	if s.Size != 9 || len(s.Lines[0]) != 2 {
		t.Errorf("Fit = %.2f pt, %q; want 9 pt on two lines", s.Size, s.Lines)
	}
	// Limit the height to one line: the block must shrink to 4 pt.
	h := 4.5 * PtMM
	s, err = Fit([]string{"abcd efgh"}, 36, h, 1, 20, sp, mono)
	if err != nil || s.Size != 4 || len(s.Lines[0]) != 1 {
		t.Errorf("Fit = %.2f pt, %q, %v; want 4 pt on one line", s.Size, s.Lines, err)
	}
	if s.Height > h {
		t.Errorf("height %.2f > box %.2f", s.Height, h)
	}
}

func TestFitQuarterPoints(t *testing.T) {
	s, err := Fit([]string{"abcdefg"}, 50, 100, 1, 20, Spacing{Leading: 1}, mono)
	if err != nil || s.Size != 7 {
		t.Errorf("Fit = %v, %v; want 7 pt (50/7 = 7.14 rounds down to a quarter)", s.Size, err)
	}
	if q := s.Size * 4; q != math.Floor(q) {
		t.Errorf("size %v is not a quarter point", s.Size)
	}
}

func TestFitErrorAtTheFloor(t *testing.T) {
	_, err := Fit([]string{"abc def", "ghi"}, 100, 1, 12, 20, Spacing{Leading: 1}, mono)
	var fe *FitError
	if !errors.As(err, &fe) || fe.Floor != 12 || fe.UnbreakableRun {
		t.Fatalf("err = %v; want a height FitError at 12 pt", err)
	}
	if !strings.Contains(err.Error(), `"abc def"`) || !strings.Contains(err.Error(), "1.0 mm") {
		t.Errorf("message %q does not name the text and the box", err)
	}
	_, err = Fit([]string{"unbreakable"}, 5, 100, 1, 2, Spacing{Leading: 1}, mono)
	if !errors.As(err, &fe) || !fe.UnbreakableRun {
		t.Errorf("err = %v; want an unbreakable-word FitError", err)
	}
}

func TestSetAtCountsGapsAndIndent(t *testing.T) {
	sp := Spacing{Leading: 1, Gap: 0.5, Indent: 2}
	s, ok := SetAt([]string{"ab", "cd"}, 100, 10, sp, mono)
	want := (2 + 0.5) * 10 * PtMM
	if !ok || math.Abs(s.Height-want) > 1e-9 {
		t.Errorf("height %.3f; want %.3f", s.Height, want)
	}
	if w := (2*10)*PtMM + 2*10; math.Abs(s.Width-w) > 1e-9 {
		t.Errorf("width %.3f; want %.3f (indent plus text)", s.Width, w)
	}
}
