package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"lookout/campaign"
	"lookout/translations"
)

func newCheckCmd() *cobra.Command {
	c := &cobra.Command{
		Use:   "check",
		Short: "Check lookout's own data before you print",
	}
	c.AddCommand(&cobra.Command{
		Use:   "translations [tag…]",
		Short: "Check catalogs: complete, placeholders right, every character printable, every layout fits",
		Long: `check translations checks the catalogs named (all of them when none is):
every message of en.po translated and no extra ones, the same {placeholders}
as the English, no all-caps sentences, Thai and Khmer with U+200B between
words, each language's established terms (translations/glossary/) in its
key messages and none of the words its glossary avoids, every character in
an embedded font, and every form of every layout (each variant, audience
and size, short forms on the wallet card at its smallest type) fitting
every paper it comes in. It prints one line per problem and exits 1 if
there is any.`,
		Example: `  lookout check translations
  lookout check translations vi zh-Hant`,
		RunE: func(c *cobra.Command, tags []string) error {
			problems, err := campaign.CheckTranslations(tags)
			if err != nil {
				return err
			}
			for _, p := range problems {
				fmt.Fprintln(c.OutOrStdout(), p)
			}
			if len(problems) > 0 {
				return fmt.Errorf("%d problems in the catalogs", len(problems))
			}
			fmt.Fprintln(c.OutOrStdout(), "all catalogs pass")
			if drafts := draftCatalogs(tags); len(drafts) > 0 {
				fmt.Fprintf(c.OutOrStdout(), "drafts, to print only after a native speaker reads them ('lookout languages --notes'): %s\n", strings.Join(drafts, ", "))
			}
			if open := unconfirmedTerms(tags); len(open) > 0 {
				fmt.Fprintf(c.OutOrStdout(), "terms no source confirms yet (each glossary's unsourced: says what was searched): %s\n", strings.Join(open, "; "))
			}
			return nil
		},
	})
	return c
}

// draftCatalogs lists the draft catalogs among the tags (all when none).
func draftCatalogs(tags []string) []string {
	var out []string
	for _, c := range catalogsNamed(tags) {
		if c.Draft() {
			out = append(out, c.Tag)
		}
	}
	return out
}

// catalogsNamed returns the catalogs of tags, each once ("pt" and "pt-BR"
// are one), or all when there are none.
func catalogsNamed(tags []string) []*translations.Catalog {
	if len(tags) == 0 {
		cats, _ := translations.All()
		return cats
	}
	var cats []*translations.Catalog
	for _, t := range tags {
		if c, err := translations.Match(t); err == nil && !slices.Contains(cats, c) {
			cats = append(cats, c)
		}
	}
	return cats
}

// unconfirmedTerms lists, per language, the established terms whose
// glossary entry has no source yet.
func unconfirmedTerms(tags []string) []string {
	var out []string
	for _, c := range catalogsNamed(tags) {
		g, err := translations.LookupGlossary(c.Tag)
		if err != nil {
			continue // reported as a problem above
		}
		if u := g.Unconfirmed(); len(u) > 0 {
			out = append(out, c.Tag+": "+strings.Join(u, ", "))
		}
	}
	return out
}
