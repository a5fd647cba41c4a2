package typeset

import (
	"image"
	"image/color"
	"testing"
)

// TestResampleAverages checks new pixels against averages worked by hand:
// whole pixels, thirds, and transparency, which must not darken colour.
func TestResampleAverages(t *testing.T) {
	gray := func(vs ...uint8) *image.Gray {
		m := image.NewGray(image.Rect(0, 0, len(vs), 1))
		copy(m.Pix, vs)
		return m
	}
	for _, tc := range []struct {
		name string
		src  image.Image
		w    int
		want []uint8 // red channel of each new pixel
	}{
		{"halves", gray(10, 30, 200, 100), 2, []uint8{20, 150}},
		{"thirds", gray(0, 90, 180), 2, []uint8{30, 150}}, // (0·2+90)/3, (90+180·2)/3
		{"same size", gray(1, 2, 3), 3, []uint8{1, 2, 3}},
		{"to one", gray(0, 0, 0, 255), 1, []uint8{64}}, // 63.75, rounded
	} {
		got := resample(tc.src, tc.w, 1)
		for i, want := range tc.want {
			if r := got.Pix[4*i]; r != want || got.Pix[4*i+3] != 0xFF {
				t.Errorf("%s: pixel %d = %d (alpha %d); want %d, opaque", tc.name, i, r, got.Pix[4*i+3], want)
			}
		}
	}
	// Red beside a transparent pixel: half-transparent red, not dark red.
	m := image.NewNRGBA(image.Rect(0, 0, 2, 2))
	m.SetNRGBA(0, 0, color.NRGBA{255, 0, 0, 255})
	m.SetNRGBA(0, 1, color.NRGBA{255, 0, 0, 255})
	m.SetNRGBA(1, 0, color.NRGBA{0, 0, 0, 0})
	m.SetNRGBA(1, 1, color.NRGBA{0, 0, 0, 0})
	got := color.NRGBAModel.Convert(resample(m, 1, 1).At(0, 0)).(color.NRGBA)
	if got.R != 255 || got.G != 0 || got.A != 128 {
		t.Errorf("red beside transparent = %v; want red at half alpha", got)
	}
}

// TestResampleEveryKind scales the same picture held as each kind of
// image the decoders return and gets the same pixels from each.
func TestResampleEveryKind(t *testing.T) {
	const w, h = 37, 23
	g := image.NewGray(image.Rect(0, 0, w, h))
	for i := range g.Pix {
		g.Pix[i] = uint8(i * 7)
	}
	want := resample(g, 11, 5)
	pal := make(color.Palette, 256)
	for i := range pal {
		pal[i] = color.Gray{uint8(i)}
	}
	kinds := map[string]image.Image{
		"rgba": image.NewRGBA(g.Rect), "nrgba": image.NewNRGBA(g.Rect), "gray16": image.NewGray16(g.Rect),
		"paletted": image.NewPaletted(g.Rect, pal), "ycbcr": image.NewYCbCr(g.Rect, image.YCbCrSubsampleRatio444),
	}
	for name, m := range kinds {
		for y := range h {
			for x := range w {
				c := g.GrayAt(x, y)
				switch m := m.(type) {
				case *image.YCbCr:
					m.Y[m.YOffset(x, y)], m.Cb[m.COffset(x, y)], m.Cr[m.COffset(x, y)] = c.Y, 128, 128
				case interface{ Set(int, int, color.Color) }:
					m.Set(x, y, c)
				}
			}
		}
		if got := resample(m, 11, 5); string(got.Pix) != string(want.Pix) {
			t.Errorf("%s: scaled differently from the same picture in grey", name)
		}
	}
}
