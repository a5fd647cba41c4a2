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
		Long:  "layouts lists every layout with its paper sizes, its audience and what it is for.",
		Args:  noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			w := tabwriter.NewWriter(c.OutOrStdout(), 0, 4, 2, ' ', 0)
			fmt.Fprintln(w, "LAYOUT\tSIZES\tAUDIENCE\tWHAT IT IS")
			for _, l := range layouts.All() {
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", l.Name, strings.Join(l.Papers, ", "), l.Audience, l.Description)
			}
			return w.Flush()
		},
	}
}
