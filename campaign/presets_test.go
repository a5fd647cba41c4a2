package campaign

import (
	"lookout/campaign/preset"

	"strings"
	"testing"
)

func TestEveryPresetLoadsAndDialsItsDigits(t *testing.T) {
	ids := HotlineIDs()
	if len(ids) < 10 {
		t.Fatalf("only %d hotline presets: %v", len(ids), ids)
	}
	for _, id := range ids {
		h, err := LookupHotline(id)
		if err != nil {
			t.Fatal(err)
		}
		if h.Emergency != "" {
			if e, err := LookupHotline(h.Emergency); err != nil || !e.EmergencyOnly {
				t.Errorf("%s: emergency preset %q: %v", id, h.Emergency, err)
			}
		}
		if h.Source == "" || h.Checked == "" {
			t.Errorf("%s has no source or checked date", id)
		}
	}
}

// TestNumbersFromTheDesignBrief pins every number to the design brief the
// project started from (its hotline table) and the hotlines' own pages: a
// changed digit must be a deliberate change here too.
func TestNumbersFromTheDesignBrief(t *testing.T) {
	for id, want := range map[string]string{
		"us-ncmec": "1-800-THE-LOST 1-800-843-5678", "us-nhth": "1-888-373-7888", "us-911": "911",
		"ca": "1-833-900-1010", "uk": "08000 121 700", "mx": "800 5533 000", "au": "131 237",
		"eu-116000": "116 000", "us-fl": "1-855-FLA-SAFE 1-855-352-7233", "us-ga": "1-866-ENDHTGA 1-866-363-4842",
	} {
		h, _ := LookupHotline(id)
		n, _ := h.Number("call")
		got := n.Digits
		if n.Display != "" {
			got = n.Display + " " + n.Digits
		}
		if got != want {
			t.Errorf("%s calls %q; the pinned number is %q", id, got, want)
		}
	}
	h, _ := LookupHotline("us-nhth")
	if n, _ := h.Number("text"); n.Digits != "233733" || n.Serves("vi") || !n.Serves("es-MX") {
		t.Errorf("us-nhth text line %+v: want 233733 in English and Spanish only", n)
	}
}

func TestCheckNumber(t *testing.T) {
	for _, tc := range []struct {
		n    Number
		want string
	}{
		{Number{Kind: "call", Display: "1-800-THE-LOST", Digits: "1-800-843-5678"}, ""},
		{Number{Kind: "call", Display: "1-800-THE-LOST", Digits: "1-800-843-5679"}, "dials 18008435678, but its digits say 18008435679"},
		{Number{Kind: "call", Digits: "1-800-CALL"}, "only digits"},
		{Number{Kind: "fax", Digits: "1"}, "not one of"},
		{Number{Kind: "call", Digits: ""}, "no digits"},
	} {
		err := preset.CheckNumber(tc.n)
		if (tc.want == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), tc.want)) {
			t.Errorf("checkNumber(%+v) = %v; want %q", tc.n, err, tc.want)
		}
	}
}

func TestCheckURLAndCleanName(t *testing.T) {
	for _, u := range []string{"https://example.org", "http://example.org/a?b=c"} {
		if err := CheckURL(u); err != nil {
			t.Errorf("CheckURL(%q) = %v", u, err)
		}
	}
	for _, u := range []string{"ftp://x.org", "example.org", "https://exa mple.org", "https://x.org/\x01", "https://x.org/é", "https://", strings.Repeat("a", 600)} {
		if err := CheckURL(u); err == nil {
			t.Errorf("CheckURL(%q) accepted", u)
		}
	}
	if got, err := CleanName("  Joe's \t Diner "); err != nil || got != "Joe's Diner" {
		t.Errorf("CleanName = %q, %v", got, err)
	}
	if got, _ := CleanName("Cafe\u0301"); got != "Café" {
		t.Errorf("CleanName does not compose to NFC: %q", got)
	}
	for _, bad := range []string{"a\u202eb", "a\u2066b", "a\u200db", "a\x07b", "☕\U0001F600", strings.Repeat("x", MaxName+1), "\xff"} {
		if _, err := CleanName(bad); err == nil {
			t.Errorf("CleanName(%q) accepted", bad)
		}
	}
	if _, err := CleanName("کافه\u200cی ما"); err != nil {
		t.Errorf("a Persian name with a zero-width non-joiner was refused: %v", err)
	}
}
