package typeset

import (
	"bytes"
	"errors"
	"strconv"
	"testing"
	"time"
)

// samplePDF draws one sample on a fresh document from w.
func samplePDF(t *testing.T, w *Worker, i int) []byte {
	t.Helper()
	s := samples[i]
	doc := w.NewDocument(Meta{Title: "t", Lang: s.lang.Tag, Created: time.Unix(1767225600, 0)})
	p := doc.AddPage("t", 120, 90, s.lang)
	if _, err := p.Text("t", Box{5, 5, 110, 80}, []string{s.text}, Style{Size: 16, Min: 8, Bold: i%2 == 0}); err != nil {
		t.Fatal(err)
	}
	out, err := doc.PDF()
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestWorkerSameBytes checks that what a Worker remembers never shows: a
// document made after others gives the bytes it gives on a fresh Worker.
func TestWorkerSameBytes(t *testing.T) {
	w := NewWorker()
	var first [][]byte
	for i := range samples {
		first = append(first, samplePDF(t, w, i))
	}
	for i := len(samples) - 1; i >= 0; i-- {
		if !bytes.Equal(samplePDF(t, w, i), first[i]) || !bytes.Equal(samplePDF(t, NewWorker(), i), first[i]) {
			t.Errorf("%s: the same document gave different bytes", samples[i].lang.Tag)
		}
	}
	if len(w.fonts.m) == 0 || len(w.sh.lines.m) == 0 || len(w.sh.widths.m) == 0 || len(w.qr.m) != 0 {
		t.Errorf("the worker kept %d fonts, %d lines, %d widths, %d QR codes", len(w.fonts.m), len(w.sh.lines.m), len(w.sh.widths.m), len(w.qr.m))
	}
}

func TestMemo(t *testing.T) {
	c := newMemo[int, string](10)
	calls := 0
	get := func(k int) string {
		v, err := c.get(k, func() (string, error) { calls++; return strconv.Itoa(k), nil })
		if err != nil || v != strconv.Itoa(k) {
			t.Fatalf("get(%d) = %q, %v", k, v, err)
		}
		return v
	}
	for i := range 20 {
		get(i % 5)
	}
	if calls != 5 {
		t.Errorf("5 keys asked 20 times: computed %d times; want 5", calls)
	}
	for i := range 100 {
		get(i)
		if len(c.m) > 10 {
			t.Fatalf("memo holds %d entries; want at most 10", len(c.m))
		}
	}
	if _, err := c.get(-1, func() (string, error) { return "", errors.New("no") }); err == nil {
		t.Error("get lost the error")
	}
	if _, kept := c.m[-1]; kept {
		t.Error("a failure was kept")
	}
}

func TestAddFontsNeedsFpdfOutput(t *testing.T) {
	f := &pdfFont{name: "AAAAAA+X"}
	for _, pdf := range []string{"", "%PDF-1.3\nnot really\n", "%PDF-1.3\nstartxref\n5\n%%EOF\n", "xref\n0 1\nstartxref\n0\n%%EOF\n"} {
		if _, err := addFonts([]byte(pdf), []string{"LF0"}, []*pdfFont{f}); err == nil {
			t.Errorf("addFonts(%q) gave no error", pdf)
		}
	}
}

func TestDocumentWithoutText(t *testing.T) {
	doc := NewDocument(Meta{Created: time.Unix(0, 0)})
	p := doc.AddPage("blank", 50, 50, Lang{"en", "Latn", false})
	p.Fill("panel", Box{5, 5, 40, 40}, Black)
	out, err := doc.PDF()
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(out, []byte("/FontFile2")) {
		t.Error("a page without text embeds a font")
	}
}
