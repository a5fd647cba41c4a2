package typeset

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
)

// addFonts writes fonts into a PDF that fpdf made without them. fpdf
// writes one resource dictionary, object 2, that every page uses: the
// fonts' objects go just before it, it gets a /Font entry for each font,
// and the cross-reference table is written again with every offset after
// that point moved by what was inserted. names[i] is the resource name the
// pages use for fonts[i].
func addFonts(pdf []byte, names []string, fonts []*pdfFont) ([]byte, error) {
	if len(fonts) == 0 {
		return pdf, nil
	}
	x, err := readXref(pdf)
	if err != nil {
		return nil, fmt.Errorf("adding fonts: %w", err)
	}
	start := x.offsets[2]
	end := bytes.Index(pdf[start:], []byte("endobj\n"))
	at := bytes.Index(pdf[start:], []byte("/Font <<\n"))
	if end < 0 || at < 0 || at > end {
		return nil, fmt.Errorf("adding fonts: object 2 is not fpdf's resource dictionary")
	}
	end, at = start+end+len("endobj\n"), start+at+len("/Font <<\n")
	var objs, refs bytes.Buffer
	first := len(x.offsets)
	var offsets []int
	for i, f := range fonts {
		n := first + i*fontObjects
		obj, at := f.objects(n)
		for _, a := range at {
			offsets = append(offsets, objs.Len()+a) // from start
		}
		objs.Write(obj)
		fmt.Fprintf(&refs, "/%s %d 0 R\n", names[i], n)
	}
	resources := slices.Concat(pdf[start:at], refs.Bytes(), pdf[at:end])
	shift := func(off int) int {
		if off >= end {
			return off + objs.Len() + refs.Len()
		}
		return off
	}
	var out bytes.Buffer
	out.Grow(len(pdf) + objs.Len() + refs.Len() + 20*len(offsets))
	out.Write(pdf[:start])
	out.Write(objs.Bytes())
	out.Write(resources)
	out.Write(pdf[end:x.at])
	xrefAt := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", first+len(offsets))
	for n := 1; n < first; n++ {
		off := shift(x.offsets[n])
		if n == 2 {
			off = start + objs.Len()
		}
		fmt.Fprintf(&out, "%010d 00000 n \n", off)
	}
	for _, off := range offsets {
		fmt.Fprintf(&out, "%010d 00000 n \n", start+off)
	}
	trailer := bytes.Replace(x.trailer, []byte("/Size "+strconv.Itoa(first)+"\n"),
		[]byte("/Size "+strconv.Itoa(first+len(offsets))+"\n"), 1)
	out.Write(trailer)
	fmt.Fprintf(&out, "startxref\n%d\n%%%%EOF\n", xrefAt)
	return out.Bytes(), nil
}

// xref is the cross-reference table fpdf writes: one subsection from
// object 0, one 20-byte entry per object, then the trailer.
type xref struct {
	at      int    // where "xref" starts
	offsets []int  // by object number; 0 for object 0
	trailer []byte // from "trailer" up to "startxref"
}

func readXref(pdf []byte) (xref, error) {
	i := bytes.LastIndex(pdf, []byte("startxref\n"))
	if i < 0 {
		return xref{}, fmt.Errorf("no startxref")
	}
	rest := pdf[i+len("startxref\n"):]
	at, err := strconv.Atoi(string(rest[:max(0, bytes.IndexByte(rest, '\n'))]))
	if err != nil || at < 0 || at >= i {
		return xref{}, fmt.Errorf("bad startxref")
	}
	var n int
	if _, err := fmt.Sscanf(string(pdf[at:min(len(pdf), at+32)]), "xref\n0 %d\n", &n); err != nil {
		return xref{}, fmt.Errorf("bad xref: %v", err)
	}
	p := at + bytes.IndexByte(pdf[at+5:], '\n') + 6
	if n < 3 || p+20*n > i {
		return xref{}, fmt.Errorf("bad xref size %d", n)
	}
	x := xref{at: at, offsets: make([]int, n), trailer: pdf[p+20*n : i]}
	for k := 1; k < n; k++ {
		off, err := strconv.Atoi(string(pdf[p+20*k : p+20*k+10]))
		if err != nil || off >= at {
			return xref{}, fmt.Errorf("bad xref entry %d", k)
		}
		x.offsets[k] = off
	}
	return x, nil
}
