package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"lookout/campaign"
)

func newComplyCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "comply [preset]",
		Short: "List the state posting-law presets, with their sources and confidence",
		Long: `comply lists every posting-law preset --comply takes: the state and the
law, the smallest sign and type it allows, the languages it requires, the
date it was checked and how sure lookout is ("statute": seen in the law's
text; "secondary": seen in a secondary source only). Name a preset to see
all it says: who must post it, where, and what else the law asks for.

This is not legal advice: the law's own text has the last word.`,
		Example: `  lookout comply
  lookout comply us-ca
  lookout make poster --comply us-ca --lang en,es,vi`,
		Args: maxArgs(1, "name one preset, e.g. 'lookout comply us-ca'"),
		RunE: func(c *cobra.Command, args []string) error {
			if len(args) == 1 {
				p, err := campaign.LookupCompliance(args[0])
				if err != nil {
					return misuse("'lookout comply' lists them", "%v", err)
				}
				showCompliance(c.OutOrStdout(), p)
				return nil
			}
			return listCompliance(c.OutOrStdout())
		},
	}
}

func listCompliance(out io.Writer) error {
	w := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "ID\tSTATE\tLAW\tMIN SIZE\tMIN TYPE\tLANGUAGES\tCHECKED\tCONFIDENCE")
	for _, id := range campaign.ComplianceIDs() {
		p, err := campaign.LookupCompliance(id)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", p.ID, p.State, p.Law, minSize(p), minType(p), langs(p), p.Checked, p.Confidence)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintln(out, "\nNot legal advice. 'lookout comply <preset>' shows all a preset says.")
	return err
}

func showCompliance(w io.Writer, p campaign.Compliance) {
	row := func(k, v string) {
		if v != "" {
			fmt.Fprintf(w, "%-14s %s\n", k+":", v)
		}
	}
	row("preset", p.ID)
	row("law", p.State+", "+p.Law)
	row("who", p.Who)
	row("min size", minSize(p))
	row("min type", minType(p))
	row("languages", langs(p))
	row("hotline", p.Hotline)
	row("wording", p.Wording)
	row("also", strings.Join(p.Required, "; "))
	row("where", p.Placement)
	row("note", p.Note)
	row("source", orDefault(p.SourceURL, p.Law+" (no link on file)"))
	row("checked", p.Checked)
	row("confidence", p.Confidence)
	fmt.Fprintln(w, "\nNot legal advice: the law's own text has the last word.")
}

func minSize(p campaign.Compliance) string {
	if p.MinSize == nil {
		return "-"
	}
	s := p.MinSize.String()
	if p.Orientation == "landscape" {
		s += " landscape"
	}
	return s
}

func minType(p campaign.Compliance) string {
	switch {
	case p.MinType > 0 && p.Bold:
		return fmt.Sprintf("%g pt bold", p.MinType)
	case p.MinType > 0:
		return fmt.Sprintf("%g pt", p.MinType)
	case p.BoldNumber:
		return "number in bold"
	}
	return "-"
}

func langs(p campaign.Compliance) string {
	s := strings.Join(p.Languages, ", ")
	if len(p.Shares) > 0 {
		var parts []string
		for _, l := range p.Languages {
			parts = append(parts, fmt.Sprintf("%s %.0f %%", l, p.Shares[l]*100))
		}
		s = strings.Join(parts, ", ")
	}
	if p.Local != "" {
		s += " + " + p.Local
	}
	if p.Separate {
		s += ", each on its own sign"
	}
	return orDash(s)
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
