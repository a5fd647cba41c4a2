package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"lookout/layouts/typeset"
	"lookout/translations"
)

func newLanguagesCmd() *cobra.Command {
	var notes bool
	c := &cobra.Command{
		Use:   "languages",
		Short: "List the languages lookout prints, and how finished each is",
		Long: `languages lists every catalog: its tag (what --lang takes), its name in
English, its script and direction, how many of the English messages it
translates, whether a native speaker has reviewed it, whether its key terms
are confirmed (STATUS: draft when no official source confirms its word for
trafficking), the fonts that set it, who produced it, and its name in
itself.

Every catalog was machine-drafted and none has had a native review yet:
print it for your readers, but ask one of them to read it first if you can
('lookout review LANG' makes a sheet to read). A draft catalog prints with a
warning. Portuguese is Brazilian Portuguese: --lang pt gives pt-BR.

With --notes it shows, for each language, why a draft is a draft and the
dialects and scripts readers need that lookout lacks (Western Armenian,
Dari, Shahmukhi Punjabi, Urdu in Nastaliq), with what a contributor would
add for each.`,
		Example: `  lookout languages
  lookout languages --notes`,
		Args: noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			all, err := translations.All()
			if err != nil {
				return err
			}
			if notes {
				return languageNotes(c.OutOrStdout(), all)
			}
			return languageTable(c.OutOrStdout(), all)
		},
	}
	c.Flags().BoolVar(&notes, "notes", false, "show why each draft is a draft and the known dialect and script gaps")
	return c
}

// languageTable lists the catalogs, one a line.
func languageTable(out io.Writer, all []*translations.Catalog) error {
	en := all[0]
	w := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "TAG\tLANGUAGE\tSCRIPT\tDIR\tCOMPLETE\tNATIVE REVIEW\tSTATUS\tFONTS\tPRODUCED BY\tNATIVE NAME")
	for _, cat := range all {
		have, total := translations.Completeness(cat, en)
		dir, status := "ltr", "confirmed"
		if cat.RTL {
			dir = "rtl"
		}
		if cat.Draft() {
			status = "draft"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%d/%d\t%s\t%s\t%s\t%s\t%s\n", cat.Tag, cat.EnglishName, cat.Script, dir,
			have, total, cat.Review, status, strings.Join(typeset.FontNames(cat.Script), ", "), cat.ProducedBy, cat.NativeName)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintln(out, "\npt and pt-PT print pt-BR, Brazilian Portuguese. draft: needs native review before printing; 'lookout languages --notes' says why.")
	return err
}

// languageNotes shows each language's draft reason, notes and gaps.
func languageNotes(out io.Writer, all []*translations.Catalog) error {
	for _, cat := range all {
		g, err := translations.LookupGlossary(cat.Tag)
		if err != nil {
			return err
		}
		if g.Draft == "" && g.Notes == "" && len(g.Gaps) == 0 {
			continue
		}
		fmt.Fprintf(out, "%s (%s)\n", cat.Tag, cat.EnglishName)
		if g.Draft != "" {
			fmt.Fprintf(out, "  draft: %s\n", strings.TrimPrefix(g.Draft, "needs native review before printing: "))
			if t := g.Terms["human-trafficking"]; t.Source == nil {
				fmt.Fprintf(out, "  the word for trafficking, %s: %s\n", t.Term, t.Unsourced)
			}
		}
		if g.Notes != "" {
			fmt.Fprintf(out, "  note: %s\n", g.Notes)
		}
		for _, gap := range g.Gaps {
			fmt.Fprintf(out, "  gap: %s. %s\n", gap.What, gap.Needs)
		}
		fmt.Fprintln(out)
	}
	_, err := fmt.Fprintln(out, "Each language's terms and their sources: translations/glossary/TAG.yaml; a sheet to review: lookout review TAG.")
	return err
}
