package campaign

import (
	"fmt"
	"runtime"
	"strings"
	"time"

	"lookout/layouts"
	"lookout/layouts/typeset"
	"lookout/translations"
)

// CheckTranslations checks the catalogs with the given tags (all when
// none): every key present and none extra, placeholders as in English,
// the glossary's terms in their messages and none of its avoided words,
// every character covered by an embedded font, and every form of every
// layout fitting every paper it comes in. It returns one line per problem.
func CheckTranslations(tags []string) ([]string, error) {
	all, err := translations.All()
	if err != nil {
		return nil, err
	}
	cats := all
	if len(tags) > 0 {
		cats = nil
		for _, t := range tags {
			c, err := translations.Match(t)
			if err != nil {
				return nil, inputErr("'lookout languages' lists them", "%v", err)
			}
			cats = append(cats, c)
		}
	}
	var problems []string
	for _, c := range cats {
		for _, p := range append(translations.Check(c, all[0]), translations.CheckTerms(c)...) {
			problems = append(problems, p.String())
		}
		lang := typeset.Lang{Tag: c.Tag, Script: c.Script, RTL: c.RTL}
		for _, k := range c.Keys() {
			s, _ := c.Lookup(k)
			if err := typeset.Covered(lang, s); err != nil {
				problems = append(problems, fmt.Sprintf("%s: %s: %v", c.Tag, k, err))
			}
		}
		problems = append(problems, checkFit(c.Tag)...)
	}
	return problems, nil
}

// checkFit lays out every form of every layout (each variant, audience,
// size and tab choice) on every paper it comes in, alone and beside other
// languages, in memory and on every core: each must fit.
func checkFit(tag string) []string {
	var jobs []layouts.Job
	var problems []string
	for _, r := range EveryForm(tag) {
		js, err := Plan(r)
		if err != nil {
			problems = append(problems, fmt.Sprintf("%s: %s: %v", tag, r.Layout, err))
			continue
		}
		jobs = append(jobs, js...)
	}
	_, errs := layouts.RenderAll(jobs, (*layouts.Renderer).Place, runtime.GOMAXPROCS(0), nil)
	for i, err := range errs {
		if err != nil {
			problems = append(problems, fmt.Sprintf("%s: %s: %v", tag, strings.TrimSuffix(FileName(jobs[i]), ".pdf"), err))
		}
	}
	return problems
}

// EveryForm lists a request for every form of every layout on every paper
// it comes in, in one language; and, where a page has room for several
// languages, the same with English before it, so that every language is
// checked beside another.
func EveryForm(tag string) []Request {
	var out []Request
	for _, l := range layouts.All() {
		for _, f := range l.Forms() {
			if l.For(f.Audience).Name != l.Name {
				continue // made by the audience's own layout
			}
			for _, paper := range orNone(f.Variant.Papers) {
				for _, langs := range pages(tag, f.Room(paper)) {
					for _, tabs := range tabCounts(f.TearOffs) {
						for _, h := range formHotlines(f.Audience) {
							out = append(out, Request{Layout: l.Name, Langs: langs, Together: len(langs) > 1, Paper: paper,
								Variant: f.Variant.Name, Audience: f.Audience, Size: f.Size, TearOffs: tabs,
								Hotline: h, Org: "Riverside Community Health Center", Created: time.Unix(0, 0)})
						}
					}
				}
			}
		}
	}
	return out
}

// formHotlines are the hotlines a form is checked with: the audience's
// own ("", with its QR page: the national hotline's text line, in the
// number's size, for a person who may be trafficked) and, where that is
// another, NCMEC's vanity number with its digits, which a campaign may
// choose for any audience.
func formHotlines(audience string) []string {
	if h := audienceHotline(audience); h != "" && h != DefaultHotline {
		return []string{"", DefaultHotline}
	}
	return []string{""}
}

// pages lists the languages of the pages to check for tag: tag alone, and
// tag after English on pages with room for two or more.
func pages(tag string, together int) [][]string {
	out := [][]string{{tag}}
	if together >= 2 && tag != "en" {
		out = append(out, []string{"en", tag})
	}
	return out
}

// tabCounts are the numbers of tear-off tabs to check a form with: none
// when it has none, else the fewest and the most a flyer may have too.
func tabCounts(n int) []int {
	if n == 0 {
		return []int{0}
	}
	return []int{MinTearOffs, n, MaxTearOffs}
}

// orNone returns the papers, or one empty name for a piece on a page of
// its own.
func orNone(papers []string) []string {
	if len(papers) == 0 {
		return []string{""}
	}
	return papers
}
