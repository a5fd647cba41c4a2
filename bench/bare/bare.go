// Package bare is the yardstick for lookout's speed: it draws the page a
// lookout placement log describes the way a program without lookout's kit
// would, with plain fpdf. It sets every line of the log at the same place
// and size, in the same full TrueType fonts (AddUTF8FontFromBytes, SetFont,
// Text), fills the same panels and draws the QR code as rectangles. It does
// no shaping, wrapping or fitting (the log already holds their results), so
// it is as fast as a bare fpdf program drawing the page can be; and, like
// any fpdf program, it sets Arabic unjoined and Devanagari without
// conjuncts.
package bare

import (
	"bytes"
	"fmt"
	"io/fs"
	"regexp"
	"strconv"
	"strings"

	"codeberg.org/go-pdf/fpdf"
	qrcode "github.com/skip2/go-qrcode"

	"lookout/assets"
)

const ptMM = 25.4 / 72

var (
	pageRE = regexp.MustCompile(`^page 1 \S+ \S+ ([0-9.]+)x([0-9.]+) mm`)
	opRE   = regexp.MustCompile(`^(fill|text|qr) (\S+) box=\(([0-9.]+),([0-9.]+) ([0-9.]+)x([0-9.]+)\)(.*)$`)
	attrRE = regexp.MustCompile(`(\w+)=(\S+)`)
)

// op is one line of a placement log: a fill, a text block or a QR code.
type op struct {
	kind, name string
	x, y, w, h float64
	attr       map[string]string
}

// Poster draws the page a placement log describes with plain fpdf.
func Poster(log string) ([]byte, error) {
	lines := strings.Split(log, "\n")
	m := pageRE.FindStringSubmatch(lines[0])
	if m == nil {
		return nil, fmt.Errorf("first line %q is not a page", lines[0])
	}
	pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "mm", Size: fpdf.SizeType{Wd: num(m[1]), Ht: num(m[2])}})
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetCompression(true)
	pdf.AddPage()
	for i := 1; i < len(lines); i++ {
		m := opRE.FindStringSubmatch(lines[i])
		if m == nil {
			continue
		}
		o := op{kind: m[1], name: m[2], x: num(m[3]), y: num(m[4]), w: num(m[5]), h: num(m[6]), attr: map[string]string{}}
		for _, a := range attrRE.FindAllStringSubmatch(m[7], -1) {
			o.attr[a[1]] = a[2]
		}
		var err error
		switch o.kind {
		case "fill":
			fill(pdf, o)
		case "qr":
			err = qr(pdf, o)
		case "text":
			err = text(pdf, o, lines[i+1:])
		}
		if err != nil {
			return nil, fmt.Errorf("line %d: %v", i+1, err)
		}
	}
	var buf bytes.Buffer
	err := pdf.Output(&buf)
	return buf.Bytes(), err
}

func num(s string) float64 {
	f, _ := strconv.ParseFloat(s, 64)
	return f
}

func fill(pdf *fpdf.Fpdf, o op) {
	c, _ := strconv.ParseUint(strings.TrimPrefix(o.attr["color"], "#"), 16, 32)
	pdf.SetFillColor(int(c>>16), int(c>>8&0xFF), int(c&0xFF))
	pdf.Rect(o.x, o.y, o.w, o.h, "F")
}

// text sets the quoted lines that follow a text line, in the first font
// its fonts= line names, one line after another at 1.25 times the size.
func text(pdf *fpdf.Fpdf, o op, rest []string) error {
	size := num(strings.TrimSuffix(o.attr["size"], "pt"))
	var lines []string
	for _, l := range rest {
		t := strings.TrimSpace(l)
		if name, ok := strings.CutPrefix(t, "fonts="); ok {
			name, _, _ = strings.Cut(name, ",")
			if err := setFont(pdf, name, size); err != nil {
				return err
			}
			break
		}
		s, err := strconv.Unquote(t)
		if err != nil {
			return fmt.Errorf("text line %s: %v", t, err)
		}
		if o.name == "signs" && !strings.HasPrefix(l, "    ") {
			s = "• " + s // a paragraph of the list starts with a bullet
		}
		lines = append(lines, s)
	}
	pdf.SetTextColor(0x1A, 0x1A, 0x1A)
	y := o.y
	for _, l := range lines {
		pdf.Text(o.x, y+size*ptMM, l)
		y += 1.25 * size * ptMM
	}
	return pdf.Error()
}

// setFont adds the named asset font to the document on first use.
func setFont(pdf *fpdf.Fpdf, name string, size float64) error {
	if pdf.GetFontDesc(name, "").Ascent == 0 {
		src, err := fs.ReadFile(assets.Fonts, "fonts/"+name+".ttf")
		if err != nil {
			return err
		}
		pdf.AddUTF8FontFromBytes(name, "", src)
	}
	pdf.SetFont(name, "", size)
	return pdf.Error()
}

// qr draws the code for the url= attribute as black rectangles, one per run
// of dark modules in a row, like lookout.
func qr(pdf *fpdf.Fpdf, o op) error {
	q, err := qrcode.New(o.attr["url"], qrcode.Medium)
	if err != nil {
		return err
	}
	q.DisableBorder = true
	bits := q.Bitmap()
	module := o.w / float64(len(bits)+8)
	pdf.SetFillColor(255, 255, 255)
	pdf.Rect(o.x, o.y, o.w, o.w, "F")
	pdf.SetFillColor(0, 0, 0)
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
			pdf.Rect(o.x+float64(4+start)*module, o.y+float64(4+y)*module, float64(x-start)*module, module, "F")
		}
	}
	return nil
}
