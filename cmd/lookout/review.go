package main

import (
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"lookout/translations"
)

func newReviewCmd() *cobra.Command {
	var out string
	c := &cobra.Command{
		Use:   "review LANG",
		Short: "Write a sheet for a native speaker to review a language on paper",
		Long: `review writes review-LANG.html: every English message beside its
translation, with the translator's note, the glossary terms the message must
carry and a blank column for corrections; then the language's glossary with
the source of each term, the words to avoid and why, and the known gaps.
Open it in a browser and print it (it is laid out for paper), give it to a
native speaker, and bring their corrections back into translations/LANG.po.`,
		Example: `  lookout review vi
  lookout review ar --out review`,
		Args: exactArgs(1, "name one language, e.g. 'lookout review vi'; 'lookout languages' lists them"),
		RunE: func(c *cobra.Command, args []string) error {
			cat, err := translations.Match(args[0])
			if err != nil {
				return misuse("'lookout languages' lists them", "%v", err)
			}
			b, err := translations.ReviewSheet(cat)
			if err != nil {
				return err
			}
			path := filepath.Join(out, "review-"+cat.Tag+".html")
			if err := writeAll(out, []outFile{{path, b}}); err != nil {
				return err
			}
			fmt.Fprintln(c.OutOrStdout(), path)
			return nil
		},
	}
	c.Flags().StringVar(&out, "out", "out", "folder to write the sheet into; it must exist")
	return c
}
