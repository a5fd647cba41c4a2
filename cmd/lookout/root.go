package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

func newRootCmd(env environ) *cobra.Command {
	root := &cobra.Command{
		Use:   "lookout",
		Short: "Print-ready posters that teach the signs of child sex trafficking",
		Long: `lookout makes print-ready PDFs that teach the warning signs of child sex
trafficking and give a hotline to call: break-room and entrance posters with
a QR code that links to more information, in the languages their readers
speak. Everything it needs (fonts, translations, hotlines) is built in; it
never goes online.

Every sign, number and web address it prints comes from checked data files.
The hotline defaults to NCMEC's, 1-800-THE-LOST (1-800-843-5678), 24 hours.`,
		Example: `  # Posters in English and Spanish on US letter paper, into out/
  lookout make poster --lang en,es

  # An A4 poster for a business, with its name on it
  lookout make poster --lang fr --paper a4 --org "Café du Port"

  # A notice that meets California's posting law, with a checklist
  lookout make poster --comply us-ca --lang en,es,vi

  # Your organisation's name, logo and colours on everything
  lookout init hotel.yaml
  lookout make poster --campaign hotel.yaml

  # What lookout can make, in which languages, with which data
  lookout layouts
  lookout languages
  lookout hotlines
  lookout packs
  lookout comply`,
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.AddCommand(newReviewCmd()) // apart from the list below, which other branches edit

	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return misuse(fmt.Sprintf("run 'lookout %s --help' for its flags", c.Name()), "%v", err)
	})
	root.AddCommand(newKitCmd(env), newMakeCmd(env), newLayoutsCmd(), newLanguagesCmd(), newCheckCmd(), newVersionCmd(),
		newInitCmd(), newHotlinesCmd(), newPacksCmd(), newComplyCmd(env), newServeCmd(env))
	return root
}

// exactArgs is cobra.ExactArgs whose complaint exits 2 with a hint.
func exactArgs(n int, hint string) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if err := cobra.ExactArgs(n)(c, args); err != nil {
			return misuse(hint, "%v", err)
		}
		return nil
	}
}

// noArgs is cobra.NoArgs whose complaint exits 2.
func noArgs(c *cobra.Command, args []string) error {
	if err := cobra.NoArgs(c, args); err != nil {
		return misuse(fmt.Sprintf("'lookout %s' takes no arguments", c.Name()), "%v", err)
	}
	return nil
}
