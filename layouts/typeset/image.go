package typeset

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	_ "image/png" // logos come as PNG too
	"math"
	"runtime"
	"sync"
)

// Limits on a picture lookout accepts. They are checked from the file's
// header, before the pixels are decoded, so a small file that claims a huge
// picture (a decompression bomb) is refused without using the memory.
const (
	MaxImageBytes  = 10 << 20   // the file
	MaxImageSide   = 8000       // pixels on either side
	MaxImagePixels = 16_000_000 // width × height
	MinImageSide   = 16         // smaller than this is not a logo
	// MaxImageDecode is the most memory the decoder may need, reckoned
	// from the header: 4 bytes a pixel for a 16-million-pixel PNG with
	// transparency, but far fewer pixels for a progressive JPEG, whose
	// decoder keeps every DCT coefficient (4 bytes per sample per colour
	// channel) as well as the picture.
	MaxImageDecode = 64 << 20
)

// PrintPPI is the resolution a picture is embedded at: pixels per inch of
// its placed size. A picture with fewer is embedded as it is, never
// enlarged.
const PrintPPI = 300

// MaxPrintSide and MaxPrintPixels bound the copy of a picture lookout
// keeps in memory (4 MB at most): 2048 pixels is 6.8 in at 300 ppi, and a
// million pixels 11 square inches, more than any layout gives a logo (the
// widest placement, a banner logo on tabloid or A3, is 4 in wide;
// TestLogoResolution in layouts checks every form that carries a logo,
// on every paper, and the notices of the posting laws with the largest
// type).
const (
	MaxPrintSide   = 2048
	MaxPrintPixels = 1 << 20
)

// Image is a picture ready to place. It is decoded once, when it is
// loaded, into a print master within MaxPrintSide and MaxPrintPixels; each
// document embeds it at the size its largest placement needs at PrintPPI,
// made once per size and shared by every document that needs that size
// (see Image.embedding). An Image is safe for concurrent use.
type Image struct {
	w, h   int         // the picture's own size, in pixels
	key    string      // names it inside a PDF: a hash of the file
	master *image.RGBA // premultiplied, within MaxPrintSide and MaxPrintPixels
	opaque bool
	photo  bool   // embedded as JPEG; line art and transparency as PNG
	jpeg   []byte // the file, when its DCT data can go into a PDF as it is

	mu   sync.Mutex
	made map[embedKey]*embedding
}

// LoadImage decodes a PNG or JPEG file and checks its size. Interlaced,
// 16-bit, paletted and CMYK pictures are converted; anything else is
// refused with a message that says why. The same bytes loaded again in
// the same process give the same Image without decoding them again (see
// loaded).
func LoadImage(b []byte) (*Image, error) {
	if len(b) > MaxImageBytes {
		return nil, &ImageError{fmt.Errorf("the picture is %.1f MB; the most lookout reads is %d MB", float64(len(b))/(1<<20), MaxImageBytes>>20)}
	}
	sum := sha256.Sum256(b)
	return loaded.get(sum, func() (*Image, error) { return loadImage(b, "img"+hex.EncodeToString(sum[:8])) })
}

func loadImage(b []byte, key string) (*Image, error) {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("not a PNG or JPEG picture (%v)", err)
	}
	if format != "png" && format != "jpeg" {
		return nil, fmt.Errorf("the picture is %s; save it as PNG or JPEG", format)
	}
	if err := checkImageSize(cfg.Width, cfg.Height); err != nil {
		return nil, err
	}
	cost, err := decodeCost(b, format, cfg)
	if err != nil {
		return nil, err
	}
	if err := cost.check(); err != nil {
		return nil, err
	}
	src, _, err := image.Decode(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("the %s picture is damaged: %v", format, err)
	}
	img := &Image{w: cfg.Width, h: cfg.Height, key: key, made: map[embedKey]*embedding{}}
	mw, mh := fitPrint(img.w, img.h)
	img.master = resample(src, mw, mh)
	// A large decoded picture is the largest thing lookout holds: collect
	// it now. Left for later, it would set the next collection's target,
	// at five times the live heap under lookout's GOGC=400, far above what
	// rendering needs.
	src = nil
	if cost.bytes > 8<<20 {
		runtime.GC()
	}
	img.opaque = isOpaque(img.master)
	img.photo = format == "jpeg" || (img.opaque && manyColours(img.master, 4096))
	if format == "jpeg" && mw == img.w && mh == img.h && (cfg.ColorModel == color.YCbCrModel || cfg.ColorModel == color.GrayModel) {
		img.jpeg = bytes.Clone(b)
	}
	return img, nil
}

// ImageError says that a picture is larger than lookout reads, or than
// it decodes, and how to make it fit.
type ImageError struct{ Err error }

func (e *ImageError) Error() string { return e.Err.Error() }

// Hint says how to mend it.
func (e *ImageError) Hint() string {
	return "save it smaller: no logo prints wider than 4 in, 1200 pixels at 300 ppi; a baseline (not progressive) RGB JPEG or a PNG of that size is enough"
}

// ExitCode is 2: the picture given is at fault.
func (e *ImageError) ExitCode() int { return 2 }

func checkImageSize(w, h int) error {
	switch {
	case w > MaxImageSide || h > MaxImageSide:
		return &ImageError{fmt.Errorf("the picture is %d×%d pixels; the most lookout reads is %d on a side", w, h, MaxImageSide)}
	case w*h > MaxImagePixels:
		return &ImageError{fmt.Errorf("the picture is %d×%d pixels (%.1f million); the most lookout reads is %d million", w, h, float64(w*h)/1e6, MaxImagePixels/1_000_000)}
	case w < MinImageSide || h < MinImageSide:
		return fmt.Errorf("the picture is %d×%d pixels; a logo needs at least %d on each side to print sharply", w, h, MinImageSide)
	}
	return nil
}

// fitPrint returns the size of a w×h picture's print master: scaled down,
// keeping its proportions, to within MaxPrintSide on a side and
// MaxPrintPixels in all; never up, and never below one pixel.
func fitPrint(w, h int) (int, int) {
	s := math.Min(1, math.Min(float64(MaxPrintSide)/float64(max(w, h)), math.Sqrt(float64(MaxPrintPixels)/(float64(w)*float64(h)))))
	if s == 1 {
		return w, h
	}
	return clampPx(int(float64(w) * s)), clampPx(int(float64(h) * s))
}

func clampPx(n int) int { return max(n, 1) }

// isOpaque reports whether every pixel of m is opaque.
func isOpaque(m *image.RGBA) bool {
	for i := 3; i < len(m.Pix); i += 4 {
		if m.Pix[i] != 0xFF {
			return false
		}
	}
	return true
}

// manyColours reports whether m has more than n colours: a photograph
// saved as PNG, which is embedded as JPEG like a photograph.
func manyColours(m *image.RGBA, n int) bool {
	seen := make(map[uint32]struct{}, n)
	for i := 0; i+3 < len(m.Pix); i += 4 {
		seen[uint32(m.Pix[i])<<16|uint32(m.Pix[i+1])<<8|uint32(m.Pix[i+2])] = struct{}{}
		if len(seen) > n {
			return true
		}
	}
	return false
}

// Size returns the picture's width and height in pixels, as it came.
func (img *Image) Size() (w, h int) { return img.w, img.h }

// opImage draws a picture in a box.
type opImage struct {
	box Box
	img *Image
}

// Image places a picture as large as fits in the box without changing its
// proportions, at the box's start side (its left, or right on a
// right-to-left page) and centred in height. It returns the box the
// picture covers. alt is what the picture says to someone who cannot see
// it (for a logo, the organisation's name); a picture with none is
// decoration, an artifact.
func (p *Page) Image(name string, b Box, img *Image, alt string) Box {
	scale := math.Min(b.W/float64(img.w), b.H/float64(img.h))
	w, h := float64(img.w)*scale, float64(img.h)*scale
	at := Box{X: b.X, Y: b.Y + (b.H-h)/2, W: w, H: h}
	if p.lang.RTL {
		at.X = b.Right() - w
	}
	if alt != "" {
		p.marked(p.figure(alt), func() { p.add(opImage{at, img}) })
	} else {
		p.add(opImage{at, img})
	}
	dpi := float64(img.w) / (w / 25.4)
	p.doc.place(Placement{Kind: KindImage, Name: name, Box: at}, "image %s box=%s at=%s px=%dx%d dpi=%.0f", name, b, at, img.w, img.h, dpi)
	return at
}

// jpegOptions are those a scaled photograph is encoded with.
var jpegOptions = &jpeg.Options{Quality: 90}
