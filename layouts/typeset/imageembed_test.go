package typeset

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/color"
	"image/jpeg"
	"math/rand"
	"strings"
	"testing"
	"time"
)

// noiseJPEG is a w×h photograph of noise: the worst case for size.
func noiseJPEG(t testing.TB, w, h int, seed int64) []byte {
	t.Helper()
	m := image.NewRGBA(image.Rect(0, 0, w, h))
	rand.New(rand.NewSource(seed)).Read(m.Pix)
	for i := 3; i < len(m.Pix); i += 4 {
		m.Pix[i] = 0xFF
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, m, nil); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestImageAtPrintResolution places a 1200×600 photograph at 1, 2 and 5
// inches wide and reads back from each PDF the picture it holds: 300, 600
// and (never more than it has) 1200 pixels wide; the last is the file's
// own JPEG data, the others JPEGs made from it.
func TestImageAtPrintResolution(t *testing.T) {
	file := noiseJPEG(t, 1200, 600, 1)
	img, err := LoadImage(file)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		in   float64
		w, h int
	}{{1, 300, 150}, {2, 600, 300}, {5, 1200, 600}} {
		ims := imagesIn(t, placed(t, img, tc.in*25.4, false))
		if len(ims) != 1 || ims[0].w != tc.w || ims[0].h != tc.h || ims[0].filter != "DCTDecode" {
			t.Fatalf("%g in wide: embedded %+v; want one %dx%d JPEG", tc.in, ims, tc.w, tc.h)
		}
		if own := bytes.Equal(ims[0].data, file); own != (tc.w == 1200) {
			t.Errorf("%g in wide: the file's own bytes: %v; want %v", tc.in, own, tc.w == 1200)
		}
		if m, err := jpeg.Decode(bytes.NewReader(ims[0].data)); err != nil || m.Bounds().Dx() != tc.w {
			t.Errorf("%g in wide: the embedded JPEG does not decode to %d pixels wide (%v)", tc.in, tc.w, err)
		}
	}
}

// TestImageLineArtStaysPNG scales a two-colour logo, which stays lossless,
// and checks that a page with the logo twice, at two sizes, embeds it once
// at the larger size.
func TestImageLineArtStaysPNG(t *testing.T) {
	src := image.NewRGBA(image.Rect(0, 0, 900, 300))
	for i := range src.Pix {
		src.Pix[i] = 0xFF
	}
	for y := 100; y < 200; y++ {
		for x := range 900 {
			src.SetRGBA(x, y, color.RGBA{0x0B, 0x4F, 0x6C, 0xFF})
		}
	}
	img, err := LoadImage(pngOf(t, src))
	if err != nil {
		t.Fatal(err)
	}
	doc := NewDocument(Meta{})
	p := doc.AddPage("t", 100, 100, Lang{"en", "Latn", false})
	p.Image("small", Box{10, 10, 25.4, 25.4}, img, "Logo")
	p.Image("large", Box{10, 40, 50.8, 50.8}, img, "Logo")
	out, err := doc.PDF()
	if err != nil {
		t.Fatal(err)
	}
	if ims := imagesIn(t, out); len(ims) != 1 || ims[0].w != 600 || ims[0].h != 200 || ims[0].filter != "FlateDecode" {
		t.Errorf("embedded %+v; want one 600x200 PNG", ims)
	}
}

// TestImageSharedAcrossDocuments loads the same bytes twice and places
// them in two documents: one Image, one encoding, the same bytes in both.
func TestImageSharedAcrossDocuments(t *testing.T) {
	file := noiseJPEG(t, 400, 400, 2)
	a, err := LoadImage(file)
	if err != nil {
		t.Fatal(err)
	}
	b, err := LoadImage(bytes.Clone(file))
	if err != nil {
		t.Fatal(err)
	}
	if a != b {
		t.Error("the same file loaded twice was decoded twice")
	}
	one, two := imagesIn(t, placed(t, a, 20, false)), imagesIn(t, placed(t, b, 20, false))
	if len(one) != 1 || len(two) != 1 || !bytes.Equal(one[0].data, two[0].data) {
		t.Fatal("two documents embed the picture differently")
	}
	e1, _ := a.embedding(one[0].w, one[0].h, false)
	e2, _ := b.embedding(two[0].w, two[0].h, false)
	if e1 != e2 || &e1.data[0] != &e2.data[0] {
		t.Error("the picture was encoded twice for one size")
	}
}

// TestImageCacheIsBounded loads more pictures than the cache keeps and
// checks it keeps the newest.
func TestImageCacheIsBounded(t *testing.T) {
	var imgs []*Image
	for i := range loaded.limit + 2 {
		img, err := LoadImage(noiseJPEG(t, 32, 32, int64(100+i)))
		if err != nil {
			t.Fatal(err)
		}
		imgs = append(imgs, img)
	}
	loaded.mu.Lock()
	n, last := len(loaded.m), loaded.m[loaded.order[len(loaded.order)-1]]
	loaded.mu.Unlock()
	if n != loaded.limit || last != imgs[len(imgs)-1] {
		t.Errorf("the cache holds %d pictures; want %d, the newest last", n, loaded.limit)
	}
}

// jpegHead is the start of a JPEG whose frame header says w×h pixels with
// the given sampling factors (one byte per channel, 0x11 for 1×1),
// baseline or progressive: enough for the header checks, which run before
// any pixel is decoded.
func jpegHead(w, h int, progressive bool, sampling ...byte) []byte {
	sof := byte(0xC0)
	if progressive {
		sof = 0xC2
	}
	b := []byte{0xFF, 0xD8, 0xFF, sof}
	b = binary.BigEndian.AppendUint16(b, uint16(8+3*len(sampling)))
	b = append(b, 8)
	b = binary.BigEndian.AppendUint16(b, uint16(h))
	b = binary.BigEndian.AppendUint16(b, uint16(w))
	b = append(b, byte(len(sampling)))
	for i, s := range sampling {
		b = append(b, byte(i+1), s, 0)
	}
	return append(b, 0xFF, 0xDA, 0, 8, 1, 1, 0, 0, 0x3F, 0, 0xFF, 0xD9) // a scan with no data
}

// TestLoadImageCountsDecodingCost refuses, from the header alone,
// pictures within the pixel budget whose decoding would take more memory
// than lookout allows, and names the budget for their kind.
func TestLoadImageCountsDecodingCost(t *testing.T) {
	for name, tc := range map[string]struct {
		in   []byte
		want string
	}{
		"progressive CMYK": {jpegHead(8000, 2000, true, 0x22, 0x11, 0x11, 0x22), "8000×2000 pixels, a progressive CMYK JPEG, which takes 251 MB to decode; the most lookout decodes is 64 MB, 4.1 million pixels of this kind"},
		"progressive":      {jpegHead(4000, 4000, true, 0x22, 0x11, 0x11), "a progressive JPEG, which takes 114 MB to decode; the most lookout decodes is 64 MB, 8.9 million pixels"},
		"16-bit PNG":       {bomb16(t, 4000, 3000), "a 16-bit PNG, which takes 91 MB to decode"},
	} {
		if _, err := LoadImage(tc.in); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: LoadImage = %v; want %q", name, err, tc.want)
		}
	}
	// Within the budget, the header passes and the missing data is what
	// is wrong.
	for name, in := range map[string][]byte{
		"baseline 4000×4000": jpegHead(4000, 4000, false, 0x22, 0x11, 0x11),
		"progressive grey":   jpegHead(3000, 2000, true, 0x11),
	} {
		if _, err := LoadImage(in); err == nil || !strings.Contains(err.Error(), "damaged") {
			t.Errorf("%s: LoadImage = %v; want it read as far as its data", name, err)
		}
	}
}

// bomb16 is a small 16-bit RGBA PNG whose header claims w×h pixels.
func bomb16(t *testing.T, w, h uint32) []byte {
	b := pngOf(t, image.NewNRGBA64(image.Rect(0, 0, 16, 16)))
	return withSize(b, w, h)
}

// TestJPEGHeaderNeverPanics cuts a real JPEG's header at every length.
func TestJPEGHeaderNeverPanics(t *testing.T) {
	b := noiseJPEG(t, 16, 16, 3)
	for n := range min(len(b), 700) {
		jpegHeader(b[:n])
	}
	if h, err := jpegHeader(b); err != nil || h.progressive || len(h.sampling) != 3 {
		t.Errorf("jpegHeader = %+v, %v; want a baseline three-channel frame", h, err)
	}
}

// FuzzLoadImage feeds any bytes to LoadImage, seeded with a PNG, a
// JPEG and frame headers of each kind: it never panics or hangs, and a
// picture it accepts is placed, embedded and rendered.
func FuzzLoadImage(f *testing.F) {
	f.Add(pngOf(f, image.NewGray(image.Rect(0, 0, 20, 17))))
	f.Add(noiseJPEG(f, 24, 16, 4))
	f.Add(jpegHead(300, 200, true, 0x22, 0x11, 0x11, 0x22))
	f.Add(jpegHead(20, 20, false, 0x11))
	f.Fuzz(func(t *testing.T, b []byte) {
		within(t, 10*time.Second, func() {
			img, err := LoadImage(b)
			if err != nil {
				return
			}
			placed(t, img, 30, false)
			placed(t, img, 5, true)
		})
	})
}
