package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"lookout/campaign"
)

type complyOptions struct {
	markdown bool
	env      environ
}

func newComplyCmd(env environ) *cobra.Command {
	o := complyOptions{env: env}
	c := &cobra.Command{
		Use:   "comply [preset]",
		Short: "List the state posting-law presets, with their sources and confidence",
		Long: `comply lists every posting-law preset --comply takes, by state: the law,
the smallest sign and type it allows, the languages it requires, how sure
lookout is and the date its oldest source was read. A preset whose oldest
source was read more than a year ago gets a warning: the law may have
changed since.

Confidence is earned per fact: "statute" (read in the law's own text),
"agency" (a state agency's own page), "secondary" (a law firm, association
or NGO summary), "unverified" (no source could be read).

Name a preset to see all it says: who must post it, where, what else the
law asks for, where its official wording is published and in which
languages, the penalty, and each fact's source, place in it and confidence.
--markdown prints the list as a Markdown table (the README's table).

This is not legal advice: the law's own text has the last word.`,
		Example: `  lookout comply
  lookout comply us-ca
  lookout comply --markdown
  lookout make poster --comply us-ca --lang en,es,vi`,
		Args: maxArgs(1, "name one preset, e.g. 'lookout comply us-ca'"),
		RunE: func(c *cobra.Command, args []string) error {
			if len(args) == 1 {
				p, err := campaign.LookupCompliance(args[0])
				if err != nil {
					return misuse("'lookout comply' lists them", "%v", err)
				}
				showCompliance(c.OutOrStdout(), p, o.env.now())
				return nil
			}
			if o.markdown {
				return markdownCompliance(c.OutOrStdout())
			}
			return listCompliance(c.OutOrStdout(), o.env.now())
		},
	}
	c.Flags().BoolVar(&o.markdown, "markdown", false, "print the list as a Markdown table")
	return c
}

// presetsByState returns every posting-law preset, by state then id.
func presetsByState() ([]campaign.Compliance, error) {
	var out []campaign.Compliance
	for _, id := range campaign.ComplianceIDs() {
		p, err := campaign.LookupCompliance(id)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].State < out[j].State })
	return out, nil
}

func listCompliance(out io.Writer, now time.Time) error {
	ps, err := presetsByState()
	if err != nil {
		return err
	}
	w := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "ID\tSTATE\tLAW\tMIN SIZE\tMIN TYPE\tLANGUAGES\tCONFIDENCE\tOLDEST SOURCE")
	var stale []string
	for _, p := range ps {
		old := p.Oldest()
		if p.Stale(now) {
			old += " (!)"
			stale = append(stale, fmt.Sprintf("warning: %s: its oldest source was read on %s, more than a year ago; the law may have changed", p.ID, p.Oldest()))
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", p.ID, p.State, p.Law, minSize(p), minType(p), langs(p), p.ConfidenceSummary(), old)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	for _, s := range stale {
		fmt.Fprintln(out, s)
	}
	_, err = fmt.Fprintln(out, "\nNot legal advice. 'lookout comply <preset>' shows all a preset says, with its sources.")
	return err
}

// markdownCompliance prints every preset as a row of a Markdown table.
func markdownCompliance(out io.Writer) error {
	ps, err := presetsByState()
	if err != nil {
		return err
	}
	cell := func(s string) string { return strings.ReplaceAll(s, "|", "\\|") }
	fmt.Fprintln(out, "| State | Preset | Law | Who must post | Min size | Min type | Languages | Hotline | Confidence | Oldest source |")
	fmt.Fprintln(out, "|---|---|---|---|---|---|---|---|---|---|")
	for _, p := range ps {
		fmt.Fprintf(out, "| %s | `%s` | %s | %s | %s | %s | %s | %s | %s | %s |\n", cell(p.State), p.ID, cell(p.Law), cell(p.Who),
			minSize(p), minType(p), cell(langs(p)), orDash(p.Hotline), p.ConfidenceSummary(), p.Oldest())
	}
	return nil
}

func showCompliance(w io.Writer, p campaign.Compliance, now time.Time) {
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
	if p.TextLine {
		row("text line", "required")
	}
	row("wording", orDefault(p.Wording, ""))
	if f, s, _, ok := p.FactSource("wording"); ok {
		row("  published", s.URL+" ("+f.At+")")
		row("  in", orDefault(strings.Join(p.WordingLangs, ", "), "the source does not say"))
	}
	row("also", strings.Join(p.Required, "; "))
	row("where", p.Placement)
	row("material", p.Material)
	row("penalty", p.Penalty)
	row("note", p.Note)
	row("confidence", p.Confidence+" ("+campaign.ConfidenceMeaning(p.Confidence)+")")
	old := p.Oldest()
	if p.Stale(now) {
		old += ": more than a year ago, the law may have changed since"
	}
	row("oldest read", old)
	fmt.Fprintln(w, "\nEach fact, its source and how sure lookout is:")
	for _, k := range p.Sourced() {
		f, _, conf, _ := p.FactSource(k)
		fmt.Fprintf(w, "  %-15s %-10s %s, %s\n", k, conf, f.Source, f.At)
	}
	fmt.Fprintln(w, "\nSources:")
	for _, s := range p.Sources {
		pub := ""
		if s.Published != "" {
			pub = ", published " + s.Published
		}
		fmt.Fprintf(w, "  %s: %s, %s%s\n      %s (read %s)\n", s.ID, s.Title, s.Publisher, pub, s.URL, s.Seen)
	}
	if p.Provenance.Note != "" {
		fmt.Fprintf(w, "  note: %s\n", p.Provenance.Note)
	}
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
