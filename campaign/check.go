package campaign

import (
	"fmt"
	"time"

	"lookout/layouts"
	"lookout/layouts/kit"
	"lookout/translations"
)

// CheckTranslations checks the catalogs with the given tags (all when
// none): every key present and none extra, placeholders as in English,
// every character covered by an embedded font, and every layout fitting
// every paper it comes in. It returns one line per problem.
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
		for _, p := range translations.Check(c, all[0]) {
			problems = append(problems, p.String())
		}
		lang := kit.Lang{Tag: c.Tag, Script: c.Script, RTL: c.RTL}
		for _, k := range c.Keys() {
			s, _ := c.Lookup(k)
			if err := kit.Covered(lang, s); err != nil {
				problems = append(problems, fmt.Sprintf("%s: %s: %v", c.Tag, k, err))
			}
		}
		problems = append(problems, checkFit(c.Tag)...)
	}
	return problems, nil
}

// checkFit renders every layout on every paper it comes in, in memory.
func checkFit(tag string) []string {
	var problems []string
	for _, l := range layouts.All() {
		for _, paper := range l.Papers {
			jobs, err := Plan(Request{Layout: l.Name, Langs: []string{tag}, Paper: paper, Hotline: "us-ncmec",
				URL: DefaultURL, Org: "Riverside Community Health Center", Pack: "ncmec-2020", Created: time.Unix(0, 0)})
			if err == nil {
				_, _, err = layouts.Render(jobs[0])
			}
			if err != nil {
				problems = append(problems, fmt.Sprintf("%s: %s on %s: %v", tag, l.Name, paper, err))
			}
		}
	}
	return problems
}
