package typeset

import (
	"fmt"
	"strings"
)

// Kind is what kind of element a Placement records.
type Kind string

// The kinds of element the page engine places.
const (
	KindPage        Kind = "page"
	KindTrim        Kind = "trim"
	KindArea        Kind = "area"
	KindAreaEnd     Kind = "end area"
	KindFill        Kind = "fill"
	KindLine        Kind = "line"
	KindImage       Kind = "image"
	KindQR          Kind = "qr"
	KindText        Kind = "text"
	KindCropMarks   Kind = "crop-marks"
	KindCalibration Kind = "calibration"
	KindIcon        Kind = "icon"
)

// Placement is one element the page engine placed, as data: what it is,
// where it landed and how it was set. The posting-law checklist, the
// command and the layouts' tests read these; the placement log (Log) is
// rendered from them, one or more lines each.
type Placement struct {
	Kind  Kind
	Name  string  // the layout's name for it (a page's name for a page)
	Sheet int     // the PDF page it is on, from 1
	Box   Box     // where, in millimetres from the top left of its page or area
	Lang  string  // a page's language (BCP 47)
	Size  float64 // text: its size in points
	Bold  bool    // text: set in bold
	Lines []Line  // text: each line as set
	Fonts []string
	URL   string // a QR code: the address it opens

	log []string // its lines in the placement log
}

// Line is one line of a text element as set.
type Line struct {
	Text      string
	Continues bool // it carries on the paragraph of the line before
}

// Placements returns everything placed so far, in the order it was placed.
func (d *Document) Placements() []Placement { return d.places }

// Log returns the placement log: where every element landed, at what size,
// with which line breaks and fonts, one element (or line of text) a line.
func (d *Document) Log() string {
	var b strings.Builder
	for _, p := range d.places {
		for _, l := range p.log {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// place records an element and its first line in the log.
func (d *Document) place(p Placement, format string, args ...any) {
	p.Sheet = len(d.sheets)
	p.log = []string{fmt.Sprintf(format, args...)}
	d.places = append(d.places, p)
}

// last is the element placed last, to add to as it is set.
func (d *Document) last() *Placement { return &d.places[len(d.places)-1] }

// logLine adds a line to the log of the element placed last.
func (d *Document) logLine(format string, args ...any) {
	p := d.last()
	p.log = append(p.log, fmt.Sprintf(format, args...))
}
