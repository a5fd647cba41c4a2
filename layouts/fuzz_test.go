package layouts_test

import (
	"bytes"
	"errors"
	"slices"
	"sync"
	"testing"
	"time"

	"lookout/campaign"
	"lookout/layouts"
	"lookout/layouts/typeset"
)

// FuzzPoster makes a whole poster, as 'lookout make poster' does, from any
// organisation name, URL, language and paper (and, with a layout number
// other than 0, any other layout in its default form). It must never
// panic or hang; it may refuse only with an error that names the fix for
// the user (campaign.InputError, typeset.QRTooLongError, typeset.FitError,
// typeset.NoFontError); a piece it makes passes pdfcpu in strict mode, and a
// Renderer that made other pieces before gives the same bytes as a fresh
// one.
func FuzzPoster(f *testing.F) {
	f.Add("Joe's Diner", campaign.DefaultURL, uint8(0), uint8(0), uint8(0))
	f.Add("Saigon Noodle House", "https://example.org/signs?utm_source=poster", uint8(21), uint8(3), uint8(0))
	f.Add("金龙餐厅", "http://例え.jp/", uint8(22), uint8(1), uint8(1))
	f.Add("مطعم الأرز", "https://example.org/"+string(make([]byte, 30)), uint8(1), uint8(4), uint8(2))
	f.Add("Café\u202e", "https://a.b", uint8(6), uint8(2), uint8(3))
	f.Add("", "ftp://x", uint8(255), uint8(255), uint8(4))
	f.Add("Harbor Inn & Suites, Gate 3", "https://example.org/x", uint8(1), uint8(0), uint8(5))
	tags, papers := catalogs(f), layouts.PaperNames()
	names := append([]string{"poster"}, slices.DeleteFunc(layouts.Names(), func(n string) bool { return n == "poster" })...)
	var mu sync.Mutex
	busy := layouts.NewRenderer()
	f.Fuzz(func(t *testing.T, org, url string, lang, paper, layout uint8) {
		p := papers[int(paper)%len(papers)]
		if layout%uint8(len(names)) != 0 && paper%2 == 0 {
			p = "" // other layouts come in few papers: half the time, their own
		}
		jobs, err := campaign.Plan(campaign.Request{Layout: names[int(layout)%len(names)], Langs: []string{tags[int(lang)%len(tags)]},
			Paper: p, Hotline: "us-ncmec", URL: url, Org: org,
			Created: time.Unix(1767225600, 0).UTC(), Creator: "lookout fuzz"})
		var ie *campaign.InputError
		if err != nil {
			if !errors.As(err, &ie) {
				t.Fatalf("Plan: %v is not an InputError", err)
			}
			return
		}
		done := make(chan struct{})
		go func() {
			defer close(done)
			mu.Lock()
			defer mu.Unlock()
			a, errA := busy.Render(jobs[0])
			b, errB := layouts.NewRenderer().Render(jobs[0])
			switch {
			case (errA == nil) != (errB == nil) || !bytes.Equal(a.PDF, b.PDF):
				t.Errorf("a busy Renderer and a fresh one differ: %v / %v", errA, errB)
			case errA != nil:
				checkUserError(t, errA)
			default:
				if err := validate("fuzzed "+campaign.FileName(jobs[0]), a.PDF); err != nil {
					t.Error(err)
				}
			}
		}()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			t.Fatal("rendering took more than 20 s")
		}
	})
}

func checkUserError(t *testing.T, err error) {
	var qe *typeset.QRTooLongError
	var fe *typeset.FitError
	var ne *typeset.NoFontError
	if !errors.As(err, &qe) && !errors.As(err, &fe) && !errors.As(err, &ne) {
		t.Errorf("Render: %v is not an error the user can act on", err)
	}
}
