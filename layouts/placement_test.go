package layouts_test

import (
	"runtime"
	"strconv"
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

// TestVictimTextLineAsBigAsTheCallLine lays out every form for a person
// who may be trafficked, in English and Spanish (the languages the text
// line answers in) and in Vietnamese (it does not): the text line and the
// call line are one element, so one size and one weight, bold, "Text"
// leading; where texting does not answer, only the call line.
func TestVictimTextLineAsBigAsTheCallLine(t *testing.T) {
	want := map[string][]string{
		"en": {"Text 233733", "Call 1-888-373-7888"},
		"es": {"Texto al 233733", "Llame al 1-888-373-7888"},
		"vi": {"1-888-373-7888"},
	}
	for tag, lines := range want {
		var reqs []campaign.Request
		for _, r := range campaign.EveryForm(tag) {
			if r.Audience == "victim" && r.Hotline == "" && len(r.Langs) == 1 {
				reqs = append(reqs, fixed(r))
			}
		}
		if len(reqs) < 5 {
			t.Fatalf("%s: only %d victim forms", tag, len(reqs))
		}
		jobs, logs := place(t, reqs)
		for i, log := range logs {
			name := campaign.FileName(jobs[i])
			_, after, ok := strings.Cut(log, "\ntext hotline-number ")
			if !ok {
				t.Errorf("%s: no hotline number", name)
				continue
			}
			block, _, _ := strings.Cut(after, "\n  fonts=")
			if !strings.Contains(block, "bold=true") || strings.Contains(log, "\ntext hotline-text ") {
				t.Errorf("%s: the number is not bold, or the text line is a smaller element of its own:\n%s", name, block)
			}
			for _, l := range lines { // however the element wrapped
				if !strings.Contains(unwrapped(block), l) {
					t.Errorf("%s: the number element lacks %q:\n%s", name, l, block)
				}
			}
			if tag == "vi" && strings.Contains(log, "233733") {
				t.Errorf("%s: a text line that does not answer in Vietnamese is printed", name)
			}
		}
	}
}

// unwrapped joins the lines of an element in a placement log with single
// spaces: what a reader reads, however it wrapped.
func unwrapped(block string) string {
	var words []string
	for _, l := range strings.Split(block, "\n")[1:] {
		if s, err := strconv.Unquote(strings.TrimSpace(l)); err == nil {
			words = append(words, strings.Fields(s)...)
		}
	}
	return strings.Join(words, " ")
}
