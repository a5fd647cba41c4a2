package main

import (
	"fmt"
	"io"
	"runtime"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"lookout/campaign"
	"lookout/layouts"
)

type makeOptions struct {
	layout  string
	langs   []string
	paper   string
	out     string
	hotline string
	url     string
	org     string
	date    string
	stdout  io.Writer
	env     environ
}

func newMakeCmd(env environ) *cobra.Command {
	o := &makeOptions{env: env}
	c := &cobra.Command{
		Use:   "make <layout>",
		Short: "Make a printed piece, one PDF per language",
		Long: `make renders one layout (see 'lookout layouts') into one PDF per language
and prints the path of each file it wrote.

Files are named for what they are, e.g. out/poster-letter-en.pdf. An existing
file of that name is replaced, but never through a half-written file: lookout
writes each PDF beside its target (as .lookout-PID-NUMBER.tmp) and renames it
into place only when every PDF of the run is complete, so a failed run leaves
nothing behind. A run that is killed may leave such temporary files; the next
run into the folder removes them. Languages are made in parallel, one per core.

The creation date in the PDF comes from --date, else from SOURCE_DATE_EPOCH,
else from the clock; with the same inputs and date, lookout writes the same
bytes.`,
		Example: `  lookout make poster --lang en,es
  lookout make poster --lang vi --paper a4 --org "Saigon Noodle House"
  lookout make poster --hotline us-nhth --url https://example.org/signs?utm_source=poster`,
		Args: exactArgs(1, "name a layout, e.g. 'lookout make poster'; 'lookout layouts' lists them"),
		RunE: func(c *cobra.Command, args []string) error {
			o.layout, o.stdout = args[0], c.OutOrStdout()
			return makeRun(o)
		},
	}
	f := c.Flags()
	f.StringSliceVar(&o.langs, "lang", []string{"en"}, "languages, as BCP 47 tags separated by commas (see 'lookout languages')")
	f.StringVar(&o.paper, "paper", "", "paper size: "+strings.Join(layouts.PaperNames(), ", ")+" (default: the region's: letter for the US, Canada, Mexico and the Philippines, else A4)")
	f.StringVar(&o.out, "out", "out", "folder to write the PDFs into; it must exist")
	f.StringVar(&o.hotline, "hotline", "us-ncmec", "hotline preset to print")
	f.StringVar(&o.url, "url", campaign.DefaultURL, "web address the QR code opens (http or https)")
	f.StringVar(&o.org, "org", "", "name of the organisation that posts it (optional)")
	f.StringVar(&o.date, "date", "", "creation date for the PDF, YYYY-MM-DD or RFC 3339 (default: SOURCE_DATE_EPOCH, else now)")
	return c
}

func makeRun(o *makeOptions) error {
	created, err := creationDate(o.date, o.env)
	if err != nil {
		return err
	}
	jobs, err := campaign.Plan(campaign.Request{Layout: o.layout, Langs: o.langs, Paper: o.paper,
		Hotline: o.hotline, URL: o.url, Org: o.org, Pack: "ncmec-2020", Created: created, Creator: "lookout " + version})
	if err != nil {
		return err
	}
	outs, err := layouts.RenderAll(jobs, runtime.GOMAXPROCS(0))
	if err != nil {
		return err
	}
	files := make([]outFile, len(jobs))
	for i, j := range jobs {
		files[i] = outFile{name: campaign.FileName(j), data: outs[i].PDF}
	}
	paths, err := writeAll(o.out, files)
	if err != nil {
		return err
	}
	for _, p := range paths {
		fmt.Fprintln(o.stdout, p)
	}
	return nil
}

// creationDate picks the date written into the PDF.
func creationDate(flag string, env environ) (time.Time, error) {
	if flag != "" {
		for _, layout := range []string{"2006-01-02", time.RFC3339} {
			if t, err := time.Parse(layout, flag); err == nil {
				return t.UTC(), nil
			}
		}
		return time.Time{}, misuse("write it as 2026-01-31 or 2026-01-31T09:00:00Z", "--date %q is not a date", flag)
	}
	if s := env.getenv("SOURCE_DATE_EPOCH"); s != "" {
		var sec int64
		if _, err := fmt.Sscanf(s, "%d", &sec); err != nil || sec < 0 {
			return time.Time{}, misuse("set it to seconds since 1970, e.g. SOURCE_DATE_EPOCH=1767225600", "SOURCE_DATE_EPOCH %q is not a number of seconds", s)
		}
		return time.Unix(sec, 0).UTC(), nil
	}
	return env.now().UTC().Truncate(time.Second), nil
}
