package campaign

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// TestResolvePrecedence covers each pair of layers: what the user gave
// beats the campaign file, which beats a posting law, which beats the
// run's defaults, which beat the layout's own.
func TestResolvePrecedence(t *testing.T) {
	file, err := LoadFile("c.yaml", []byte("languages: [en, es]\npaper: a4\norganisation: {name: Harbor Inn}\n"), files(t))
	if err != nil {
		t.Fatal(err)
	}
	law, err := LoadFile("law.yaml", []byte("paper: tabloid\ncompliance: {preset: us-ca}\n"), files(t))
	if err != nil {
		t.Fatal(err)
	}
	str := func(s string) *string { return &s }
	defaults := Defaults{Langs: []string{"vi"}, Paper: "letter"}
	for _, tc := range []struct {
		name     string
		f        *File
		layout   string
		variant  string
		o        Overrides
		d        Defaults
		want     string // "langs paper hotline org"
		wantLaw  string // the posting law's preset, if any
		together bool
	}{
		{"user over file", file, "poster", "", Overrides{Langs: []string{"fr"}, Paper: str("letter"), Org: str("Desk")}, defaults, "[fr] letter us-ncmec Desk", "", false},
		{"user over law", law, "poster", "", Overrides{Hotline: str("us-ncmec"), Paper: str("a3")}, defaults, "[] a3 us-ncmec ", "us-ca", false},
		{"user over defaults", nil, "poster", "", Overrides{Langs: []string{"ar"}}, defaults, "[ar] letter  ", "", false},
		{"user's other law", law, "poster", "", Overrides{Comply: str("us-tx-abc")}, defaults, "[] tabloid  ", "us-tx-abc", false},
		{"file over law", law, "poster", "", Overrides{}, defaults, "[] tabloid  ", "us-ca", false},
		{"file over defaults", file, "poster", "", Overrides{}, defaults, "[en es] a4 us-ncmec Harbor Inn", "", false},
		{"law over defaults", law, "poster", "", Overrides{}, Defaults{Langs: []string{"vi"}}, "[] tabloid  ", "us-ca", false},
		{"defaults over layout", nil, "poster", "", Overrides{}, defaults, "[vi] letter  ", "", false},
		{"layout's own", nil, "poster", "", Overrides{}, Defaults{}, "[]   ", "", false},
		// a file's paper names a family: a 4x3 tent card stays 4x3 on a letter run, and an A7 one on A4
		{"tent on letter", nil, "room-sign", "tent", Overrides{}, defaults, "[vi] 4x3  ", "", false},
		// a person who may be trafficked gets the national hotline, not the file's
		{"tent on a4", file, "room-sign", "tent", Overrides{}, defaults, "[en es] a7 us-nhth Harbor Inn", "", false},
		{"flyer on a4", file, "flyer", "", Overrides{}, defaults, "[en es] a5 us-ncmec Harbor Inn", "", false},
		{"together flag", nil, "poster", "", Overrides{Langs: []string{"en", "es"}, Together: new(true)}, defaults, "[en es] letter  ", "", true},
	} {
		tc.o.Variant = str(tc.variant)
		reqs, err := Resolve(tc.f, tc.layout, "", tc.o, tc.d)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if len(reqs) != 1 {
			t.Errorf("%s: %d requests, want 1", tc.name, len(reqs))
			continue
		}
		r := reqs[0]
		got := fmt.Sprintf("%v %s %s %s", r.Langs, r.Paper, r.Hotline, r.Org)
		if got != tc.want || r.Comply.Preset != tc.wantLaw || r.Together != tc.together {
			t.Errorf("%s: Resolve = %q law %q together %v, want %q law %q together %v", tc.name, got, r.Comply.Preset, r.Together, tc.want, tc.wantLaw, tc.together)
		}
		if r.URL != "" {
			t.Errorf("%s: URL %q, want none: the hotline's page, decided when it is known", tc.name, r.URL)
		}
	}
}

// TestQRFollowsTheHotline plans pieces without a URL: each opens the page
// of the hotline it prints; a campaign's page goes with the campaign's own
// hotline only, and --url wins everywhere.
func TestQRFollowsTheHotline(t *testing.T) {
	f, err := LoadFile("c.yaml", []byte("qr: {url: \"https://example.org/signs\"}\n"), files(t))
	if err != nil {
		t.Fatal(err)
	}
	url := "https://example.org/mine"
	for _, tc := range []struct {
		f        *File
		layout   string
		audience string
		o        Overrides
		want     string
	}{
		{nil, "poster", "", Overrides{}, "https://www.missingkids.org/theissues/trafficking"},
		{nil, "sticker", "", Overrides{}, "https://humantraffickinghotline.org/chat"},
		{nil, "poster", "victim", Overrides{}, "https://humantraffickinghotline.org/chat"},
		{nil, "poster", "", Overrides{Hotline: new("uk")}, "https://www.unseenuk.org/faqs-potential-victims/"},
		{nil, "poster", "", Overrides{Hotline: new("mx"), URL: &url}, url},
		{nil, "sticker", "", Overrides{URL: &url}, url},
		{f, "poster", "", Overrides{}, "https://example.org/signs"},
		{f, "room-sign", "victim", Overrides{}, "https://humantraffickinghotline.org/chat"},
	} {
		reqs, err := Resolve(tc.f, tc.layout, tc.audience, tc.o, Defaults{})
		if err != nil {
			t.Fatal(err)
		}
		jobs, err := Plan(reqs[0])
		if err != nil {
			t.Fatal(err)
		}
		if got := jobs[0].Content.URL; got != tc.want {
			t.Errorf("%s %s %+v (file %v): QR opens %q, want %q", tc.layout, tc.audience, tc.o, tc.f != nil, got, tc.want)
		}
	}
}

// TestNoQRPageIsRefused: a hotline with no page of its own (mx: none of
// its operator's pages was read) is refused without --url, rather than
// sent to another organisation's page.
func TestNoQRPageIsRefused(t *testing.T) {
	reqs, err := Resolve(nil, "poster", "", Overrides{Hotline: new("mx")}, Defaults{})
	if err != nil {
		t.Fatal(err)
	}
	_, err = Plan(reqs[0])
	var ie *InputError
	if !errors.As(err, &ie) || !strings.Contains(err.Error(), "the mx hotline has no page of its own") || !strings.Contains(ie.Fix, "--url") {
		t.Errorf("Plan with mx and no URL = %v", err)
	}
}

// TestResolveGroups: a file's groups of languages that share a page make
// one request each; a user's --lang folds them into one.
func TestResolveGroups(t *testing.T) {
	f, err := LoadFile("c.yaml", []byte("languages: [en, es, vi]\ntogether: [[en, es]]\n"), files(t))
	if err != nil {
		t.Fatal(err)
	}
	reqs, err := Resolve(f, "poster", "", Overrides{}, Defaults{})
	if err != nil || len(reqs) != 2 || !reqs[0].Together || fmt.Sprint(reqs[0].Langs, reqs[1].Langs) != "[en es] [vi]" {
		t.Errorf("Resolve = %+v, %v; want [en es] together and [vi]", reqs, err)
	}
	reqs, err = Resolve(f, "poster", "", Overrides{Langs: []string{"fr"}}, Defaults{})
	if err != nil || len(reqs) != 1 || reqs[0].Together || fmt.Sprint(reqs[0].Langs) != "[fr]" {
		t.Errorf("Resolve with --lang fr = %+v, %v; want one request in fr", reqs, err)
	}
}
