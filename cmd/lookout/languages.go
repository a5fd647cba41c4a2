package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"lookout/translations"
)

func newLanguagesCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "languages",
		Short: "List the languages lookout prints, and how finished each is",
		Long: `languages lists every catalog: its tag (what --lang takes), its name in
English and in itself, its script and direction, how many of the English
messages it translates, whether a native speaker has reviewed it, and who
produced it.`,
		Args: noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			all, err := translations.All()
			if err != nil {
				return err
			}
			en := all[0]
			w := tabwriter.NewWriter(c.OutOrStdout(), 0, 4, 2, ' ', 0)
			fmt.Fprintln(w, "TAG\tLANGUAGE\tNATIVE NAME\tSCRIPT\tDIR\tCOMPLETE\tNATIVE REVIEW\tPRODUCED BY")
			for _, cat := range all {
				have, total := translations.Completeness(cat, en)
				dir := "ltr"
				if cat.RTL {
					dir = "rtl"
				}
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%d/%d\t%s\t%s\n", cat.Tag, cat.EnglishName, cat.NativeName,
					cat.Script, dir, have, total, cat.Review, cat.ProducedBy)
			}
			return w.Flush()
		},
	}
}
