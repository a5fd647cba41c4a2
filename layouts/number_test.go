package layouts_test

import (
	"strings"
	"testing"

	"lookout/campaign"
	"lookout/layouts"
	"lookout/layouts/typeset"
	"lookout/translations"
)

// joined is a text placement's lines, as one string.
func joined(p typeset.Placement) string {
	var b strings.Builder
	for _, l := range p.Lines {
		if b.Len() > 0 && !l.Continues {
			b.WriteByte('\n')
		} else if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(l.Text)
	}
	return b.String()
}

// TestCardsCarryTheNumberOnBothSides checks every card of every wallet
// card form, front and back: each card area holds text with the hotline's
// digits, so a card printed on one side still says whom to call.
func TestCardsCarryTheNumberOnBothSides(t *testing.T) {
	for _, lang := range []string{"en", "ar", "zh-Hans", "hi"} {
		for _, r := range campaign.EveryForm(lang) {
			if r.Layout != "wallet-card" || len(r.Langs) != 1 {
				continue
			}
			piece, job := make1(t, fixed(r))
			digits := job.Content.Hotline.Digits
			cards, withNumber := map[int]int{}, map[int]int{}
			in, found := false, false
			for _, p := range piece.Placements {
				switch {
				case p.Kind == typeset.KindArea && (p.Name == "card" || strings.HasPrefix(p.Name, "card-")):
					if in && !found {
						t.Errorf("%s sheet %d: a card without %s", campaign.FileName(job), p.Sheet, digits)
					}
					cards[p.Sheet]++
					in, found = true, false
				case p.Kind == typeset.KindText && in && strings.Contains(joined(p), digits):
					if !found {
						withNumber[p.Sheet]++
					}
					found = true
				}
			}
			if len(cards) < 2 {
				t.Fatalf("%s: cards on %d sheets; want fronts and backs", campaign.FileName(job), len(cards))
			}
			for sheet, n := range cards {
				if withNumber[sheet] != n {
					t.Errorf("%s sheet %d: %d of %d cards carry %s", campaign.FileName(job), sheet, withNumber[sheet], n, digits)
				}
			}
		}
	}
}

// TestStaffPosterNamesWhoAnswersAndTheLocalStep checks that the staff
// poster names the hotline's organisation right above its number, and
// gives a local partner as a numbered step of what to do, before the
// step that reports to the hotline, not as a line by the QR code.
func TestStaffPosterNamesWhoAnswersAndTheLocalStep(t *testing.T) {
	for _, lang := range []string{"en", "es", "ar"} {
		r := fixed(campaign.Request{Layout: "staff-poster", Langs: []string{lang}, Paper: "letter"})
		r.Local = &layouts.Contact{Name: "Valley Task Force", Phone: "555-0100"}
		piece, job := make1(t, r)
		name := campaign.FileName(job)
		var order []string
		var steps string
		for _, p := range piece.Placements {
			if p.Kind != typeset.KindText {
				continue
			}
			order = append(order, p.Name)
			switch p.Name {
			case "hotline-name":
				if joined(p) == "" || !strings.Contains(job.Content.Hotline.Name, strings.Fields(joined(p))[0]) {
					t.Errorf("%s: hotline-name %q; want %q", name, joined(p), job.Content.Hotline.Name)
				}
			case "steps":
				steps = joined(p)
			case "local-contact":
				t.Errorf("%s: the local partner is still a footnote by the QR code", name)
			}
		}
		// an Arabic-script name's English name is a line of its own under it
		at := strings.Index(strings.Replace(strings.Join(order, " "), "hotline-name hotline-name-latin", "hotline-name", 1), "hotline-name hotline-label hotline-number")
		if at < 0 {
			t.Errorf("%s: text in order %v; want the hotline's name right above its label and number", name, order)
		}
		paras := strings.Split(steps, "\n")
		if len(paras) != len(job.Content.Steps)+1 || !strings.Contains(paras[len(paras)-2], "Valley Task Force 555-0100") {
			t.Errorf("%s: steps %q; want the local partner as the step before the last of %d", name, paras, len(job.Content.Steps)+1)
		}
	}
}

// TestStaffPosterFitsALocalPartner sets a staff poster with a local partner
// in every language on the smallest papers: the extra step must fit.
func TestStaffPosterFitsALocalPartner(t *testing.T) {
	cats, err := translations.All()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cats {
		for _, paper := range []string{"letter", "a4"} {
			r := fixed(campaign.Request{Layout: "staff-poster", Langs: []string{c.Tag}, Paper: paper})
			r.Local = &layouts.Contact{Name: "Valley Anti-Trafficking Task Force", Phone: "(555) 555-0100"}
			jobs, err := campaign.Plan(r)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := layouts.Render(jobs[0]); err != nil {
				t.Errorf("%s with a local partner: %v", campaign.FileName(jobs[0]), err)
			}
		}
	}
}

// TestLatinNameOnItsOwnLine: on a right-to-left page a hotline name that
// ends in its English name in brackets is set as two lines, the page's own
// name and then the English one without the brackets, so no reader turns a
// line of mixed directions round; on a left-to-right page it stays whole.
func TestLatinNameOnItsOwnLine(t *testing.T) {
	for _, tc := range []struct {
		lang, own, latin string
	}{
		{"ar", "الخط الوطني لمكافحة الاتجار بالبشر", "National Human Trafficking Hotline"},
		{"es", "Línea Nacional contra la Trata de Personas (National Human Trafficking Hotline)", ""},
	} {
		r := fixed(campaign.Request{Layout: "poster", Langs: []string{tc.lang}, Paper: "letter", Hotline: "us-nhth"})
		piece, job := make1(t, r)
		got := map[string]string{}
		for _, p := range piece.Placements {
			if p.Kind == typeset.KindText && strings.HasPrefix(p.Name, "hotline-name") {
				got[p.Name] = strings.ReplaceAll(joined(p), "\n", " ")
			}
		}
		if got["hotline-name"] != tc.own || got["hotline-name-latin"] != tc.latin {
			t.Errorf("%s: name %q, English line %q; want %q and %q", campaign.FileName(job), got["hotline-name"], got["hotline-name-latin"], tc.own, tc.latin)
		}
	}
}
