package layouts

import (
	"testing"

	"lookout/layouts/typeset"
)

// TestTextContrast checks every text colour against the backgrounds it is
// printed on: at least 7:1, and dark on light.
func TestTextContrast(t *testing.T) {
	for _, bg := range []typeset.Color{typeset.White, tint} {
		for name, fg := range map[string]typeset.Color{"ink": ink, "navy": navy, "callRed": callRed} {
			if c := typeset.Contrast(fg, bg); c < 7 {
				t.Errorf("%s on %s: contrast %.2f; want at least 7", name, bg, c)
			}
		}
	}
	if c := typeset.Contrast(typeset.Black, typeset.White); c < 20.9 || c > 21.1 {
		t.Errorf("Contrast(black, white) = %.2f; want 21", c)
	}
}
