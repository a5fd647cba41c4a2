package typeset

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func pngOf(t testing.TB, img image.Image) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// bomb is a small PNG whose header claims w×h pixels.
func bomb(t *testing.T, w, h uint32) []byte {
	return withSize(pngOf(t, image.NewGray(image.Rect(0, 0, 16, 16))), w, h)
}

// withSize changes the size a PNG's header claims.
func withSize(b []byte, w, h uint32) []byte {
	binary.BigEndian.PutUint32(b[16:], w)
	binary.BigEndian.PutUint32(b[20:], h)
	binary.BigEndian.PutUint32(b[29:], crc32.ChecksumIEEE(b[12:29]))
	return b
}

func TestLoadImageRefuses(t *testing.T) {
	var g bytes.Buffer
	gif.Encode(&g, image.NewPaletted(image.Rect(0, 0, 20, 20), color.Palette{color.White, color.Black}), nil)
	for name, tc := range map[string]struct {
		in   []byte
		want string
	}{
		"bomb":      {bomb(t, 60000, 60000), "60000×60000 pixels; the most lookout reads is 8000 on a side"},
		"many":      {bomb(t, 7000, 7000), "49.0 million); the most lookout reads is 16 million"},
		"tiny":      {pngOf(t, image.NewGray(image.Rect(0, 0, 8, 40))), "8×40 pixels; a logo needs at least 16"},
		"gif":       {g.Bytes(), "the picture is gif; save it as PNG or JPEG"},
		"text":      {[]byte("not a picture"), "not a PNG or JPEG picture"},
		"truncated": {pngOf(t, image.NewGray(image.Rect(0, 0, 40, 40)))[:60], "damaged"},
		"huge file": {make([]byte, MaxImageBytes+1), "the most lookout reads is 10 MB"},
	} {
		if _, err := LoadImage(tc.in); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: LoadImage = %v; want %q", name, err, tc.want)
		}
	}
}

// TestLoadImageConverts reads an interlaced paletted PNG, a 16-bit PNG and
// a JPEG, and checks that each is embedded, at full size, as something a
// PDF can carry: the JPEG as its own bytes, the others as 8-bit PNG data.
func TestLoadImageConverts(t *testing.T) {
	interlaced, err := os.ReadFile("testdata/interlaced.png")
	if err != nil {
		t.Fatal(err)
	}
	if interlaced[28] != 1 {
		t.Fatal("testdata/interlaced.png is not interlaced")
	}
	deep := image.NewNRGBA64(image.Rect(0, 0, 30, 50))
	deep.Set(3, 3, color.NRGBA64{0xFFFF, 0, 0, 0x8000})
	var j bytes.Buffer
	jpeg.Encode(&j, image.NewRGBA(image.Rect(0, 0, 64, 32)), nil)
	for name, tc := range map[string]struct {
		in     []byte
		w, h   int
		filter string
		mask   bool
	}{
		"interlaced": {interlaced, 60, 20, "FlateDecode", false},
		"16-bit":     {pngOf(t, deep), 30, 50, "FlateDecode", true},
		"jpeg":       {j.Bytes(), 64, 32, "DCTDecode", false},
	} {
		img, err := LoadImage(tc.in)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if w, h := img.Size(); w != tc.w || h != tc.h {
			t.Errorf("%s: %dx%d; want %dx%d", name, w, h, tc.w, tc.h)
		}
		ims := imagesIn(t, placed(t, img, 200, false))
		if len(ims) != 1+btoi(tc.mask) || ims[0].smask != tc.mask || ims[0].w != tc.w || ims[0].h != tc.h || ims[0].filter != tc.filter || ims[0].bpc != 8 {
			t.Errorf("%s: embedded %+v; want %dx%d, 8 bits, %s, soft mask %v", name, ims, tc.w, tc.h, tc.filter, tc.mask)
		}
		if tc.filter == "DCTDecode" && !bytes.Equal(ims[0].data, tc.in) {
			t.Errorf("%s: the JPEG was re-encoded; want its own bytes", name)
		}
	}
}

// placed returns a PDF with img placed wMM millimetres wide.
func placed(t testing.TB, img *Image, wMM float64, gray bool) []byte {
	t.Helper()
	doc := NewDocument(Meta{Grayscale: gray})
	doc.AddPage("t", wMM+20, wMM+20, Lang{"en", "Latn", false}).Image("logo", Box{10, 10, wMM, wMM}, img, "Logo")
	out, err := doc.PDF()
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// xobject is an image a PDF embeds, as its dictionary describes it.
type xobject struct {
	w, h, bpc  int
	filter, cs string
	smask      bool
	data       []byte
}

var xobjectRE = regexp.MustCompile(`(?s)/Subtype /Image\n/Width (\d+)\n/Height (\d+)\n/ColorSpace /(\w+)\n(?:/Decode [^\n]*\n)?/BitsPerComponent (\d+)\n/Filter /(\w+)\n(.*?)/Length (\d+)>>\nstream\n`)

// imagesIn lists the images a PDF holds, each soft mask (transparency)
// just after its picture.
func imagesIn(t *testing.T, pdf []byte) []xobject {
	t.Helper()
	var out []xobject
	for _, m := range xobjectRE.FindAllSubmatchIndex(pdf, -1) {
		s := func(k int) string { return string(pdf[m[2*k]:m[2*k+1]]) }
		n := func(k int) int { v, _ := strconv.Atoi(s(k)); return v }
		x := xobject{w: n(1), h: n(2), cs: s(3), bpc: n(4), filter: s(5), smask: strings.Contains(s(6), "/SMask")}
		x.data = pdf[m[1] : m[1]+n(7)]
		out = append(out, x)
	}
	return out
}

var cmRE = regexp.MustCompile(`([0-9.]+) 0 0 ([0-9.]+) ([0-9.]+) ([0-9.]+) cm\s*/I`)

// TestImageKeepsItsProportions places a 2:1 picture in a square box and a
// tall box and reads back, from the placement and from the PDF's own
// drawing matrix, that it is drawn 2:1 and inside the box.
func TestImageKeepsItsProportions(t *testing.T) {
	img, err := LoadImage(pngOf(t, image.NewRGBA(image.Rect(0, 0, 200, 100))))
	if err != nil {
		t.Fatal(err)
	}
	doc := NewDocument(Meta{})
	p := doc.AddPage("t", 100, 100, Lang{"en", "Latn", false})
	square := p.Image("logo", Box{10, 10, 50, 50}, img, "Logo")
	tall := p.WithLang(Lang{"ar", "Arab", true}).Image("logo-rtl", Box{10, 70, 80, 20}, img, "Logo")
	for _, tc := range []struct{ got, want Box }{
		{square, Box{10, 22.5, 50, 25}}, // as wide as the box, centred in height
		{tall, Box{50, 70, 40, 20}},     // as tall as the box, at the right on a right-to-left page
	} {
		if math.Abs(tc.got.X-tc.want.X)+math.Abs(tc.got.Y-tc.want.Y)+math.Abs(tc.got.W-tc.want.W)+math.Abs(tc.got.H-tc.want.H) > 1e-9 {
			t.Errorf("placed at %v; want %v", tc.got, tc.want)
		}
	}
	if !strings.Contains(doc.Log(), "image logo box=(10.0,10.0 50.0x50.0) at=(10.0,22.5 50.0x25.0) px=200x100 dpi=102") {
		t.Errorf("placement log:\n%s", doc.Log())
	}
	out, err := doc.PDF()
	if err != nil {
		t.Fatal(err)
	}
	ms := cmRE.FindAllStringSubmatch(string(uncompressed(t, out)), -1)
	if len(ms) != 2 {
		t.Fatalf("found %d image matrices; want 2", len(ms))
	}
	for _, m := range ms {
		w, _ := strconv.ParseFloat(m[1], 64)
		h, _ := strconv.ParseFloat(m[2], 64)
		if math.Abs(w/h-2) > 0.001 {
			t.Errorf("the PDF draws the picture %.2f x %.2f pt, ratio %.3f; want 2", w, h, w/h)
		}
	}
}

var streamRE = regexp.MustCompile(`(?s)stream\r?\n(.*?)endstream`)

// uncompressed returns the PDF with every stream that inflates inflated.
func uncompressed(t *testing.T, pdf []byte) []byte {
	t.Helper()
	return streamRE.ReplaceAllFunc(pdf, func(m []byte) []byte {
		r, err := zlib.NewReader(bytes.NewReader(streamRE.FindSubmatch(m)[1]))
		if err != nil {
			return m
		}
		b, _ := io.ReadAll(r)
		return b
	})
}

// TestImageInGrayscale checks that an ink-saving document embeds the logo
// in shades of grey, keeping its transparency.
func TestImageInGrayscale(t *testing.T) {
	src := image.NewNRGBA(image.Rect(0, 0, 20, 20))
	src.Set(1, 1, color.NRGBA{200, 30, 40, 255})
	src.Set(2, 2, color.NRGBA{0, 0, 255, 0})
	img, err := LoadImage(pngOf(t, src))
	if err != nil {
		t.Fatal(err)
	}
	g := grayOf(img.master, img.opaque).(*image.NRGBA)
	for _, p := range []image.Point{{1, 1}, {2, 2}, {5, 5}} {
		c := g.NRGBAAt(p.X, p.Y)
		o := src.NRGBAAt(p.X, p.Y)
		if c.R != c.G || c.G != c.B || c.A != o.A || (c.A > 0 && c.R != (Color{o.R, o.G, o.B}).gray()) {
			t.Errorf("pixel %v: %v from %v; want its grey, same alpha", p, c, o)
		}
	}
	ims := imagesIn(t, placed(t, img, 50, true))
	if len(ims) != 2 || ims[0].cs != "DeviceRGB" || !ims[0].smask || ims[1].cs != "DeviceGray" {
		t.Errorf("embedded %+v; want a picture with a soft mask", ims)
	}
	var j bytes.Buffer
	jpeg.Encode(&j, image.NewRGBA(image.Rect(0, 0, 64, 32)), nil)
	photo, err := LoadImage(j.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if ims := imagesIn(t, placed(t, photo, 50, true)); len(ims) != 1 || ims[0].cs != "DeviceGray" || ims[0].filter != "DCTDecode" {
		t.Errorf("a photograph in grey: embedded %+v; want a grey JPEG", ims)
	}
}
