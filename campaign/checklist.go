package campaign

import (
	"lookout/campaign/preset"

	"fmt"
	"math"
	"strings"

	"lookout/layouts"
	"lookout/layouts/typeset"
	"lookout/translations"
)

// measured is what the page engine placed on a page.
type measured struct {
	w, h         float64 // the page, in millimetres
	smallest     float64 // the smallest text, in points
	smallestName string
	notBold      string            // a text element set in regular weight, if any
	bold         map[string]bool   // each text element's weight
	blocks       map[string]string // each text element's lines, joined without spaces
	text         string            // every line, joined without spaces
	elements     int
}

// measure reads what the page engine placed.
func measure(ps []typeset.Placement) measured {
	m := measured{smallest: 1e9, blocks: map[string]string{}, bold: map[string]bool{}}
	for _, p := range ps {
		switch p.Kind {
		case typeset.KindPage:
			m.w, m.h = round1(p.Box.W), round1(p.Box.H)
		case typeset.KindText:
			m.elements++
			if size := round2(p.Size); size < m.smallest {
				m.smallest, m.smallestName = size, p.Name
			}
			m.bold[p.Name] = p.Bold
			if !p.Bold && m.notBold == "" {
				m.notBold = p.Name
			}
			for _, l := range p.Lines {
				m.blocks[p.Name] += squeeze(l.Text)
				m.text += squeeze(l.Text)
			}
		}
	}
	return m
}

// round1 and round2 round as the placement log prints sizes, so the
// checklist says what the log shows.
func round1(x float64) float64 { return math.Round(x*10) / 10 }
func round2(x float64) float64 { return math.Round(x*100) / 100 }

// squeeze drops white space, so text compares however it was wrapped.
func squeeze(s string) string { return strings.Join(strings.Fields(s), "") }

// check is one line of a checklist: what was checked, and whether it
// passed.
type check struct {
	ok   bool
	what string
}

// measureNotice checks a rendered notice against its posting law, from
// what the page engine placed: the sheet's size and orientation, the smallest type,
// the weight, every required language, the hotline, the text line and the
// law's wording. It returns every check made, and an error naming the rule
// when one fails.
func measureNotice(c Compliance, j layouts.Job, placed []typeset.Placement, all []layouts.Job) ([]check, error) {
	m := measure(placed)
	var checks []check
	add := func(ok bool, format string, args ...any) {
		checks = append(checks, check{ok, fmt.Sprintf(format, args...)})
	}
	measureSheet(c, m, add)
	measureContent(c, j, m, all, add)
	for _, ck := range checks {
		if !ck.ok {
			return checks, fmt.Errorf("%s (%s): the notice does not meet the law: %s", c.ID, c.Law, ck.what)
		}
	}
	return checks, nil
}

// adder records one check.
type adder func(ok bool, format string, args ...any)

// measureSheet checks the sheet and the type: size, orientation, the
// smallest text, the weight.
func measureSheet(c Compliance, m measured, add adder) {
	orient := "portrait"
	if m.w > m.h {
		orient = "landscape"
	}
	size := fmt.Sprintf("the sheet is %.2f × %.2f in, %s", m.w/25.4, m.h/25.4, orient)
	if c.MinSize != nil {
		add(c.BigEnough(layouts.Paper{W: m.w, H: m.h}) && (c.Orientation != "landscape" || m.w > m.h), "%s; the law asks at least %s (%s)", size, c.MinSize, orDefault(c.Orientation, "portrait"))
	} else {
		add(true, "%s; the law sets no size", size)
	}
	smallest := fmt.Sprintf("the smallest text of %d elements is %.2f pt (%s)", m.elements, m.smallest, m.smallestName)
	if c.MinType > 0 {
		add(m.smallest >= c.MinType-0.005, "%s; the law asks at least %g pt", smallest, c.MinType)
	} else {
		add(true, "%s; the law sets no type size (lookout's own floor is 12 pt)", smallest)
	}
	if c.Bold {
		add(m.notBold == "", "every text element is bold, as the law asks%s", ifNot(m.notBold != "", ": "+m.notBold+" is not"))
	}
	if c.BoldNumber {
		add(m.bold["hotline-number"], "the number is bold, as the law asks")
	}
}

// measureContent checks what is on the page: a section in each language
// (with the law's wording where the campaign gives it), the required
// languages, the hotline and the text line.
func measureContent(c Compliance, j layouts.Job, m measured, all []layouts.Job, add adder) {
	for _, x := range langsOf(j) {
		tag := x.Lang.Tag
		if n := x.Notice; n != nil && n.Text != nil {
			add(m.blocks["call-"+tag] != "" && strings.Contains(m.text, squeeze(strings.Join(n.Text, ""))), "the page has a section in %s: the law's wording from the campaign file, in full, and how to call", tag)
		} else {
			add(m.blocks["headline-"+tag] != "" && m.blocks["call-"+tag] != "", "the page has a section in %s: headline and how to call", tag)
		}
	}
	for _, req := range c.Languages {
		if c.Separate {
			add(hasLang(all, req), "the law's language %s is on a sign of its own in this run", req)
		} else {
			add(hasLang([]layouts.Job{j}, req), "the law's language %s is on the page", req)
		}
	}
	add(strings.Contains(m.text, squeeze(j.Content.Hotline.Digits)), "the hotline %s is printed: %s", j.Content.Hotline.Name, j.Content.Hotline.Digits)
	for _, id := range c.AlsoHotlines {
		h, _ := LookupHotline(id)
		n, _ := h.Number("call")
		add(strings.Contains(m.text, squeeze(n.Digits)), "the %s is printed too, as the law asks: %s", h.Name, n.Digits)
	}
	if c.TextLine {
		text := ""
		for _, x := range langsOf(j) { // the line answers in some languages only
			text = orDefault(text, x.Hotline.Text)
		}
		add(text != "" && strings.Contains(m.text, text), "the text line %s is printed", text)
	}
}

func ifNot(cond bool, s string) string {
	if cond {
		return s
	}
	return ""
}

func langsOf(j layouts.Job) []*layouts.Content {
	return append([]*layouts.Content{&j.Content}, j.Content.Others...)
}

func hasLang(jobs []layouts.Job, tag string) bool {
	for _, j := range jobs {
		for _, x := range langsOf(j) {
			if x.Lang.Tag == tag {
				return true
			}
		}
	}
	return false
}

// ChecklistName is the name of the checklist beside a notice's PDF.
func ChecklistName(pdf string) string { return strings.TrimSuffix(pdf, ".pdf") + "-checklist.txt" }

// Checklist checks a rendered notice against its posting law and returns
// the checklist that goes beside it: where to post it, what lookout
// checked and measured, what is still needed and what it could not check,
// the source and the date it was checked. file is the PDF's name; all are
// every job of the run. A job with no notice has no checklist ("", nil);
// a notice that fails a rule is an error naming it.
func Checklist(j layouts.Job, placed []typeset.Placement, file string, all []layouts.Job) (string, error) {
	if j.Content.Notice == nil {
		return "", nil
	}
	c, err := LookupCompliance(j.Content.Notice.Preset)
	if err != nil {
		return "", err
	}
	checks, err := measureNotice(c, j, placed, all)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	p("lookout compliance checklist: NOT LEGAL ADVICE")
	p("")
	p("Notice:  %s", file)
	p("Law:     %s, %s (preset %s)", c.State, c.Law, c.ID)
	p("Made:    %s by %s", j.Meta.Created.Format("2006-01-02"), j.Meta.Creator)
	p("")
	p("This is not legal advice. lookout checks the rules it can measure; the law's own text, and a lawyer, have the last word.")
	p("\nWho must post it\n  %s", c.Who)
	p("\nWhere to post it\n  %s", orDefault(c.Placement, "the preset records no placement rule: read the law ("+c.Law+")"))
	p("\nWhat lookout checked and measured on this PDF")
	for _, ck := range checks {
		p("  [ok] %s", ck.what)
	}
	if needed := stillNeeded(c, j); len(needed) > 0 {
		p("\nStill needed before you post it")
		for _, n := range needed {
			p("  - %s", n)
		}
	}
	p("\nWhat lookout could not check")
	for _, n := range couldNotCheck(c, j) {
		p("  - %s", n)
	}
	if c.Penalty != "" {
		p("\nPenalty for not posting it\n  %s", c.Penalty)
	}
	writeSources(&b, c)
	return b.String(), nil
}

// MissingWording says, for a notice whose law prescribes wording the
// campaign did not give, what the wording is; ok is false otherwise.
func MissingWording(j layouts.Job) (what string, ok bool) {
	n := j.Content.Notice
	if n == nil || n.Text != nil {
		return "", false
	}
	c, err := LookupCompliance(n.Preset)
	if err != nil || c.Wording == "" {
		return "", false
	}
	return c.Wording, true
}

func stillNeeded(c Compliance, j layouts.Job) []string {
	if w, ok := MissingWording(j); ok {
		return []string{fmt.Sprintf("the law prescribes its own wording: %s.%s lookout never writes statutory wording, so this notice carries lookout's own words instead. Get the official text from that source and put it in your campaign file under compliance: notice_text:, one entry per language; lookout then sets it at the law's size.", w, WordingSource(c))}
	}
	return nil
}

func couldNotCheck(c Compliance, j layouts.Job) []string {
	out := []string{"that your business is one the law covers (see who must post it, above)"}
	if j.Content.Notice.Text != nil {
		out = append(out, "that the wording from your campaign file matches the official text word for word")
	}
	if c.Local != "" {
		extra := extraLangs(c, j)
		if len(extra) > 0 {
			out = append(out, fmt.Sprintf("that %s is %s, as you said", strings.Join(extra, ", "), c.Local))
		} else {
			out = append(out, fmt.Sprintf("whether you need %s: you gave none; if there is one, add it (--lang %s,<tag>, or local_languages in the campaign file)", c.Local, strings.Join(c.Languages, ",")))
		}
	}
	if c.Hotline == "" {
		out = append(out, fmt.Sprintf("that the hotline on the notice, %s (%s), is the one the law's wording names", j.Content.Hotline.Name, j.Content.Hotline.Digits))
	}
	for _, r := range c.Required {
		out = append(out, "that the notice carries "+r+", as the law asks (check it by eye)")
	}
	if c.Note != "" {
		out = append(out, c.Note)
	}
	for _, x := range langsOf(j) {
		out = append(out, translationState(x.Lang.Tag))
	}
	out = append(out, "where and how it is posted, and that it stays up and readable",
		fmt.Sprintf("that the law has not changed since %s, when a source of this preset was last read", c.Checked))
	return out
}

// extraLangs are the page's languages beyond those the law requires.
func extraLangs(c Compliance, j layouts.Job) []string {
	var out []string
	for _, x := range langsOf(j) {
		if !contains(c.Languages, x.Lang.Tag) {
			out = append(out, x.Lang.Tag)
		}
	}
	return out
}

func translationState(tag string) string {
	cat, err := translations.Match(tag)
	if err != nil {
		return "the " + tag + " translation"
	}
	state := fmt.Sprintf("that the %s text reads right (its catalog: %s; native review: %s", cat.EnglishName, cat.ProducedBy, cat.Review)
	if cat.Draft() {
		state += "; " + cat.Status
	}
	return state + ")"
}

// ConfidenceMeaning says in a few words what a confidence word means.
func ConfidenceMeaning(c string) string {
	switch c {
	case preset.ConfStatute:
		return "read in the law's own text"
	case preset.ConfAgency:
		return "read on a government agency's or the hotline's own page"
	case preset.ConfSecondary:
		return "read in a secondary summary only: read the law itself before relying on it"
	}
	return "no source could be read: treat it as a lead, not a fact"
}

// writeSources ends a checklist: each fact it relied on with its source,
// the place in it and its confidence, then every source with its link and
// the date it was read.
func writeSources(b *strings.Builder, c Compliance) {
	p := func(format string, args ...any) { fmt.Fprintf(b, format+"\n", args...) }
	p("\nWhere each fact comes from, and how sure lookout is")
	for _, k := range c.Sourced() {
		f, _, conf, _ := c.FactSource(k)
		p("  %-15s %-10s %s, %s", factName(k), conf, f.Source, f.At)
	}
	p("  (%s: %s)", c.Confidence, ConfidenceMeaning(c.Confidence))
	p("\nSources (law: %s)", c.Law)
	for _, s := range c.Sources {
		p("  %s: %s, %s%s", s.ID, s.Title, s.Publisher, ifNot(s.Published != "", ", published "+s.Published))
		p("      %s (read %s)", s.URL, s.Seen)
	}
	if c.Provenance.Note != "" {
		p("  Note: %s", c.Provenance.Note)
	}
}

// WordingSource says where the official wording of a preset's law is
// published and in which languages, as a sentence with a leading space;
// empty when the preset records no source for it.
func WordingSource(c Compliance) string {
	f, src, _, ok := c.FactSource("wording")
	if !ok {
		return ""
	}
	langs := "the source does not say in which languages"
	if len(c.WordingLangs) > 0 {
		langs = "in " + strings.Join(c.WordingLangs, ", ")
	}
	return fmt.Sprintf(" It is published at %s (%s), %s.", src.URL, f.At, langs)
}

// factName names a fact key for a reader.
func factName(k string) string {
	switch k {
	case "min_size":
		return "sheet size"
	case "min_type_pt":
		return "type size"
	case "local_language":
		return "local language"
	case "text_line":
		return "text line"
	case "placement":
		return "where"
	case "required":
		return "also required"
	case "also_hotlines":
		return "also hotlines"
	}
	return k
}
