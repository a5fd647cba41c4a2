package bench

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"lookout/bench/bare"
	"lookout/layouts"
)

// BenchmarkPoster renders one letter poster per language, each with a fresh
// Renderer: the fonts are parsed (once per process, as in a real run) but
// nothing else carries over from the poster before.
func BenchmarkPoster(b *testing.B) {
	for _, lang := range []string{"en", "zh-Hans", "ar", "hi"} {
		b.Run(lang, func(b *testing.B) {
			jobs := plan(b, []string{lang}, Orgs[:1])
			for b.Loop() {
				if _, err := layouts.NewRenderer().Render(jobs[0]); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkBatch100 renders 100 posters (10 languages × 10 organisations)
// as 100 separate PDFs, on every core.
func BenchmarkBatch100(b *testing.B) {
	jobs := plan(b, Langs, Orgs)
	for b.Loop() {
		if _, errs := layouts.RenderAll(jobs, (*layouts.Renderer).Render, runtime.GOMAXPROCS(0), nil); errors.Join(errs...) != nil {
			b.Fatal(errors.Join(errs...))
		}
	}
}

// BenchmarkBareFpdf draws the same posters with plain fpdf: the yardstick.
func BenchmarkBareFpdf(b *testing.B) {
	for _, lang := range []string{"en", "zh-Hans"} {
		b.Run(lang, func(b *testing.B) {
			p, err := layouts.Render(plan(b, []string{lang}, Orgs[:1])[0])
			if err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				if _, err := bare.Poster(p.Log); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func plan(tb testing.TB, langs, orgs []string) []layouts.Job {
	tb.Helper()
	jobs, err := Jobs(langs, orgs)
	if err != nil {
		tb.Fatal(err)
	}
	return jobs
}

// TestBarePosterDrawsTheLog checks that the yardstick draws what the
// English golden log holds, so the comparison stays fair.
func TestBarePosterDrawsTheLog(t *testing.T) {
	log, err := os.ReadFile(filepath.Join("..", "layouts", "testdata", "poster-letter-en.log"))
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := bare.Poster(string(log))
	if err != nil {
		t.Fatal(err)
	}
	if len(pdf) < 10000 {
		t.Errorf("bare poster is %d bytes; want a page with two embedded fonts", len(pdf))
	}
}
