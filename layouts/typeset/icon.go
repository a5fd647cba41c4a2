package typeset

import (
	"bufio"
	"bytes"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"

	"lookout/assets"
)

// Icon is a pictogram as vector path data on a 24 by 24 grid, stroked
// 2 units wide with round caps and joins (the Tabler Icons convention).
// Directional icons (a speech bubble's tail) are mirrored on pages that
// run right to left; the others never are.
type Icon struct {
	Name        string
	Directional bool
	path        string // PDF path operators in icon units, y down
}

var icons = sync.OnceValues(loadIcons)

// loadIcons reads assets/icons/tabler.txt: a line per icon of name,
// directional and absolute path data in M, L, C and Z.
func loadIcons() (map[string]*Icon, error) {
	src, err := assets.Icons.ReadFile("icons/tabler.txt")
	if err != nil {
		return nil, err
	}
	out := map[string]*Icon{}
	sc := bufio.NewScanner(bytes.NewReader(src))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.SplitN(line, "\t", 3)
		if len(f) != 3 {
			return nil, fmt.Errorf("icons: bad line %q", line)
		}
		path, err := pdfPath(f[2])
		if err != nil {
			return nil, fmt.Errorf("icons: %s: %w", f[0], err)
		}
		out[f[0]] = &Icon{Name: f[0], Directional: f[1] == "true", path: path}
	}
	return out, sc.Err()
}

// pdfPath turns M, L, C and Z path data into PDF path operators.
func pdfPath(d string) (string, error) {
	toks := strings.Fields(d)
	var b strings.Builder
	for i := 0; i < len(toks); {
		op, n := toks[i], map[string]int{"M": 2, "L": 2, "C": 6, "Z": 0}[toks[i]]
		if _, ok := map[string]bool{"M": true, "L": true, "C": true, "Z": true}[op]; !ok || i+1+n > len(toks) {
			return "", fmt.Errorf("bad path data at %q", op)
		}
		for _, t := range toks[i+1 : i+1+n] {
			if _, err := strconv.ParseFloat(t, 64); err != nil {
				return "", err
			}
			b.WriteString(t + " ")
		}
		b.WriteString(map[string]string{"M": "m", "L": "l", "C": "c", "Z": "h"}[op] + " ")
		i += 1 + n
	}
	return strings.TrimSpace(b.String()), nil
}

// LookupIcon returns the embedded icon of that name.
func LookupIcon(name string) (*Icon, error) {
	all, err := icons()
	if err != nil {
		return nil, err
	}
	ic, ok := all[name]
	if !ok {
		return nil, fmt.Errorf("no icon %q", name)
	}
	return ic, nil
}

type opIcon struct {
	icon   *Icon
	box    Box
	c      Color
	mirror bool
}

// Icon draws a pictogram as vector paths in a square box, in colour c,
// mirrored on a right-to-left page when it has a direction.
func (p *Page) Icon(name string, b Box, ic *Icon, c Color) {
	mirror := p.lang.RTL && ic.Directional
	p.add(opIcon{ic, b, c, mirror})
	p.doc.place(Placement{Kind: KindIcon, Name: name, Box: b}, "icon %s %s box=%s mirrored=%v color=%s", name, ic.Name, b, mirror, c)
}

// iconOps strokes an icon: its grid scaled to the box, y turned up, and
// flipped left to right when mirrored, inside q … Q.
func (d *Document) iconOps(s *sheet, o opIcon) string {
	const k = 72 / 25.4
	u := o.box.W / 24 * k
	a, e := u, o.box.X*k
	if o.mirror {
		a, e = -u, o.box.Right()*k
	}
	return "q " + d.colorOp(o.c, true) + " 2 w 1 J 1 j " + num(a) + " 0 0 " + num(-u) + " " + num(e) + " " + num((s.h-o.box.Y)*k) + " cm " + o.icon.path + " S Q"
}

// icon returns the name of the pictogram before paragraph i, or "".
func (st Style) icon(i int) string {
	if i < len(st.Icons) {
		return st.Icons[i]
	}
	return ""
}

// listIcon draws paragraph i's pictogram in its hanging indent: a square
// 0.85 em wide (em, in millimetres), so that it keeps clear of the words,
// centred in the slot, which sits at the start side of the block's box b.
func (p *Page) listIcon(block string, i int, name string, slot, b Box, em float64, c Color) error {
	ic, err := LookupIcon(name)
	if err != nil {
		return err
	}
	if p.lang.RTL {
		slot.X = b.Right() - slot.W
	}
	side := math.Min(0.85*em, math.Min(slot.W, slot.H))
	box := Box{X: slot.X + (slot.W-side)/2, Y: slot.Y + (slot.H-side)/2, W: side, H: side}
	p.Icon(fmt.Sprintf("%s-icon-%d", block, i+1), box, ic, c)
	return nil
}
