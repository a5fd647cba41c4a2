package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"lookout/campaign"
)

func newPacksCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "packs",
		Short: "List the content packs of warning signs, with their sources",
		Long: `packs lists every content pack --pack takes: who it is for, how many
signs it holds, and the source and date its facts come from. The wording of
each sign is lookout's own, in every catalog language.`,
		Args: noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			w := tabwriter.NewWriter(c.OutOrStdout(), 0, 4, 2, ' ', 0)
			fmt.Fprintln(w, "ID\tAUDIENCE\tSIGNS\tDATE\tTITLE\tSOURCE")
			for _, id := range campaign.PackIDs() {
				p, err := campaign.LookupPack(id)
				if err != nil {
					return err
				}
				fmt.Fprintf(w, "%s\t%s\t%d\t%s\t%s\t%s\n", p.ID, p.Audience, len(p.SignKeys()), orDash(p.Date), p.Title, p.Source)
			}
			return w.Flush()
		},
	}
}
