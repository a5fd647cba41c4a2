package layouts

import (
	"errors"
	"strings"
	"testing"

	"lookout/layouts/typeset"
)

// TestNewBrandKeepsContrast checks the contrast rule: text on a band of
// the brand colour, and headings in it on white, reach 7:1; a colour on
// which neither white nor black does is refused with both measurements.
func TestNewBrandKeepsContrast(t *testing.T) {
	for _, tc := range []struct {
		band       typeset.Color
		onBand     typeset.Color
		keepsHue   bool // the heading is the brand colour itself
		refusedMsg string
	}{
		{typeset.Color{R: 0x0B, G: 0x4F, B: 0x6C}, typeset.White, true, ""},  // dark teal
		{typeset.Color{R: 0xF5, G: 0xD0, B: 0x00}, typeset.Black, false, ""}, // yellow: black text, darker headings
		{typeset.Color{R: 0xFF, G: 0xFF, B: 0xFF}, typeset.Black, false, ""},
		{typeset.Color{R: 0x77, G: 0x77, B: 0x77}, typeset.Color{}, false, "white text on it measures 4.48:1 and black 4.69:1; text on a band needs 7:1"},
		{typeset.Color{R: 0xD9, G: 0x53, B: 0x1E}, typeset.Color{}, false, "brand colour #D9531E"},
	} {
		c := tc.band
		b, err := NewBrand(&c, nil)
		if tc.refusedMsg != "" {
			var ce *ContrastError
			if !errors.As(err, &ce) || !strings.Contains(err.Error(), tc.refusedMsg) || typeset.Contrast(ce.Darker, typeset.White) < MinContrast {
				t.Errorf("NewBrand(%s) = %v; want a refusal with %q and a darker colour that works", c, err, tc.refusedMsg)
			}
			continue
		}
		if err != nil {
			t.Fatalf("NewBrand(%s): %v", c, err)
		}
		if b.OnBand != tc.onBand || typeset.Contrast(b.OnBand, *b.Band) < MinContrast {
			t.Errorf("NewBrand(%s): text on the band %s at %.2f:1; want %s at 7:1 or more", c, b.OnBand, typeset.Contrast(b.OnBand, *b.Band), tc.onBand)
		}
		if typeset.Contrast(*b.Heading, typeset.White) < MinContrast || (*b.Heading == c) != tc.keepsHue {
			t.Errorf("NewBrand(%s): headings %s at %.2f:1 on white", c, b.Heading, typeset.Contrast(*b.Heading, typeset.White))
		}
	}
	if b, err := NewBrand(nil, nil); err != nil || b.Band != nil || b.heading(navy) != navy {
		t.Errorf("NewBrand(nil) = %+v, %v; want lookout's own colours", b, err)
	}
}
