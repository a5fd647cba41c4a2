package campaign

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"lookout/layouts"
	"lookout/layouts/typeset"
	"lookout/translations"
)

// TestCompliancePresetsFromTheirSources pins every preset's minimum size,
// type, weight, languages and confidence, as read in its sources (each
// file's provenance says where). A changed fact must be a deliberate
// change here too.
func TestCompliancePresetsFromTheirSources(t *testing.T) {
	want := map[string]string{
		"us-ca":         "8.5 × 11 in portrait 16pt en,es+local statute",
		"us-il":         "8.5 × 11 in portrait 16pt en,es+local statute",
		"us-fl-787":     "8.5 × 11 in portrait 16pt en,es statute",
		"us-fl-lodging": "11 × 15 in portrait 32pt en,es+local statute",
		"us-tx-lodging": "11 × 17 in portrait 16pt en,es+local separate statute",
		"us-tx-abc":     "11 × 8.5 in landscape 0pt en,es en=0.67,es=0.33 statute",
		"us-ga":         "8.5 × 11 in portrait 16pt en,es secondary",
		"us-la":         "8.5 × 11 in portrait 14pt bold en,fr,es statute",
		"us-mi":         "8.5 × 11 in portrait 14pt bold en,es+local statute",
		"us-md":         "3 × 5 in portrait 0pt bold-number en,es+local statute",
		"us-ny-lodging": "none portrait 0pt  victim statute",
		"us-nj":         "8.5 × 11 in portrait 16pt en,es statute",
		"us-pa":         "8.5 × 11 in portrait 0pt en,es agency",
	}
	if ids := ComplianceIDs(); len(ids) != len(want)+len(statePresets) {
		t.Errorf("presets %v; want these %d and the %d of docs/sources/states.md", ids, len(want), len(statePresets))
	}
	for id, w := range want {
		c, err := LookupCompliance(id)
		if err != nil {
			t.Fatal(err)
		}
		if got := summary(c); got != w {
			t.Errorf("%s: %q; want %q", id, got, w)
		}
		if c.Who == "" || c.Law == "" || c.Checked == "" {
			t.Errorf("%s lacks who must post, the law or the date checked", id)
		}
	}
}

func summary(c Compliance) string {
	s := "none"
	if c.MinSize != nil {
		s = c.MinSize.String()
	}
	s += " " + orDefault(c.Orientation, "portrait") + fmt.Sprintf(" %gpt", c.MinType)
	if c.Bold {
		s += " bold"
	}
	if c.BoldNumber {
		s += " bold-number"
	}
	s += " " + strings.Join(c.Languages, ",")
	if c.Local != "" {
		s += "+local"
	}
	if len(c.Shares) > 0 {
		s += fmt.Sprintf(" en=%g,es=%g", c.Shares["en"], c.Shares["es"])
	}
	for _, f := range []struct {
		on   bool
		name string
	}{{c.Separate, "separate"}, {c.Victim, "victim"}} {
		if f.on {
			s += " " + f.name
		}
	}
	return s + " " + c.Confidence
}

// TestComplyRefuses asks for notices the law rules out: each refusal names
// the preset and its law, says what is wrong, and its hint says what to do.
func TestComplyRefuses(t *testing.T) {
	for _, tc := range []struct {
		name string
		r    Request
		want string
		hint string
	}{
		{"missing language", Request{Langs: []string{"en", "vi"}, Comply: Comply{Preset: "us-ca"}},
			"us-ca (Cal. Civ. Code 52.6) requires the notice in en, es; it lacks es", "--lang en,vi,es"},
		{"small paper", Request{Paper: "a4", Comply: Comply{Preset: "us-ca"}},
			"us-ca (Cal. Civ. Code 52.6) asks for a sign at least 8.5 × 11 in; a4 is 8.27 × 11.69 in", "--paper letter or legal or tabloid or a3"},
		{"staff poster too small", Request{Paper: "letter", Comply: Comply{Preset: "us-fl-lodging"}},
			"asks for a sign at least 11 × 15 in; letter is 8.50 × 11.00 in", "--paper tabloid or a3"},
		{"other hotline", Request{Hotline: "us-ncmec", Comply: Comply{Preset: "us-ca"}},
			"us-ca (Cal. Civ. Code 52.6) asks for the us-nhth hotline; --hotline gives us-ncmec", "leave out --hotline"},
		{"no room", Request{Langs: []string{"en", "es", "vi"}, Comply: Comply{Preset: "us-tx-abc"}},
			"divides the sign between en (about 67 %) and es (about 33 %); it has no room for vi", "--lang en,es"},
		{"wording in one language", Request{Comply: Comply{Preset: "us-ga", NoticeText: map[string]string{"en": "Words."}}},
			"notice_text has no es wording for the us-ga notice", "in every language"},
		{"wording off the page", Request{Comply: Comply{Preset: "us-pa", NoticeText: map[string]string{"en": "A.", "es": "B.", "vi": "C."}}},
			`notice_text has wording in "vi", which is not on the us-pa notice`, ""},
		{"unknown preset", Request{Comply: Comply{Preset: "us-zz"}}, `--comply: unknown compliance preset "us-zz"`, "'lookout comply'"},
		{"pack for staff", Request{Pack: "hotel-staff"}, "the hotel-staff pack is written for hotel staff; this piece is for the public", "'lookout packs'"},
		{"pack for victims", Request{Pack: "victim"}, "the victim pack is written for people who may be trafficked; this piece is for the public", ""},
		{"local language, no law", Request{Comply: Comply{LocalLangs: []string{"vi"}}}, "--local-lang and notice_text are for a posting law", "--comply us-ca"},
		{"not a poster", Request{Layout: "nope", Comply: Comply{Preset: "us-ca"}}, `unknown layout "nope"`, ""},
	} {
		r := tc.r
		if r.Layout == "" {
			r.Layout = "poster"
		}
		r.URL = DefaultURL
		_, err := Plan(r)
		var ie *InputError
		if !errors.As(err, &ie) || !strings.Contains(err.Error(), tc.want) || !strings.Contains(ie.Fix, tc.hint) {
			t.Errorf("%s: Plan = %v (hint %q); want %q, hint with %q", tc.name, err, hintOf(ie), tc.want, tc.hint)
		}
	}
}

// TestComplyArranges checks what a preset does to the jobs: the law's
// languages by default on one page, the local language added, the law's
// hotline, the sheet turned for Texas, and one sign per language where the
// law wants them apart.
func TestComplyArranges(t *testing.T) {
	plan := func(r Request) []layouts.Job {
		r.Layout, r.URL = "poster", DefaultURL
		jobs, err := Plan(r)
		if err != nil {
			t.Fatal(err)
		}
		return jobs
	}
	ca := plan(Request{Comply: Comply{Preset: "us-ca", LocalLangs: []string{"vi"}}})
	if len(ca) != 1 || FileName(ca[0]) != "poster-us-ca-letter-en+es+vi.pdf" || ca[0].Content.Hotline.Text != "233733" || ca[0].Content.Notice.MinPt != 16 {
		t.Errorf("us-ca: %d jobs, %s, %+v", len(ca), FileName(ca[0]), ca[0].Content.Notice)
	}
	tx := plan(Request{Comply: Comply{Preset: "us-tx-abc"}})
	if p := tx[0].Paper; p.W != 279.4 || p.H != 215.9 || tx[0].Content.Notice.Share != 0.67 || tx[0].Content.Others[0].Notice.Share != 0.33 {
		t.Errorf("us-tx-abc: paper %+v, notice %+v", p, tx[0].Content.Notice)
	}
	lodging := plan(Request{Comply: Comply{Preset: "us-tx-lodging"}})
	if len(lodging) != 2 || FileName(lodging[1]) != "poster-us-tx-lodging-tabloid-es.pdf" {
		t.Errorf("us-tx-lodging: %d jobs", len(lodging))
	}
	ny := plan(Request{Comply: Comply{Preset: "us-ny-lodging"}})
	if c := ny[0].Content; !c.Notice.Victim || len(c.Signs) != 3 || c.Hotline.Digits != "1-888-373-7888" {
		t.Errorf("us-ny-lodging: %+v", c)
	}
}

// TestChecklist renders nothing: it checks a checklist against
// placements written by hand, and refuses one that breaks the law.
func TestChecklist(t *testing.T) {
	jobs, err := Plan(Request{Layout: "poster", URL: DefaultURL, Comply: Comply{Preset: "us-ca"}})
	if err != nil {
		t.Fatal(err)
	}
	text := func(name string, size float64, bold bool, lines ...string) typeset.Placement {
		p := typeset.Placement{Kind: typeset.KindText, Name: name, Size: size, Bold: bold}
		for _, l := range lines {
			p.Lines = append(p.Lines, typeset.Line{Text: l})
		}
		return p
	}
	log := []typeset.Placement{{Kind: typeset.KindPage, Name: "poster letter", Box: typeset.Box{W: 215.9, H: 279.4}, Lang: "en"},
		text("headline-en", 20, true, "Know"), text("call-en", 16, false, "Call 1-888-373-7888", "Or text 233733.",
			"Or call CAST: 1-888-539-2373"),
		text("headline-es", 20, true, "Conozca"), text("call-es", 16, false, "Llame")}
	list, err := Checklist(jobs[0], log, "n.pdf", jobs)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"NOT LEGAL ADVICE", "Cal. Civ. Code 52.6", "[ok] the sheet is 8.50 × 11.00 in, portrait",
		"[ok] the smallest text of 4 elements is 16.00 pt (call-en); the law asks at least 16 pt", "[ok] the text line 233733 is printed",
		"[ok] the Coalition to Abolish Slavery and Trafficking (CAST) hotline is printed too, as the law asks: 1-888-539-2373",
		"Still needed", "the Attorney General's model notice", "notice_text", "could not check", "Voting Rights Act language: you gave none",
		"Where each fact comes from, and how sure lookout is", "(statute: read in the law's own text)",
		"text line       agency     ag, second paragraph", "penalty         secondary  ab1661", "Penalty for not posting it\n  $500 for a first offence",
		"https://oag.ca.gov/human-trafficking/model-notice (read 2026-12-04)", "also hotlines   agency     cdph",
		"It is published at https://oag.ca.gov/human-trafficking/model-notice (second paragraph", "in en, es."} {
		if !strings.Contains(list, want) {
			t.Errorf("the checklist lacks %q:\n%s", want, list)
		}
	}
	small := slices.Clone(log)
	small[4].Size = 15.5
	if _, err := Checklist(jobs[0], small, "n.pdf", jobs); err == nil || !strings.Contains(err.Error(), "15.50 pt (call-es); the law asks at least 16 pt") {
		t.Errorf("Checklist with 15.5 pt text = %v", err)
	}
	noCAST := slices.Clone(log)
	noCAST[2] = text("call-en", 16, false, "Call 1-888-373-7888", "Or text 233733.")
	if _, err := Checklist(jobs[0], noCAST, "n.pdf", jobs); err == nil || !strings.Contains(err.Error(), "(CAST) hotline is printed too, as the law asks: 1-888-539-2373") {
		t.Errorf("Checklist without the CAST line = %v", err)
	}
	noText := slices.Clone(log)
	noText[2] = text("call-en", 16, false, "Call 1-888-373-7888", "Or call CAST: 1-888-539-2373")
	if _, err := Checklist(jobs[0], noText, "n.pdf", jobs); err == nil || !strings.Contains(err.Error(), "text line 233733") {
		t.Errorf("Checklist without the text line = %v", err)
	}
}

// TestPacksInEveryLanguage checks that every catalog has every sign of
// every pack, and each staff section's title, with a source for each pack.
func TestPacksInEveryLanguage(t *testing.T) {
	all, err := translations.All()
	if err != nil {
		t.Fatal(err)
	}
	if ids := PackIDs(); strings.Join(ids, " ") != "hotel-staff ncmec-2020 ncmec-2024 victim" {
		t.Errorf("packs = %v", ids)
	}
	for _, id := range PackIDs() {
		p, _ := LookupPack(id)
		keys := p.SignKeys()
		for _, s := range p.Sections {
			keys = append(keys, "staff."+s.ID+".title")
		}
		if p.Source == "" || p.Audience == "" || len(keys) < 3 {
			t.Errorf("%s: source %q, audience %q, %d keys", id, p.Source, p.Audience, len(keys))
		}
		for _, cat := range all {
			for _, k := range keys {
				if !cat.Has(k) {
					t.Errorf("%s: the %s catalog lacks %s", id, cat.Tag, k)
				}
			}
		}
	}
}

// TestChecklistNamesADraft: the checklist's line about a translation says
// when its catalog is a draft, and not otherwise.
func TestChecklistNamesADraft(t *testing.T) {
	if got := translationState("so"); !strings.Contains(got, "Somali") || !strings.Contains(got, "draft: needs native review before printing") {
		t.Errorf("translationState(so) = %q; want it to say the catalog is a draft", got)
	}
	if got := translationState("vi"); strings.Contains(got, "draft:") {
		t.Errorf("translationState(vi) = %q; want no draft", got)
	}
}
