package typeset

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"math"
	"sync"
)

// embedKey is one way of embedding a picture: its size in pixels, and
// whether in shades of grey.
type embedKey struct {
	w, h int
	gray bool
}

// embedding is a picture encoded for a PDF, made once.
type embedding struct {
	once sync.Once
	data []byte
	kind string // fpdf's image type: "JPG" or "PNG"
	name string // the name it goes by inside a PDF
	err  error
}

// maxEmbeddings bounds the sizes of one picture an Image keeps encoded; a
// kit (the product, lookout kit) needs one per paper and form of the logo's box. Past it, a size is
// encoded for each document that asks for it.
const maxEmbeddings = 64

// embedSize is the size, in pixels, to embed img at so that the largest
// of its placements, in millimetres wide, gets PrintPPI: never more than
// the picture has, nor than its print master keeps.
func (img *Image) embedSize(placedW float64) (w, h int) {
	need := placedW / 25.4 * PrintPPI
	if need >= float64(img.w) {
		return img.master.Rect.Dx(), img.master.Rect.Dy()
	}
	s := need / float64(img.w)
	w = clampPx(int(math.Ceil(float64(img.w)*s - 1e-6)))
	h = clampPx(int(math.Ceil(float64(img.h)*s - 1e-6)))
	return min(w, img.master.Rect.Dx()), min(h, img.master.Rect.Dy())
}

// embedding returns the picture encoded at w×h pixels, in grey when gray
// is set: its own JPEG bytes when they need no change, else a JPEG for a
// photograph and a PNG for line art or a picture with transparency.
// Each is made once and shared by every document that asks for it.
func (img *Image) embedding(w, h int, gray bool) (*embedding, error) {
	k := embedKey{w, h, gray}
	img.mu.Lock()
	e, ok := img.made[k]
	if !ok {
		e = &embedding{}
		if len(img.made) < maxEmbeddings {
			img.made[k] = e
		}
	}
	img.mu.Unlock()
	e.once.Do(func() {
		e.data, e.kind, e.err = img.encode(k)
		e.name = fmt.Sprintf("%s-%dx%d", img.key, w, h)
		if gray {
			e.name += "g"
		}
	})
	return e, e.err
}

func (img *Image) encode(k embedKey) ([]byte, string, error) {
	full := k.w == img.master.Rect.Dx() && k.h == img.master.Rect.Dy()
	if full && !k.gray && img.jpeg != nil {
		return img.jpeg, "JPG", nil // the file's own DCT data
	}
	px := img.master
	if !full {
		px = resample(img.master, k.w, k.h)
	}
	var m image.Image = px
	if k.gray {
		m = grayOf(px, img.opaque)
	}
	var buf bytes.Buffer
	if img.photo && img.opaque {
		if err := jpeg.Encode(&buf, m, jpegOptions); err != nil {
			return nil, "", fmt.Errorf("encoding the picture: %w", err)
		}
		return buf.Bytes(), "JPG", nil
	}
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&buf, m); err != nil {
		return nil, "", fmt.Errorf("encoding the picture: %w", err)
	}
	return buf.Bytes(), "PNG", nil
}

// grayOf returns m in shades of grey of the same luminance, keeping its
// transparency: an image.Gray when it is opaque.
func grayOf(m *image.RGBA, opaque bool) image.Image {
	r := m.Rect
	if opaque {
		g := image.NewGray(r)
		for i, j := 0, 0; i < len(m.Pix); i, j = i+4, j+1 {
			g.Pix[j] = Color{m.Pix[i], m.Pix[i+1], m.Pix[i+2]}.gray()
		}
		return g
	}
	g := image.NewNRGBA(r)
	for i := 0; i < len(m.Pix); i += 4 {
		c := color.NRGBAModel.Convert(color.RGBA{m.Pix[i], m.Pix[i+1], m.Pix[i+2], m.Pix[i+3]}).(color.NRGBA)
		v := Color{c.R, c.G, c.B}.gray()
		g.Pix[i], g.Pix[i+1], g.Pix[i+2], g.Pix[i+3] = v, v, v, c.A
	}
	return g
}

// imageSizes returns, for each picture in the document, the width in
// millimetres of its largest placement.
func (d *Document) imageSizes() map[*Image]float64 {
	sizes := map[*Image]float64{}
	for _, s := range d.sheets {
		for _, o := range s.ops {
			if o, ok := o.(opImage); ok {
				sizes[o.img] = math.Max(sizes[o.img], o.box.W)
			}
		}
	}
	return sizes
}

// loaded keeps the pictures this process has loaded, by the SHA-256 of
// their files, so that a picture given again (by every request to a
// server, say) is decoded once. It holds a few: each keeps a print
// master of up to 4 MB. Pictures load one at a time, so however many
// requests bring one at once, one decoded picture is in memory at a time.
var loaded = imageCache{limit: 4}

type imageCache struct {
	mu    sync.Mutex
	limit int
	m     map[[32]byte]*Image
	order [][32]byte // oldest first
}

// get returns the Image kept for sum, or loads it and keeps it, forgetting
// the oldest when full. A picture that fails to load is not kept.
func (c *imageCache) get(sum [32]byte, load func() (*Image, error)) (*Image, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if img, ok := c.m[sum]; ok {
		return img, nil
	}
	img, err := load()
	if err != nil {
		return nil, err
	}
	if c.m == nil {
		c.m = map[[32]byte]*Image{}
	}
	if len(c.order) >= c.limit {
		delete(c.m, c.order[0])
		c.order = c.order[1:]
	}
	c.m[sum] = img
	c.order = append(c.order, sum)
	return img, nil
}
