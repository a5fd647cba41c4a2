package typeset

import (
	"fmt"
	"math"
	"strings"

	qrcode "github.com/skip2/go-qrcode"
)

// QRLevel is a QR error-correction level.
type QRLevel int

// Error-correction levels: M by default, Q for stickers and anything
// laminated.
const (
	QRMedium QRLevel = iota
	QRQuartile
)

func (l QRLevel) String() string { return [...]string{"M", "Q"}[l] }

// QRQuiet is the white margin around a QR code, in modules.
const QRQuiet = 4

// QRMinWidth is the narrowest QR code lookout prints, quiet zone included, in
// millimetres.
const QRMinWidth = 20.0

// QRStep is what module sizes are whole multiples of: 1/300 in, so that
// every module is whole dots at 300 and 600 dpi, where printers print, and
// whole or half pixels at 150 dpi, where lookout checks that codes scan.
// Modules of any size fall between pixels unevenly: rounded to 0.01 mm,
// 2 of 240 codes (0.77 and 0.89 mm modules at some positions) did not
// decode at 150 dpi; in steps of 1/300 in, none of 240 from 0.51 to 1.27 mm.
const QRStep = 25.4 / 300

// QRMinModule is the smallest module lookout prints, in millimetres: six
// steps, 0.51 mm; finer modules blur on home printers and defeat phone
// cameras.
const QRMinModule = 6 * QRStep

// QRTooLongError says a URL needs more modules than fit the space a layout
// gives its QR code at the smallest module lookout prints.
type QRTooLongError struct {
	URL     string
	Modules int     // modules across, quiet zone included
	Width   float64 // the room the layout has, in millimetres
}

// ShortenURL is the hint for an address too long to print as a QR code.
const ShortenURL = "shorten the address, e.g. with a link shortener you trust, and check it still opens the right page"

// Hint says how to mend it: a shorter address.
func (e *QRTooLongError) Hint() string { return ShortenURL }

// ExitCode is 2: the address asked for is at fault.
func (e *QRTooLongError) ExitCode() int { return 2 }

func (e *QRTooLongError) Error() string {
	u := e.URL
	if rs := []rune(u); len(rs) > 60 {
		u = string(rs[:60]) + "…"
	}
	return fmt.Sprintf("the URL %q (%d characters) needs a QR code %d modules wide; in %.0f mm each module would be %.2f mm, under the %.2f mm that scans reliably: use a shorter URL",
		u, len(e.URL), e.Modules, e.Width, e.Width/float64(e.Modules), QRMinModule)
}

// QR draws a QR code for url as large as fits the box (a square at its top
// left, or centred when center is set), quiet zone included, dark on white.
// Each row's run of dark modules is one rectangle, so no seams show between
// modules. It returns the square it used.
func (p *Page) QR(name string, b Box, url string, level QRLevel, center bool) (Box, error) {
	bits, err := p.doc.w.qrBits(url, level)
	if err != nil {
		return Box{}, fmt.Errorf("%s: %w", name, err)
	}
	n := len(bits) + 2*QRQuiet
	side := math.Min(b.W, b.H)
	if side < QRMinWidth {
		return Box{}, fmt.Errorf("%s: the layout gives its QR code %.1f mm; it needs at least %.0f mm", name, side, QRMinWidth)
	}
	module := math.Floor(side/float64(n)/QRStep) * QRStep
	if module < QRMinModule {
		return Box{}, fmt.Errorf("%s: %w", name, &QRTooLongError{URL: url, Modules: n, Width: side})
	}
	side = module * float64(n)
	sq := Box{b.X, b.Y, side, side}
	if center {
		sq.X += (b.W - side) / 2
	}
	p.add(opMark{p.figure("QR code: opens " + strings.TrimPrefix(strings.TrimPrefix(url, "https://"), "http://"))})
	p.add(opFill{sq, White})
	x0, y0 := sq.X+QRQuiet*module, sq.Y+QRQuiet*module
	for y, row := range bits {
		for x := 0; x < len(row); {
			if !row[x] {
				x++
				continue
			}
			start := x
			for x < len(row) && row[x] {
				x++
			}
			p.add(opFill{Box{x0 + float64(start)*module, y0 + float64(y)*module, float64(x-start) * module, module}, Black})
		}
	}
	p.add(opMarkEnd{})
	p.doc.place(Placement{Kind: KindQR, Name: name, Box: sq, URL: url}, "qr %s box=%s modules=%d module=%.3fmm ec=%s url=%s", name, sq, n, module, level, url)
	return sq, nil
}

// qrBits encodes url without its quiet zone. The encoder panics on
// internal faults; that becomes an error.
func qrBits(url string, level QRLevel) (bits [][]bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("QR encoder failed on %q: %v", url, r)
		}
	}()
	rl := qrcode.Medium
	if level == QRQuartile {
		rl = qrcode.High // the library calls Q "High"
	}
	q, err := qrcode.New(url, rl)
	if err != nil {
		return nil, fmt.Errorf("QR code for %q: %w", url, err)
	}
	q.DisableBorder = true
	return q.Bitmap(), nil
}
