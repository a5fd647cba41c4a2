package layouts_test

import (
	"runtime"
	"strings"
	"testing"
	"time"

	"lookout/campaign"
	"lookout/layouts"
)

// goldenRequests are the pieces whose placement logs testdata/ keeps: every
// form of every layout (each variant, audience, size and tab choice) on
// every paper it comes in, in English and in Spanish, and pages in several
// languages, right to left and in CJK among them.
func goldenRequests() []campaign.Request {
	var out []campaign.Request
	for _, tag := range []string{"en", "es"} {
		for _, r := range campaign.EveryForm(tag) {
			if len(r.Langs) == 1 && r.Hotline == "" { // the audience's own hotline
				out = append(out, fixed(r))
			}
		}
	}
	for _, r := range []campaign.Request{
		{Layout: "poster", Langs: []string{"en", "es", "vi"}},
		{Layout: "poster", Langs: []string{"en", "ar"}, Paper: "a4"},
		{Layout: "poster", Langs: []string{"es", "zh-Hans"}, Audience: "victim"},
		{Layout: "staff-poster", Langs: []string{"en", "es"}},
		{Layout: "flyer", Langs: []string{"en", "es"}},
		{Layout: "room-sign", Langs: []string{"en", "es"}, Audience: "guest"},
		{Layout: "sticker", Langs: []string{"en", "es"}, Size: "4x6"},
	} {
		r.Together = true
		out = append(out, fixed(r))
	}
	return out
}

// fixed completes a request the way the tests render every piece: each
// audience's own hotline (the national hotline for a person who may be
// trafficked, NCMEC's for the rest) and the page its QR code opens.
func fixed(r campaign.Request) campaign.Request {
	r.Org = "Joe's Diner"
	r.Created, r.Creator = time.Unix(1767225600, 0).UTC(), "lookout test"
	return r
}

// place lays out every request, on every core, and returns the jobs and
// their placement logs.
func place(t *testing.T, reqs []campaign.Request) ([]layouts.Job, []string) {
	t.Helper()
	var jobs []layouts.Job
	for _, r := range reqs {
		js, err := campaign.Plan(r)
		if err != nil {
			t.Fatalf("%+v: %v", r, err)
		}
		jobs = append(jobs, js[0])
	}
	pieces, errs := layouts.RenderAll(jobs, (*layouts.Renderer).Place, runtime.GOMAXPROCS(0), nil)
	logs := make([]string, len(jobs))
	for i, err := range errs {
		if err != nil {
			t.Fatalf("%s: %v", campaign.FileName(jobs[i]), err)
		}
		logs[i] = pieces[i].Log
	}
	return jobs, logs
}

func TestPlacement(t *testing.T) {
	jobs, logs := place(t, goldenRequests())
	for i, j := range jobs {
		golden(t, strings.TrimSuffix(campaign.FileName(j), ".pdf")+".log", logs[i])
	}
}
