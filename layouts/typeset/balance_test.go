package typeset

import (
	"reflect"
	"testing"
)

// perChar measures every character 1 mm wide at 1 pt, ideographs too.
func perChar(s string) float64 { return float64(len([]rune(trimEnd(s)))) }

// TestBetterBreaks checks the three rules of balance.go on a measure of
// one millimetre a character.
func TestBetterBreaks(t *testing.T) {
	for _, c := range []struct {
		text  string
		width float64
		url   bool
		want  []string
	}{
		// a single word does not end a paragraph when one can join it
		{"Know the signs of child sex trafficking", 28, false, []string{"Know the signs of child ", "sex trafficking"}},
		// a word broken at its hyphen comes down whole
		{"Paga em dinheiro ou com cartões pré-pagos", 36, false, []string{"Paga em dinheiro ou com ", "cartões pré-pagos"}},
		// a line that would end between two ideographs ends after the
		// comma on it instead
		{"24時間365日、いつでも電話できます：", 17, false, []string{"24時間365日、", "いつでも電話できます："}},
		// a web address breaks after "/", not at a hyphen
		{"missingkids.org/blog/2024/child-sex-trafficking-know-the-signs", 50, true, []string{"missingkids.org/blog/2024/", "child-sex-trafficking-know-the-signs"}},
	} {
		var got []string
		if c.url {
			got, _ = WrapAnywhere(c.text, c.width, 1, perChar)
		} else {
			got, _ = wrapBetter(pieces(c.text), c.width, 1, perChar)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q at %.0f mm: %q; want %q", c.text, c.width, got, c.want)
		}
	}
	// first-fit, for contrast: each of the cases above is a change
	if got, _ := Wrap("Know the signs of child sex trafficking", 28, 1, perChar); len(got) != 2 || got[1] != "trafficking" {
		t.Errorf("first-fit wrapping gave %q; the test no longer shows a difference", got)
	}
}
