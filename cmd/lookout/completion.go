package main

import (
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"lookout/campaign"
	"lookout/layouts"
	"lookout/translations"
)

// Shell completion: cobra's `lookout completion bash|zsh|fish|powershell`
// writes the script; these functions give it lookout's own words, from
// the same data the commands check against, so a new layout, language or
// preset completes without a change here.

// complete lists the candidates that start with what was typed. The list
// is made only when the shell asks: loading the presets on every start
// cost every command 19 ms.
func complete(all func() []string) cobra.CompletionFunc {
	return func(_ *cobra.Command, _ []string, typed string) ([]string, cobra.ShellCompDirective) {
		var out []string
		for _, s := range all() {
			if strings.HasPrefix(s, typed) {
				out = append(out, s)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// completeLangs completes the last of a comma-separated list of language
// tags, keeping the ones already typed.
func completeLangs(_ *cobra.Command, _ []string, typed string) ([]string, cobra.ShellCompDirective) {
	cats, err := translations.All()
	if err != nil {
		return nil, cobra.ShellCompDirectiveError
	}
	done, last := "", typed
	if i := strings.LastIndex(typed, ","); i >= 0 {
		done, last = typed[:i+1], typed[i+1:]
	}
	var out []string
	for _, tag := range translations.Tags(cats) {
		if strings.HasPrefix(tag, last) && !slices.Contains(strings.Split(done, ","), tag) {
			out = append(out, done+tag)
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace
}

// formWords lists every variant, size and audience any layout has.
func formWords() (variants, sizes, audiences []string) {
	for _, l := range layouts.All() {
		for _, v := range l.Variants {
			variants = append(variants, v.Name)
		}
		sizes = append(sizes, l.Sizes...)
		audiences = append(audiences, l.Audiences...)
	}
	for _, s := range []*[]string{&variants, &sizes, &audiences} {
		slices.Sort(*s)
		*s = slices.Compact(*s)
	}
	return variants, sizes, audiences
}

// registerCompletions gives the flags of make or kit (whichever c has)
// their candidates.
func registerCompletions(c *cobra.Command) {
	variants := func() []string { v, _, _ := formWords(); return v }
	sizes := func() []string { _, s, _ := formWords(); return s }
	audiences := func() []string { _, _, a := formWords(); return a }
	for flag, fn := range map[string]cobra.CompletionFunc{
		"lang":       completeLangs,
		"local-lang": completeLangs,
		"paper":      complete(layouts.PaperNames),
		"hotline":    complete(campaign.HotlineIDs),
		"comply":     complete(campaign.ComplianceIDs),
		"pack":       complete(campaign.PackIDs),
		"variant":    complete(variants),
		"size":       complete(sizes),
		"audience":   complete(audiences),
	} {
		if c.Flags().Lookup(flag) != nil {
			_ = c.RegisterFlagCompletionFunc(flag, fn)
		}
	}
	for _, flag := range []string{"campaign"} {
		if c.Flags().Lookup(flag) != nil {
			_ = c.MarkFlagFilename(flag, "yaml", "yml")
		}
	}
	if c.Flags().Lookup("out") != nil {
		_ = c.MarkFlagDirname("out")
	}
}
