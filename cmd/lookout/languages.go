package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"lookout/layouts/kit"
	"lookout/translations"
)

func newLanguagesCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "languages",
		Short: "List the languages lookout prints, and how finished each is",
		Long: `languages lists every catalog: its tag (what --lang takes), its name in
English, its script and direction, how many of the English messages it
translates, whether a native speaker has reviewed it, the fonts that set it,
who produced it, and its name in itself.

A catalog nobody has reviewed is marked "none": print it for your readers,
but ask one of them to read it first if you can.`,
		Args: noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			all, err := translations.All()
			if err != nil {
				return err
			}
			en := all[0]
			w := tabwriter.NewWriter(c.OutOrStdout(), 0, 4, 2, ' ', 0)
			fmt.Fprintln(w, "TAG\tLANGUAGE\tSCRIPT\tDIR\tCOMPLETE\tNATIVE REVIEW\tFONTS\tPRODUCED BY\tNATIVE NAME")
			for _, cat := range all {
				have, total := translations.Completeness(cat, en)
				dir := "ltr"
				if cat.RTL {
					dir = "rtl"
				}
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%d/%d\t%s\t%s\t%s\t%s\n", cat.Tag, cat.EnglishName, cat.Script, dir,
					have, total, cat.Review, strings.Join(kit.FontNames(cat.Script), ", "), cat.ProducedBy, cat.NativeName)
			}
			return w.Flush()
		},
	}
}
