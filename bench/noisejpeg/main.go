// Command noisejpeg writes a photograph of noise as a baseline JPEG: the
// worst case for a logo's size, for measuring what a photo as a logo
// costs (bench/logo).
//
//	go run ./bench/noisejpeg -w 4000 -h 4000 -o photo.jpg
package main

import (
	"flag"
	"fmt"
	"image"
	"image/jpeg"
	"math/rand"
	"os"
)

func main() {
	w := flag.Int("w", 4000, "width in pixels")
	h := flag.Int("h", 4000, "height in pixels")
	q := flag.Int("q", 75, "JPEG quality")
	out := flag.String("o", "noise.jpg", "file to write")
	flag.Parse()
	m := image.NewRGBA(image.Rect(0, 0, *w, *h))
	rand.New(rand.NewSource(int64(*w))).Read(m.Pix)
	for i := 3; i < len(m.Pix); i += 4 {
		m.Pix[i] = 0xFF
	}
	f, err := os.Create(*out)
	if err == nil {
		err = jpeg.Encode(f, m, &jpeg.Options{Quality: *q})
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "noisejpeg:", err)
		os.Exit(1)
	}
}
