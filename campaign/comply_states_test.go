package campaign

import (
	"strings"
	"testing"
)

// statePresets pins each posting-law preset added from docs/sources/states.md
// to what its sources say: sheet, type, languages and confidence (as
// summary writes them), the hotline the law names, whether it asks for a
// text line, and whether it records a penalty. A changed fact must be a
// deliberate change here too.
var statePresets = map[string]struct {
	summary, hotline string
	text, penalty    bool
}{
	"us-nm":       {"11 × 8.5 in landscape 0pt en,es+local secondary", "us-nhth", true, false},
	"us-tx-402":   {"none portrait 0pt en,es statute", "us-nhth", false, false},
	"us-ct":       {"none portrait 0pt  victim statute", "us-nhth", false, true},
	"us-sc":       {"8.5 × 11 in portrait 0pt en statute", "us-nhth", false, false},
	"us-nc":       {"none portrait 0pt  secondary", "us-nhth", false, false},
	"us-ky":       {"8.5 × 11 in portrait 16pt en,es statute", "us-nhth", false, true},
	"us-mo":       {"8.5 × 11 in portrait 0pt en,es+local statute", "us-nhth", false, true},
	"us-al":       {"8.5 × 11 in portrait 0pt  agency", "us-nhth", false, true},
	"us-ar":       {"8.5 × 11 in portrait 0pt en,es+local statute", "us-nhth", false, false},
	"us-va":       {"none portrait 0pt  statute", "us-nhth", false, true},
	"us-ri":       {"8.5 × 11 in portrait 16pt en,es statute", "us-nhth", true, true},
	"us-me":       {"none portrait 0pt  statute", "us-nhth", false, false},
	"us-ny-sla":   {"8.5 × 11 in portrait 0pt en,es agency", "us-nhth", false, true},
	"us-hi":       {"8.5 × 11 in portrait 0pt en statute", "us-nhth", false, false},
	"us-ri-hotel": {"none portrait 0pt en+local statute", "us-nhth", false, false},
}

// TestStatePresets checks every added state preset against its pinned
// facts, and that each was read for this project: sources with the date
// seen, a provenance entry for the sheet, type, languages and hotline it
// states, and the law's wording named with where to find it.
func TestStatePresets(t *testing.T) {
	for id, w := range statePresets {
		c, err := LookupCompliance(id)
		if err != nil {
			t.Fatal(err)
		}
		if got := summary(c); got != w.summary {
			t.Errorf("%s: %q; want %q", id, got, w.summary)
		}
		if c.Hotline != w.hotline || c.TextLine != w.text || (c.Penalty != "") != w.penalty {
			t.Errorf("%s: hotline %q, text line %v, penalty %q; want %q, %v, a penalty %v", id, c.Hotline, c.TextLine, c.Penalty, w.hotline, w.text, w.penalty)
		}
		if c.Checked != "2026-12-04" || c.Oldest() != "2026-12-04" {
			t.Errorf("%s: sources last read %s, first %s; want 2026-12-04 (docs/sources/states.md)", id, c.Checked, c.Oldest())
		}
		if c.Wording == "" || c.Placement == "" {
			t.Errorf("%s: wording %q, placement %q: every state preset says where the official wording is and where to post", id, c.Wording, c.Placement)
		}
		stated := map[string]bool{"who": true, "wording": true, "placement": true, "min_size": c.MinSize != nil,
			"min_type_pt": c.MinType > 0, "languages": len(c.Languages) > 0, "hotline": c.Hotline != "", "text_line": c.TextLine, "penalty": c.Penalty != ""}
		for fact, ok := range stated {
			if _, _, _, has := c.FactSource(fact); ok && !has {
				t.Errorf("%s states %s without a source", id, fact)
			}
		}
		if !strings.HasPrefix(id, "us-") || c.State == "" {
			t.Errorf("%s: state %q", id, c.State)
		}
	}
}

// TestStateHotlines checks the state lines a law names: New Mexico's
// 505-GET-FREE, to call or text, from the act's summaries, with the New
// Mexico preset pointing to it; and Tennessee's TBI line, which the
// Hotline Act names though no law makes businesses post it.
func TestStateHotlines(t *testing.T) {
	h, err := LookupHotline("us-nm")
	if err != nil {
		t.Fatal(err)
	}
	call, _ := h.Number("call")
	text, _ := h.Number("text")
	if call.Printed() != "505-GET-FREE" || call.Digits != "505-438-3733" || text.Digits != "505-438-3733" {
		t.Errorf("us-nm: call %+v, text %+v; want 505-GET-FREE = 505-438-3733 for both", call, text)
	}
	if h.Confidence != "secondary" || h.Checked != "2026-12-04" || h.Always() {
		t.Errorf("us-nm: confidence %q, checked %q, hours %q; want secondary, 2026-12-04 and no hours (none was read)", h.Confidence, h.Checked, h.Hours)
	}
	c, _ := LookupCompliance("us-nm")
	if !strings.Contains(strings.Join(c.Required, " "), "505-GET-FREE (505-438-3733), to call or text") || !strings.Contains(strings.Join(c.Required, " "), "hotline preset us-nm") {
		t.Errorf("us-nm preset does not send the user to the state line: %q", c.Required)
	}
	tn, err := LookupHotline("us-tn")
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := tn.Number("call"); n.Printed() != "1-855-55-TNHTH" || n.Digits != "1-855-558-6484" || !tn.Always() || tn.Operator != "Tennessee Bureau of Investigation" {
		t.Errorf("us-tn: %+v, hours %q, operator %q", n, tn.Hours, tn.Operator)
	}
	if _, err := LookupCompliance("us-tn"); err == nil {
		t.Error("a us-tn posting-law preset exists; Tennessee's Hotline Act only encourages posting")
	}
}
