package campaign

import (
	"fmt"
	"sort"
	"strings"

	"lookout/layouts"
	"lookout/translations"
)

// prepareComply applies a posting law to a request before its jobs are
// built: the law's hotline, a sheet big enough, the local languages, and
// every language the law requires. It returns nil when the request names
// no preset.
func prepareComply(r Request, l layouts.Layout) (*Compliance, Request, error) {
	if r.Comply.Preset == "" {
		if len(r.Comply.LocalLangs) > 0 || len(r.Comply.NoticeText) > 0 {
			return nil, r, inputErr("name the law, e.g. --comply us-ca ('lookout comply' lists them)", "--local-lang and notice_text are for a posting law, and none was named")
		}
		return nil, r, nil
	}
	c, err := LookupCompliance(r.Comply.Preset)
	if err != nil {
		return nil, r, inputErr("'lookout comply' lists the presets", "--comply: %v", err)
	}
	if !l.Comply {
		makers := complyLayouts()
		return nil, r, inputErr("make it with 'lookout make "+makers[0]+" --comply "+c.ID+"'", "--comply makes a notice with the %s layout, not the %s", strings.Join(makers, " or "), l.Name)
	}
	switch {
	case c.Hotline != "" && r.Hotline == "":
		r.Hotline = c.Hotline
	case c.Hotline != "" && r.Hotline != c.Hotline:
		return nil, r, inputErr("leave out --hotline: --comply "+c.ID+" sets it", "%s (%s) asks for the %s hotline; --hotline gives %s", c.ID, c.Law, c.Hotline, r.Hotline)
	}
	if c.Victim && r.Pack == "" {
		v, _ := layouts.AudienceByName(layouts.Victim)
		r.Pack = v.Pack
	}
	if r.Paper, err = compliancePaper(c, r.Paper, l); err != nil {
		return nil, r, err
	}
	if len(r.Langs) == 0 {
		r.Langs = append([]string(nil), c.Languages...) // the law's languages unless told otherwise
	}
	if len(r.Langs) > 0 {
		r.Langs = append(append([]string(nil), r.Langs...), r.Comply.LocalLangs...)
	}
	if missing := missingLangs(c.Languages, r.Langs); len(missing) > 0 {
		return nil, r, inputErr(fmt.Sprintf("add them: --lang %s", strings.Join(append(r.Langs, missing...), ",")),
			"%s (%s) requires the notice in %s; it lacks %s", c.ID, c.Law, strings.Join(c.Languages, ", "), strings.Join(missing, ", "))
	}
	return &c, r, nil
}

// missingLangs returns the required catalog tags that none of langs
// matches.
func missingLangs(required, langs []string) []string {
	have := map[string]bool{}
	for _, l := range langs {
		if cat, err := translations.Match(l); err == nil {
			have[cat.Tag] = true
		}
	}
	var out []string
	for _, req := range required {
		if !have[req] {
			out = append(out, req)
		}
	}
	return out
}

// arrange puts the jobs on pages: each language on its own page, or all on
// one when the request or the law wants them together. With a posting law
// it also sets each page's notice: the smallest type, bold, shares, the
// law's wording, and the sheet turned as the law wants it.
func arrange(c *Compliance, r Request, jobs []layouts.Job) ([]layouts.Job, error) {
	if c == nil {
		if r.Together && len(jobs) > 1 {
			return []layouts.Job{together(jobs)}, nil
		}
		return jobs, nil
	}
	if err := checkJobs(*c, r, jobs); err != nil {
		return nil, err
	}
	texts, err := noticeTexts(c, r.Comply.NoticeText, jobs)
	if err != nil {
		return nil, err
	}
	for i := range jobs {
		j := &jobs[i]
		j.Paper = c.Turn(j.Paper)
		j.Content.Notice = &layouts.Notice{Preset: c.ID, MinPt: c.MinType, Bold: c.Bold, Victim: c.Victim,
			Share: c.Shares[j.Meta.Lang], Text: texts[j.Meta.Lang]}
		if err := addAlso(*c, &j.Content); err != nil {
			return nil, err
		}
	}
	if c.Separate || len(jobs) == 1 {
		return jobs, nil
	}
	return []layouts.Job{together(jobs)}, nil
}

// addAlso puts the further hotlines the law names under the main one, in
// each language of the page: "Or call NAME: NUMBER".
func addAlso(c Compliance, content *layouts.Content) error {
	for _, id := range c.AlsoHotlines {
		h, err := LookupHotline(id)
		if err != nil {
			return err
		}
		n, _ := h.Number("call")
		number := n.Printed()
		if n.Display != "" {
			number += " (" + n.Digits + ")"
		}
		for _, x := range content.All() {
			x.Hotline.Also = append(x.Hotline.Also, x.T("hotline.also", "name", h.Name, "number", number))
		}
	}
	return nil
}

// checkJobs refuses what the law rules out once the languages and the
// hotline are known: a text line the hotline lacks, a language with no
// share of a sign the law divides.
func checkJobs(c Compliance, r Request, jobs []layouts.Job) error {
	if c.TextLine {
		h, _ := r.hotline(r.Audience)
		if _, ok := h.Number("text"); !ok {
			return inputErr("use --hotline us-nhth", "%s (%s) asks for a text line; the %s hotline has none", c.ID, c.Law, h.ID)
		}
	}
	for _, j := range jobs {
		if len(c.Shares) > 0 && c.Shares[j.Meta.Lang] == 0 {
			return inputErr(fmt.Sprintf("use --lang %s", strings.Join(c.Languages, ",")),
				"%s (%s) divides the sign between %s; it has no room for %s", c.ID, c.Law, shareList(c.Shares), j.Meta.Lang)
		}
	}
	return nil
}

func shareList(shares map[string]float64) string {
	var parts []string
	for tag, s := range shares {
		parts = append(parts, fmt.Sprintf("%s (about %.0f %%)", tag, s*100))
	}
	sort.Strings(parts)
	return strings.Join(parts, " and ")
}

// noticeTexts checks the law's wording from the campaign: all languages
// on the page or none, and nothing for a language that is not there.
func noticeTexts(c *Compliance, given map[string]string, jobs []layouts.Job) (map[string][]string, error) {
	out := map[string][]string{}
	if len(given) == 0 {
		return out, nil
	}
	onPage := map[string]bool{}
	for _, j := range jobs {
		onPage[j.Meta.Lang] = true
	}
	for tag, text := range given {
		cat, err := translations.Match(tag)
		if err != nil || !onPage[cat.Tag] {
			return nil, inputErr("give notice_text only for the languages on the notice", "notice_text has wording in %q, which is not on the %s notice", clip(tag), c.ID)
		}
		paras, err := NoticeParas(text)
		if err != nil {
			return nil, inputErr("give the law's wording as plain text", "notice_text %s: %v", tag, err)
		}
		out[cat.Tag] = paras
	}
	for _, j := range jobs {
		if out[j.Meta.Lang] == nil {
			return nil, inputErr("give the law's wording in every language on the notice, or in none",
				"notice_text has no %s wording for the %s notice", j.Meta.Lang, c.ID)
		}
	}
	return out, nil
}

// together sets every job's language on the first job's page.
func together(jobs []layouts.Job) layouts.Job {
	j := jobs[0]
	for i := 1; i < len(jobs); i++ {
		c := jobs[i].Content
		j.Content.Others = append(j.Content.Others, &c)
	}
	return j
}

// complyLayouts names the layouts that make a posting law's notice.
func complyLayouts() []string {
	var out []string
	for _, l := range layouts.All() {
		if l.Comply {
			out = append(out, l.Name)
		}
	}
	return out
}

// audienceOf is who the piece speaks to: the layout's audience, or a
// person who may be trafficked when the law wants victim-services
// information.
func audienceOf(audience string, law *Compliance) string {
	if law != nil && law.Victim {
		return layouts.Victim
	}
	return audience
}
