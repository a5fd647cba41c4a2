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
			return nil
		},
	})
	return c
}

// draftCatalogs lists the draft catalogs among the tags (all when none).
func draftCatalogs(tags []string) []string {
	var cats []*translations.Catalog
	if len(tags) == 0 {
		cats, _ = translations.All()
	}
	for _, t := range tags {
		if c, err := translations.Match(t); err == nil {
			cats = append(cats, c)
		}
	}
	var out []string
	for _, c := range cats {
		if c.Draft() && !slices.Contains(out, c.Tag) {
			out = append(out, c.Tag)
		}
	}
	return out
}
