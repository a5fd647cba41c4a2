package main

import (
	"fmt"
	"runtime"

	"github.com/spf13/cobra"
)

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print lookout's version",
		Args:  noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			_, err := fmt.Fprintf(c.OutOrStdout(), "lookout %s (%s)\n", version, runtime.Version())
			return err
		},
	}
}

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"
