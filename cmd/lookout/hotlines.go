package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"lookout/campaign"
)

func newHotlinesCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "hotlines",
		Short: "List the hotline presets, with their numbers and sources",
		Long: `hotlines lists every hotline preset --hotline takes: who answers, the
numbers by kind (a vanity number with its digits; a text line with the
languages it answers in), hours, the date its sources were last read, the
source of its number, and the page its QR code opens by default (a piece
that prints the hotline opens it unless --url or the campaign file gives
one). A campaign file can change any field of a preset.`,
		Args: noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			w := tabwriter.NewWriter(c.OutOrStdout(), 0, 4, 2, ' ', 0)
			fmt.Fprintln(w, "ID\tNAME\tCOUNTRY\tNUMBERS\tHOURS\tCHECKED\tSOURCE\tQR PAGE")
			for _, id := range campaign.HotlineIDs() {
				h, err := campaign.LookupHotline(id)
				if err != nil {
					return err
				}
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", h.ID, h.Name, h.Country, numbers(h),
					orDash(h.Hours), h.Checked, orDash(h.Source), qrPage(h))
			}
			return w.Flush()
		},
	}
}

// numbers lists a hotline's numbers as printed, with their digits and
// languages where those differ.
func numbers(h campaign.Hotline) string {
	var out []string
	for _, n := range h.Numbers {
		s := n.Kind + " " + n.Printed()
		if n.Display != "" {
			s += " (" + n.Digits + ")"
		}
		if len(n.Languages) > 0 {
			s += " [" + strings.Join(n.Languages, ", ") + "]"
		}
		out = append(out, s)
	}
	if h.Emergency != "" {
		out = append(out, "emergency: "+h.Emergency)
	}
	return strings.Join(out, "; ")
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// qrPage is the page a hotline's QR code opens by default; an emergency
// number has none.
func qrPage(h campaign.Hotline) string {
	if h.EmergencyOnly {
		return "-"
	}
	return campaign.QRFor(h)
}
