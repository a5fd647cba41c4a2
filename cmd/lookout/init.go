package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"lookout/campaign"
)

type initOptions struct {
	path  string
	force bool
}

func newInitCmd() *cobra.Command {
	o := &initOptions{}
	c := &cobra.Command{
		Use:   "init [file]",
		Short: "Write a commented starter campaign file",
		Long: `init writes a campaign file to start from (campaign.yaml unless named):
your organisation's name, logo and colour, the hotline, the QR address and
its tracking per layout, languages, paper, content packs, what the kit
makes and a state posting law. Every key is commented; edit it, then run
'lookout make poster --campaign campaign.yaml'. An existing file is kept
unless --force is given.`,
		Example: `  lookout init
  lookout init hotel.yaml`,
		Args: maxArgs(1, "name one file, e.g. 'lookout init hotel.yaml'"),
		RunE: func(c *cobra.Command, args []string) error {
			o.path = "campaign.yaml"
			if len(args) == 1 {
				o.path = args[0]
			}
			if err := initRun(o); err != nil {
				return err
			}
			fmt.Fprintln(c.OutOrStdout(), o.path)
			return nil
		},
	}
	c.Flags().BoolVar(&o.force, "force", false, "replace the file if it exists")
	return c
}

// initRun writes the starter file at o.path: a new file, or with --force
// over a regular file, through a temporary file and a rename. Anything
// else at the path (a symbolic link such as /dev/stdout, a device, a FIFO,
// a socket, a folder) is refused, with or without --force: lookout
// neither writes through it nor puts a file in its place.
func initRun(o *initOptions) error {
	st, err := os.Lstat(o.path)
	switch {
	case err == nil && !st.Mode().IsRegular():
		return misuse("name a new file, or a campaign file to replace", "%s is %s; 'lookout init' writes only a regular file", o.path, kindOf(st.Mode()))
	case err == nil && !o.force:
		return misuse("edit it, choose another name, or add --force to replace it", "%s already exists", o.path)
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return misuse("check the path and who may read its folders, or name another file", "%v", err)
	}
	dir := filepath.Dir(o.path)
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return misuse("create the folder first, or name a file in one that exists", "folder %s does not exist", dir)
	}
	return writeAll(dir, []outFile{{path: o.path, data: campaign.Starter()}})
}

// maxArgs is cobra.MaximumNArgs whose complaint exits 2 with a hint.
func maxArgs(n int, hint string) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if err := cobra.MaximumNArgs(n)(c, args); err != nil {
			return misuse(hint, "%v", err)
		}
		return nil
	}
}
