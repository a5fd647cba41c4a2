package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"lookout/layouts"
)

func newLayoutsCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "layouts",
		Short: "List the printed pieces lookout can make",
		Long: `layouts lists every layout: the papers it is printed on (by variant, for
layouts that come in several forms: 'lookout make --variant'), the sizes of
the pieces cut from the sheet ('--size'), whom it is for ('--audience', the
first is the default) and what it is.`,
		Args: noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			w := tabwriter.NewWriter(c.OutOrStdout(), 0, 4, 2, ' ', 0)
			fmt.Fprintln(w, "LAYOUT\tPAPERS\tSIZES\tAUDIENCE\tWHAT IT IS")
			for _, l := range layouts.All() {
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", l.Name, papers(l), orDash(strings.Join(l.Sizes, ", ")),
					strings.Join(l.Audiences, ", "), l.Description)
			}
			return w.Flush()
		},
	}
}

// papers lists a layout's papers, by variant when it has several.
func papers(l layouts.Layout) string {
	if len(l.Variants) == 1 {
		return strings.Join(l.Variants[0].Papers, ", ")
	}
	var out []string
	for _, v := range l.Variants {
		ps := strings.Join(v.Papers, ", ")
		if ps == "" {
			ps = "its own page"
		}
		out = append(out, v.Name+": "+ps)
	}
	return strings.Join(out, "; ")
}
