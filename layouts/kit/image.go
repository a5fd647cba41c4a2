package kit

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	_ "image/jpeg" // logos come as JPEG too
	"image/png"
	"math"
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
)

// Image is a raster picture ready to place: decoded, checked and
// re-encoded as a plain 8-bit, non-interlaced PNG, so that every PDF that
// embeds it holds the same bytes.
type Image struct {
	png  []byte
	w, h int
	key  string // names it inside a PDF: a hash of its pixels

	grayOnce sync.Once
	gray     []byte
	grayErr  error
}

// LoadImage decodes a PNG or JPEG file and checks its size. Interlaced,
// 16-bit, paletted and CMYK pictures are converted; anything else is
// refused with a message that says why.
func LoadImage(b []byte) (*Image, error) {
	if len(b) > MaxImageBytes {
		return nil, fmt.Errorf("the picture is %.1f MB; the most lookout reads is %d MB", float64(len(b))/(1<<20), MaxImageBytes>>20)
	}
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
	src, _, err := image.Decode(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("the %s picture is damaged: %v", format, err)
	}
	return newImage(src)
}

func checkImageSize(w, h int) error {
	switch {
	case w > MaxImageSide || h > MaxImageSide:
		return fmt.Errorf("the picture is %d×%d pixels; the most lookout reads is %d on a side", w, h, MaxImageSide)
	case w*h > MaxImagePixels:
		return fmt.Errorf("the picture is %d×%d pixels (%.1f million); the most lookout reads is %d million", w, h, float64(w*h)/1e6, MaxImagePixels/1_000_000)
	case w < MinImageSide || h < MinImageSide:
		return fmt.Errorf("the picture is %d×%d pixels; a logo needs at least %d on each side to print sharply", w, h, MinImageSide)
	}
	return nil
}

// newImage re-encodes src as 8-bit non-interlaced PNG: RGB when it is
// opaque, RGB with alpha when it is not.
func newImage(src image.Image) (*Image, error) {
	b := src.Bounds()
	rgba := image.NewNRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(rgba, rgba.Bounds(), src, b.Min, draw.Src)
	out, err := encodePNG(rgba)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(rgba.Pix)
	return &Image{png: out, w: b.Dx(), h: b.Dy(), key: "img" + hex.EncodeToString(sum[:8])}, nil
}

func encodePNG(img image.Image) ([]byte, error) {
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("re-encoding the picture: %w", err)
	}
	return buf.Bytes(), nil
}

// Size returns the picture's width and height in pixels.
func (img *Image) Size() (w, h int) { return img.w, img.h }

// grayPNG returns the picture in shades of grey, for ink-saving documents.
func (img *Image) grayPNG() ([]byte, error) {
	img.grayOnce.Do(func() {
		src, err := png.Decode(bytes.NewReader(img.png))
		if err != nil {
			img.grayErr = err
			return
		}
		b := src.Bounds()
		g := image.NewNRGBA(b)
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				c := color.NRGBAModel.Convert(src.At(x, y)).(color.NRGBA)
				v := Color{c.R, c.G, c.B}.gray()
				g.SetNRGBA(x, y, color.NRGBA{v, v, v, c.A})
			}
		}
		img.gray, img.grayErr = encodePNG(g)
	})
	return img.gray, img.grayErr
}

// opImage draws a picture in a box.
type opImage struct {
	box Box
	img *Image
}

// Image places a picture as large as fits in the box without changing its
// proportions, at the box's start side (its left, or right on a
// right-to-left page) and centred in height. It returns the box the
// picture covers.
func (p *Page) Image(name string, b Box, img *Image) Box {
	scale := math.Min(b.W/float64(img.w), b.H/float64(img.h))
	w, h := float64(img.w)*scale, float64(img.h)*scale
	at := Box{X: b.X, Y: b.Y + (b.H-h)/2, W: w, H: h}
	if p.lang.RTL {
		at.X = b.Right() - w
	}
	p.add(opImage{at, img})
	dpi := float64(img.w) / (w / 25.4)
	p.doc.place(Placement{Kind: KindImage, Name: name, Box: at}, "image %s box=%s at=%s px=%dx%d dpi=%.0f", name, b, at, img.w, img.h, dpi)
	return at
}
