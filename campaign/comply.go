package campaign

import (
	"fmt"
	"sort"
	"strings"

	"lookout/layouts"
)

// Comply asks for a notice that meets a posting law.
type Comply struct {
	Preset string // a compliance preset id; empty: none
	// LocalLangs are the further languages the law asks for where it names
	// a local one, such as a county's Voting Rights Act language.
	LocalLangs []string
	// NoticeText is the law's prescribed wording, by language tag, as the
	// campaign file gives it. lookout never writes statutory wording itself.
	NoticeText map[string]string
}

// compliancePaper picks the sheet for a posting law's notice: the one asked for, if it is big enough, else the
// smallest of the layout's sheets that is.
func compliancePaper(c Compliance, asked string, l layouts.Layout) (string, error) {
	var fit []layouts.Paper
	for _, n := range l.Variants[0].Papers {
		if p, err := layouts.PaperByName(n); err == nil && c.Fits(p) {
			fit = append(fit, p)
		}
	}
	sort.SliceStable(fit, func(i, j int) bool { return fit[i].W*fit[i].H < fit[j].W*fit[j].H })
	if asked == "" && len(fit) > 0 {
		return fit[0].Name, nil
	}
	p, err := layouts.PaperByName(asked)
	if err != nil || c.Fits(p) {
		return asked, nil // Plan reports an unknown paper
	}
	var names []string
	for _, f := range fit {
		names = append(names, f.Name)
	}
	return "", inputErr(fmt.Sprintf("use --paper %s", strings.Join(names, " or ")),
		"%s (%s) asks for a sign at least %s; %s is %.2f × %.2f in", c.ID, c.Law, c.MinSize, p.Name, c.Turn(p).W/25.4, c.Turn(p).H/25.4)
}
