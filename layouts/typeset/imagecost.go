package typeset

import (
	"encoding/binary"
	"fmt"
	"image"
	"image/color"
)

// cost is what decoding a picture takes, reckoned from its header.
type cost struct {
	w, h  int
	kind  string // "progressive CMYK JPEG", "PNG with transparency", …
	bytes int64  // the memory the decoder needs
	perPx float64
}

// check refuses a picture whose decoding would need more than
// MaxImageDecode, saying how many pixels of its kind lookout reads.
func (c cost) check() error {
	if c.bytes <= MaxImageDecode {
		return nil
	}
	most := min(float64(MaxImageDecode)/c.perPx, MaxImagePixels)
	return &ImageError{fmt.Errorf("the picture is %d×%d pixels, a %s, which takes %d MB to decode; the most lookout decodes is %d MB, %.1f million pixels of this kind",
		c.w, c.h, c.kind, c.bytes>>20, MaxImageDecode>>20, most/1e6)}
}

// decodeCost reckons the memory Go's decoder needs for the picture: the
// decoded picture itself, and for a progressive JPEG the DCT coefficients
// it keeps until the last scan (a 64-entry block of int32 for every 8×8
// samples of every channel).
func decodeCost(b []byte, format string, cfg image.Config) (cost, error) {
	c := cost{w: cfg.Width, h: cfg.Height}
	px := float64(cfg.Width) * float64(cfg.Height)
	if format == "png" {
		c.kind, c.perPx = pngKind(cfg.ColorModel)
		if len(b) > 28 && b[28] == 1 { // interlaced: seven passes, then the whole
			c.kind, c.perPx = "interlaced "+c.kind, 2*c.perPx
		}
	} else {
		h, err := jpegHeader(b)
		if err != nil {
			return c, fmt.Errorf("the jpeg picture is damaged: %v", err)
		}
		c.kind, c.perPx = h.kind(), h.perPixel()
	}
	c.bytes = int64(px * c.perPx)
	return c, nil
}

// pngKind names a PNG's pixels and the bytes each takes decoded.
func pngKind(m color.Model) (string, float64) {
	switch m {
	case color.GrayModel:
		return "grey PNG", 1
	case color.Gray16Model:
		return "16-bit grey PNG", 2
	case color.RGBAModel:
		return "PNG", 4
	case color.NRGBAModel:
		return "PNG with transparency", 4
	case color.RGBA64Model, color.NRGBA64Model:
		return "16-bit PNG", 8
	}
	return "PNG with a palette", 1
}

// jpegInfo is what a JPEG's frame header says.
type jpegInfo struct {
	progressive bool
	sampling    []int // each channel's horizontal × vertical sampling factor
	hmax, vmax  int
	adobeRGB    bool // three channels, stored as RGB (an Adobe marker says so)
}

func (j jpegInfo) kind() string {
	k := "JPEG"
	switch len(j.sampling) {
	case 1:
		k = "grey " + k
	case 4:
		k = "CMYK " + k
	}
	if j.progressive {
		k = "progressive " + k
	}
	return k
}

// perPixel is the bytes per pixel the decoder needs: each channel's
// samples (fewer for a subsampled channel); for CMYK, or RGB, the
// converted picture at 4 bytes a pixel besides; for a progressive JPEG,
// 4 bytes per sample for the coefficients.
func (j jpegInfo) perPixel() float64 {
	var samples float64
	for _, s := range j.sampling {
		samples += float64(s) / float64(j.hmax*j.vmax)
	}
	n := samples
	if len(j.sampling) == 4 || j.adobeRGB {
		n += 4
	}
	if j.progressive {
		n += 4 * samples
	}
	return n
}

// jpegHeader walks a JPEG's markers up to its frame header. It reads
// only the lengths the markers give and stops at the end of b.
func jpegHeader(b []byte) (jpegInfo, error) {
	var j jpegInfo
	if len(b) < 4 || b[0] != 0xFF || b[1] != 0xD8 {
		return j, fmt.Errorf("no start of image")
	}
	adobe := -1
	for i := 2; i+4 <= len(b); {
		if b[i] != 0xFF {
			return j, fmt.Errorf("no marker at byte %d", i)
		}
		m := b[i+1]
		if m == 0xFF || (m >= 0xD0 && m <= 0xD7) || m == 0x01 {
			i += 1 + btoi(m != 0xFF) // fill byte, or a marker with no length
			continue
		}
		n := int(binary.BigEndian.Uint16(b[i+2:]))
		if n < 2 {
			return j, fmt.Errorf("bad marker length at byte %d", i)
		}
		seg := b[i+4 : min(len(b), i+2+n)]
		switch {
		case m == 0xEE && len(seg) >= 12 && string(seg[:5]) == "Adobe":
			adobe = int(seg[11])
		case m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC:
			if len(seg) < 6 || len(seg) < 6+3*int(seg[5]) || seg[5] == 0 {
				return j, fmt.Errorf("short frame header")
			}
			j.progressive = m == 0xC2 || m == 0xC6 || m == 0xCA || m == 0xCE
			for k := range int(seg[5]) {
				f := seg[6+3*k+1]
				hs, vs := int(f>>4), int(f&15)
				j.hmax, j.vmax = max(j.hmax, hs), max(j.vmax, vs)
				j.sampling = append(j.sampling, hs*vs)
			}
			if j.hmax == 0 || j.vmax == 0 {
				return j, fmt.Errorf("bad sampling factors")
			}
			j.adobeRGB = len(j.sampling) == 3 && adobe == 0
			return j, nil
		case m == 0xDA || m == 0xD9:
			return j, fmt.Errorf("no frame header")
		}
		i += 2 + n
	}
	return j, fmt.Errorf("no frame header")
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
