// Command gen turns the few Tabler Icons (MIT, https://tabler.io/icons)
// lookout draws into path data it embeds: for each icon, its SVG paths
// with every command made absolute and every arc made cubic Béziers, so
// the page engine needs only move, line, curve and close. Run it on an
// unpacked @tabler/icons package:
//
//	npm install @tabler/icons@3.52.0
//	go run ./assets/icons/gen node_modules/@tabler/icons > assets/icons/tabler.txt
//
// Each output line is: name, whether the symbol has a direction (it is
// mirrored on right-to-left pages), then the path data.
package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// icons are the symbols lookout uses, what each stands for, and whether
// it has a direction. None shows a person harmed: they name the ways to
// get help and the things a warning sign is about.
var icons = []struct {
	name        string
	directional bool
}{
	{"phone", false},           // call
	{"message", true},          // text message
	{"messages", true},         // chat
	{"qrcode", false},          // scan the code
	{"urgent", false},          // emergency (911)
	{"cash", false},            // cash and cards
	{"id", false},              // ID
	{"user-exclamation", true}, // someone speaks for them
	{"luggage", false},         // suitcase or motel
	{"bed", true},              // housekeeping
	{"building", false},        // front desk
	{"tools-kitchen-2", false}, // food and beverage
	{"currency-dollar", false}, // a mark standing for money (tattoo, branding)
	{"device-mobile", false},   // a phone they cannot explain
	{"home-off", false},        // no stable home
	{"users-minus", true},      // cut off from family and friends
	{"school", false},          // misses school
	{"key", false},             // several rooms booked
	{"clock", false},           // rented by the hour
	{"user-question", false},   // a young person out of place
	{"car", true},              // dropped off again and again
	{"door", false},            // Do Not Disturb stays up
	{"users", false},           // a stream of visitors
	{"horse-toy", false},       // children's things in the room
}

var pathRE = regexp.MustCompile(`<path[^>]*\sd="([^"]+)"[^>]*/>`)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: gen PATH/TO/@tabler/icons")
		os.Exit(2)
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintln(w, "# Tabler Icons 3.52.0 (MIT, see LICENSE), outline, 24x24, stroke 2, round caps and joins;")
	fmt.Fprintln(w, "# made by assets/icons/gen: name, directional, absolute path data (M L C Z).")
	for _, ic := range icons {
		src, err := os.ReadFile(filepath.Join(os.Args[1], "icons", "outline", ic.name+".svg"))
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		var all []string
		for _, m := range pathRE.FindAllStringSubmatch(string(src), -1) {
			if strings.Contains(m[0], `stroke="none"`) {
				continue // the invisible 24x24 frame
			}
			d, err := absolute(m[1])
			if err != nil {
				fmt.Fprintf(os.Stderr, "%s: %v\n", ic.name, err)
				os.Exit(1)
			}
			all = append(all, d)
		}
		fmt.Fprintf(w, "%s\t%v\t%s\n", ic.name, ic.directional, strings.Join(all, " "))
	}
}

var tokRE = regexp.MustCompile(`[MmLlHhVvCcSsQqAaZz]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?`)

// absolute rewrites SVG path data with absolute M, L, C and Z only.
func absolute(d string) (string, error) {
	toks := tokRE.FindAllString(d, -1)
	var out []string
	var x, y, sx, sy float64
	var cmd string
	i := 0
	num := func() (float64, error) {
		if i >= len(toks) {
			return 0, fmt.Errorf("path ends early")
		}
		v, err := strconv.ParseFloat(toks[i], 64)
		i++
		return v, err
	}
	emit := func(op string, vs ...float64) {
		s := op
		for _, v := range vs {
			s += " " + strconv.FormatFloat(math.Round(v*1000)/1000, 'f', -1, 64)
		}
		out = append(out, s)
	}
	for i < len(toks) {
		if t := toks[i]; strings.ContainsAny(t[:1], "MmLlHhVvCcSsQqAaZz") {
			cmd = t
			i++
		} else if cmd == "" {
			return "", fmt.Errorf("number before a command")
		}
		rel := cmd == strings.ToLower(cmd)
		ox, oy := 0.0, 0.0
		if rel {
			ox, oy = x, y
		}
		var err error
		vals := func(n int) []float64 {
			vs := make([]float64, n)
			for k := range vs {
				if err == nil {
					vs[k], err = num()
				}
			}
			return vs
		}
		switch strings.ToUpper(cmd) {
		case "Z":
			emit("Z")
			x, y = sx, sy
		case "M":
			v := vals(2)
			x, y = ox+v[0], oy+v[1]
			sx, sy = x, y
			emit("M", x, y)
			if rel {
				cmd = "l"
			} else {
				cmd = "L"
			}
		case "L":
			v := vals(2)
			x, y = ox+v[0], oy+v[1]
			emit("L", x, y)
		case "H":
			v := vals(1)
			if rel {
				x += v[0]
			} else {
				x = v[0]
			}
			emit("L", x, y)
		case "V":
			v := vals(1)
			if rel {
				y += v[0]
			} else {
				y = v[0]
			}
			emit("L", x, y)
		case "C":
			v := vals(6)
			emit("C", ox+v[0], oy+v[1], ox+v[2], oy+v[3], ox+v[4], oy+v[5])
			x, y = ox+v[4], oy+v[5]
		case "A":
			v := vals(7)
			x2, y2 := ox+v[5], oy+v[6]
			for _, c := range arc(x, y, v[0], v[1], v[2], v[3] != 0, v[4] != 0, x2, y2) {
				emit("C", c[:]...)
			}
			x, y = x2, y2
		default:
			return "", fmt.Errorf("command %s not handled", cmd)
		}
		if err != nil {
			return "", err
		}
	}
	return strings.Join(out, " "), nil
}

// arc returns the cubic Béziers of an SVG elliptical arc from (x1,y1) to
// (x2,y2), by the endpoint-to-centre conversion of the SVG specification
// (appendix F.6), in segments of at most 90 degrees.
func arc(x1, y1, rx, ry, phi float64, large, sweep bool, x2, y2 float64) [][6]float64 {
	if rx == 0 || ry == 0 || (x1 == x2 && y1 == y2) {
		return [][6]float64{{x1, y1, x2, y2, x2, y2}}
	}
	rx, ry = math.Abs(rx), math.Abs(ry)
	sin, cos := math.Sincos(phi * math.Pi / 180)
	dx, dy := (x1-x2)/2, (y1-y2)/2
	x1p, y1p := cos*dx+sin*dy, -sin*dx+cos*dy
	if l := x1p*x1p/(rx*rx) + y1p*y1p/(ry*ry); l > 1 {
		rx, ry = rx*math.Sqrt(l), ry*math.Sqrt(l)
	}
	num := rx*rx*ry*ry - rx*rx*y1p*y1p - ry*ry*x1p*x1p
	den := rx*rx*y1p*y1p + ry*ry*x1p*x1p
	co := math.Sqrt(math.Max(0, num/den))
	if large == sweep {
		co = -co
	}
	cxp, cyp := co*rx*y1p/ry, -co*ry*x1p/rx
	cx, cy := cos*cxp-sin*cyp+(x1+x2)/2, sin*cxp+cos*cyp+(y1+y2)/2
	ang := func(ux, uy, vx, vy float64) float64 { return math.Atan2(ux*vy-uy*vx, ux*vx+uy*vy) }
	t1 := ang(1, 0, (x1p-cxp)/rx, (y1p-cyp)/ry)
	dt := ang((x1p-cxp)/rx, (y1p-cyp)/ry, (-x1p-cxp)/rx, (-y1p-cyp)/ry)
	if !sweep && dt > 0 {
		dt -= 2 * math.Pi
	} else if sweep && dt < 0 {
		dt += 2 * math.Pi
	}
	n := int(math.Ceil(math.Abs(dt) / (math.Pi / 2)))
	step := dt / float64(n)
	k := 4.0 / 3 * math.Tan(step/4)
	pt := func(t float64) (float64, float64, float64, float64) {
		st, ct := math.Sincos(t)
		x, y := rx*ct, ry*st
		tx, ty := -rx*st, ry*ct
		return cos*x - sin*y + cx, sin*x + cos*y + cy, cos*tx - sin*ty, sin*tx + cos*ty
	}
	var out [][6]float64
	for i := range n {
		a, b := t1+float64(i)*step, t1+float64(i+1)*step
		ax, ay, atx, aty := pt(a)
		bx, by, btx, bty := pt(b)
		if i == n-1 {
			bx, by = x2, y2
		}
		out = append(out, [6]float64{ax + k*atx, ay + k*aty, bx - k*btx, by - k*bty, bx, by})
	}
	return out
}
