package layouts_test

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"lookout/campaign"
	"lookout/layouts"
)

var streamRE = regexp.MustCompile(`(?s)stream\r?\n(.*?)endstream`)

// contentStreams returns every stream of the PDF that inflates, inflated.
func contentStreams(t *testing.T, pdf []byte) []string {
	t.Helper()
	var out []string
	for _, m := range streamRE.FindAllSubmatch(pdf, -1) {
		r, err := zlib.NewReader(bytes.NewReader(m[1]))
		if err != nil {
			continue
		}
		b, err := io.ReadAll(r)
		if err == nil && !bytes.HasPrefix(b, []byte("\x00")) {
			out = append(out, string(b))
		}
	}
	return out
}

// colorOp is one colour operator in a content stream: the operator and its
// operands; text is whether the next thing it colours is text (BT).
type colorOp struct {
	op   string
	args []float64
	text bool
}

func (c colorOp) String() string { return fmt.Sprintf("%v %s", c.args, c.op) }

// arity is how many operands each colour operator of the device spaces
// takes.
var arity = map[string]int{"g": 1, "G": 1, "rg": 3, "RG": 3, "k": 4, "K": 4}

// colorOps reads the colour operators out of content streams, and which of
// them colour text. Operators that choose other colour spaces (cs, CS, sc,
// scn, SC, SCN) are returned with no operands, so a test can refuse them.
func colorOps(streams []string) []colorOp {
	var out []colorOp
	for _, s := range streams {
		toks := strings.Fields(s)
		last := -1
		for i, tok := range toks {
			switch tok {
			case "cs", "CS", "sc", "SC", "scn", "SCN":
				out = append(out, colorOp{op: tok})
			case "BT":
				if last >= 0 {
					out[last].text = true
				}
			}
			n, ok := arity[tok]
			if !ok || i < n {
				continue
			}
			var args []float64
			for _, a := range toks[i-n : i] {
				v, err := strconv.ParseFloat(a, 64)
				if err != nil {
					ok = false
					break
				}
				args = append(args, v)
			}
			if !ok {
				continue
			}
			out = append(out, colorOp{op: tok, args: args})
			if tok == "g" || tok == "rg" || tok == "k" {
				last = len(out) - 1
			}
		}
	}
	return out
}

// inkRequests are one piece of each layout, in Latin, Arabic and Chinese
// script, with an organisation named so that every band is drawn.
func inkRequests() []campaign.Request {
	var out []campaign.Request
	for _, l := range layouts.All() {
		for _, lang := range []string{"en", "ar", "zh-Hans"} {
			r := fixed(campaign.Request{Layout: l.Name, Langs: []string{lang}})
			r.Org = "Saigon Noodle House"
			out = append(out, r)
		}
	}
	return out
}

// TestInkForPrint scans the content streams of every layout in each ink
// mode. In all of them black is K only: no neutral colour is written as
// RGB or as CMYK with any cyan, magenta or yellow, and body text is set in
// DeviceGray 0. --grayscale writes DeviceGray only; --cmyk writes no RGB.
func TestInkForPrint(t *testing.T) {
	for _, mode := range []string{"rgb", "gray", "cmyk"} {
		for _, r := range inkRequests() {
			r.Grayscale, r.CMYK = mode == "gray", mode == "cmyk"
			piece, job := make1(t, r)
			name := mode + " " + campaign.FileName(job)
			ops := colorOps(contentStreams(t, piece.PDF))
			if len(ops) == 0 {
				t.Fatalf("%s: no colour operators found; the scan is broken", name)
			}
			blackText, want, found := 0, map[string]string{"rgb": "rg", "cmyk": "k"}[mode], false
			for _, o := range ops {
				found = found || o.op == want
				switch {
				case o.args == nil:
					t.Errorf("%s: colour space operator %s; want device colours only", name, o.op)
				case mode == "gray" && o.op != "g" && o.op != "G":
					t.Errorf("%s: %s in a grayscale PDF", name, o)
				case mode == "cmyk" && (o.op == "rg" || o.op == "RG"):
					t.Errorf("%s: RGB colour %s in a CMYK PDF", name, o)
				case (o.op == "rg" || o.op == "RG") && o.args[0] == o.args[1] && o.args[1] == o.args[2]:
					t.Errorf("%s: neutral colour %s written as RGB; want DeviceGray (K only)", name, o)
				case (o.op == "k" || o.op == "K") && o.args[3] > 0 && o.args[0]+o.args[1]+o.args[2] > 0 && o.args[0] == o.args[1] && o.args[1] == o.args[2]:
					t.Errorf("%s: rich black %s; want K only", name, o)
				}
				if o.text && o.op == "g" && o.args[0] == 0 {
					blackText++
				}
			}
			if want != "" && !found {
				t.Errorf("%s: no %s colour at all; the navy and red should be there", name, want)
			}
			if blackText == 0 {
				t.Errorf("%s: no text set in DeviceGray 0 (K-only black)", name)
			}
		}
	}
}
