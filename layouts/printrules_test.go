package layouts_test

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"lookout/campaign"
	"lookout/layouts"
)

// The print rules (README: "What it makes, and how it prints": type
// floors, the 1/8 in safe margin, QR size), read from where things landed: the
// placement logs of every form on every paper, in English and Spanish and
// on pages in several languages.

// placed is one element of a placement log, in the coordinates of the
// page it was set on (an area's own, inside an area).
type placed struct {
	kind, name string
	box        box
	size       float64 // points, for text
	page       int
	area       string  // the innermost area's name; "" on the page itself
	areaW      float64 // the size of that area's page, or of the page
	areaH      float64
}

type box struct{ x, y, w, h float64 }

func (b box) right() float64  { return b.x + b.w }
func (b box) bottom() float64 { return b.y + b.h }

var (
	pageRE = regexp.MustCompile(`^page (\d+) .* ([0-9.]+)x([0-9.]+) mm lang=`)
	areaRE = regexp.MustCompile(`^area (\S+) box=\(([-0-9.]+),([-0-9.]+) ([0-9.]+)x([0-9.]+)\) turn=(\d+)`)
	elemRE = regexp.MustCompile(`^(text|qr|calibration|fill) (\S+) box=\(([-0-9.]+),([-0-9.]+) ([0-9.]+)x([0-9.]+)\)(?: size=([0-9.]+)pt)?`)
)

// parseLog reads the elements of a placement log.
func parseLog(t *testing.T, log string) []placed {
	t.Helper()
	type frame struct {
		name string
		w, h float64
	}
	var out []placed
	var stack []frame
	page := 0
	for _, l := range strings.Split(log, "\n") {
		switch {
		case pageRE.MatchString(l):
			m := pageRE.FindStringSubmatch(l)
			page, _ = strconv.Atoi(m[1])
			stack = []frame{{"", num(m[2]), num(m[3])}}
		case areaRE.MatchString(l):
			m := areaRE.FindStringSubmatch(l)
			w, h := num(m[4]), num(m[5])
			if m[6] == "90" || m[6] == "270" {
				w, h = h, w
			}
			stack = append(stack, frame{m[1], w, h})
		case strings.HasPrefix(l, "end area "):
			stack = stack[:len(stack)-1]
		case elemRE.MatchString(l):
			m := elemRE.FindStringSubmatch(l)
			top := stack[len(stack)-1]
			out = append(out, placed{kind: m[1], name: m[2], box: box{num(m[3]), num(m[4]), num(m[5]), num(m[6])},
				size: num(m[7]), page: page, area: top.name, areaW: top.w, areaH: top.h})
		}
	}
	return out
}

func num(s string) float64 {
	v, _ := strconv.ParseFloat(s, 64)
	return v
}

// typeFloor is the smallest type a piece may use, in points: 12 on
// posters, flyers, signs and stickers; 10 on tent cards; 7 on wallet
// cards and tear-off tabs, and for the words that go with printer's marks
// (calibration, cutting, folding, printing two to a sheet).
func typeFloor(j layouts.Job, name string) float64 {
	base := strings.SplitN(name, "-", 3)
	switch {
	case j.Layout.Name == "wallet-card", base[0] == "tab", name == "fold-label", name == "calibration-label", name == "cut-label", strings.HasPrefix(name, "print-label"):
		return 7
	case j.Layout.Name == "room-sign" && j.Variant == "tent":
		return 10
	}
	return 12
}

func TestTypeSizes(t *testing.T) {
	jobs, logs := place(t, goldenRequests())
	for i, j := range jobs {
		for _, e := range parseLog(t, logs[i]) {
			if floor := typeFloor(j, e.name); e.kind == "text" && e.size < floor {
				t.Errorf("%s: %s set at %.2f pt; want at least %.0f", campaign.FileName(j), e.name, e.size, floor)
			}
		}
	}
}

// TestSafeMargins checks that nothing printed comes near an edge that is
// cut: text and QR codes keep at least 1/8 in (3.175 mm) inside a card, a
// sticker, a die-cut label or a tent card's panel, 1 mm inside a tear-off tab (cut with
// scissors along its dashed lines), and 5 mm inside any page, which a home
// printer may not reach.
func TestSafeMargins(t *testing.T) {
	jobs, logs := place(t, goldenRequests())
	for i, j := range jobs {
		for _, e := range parseLog(t, logs[i]) {
			if e.kind != "text" && e.kind != "qr" {
				continue
			}
			safe := 5.0
			switch strings.SplitN(e.area, "-", 2)[0] {
			case "card", "sticker", "label", "face", "back":
				safe = 3.175
			case "tab":
				safe = 1.0
			}
			// the log gives boxes to a tenth of a millimetre: x and width
			// each rounded, so the right edge may be 0.1 mm off
			if d := minDistance(e); d < safe-0.1 {
				t.Errorf("%s page %d %s: %s %s at %v is %.2f mm from the edge; want at least %.2f",
					campaign.FileName(j), e.page, e.area, e.kind, e.name, e.box, d, safe)
			}
		}
	}
}

// minDistance is how close an element comes to the edges of its area.
func minDistance(e placed) float64 {
	return math.Min(math.Min(e.box.x, e.box.y), math.Min(e.areaW-e.box.right(), e.areaH-e.box.bottom()))
}

var (
	marksRE = regexp.MustCompile(`(?m)^crop-marks \S+ area=\(([-0-9.]+),([-0-9.]+) ([0-9.]+)x([0-9.]+)\) xs=\[([-0-9. ]+)\] ys=\[([-0-9. ]+)\] offset=([0-9.]+) length=([0-9.]+)`)
	cardRE  = regexp.MustCompile(`(?m)^area card(?:-\d+)? box=\(([-0-9.]+),([-0-9.]+) ([0-9.]+)x([0-9.]+)\)`)
)

// TestCropMarksLieOutsideTheCards rebuilds every crop mark of every wallet
// card page from the log and checks that none touches a card.
func TestCropMarksLieOutsideTheCards(t *testing.T) {
	jobs, logs := place(t, goldenRequests())
	for i, j := range jobs {
		if j.Layout.Name != "wallet-card" {
			continue
		}
		for p, page := range strings.Split(logs[i], "\npage ") {
			marks := marksRE.FindAllStringSubmatch(page, -1)
			cards := cardRE.FindAllStringSubmatch(page, -1)
			if len(marks) != 1 || len(cards) == 0 {
				t.Fatalf("%s page %d: %d sets of crop marks, %d cards", campaign.FileName(j), p+1, len(marks), len(cards))
			}
			for _, seg := range markSegments(marks[0]) {
				for _, c := range cards {
					if card := (box{num(c[1]), num(c[2]), num(c[3]), num(c[4])}); touches(seg, card) {
						t.Errorf("%s page %d: crop mark %v touches the card at %v", campaign.FileName(j), p+1, seg, card)
					}
				}
			}
		}
	}
}

// markSegments rebuilds the crop marks a log line describes, each as a box
// of no width or height.
func markSegments(m []string) []box {
	a := box{num(m[1]), num(m[2]), num(m[3]), num(m[4])}
	off, length := num(m[7]), num(m[8])
	var out []box
	for _, x := range strings.Fields(m[5]) {
		out = append(out, box{num(x), a.y - off - length, 0, length}, box{num(x), a.bottom() + off, 0, length})
	}
	for _, y := range strings.Fields(m[6]) {
		out = append(out, box{a.x - off - length, num(y), length, 0}, box{a.right() + off, num(y), length, 0})
	}
	return out
}

// touches reports whether a mark reaches into a card (or its edge).
func touches(seg, card box) bool {
	return seg.x <= card.right() && seg.right() >= card.x && seg.y <= card.bottom() && seg.bottom() >= card.y
}

// TestBacksSitBehindTheirFronts checks every card sheet: page 2 holds a
// back for every front of page 1, at the mirrored place (flipped left to
// right on the sheet), so that printed on both sides and turned over on the
// long edge each back lands behind its front; the calibration squares
// too.
func TestBacksSitBehindTheirFronts(t *testing.T) {
	jobs, logs := place(t, goldenRequests())
	for i, j := range jobs {
		if j.Layout.Name != "wallet-card" || j.Variant != "sheet" {
			continue
		}
		front, back := splitPages(logs[i])
		fc, bc := cardRE.FindAllStringSubmatch(front, -1), cardRE.FindAllStringSubmatch(back, -1)
		if len(fc) < 7 || len(fc) != len(bc) {
			t.Fatalf("%s: %d fronts and %d backs", campaign.FileName(j), len(fc), len(bc))
		}
		for k := range fc {
			f, b := box{num(fc[k][1]), num(fc[k][2]), num(fc[k][3]), num(fc[k][4])}, box{num(bc[k][1]), num(bc[k][2]), num(bc[k][3]), num(bc[k][4])}
			if math.Abs(b.x-(j.Paper.W-f.x-f.w)) > logRounding || math.Abs(b.y-f.y) > logRounding || b.w != f.w || b.h != f.h {
				t.Errorf("%s: card %d front at %v, back at %v; want the back at x=%.1f", campaign.FileName(j), k+1, f, b, j.Paper.W-f.x-f.w)
			}
		}
		fs, bs := calibrationIn(t, front), calibrationIn(t, back)
		if math.Abs(bs.x-(j.Paper.W-fs.x-fs.w)) > logRounding || math.Abs(bs.y-fs.y) > logRounding {
			t.Errorf("%s: calibration square at %v on the front, %v on the back", campaign.FileName(j), fs, bs)
		}
	}
}

// logRounding is how far apart two positions the log prints to 0.1 mm may
// be when they are the same.
const logRounding = 0.11

func splitPages(log string) (string, string) {
	i := strings.Index(log, "\npage 2 ")
	return log[:i], log[i:]
}

var calRE = regexp.MustCompile(`(?m)^calibration \S+ box=\(([-0-9.]+),([-0-9.]+) ([0-9.]+)x([0-9.]+)\) side=([0-9.]+)mm`)

func calibrationIn(t *testing.T, page string) box {
	t.Helper()
	m := calRE.FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no calibration square on the page:\n%s", page[:200])
	}
	return box{num(m[1]), num(m[2]), num(m[3]), num(m[4])}
}

// TestCalibrationSquares: 1 in on letter, 25 mm on A4, on both sides of
// every card sheet, with the words that say so.
func TestCalibrationSquares(t *testing.T) {
	jobs, logs := place(t, goldenRequests())
	for i, j := range jobs {
		if j.Layout.Name != "wallet-card" || j.Variant != "sheet" {
			continue
		}
		want, words := 25.0, "25"
		if j.Paper.US {
			want, words = 25.4, "1"
		}
		for _, m := range calRE.FindAllStringSubmatch(logs[i], -1) {
			if side := num(m[5]); side != want || num(m[3]) != want || num(m[4]) != want {
				t.Errorf("%s: calibration square %sx%s side %s; want %.1f mm", campaign.FileName(j), m[3], m[4], m[5], want)
			}
		}
		if n := strings.Count(logs[i], "\ncalibration "); n != 2 {
			t.Errorf("%s: %d calibration squares; want one on each side", campaign.FileName(j), n)
		}
		if !strings.Contains(logs[i], words) || !strings.Contains(logs[i], "text calibration-label") {
			t.Errorf("%s: the calibration square has no label saying %s", campaign.FileName(j), words)
		}
	}
}

func (b box) String() string { return fmt.Sprintf("(%.1f,%.1f %.1fx%.1f)", b.x, b.y, b.w, b.h) }
