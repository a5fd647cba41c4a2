package typeset

import (
	"bytes"
	"errors"
	"math"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

// within fails the test when f takes longer than d: a fuzz input must
// never make lookout hang. (go test -fuzz has no per-input time limit.)
func within(t *testing.T, d time.Duration, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); f() }()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatalf("took more than %v", d)
	}
}

// sane maps any float to a finite value between lo and hi.
func sane(v, lo, hi float64) float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return lo
	}
	return lo + math.Mod(math.Abs(v), hi-lo)
}

// FuzzFit checks fitting with the fake monospace measure on any text and
// box: it never panics or hangs, a result fits its box and gives back
// every paragraph exactly, and a failure is a *FitError.
func FuzzFit(f *testing.F) {
	f.Add("Know the signs\nCall 1-800-843-5678 now", 40.0, 30.0, 6.0, 20.0, 1.25, false)
	f.Add("了解儿童性贩卖的迹象。请拨打", 10.0, 100.0, 8.0, 30.0, 1.1, false)
	f.Add("missingkids.org/blog/2024/child-sex-trafficking-know-the-signs", 20.0, 40.0, 12.0, 14.0, 1.0, true)
	f.Add("a\u0301b c\u200bd", 1.0, 1.0, 1.0, 1.0, 3.0, true)
	f.Fuzz(func(t *testing.T, text string, width, height, floor, ceiling, leading float64, anywhere bool) {
		if !utf8.ValidString(text) {
			return
		}
		width, height = sane(width, 0.1, 500), sane(height, 0.1, 800)
		floor = sane(floor, 1, 72)
		ceiling = floor + sane(ceiling, 0, 72)
		sp := Spacing{Leading: sane(leading, 0.8, 3), Gap: 0.3, Indent: 1, BreakAnywhere: anywhere}
		paras := strings.Split(text, "\n")
		within(t, 5*time.Second, func() {
			s, err := Fit(paras, width, height, floor, ceiling, sp, mono)
			if err != nil {
				var fe *FitError
				if !errors.As(err, &fe) {
					t.Fatalf("error %v is not a *FitError", err)
				}
				return
			}
			top := math.Max(ceiling, math.Ceil(floor*4)/4)
			if s.Height > height+1e-9 || s.Width > width+1e-9 || s.Size < floor || s.Size > top {
				t.Fatalf("setting %.2f pt, %.2fx%.2f mm does not fit %.2fx%.2f mm between %.2f and %.2f pt",
					s.Size, s.Width, s.Height, width, height, floor, ceiling)
			}
			for i, lines := range s.Lines {
				if strings.Join(lines, "") != paras[i] {
					t.Fatalf("lines %q do not give back %q", lines, paras[i])
				}
			}
		})
	})
}

// FuzzText sets any text in every script lookout prints, shaped and fitted
// into a box, and renders the PDF: it never panics or hangs, fails only
// with a *FitError or a *NoFontError, gives the same bytes from a Worker
// that made other documents before as from a fresh one, and what it
// renders passes pdfcpu in strict mode.
func FuzzText(f *testing.F) {
	for i, s := range samples {
		f.Add(s.text, uint8(i), i%2 == 0, 80.0)
	}
	f.Add("Joe's Diner ☕ café \u202eevil\u202c 1-800-843-5678 \u0301", uint8(1), true, 5.0)
	f.Add("ا\u200dل\u0651\u064e ﷺ ﻻ", uint8(1), false, 30.0)
	api.DisableConfigDir()
	busy := NewWorker()
	f.Fuzz(func(t *testing.T, text string, lang uint8, bold bool, width float64) {
		if !utf8.ValidString(text) || len(text) > 2000 {
			return
		}
		s := samples[int(lang)%len(samples)]
		box := Box{5, 5, sane(width, 1, 190), 120}
		within(t, 10*time.Second, func() {
			var pdfs [2][]byte
			for i, w := range []*Worker{busy, NewWorker()} {
				doc := w.NewDocument(Meta{Title: "fuzz", Lang: s.lang.Tag, Created: time.Unix(0, 0)})
				p := doc.AddPage("fuzz", 200, 130, s.lang)
				_, err := p.Text("fuzz", box, strings.Split(text, "\n"), Style{Size: 16, Min: 6, Bold: bold, Bullet: "•", Spacing: Spacing{Indent: 1.1}})
				var fe *FitError
				var ne *NoFontError
				if err != nil && !errors.As(err, &fe) && !errors.As(err, &ne) {
					t.Fatalf("unexpected error %v", err)
				}
				if pdfs[i], err = doc.PDF(); err != nil {
					t.Fatalf("PDF: %v", err)
				}
			}
			if !bytes.Equal(pdfs[0], pdfs[1]) {
				t.Fatal("a busy Worker and a fresh one gave different bytes")
			}
			conf := model.NewDefaultConfiguration()
			conf.ValidationMode = model.ValidationStrict
			if err := api.Validate(bytes.NewReader(pdfs[0]), conf); err != nil {
				t.Fatalf("pdfcpu (strict): %v", err)
			}
		})
	})
}
