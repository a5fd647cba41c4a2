package typeset

import (
	"image"
	"image/draw"
)

// resample returns src scaled to w×h pixels (no larger than src) as
// premultiplied RGBA, each new pixel the average of the part of the
// picture it covers. It reads src one row at a time and holds one row of
// sums, so it needs little memory beyond its result; its arithmetic is in
// integers, so it gives the same pixels on every machine.
//
// Along x, new pixel i covers [i·sw, (i+1)·sw) and old pixel j covers
// [j·w, (j+1)·w) on a line of w·sw units; the weight of j in i is the
// length they share, and the weights of a new pixel add up to sw. The
// same along y, so a new pixel's weights add up to sw·sh.
func resample(src image.Image, w, h int) *image.RGBA {
	b := src.Bounds()
	sw, sh := b.Dx(), b.Dy()
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	cols := spans(sw, w)
	row := image.NewRGBA(image.Rect(0, 0, sw, 1))
	line := make([]uint64, 4*w) // one old row, reduced along x
	acc := make([]uint64, 4*w)  // the new row being summed
	total := uint64(sw) * uint64(sh)
	y := 0
	for j := range sh {
		draw.Draw(row, row.Rect, src, image.Pt(b.Min.X, b.Min.Y+j), draw.Src)
		cols.reduce(row.Pix, line)
		// Old row j covers [j·h, (j+1)·h) along y; new row y covers
		// [y·sh, (y+1)·sh). Add it to each new row it overlaps.
		for lo, hi := j*h, (j+1)*h; lo < hi; {
			end := min(hi, (y+1)*sh)
			wt := uint64(end - lo)
			for i, v := range line {
				acc[i] += v * wt
			}
			lo = end
			if end == (y+1)*sh {
				out := dst.Pix[y*dst.Stride : y*dst.Stride+4*w]
				for i, v := range acc {
					out[i] = uint8((v + total/2) / total)
					acc[i] = 0
				}
				y++
			}
		}
	}
	return dst
}

// span lists, for each new pixel along a line, the old pixels it covers
// and their weights: old pixels from[i] to from[i]+len(weight[i])-1.
type span struct {
	from   []int
	weight [][]uint64
}

// spans works out the weights of old pixels 0 to n-1 in new pixels 0 to
// m-1 (m <= n).
func spans(n, m int) span {
	s := span{from: make([]int, m), weight: make([][]uint64, m)}
	for i := range m {
		lo, hi := i*n, (i+1)*n // in units of 1/(n·m) of the line
		j := lo / m
		s.from[i] = j
		for ; j*m < hi; j++ {
			a, b := max(lo, j*m), min(hi, (j+1)*m)
			s.weight[i] = append(s.weight[i], uint64(b-a))
		}
	}
	return s
}

// reduce sums a row of RGBA pixels into the new pixels' channels, each
// weighted as the spans say.
func (s span) reduce(pix []uint8, out []uint64) {
	for i, from := range s.from {
		var r, g, b, a uint64
		for k, wt := range s.weight[i] {
			p := pix[4*(from+k) : 4*(from+k)+4 : 4*(from+k)+4]
			r += uint64(p[0]) * wt
			g += uint64(p[1]) * wt
			b += uint64(p[2]) * wt
			a += uint64(p[3]) * wt
		}
		out[4*i], out[4*i+1], out[4*i+2], out[4*i+3] = r, g, b, a
	}
}
