package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"lookout/campaign"
	"lookout/layouts"
)

type makeOptions struct {
	layout   string
	langs    []string
	paper    string
	out      string
	hotline  string
	url      string
	org      string
	date     string
	pack     string
	campaign string
	comply   string
	local    []string
	changed  func(flag string) bool
	stdout   io.Writer
	stderr   io.Writer
	env      environ
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
  lookout make poster --hotline us-nhth --url https://example.org/signs?utm_source=poster
  lookout make poster --campaign hotel.yaml
  lookout make poster --comply us-ca --lang en,es,vi`,
		Args: exactArgs(1, "name a layout, e.g. 'lookout make poster'; 'lookout layouts' lists them"),
		RunE: func(c *cobra.Command, args []string) error {
			o.layout, o.stdout, o.stderr, o.changed = args[0], c.OutOrStdout(), c.ErrOrStderr(), c.Flags().Changed
			return makeRun(o)
		},
	}
	f := c.Flags()
	f.StringSliceVar(&o.langs, "lang", nil, "languages, as BCP 47 tags separated by commas (see 'lookout languages') (default: en, or the languages --comply requires)")
	f.StringVar(&o.paper, "paper", "", "paper size: "+strings.Join(layouts.PaperNames(), ", ")+" (default: the region's: letter for the US, Canada, Mexico and the Philippines, else A4)")
	f.StringVar(&o.out, "out", "out", "folder to write the PDFs into; it must exist")
	f.StringVar(&o.hotline, "hotline", "", "hotline preset to print, see 'lookout hotlines' (default: us-ncmec, or the one --comply names)")
	f.StringVar(&o.url, "url", campaign.DefaultURL, "web address the QR code opens (http or https)")
	f.StringVar(&o.org, "org", "", "name of the organisation that posts it (optional)")
	f.StringVar(&o.date, "date", "", "creation date for the PDF, YYYY-MM-DD or RFC 3339 (default: SOURCE_DATE_EPOCH, else now)")
	f.StringVar(&o.pack, "pack", "", "content pack of warning signs, see 'lookout packs' (default: "+campaign.DefaultPack+")")
	f.StringVar(&o.campaign, "campaign", "", "campaign file with the organisation's name, logo, colours and choices ('lookout init' writes one); flags override it")
	f.StringVar(&o.comply, "comply", "", "make a notice that meets a state posting law, with a checklist beside it (see 'lookout comply')")
	f.StringSliceVar(&o.local, "local-lang", nil, "with --comply: the local language the law asks for, e.g. the county's Voting Rights Act language")
	return c
}

func makeRun(o *makeOptions) error {
	created, err := creationDate(o.date, o.env)
	if err != nil {
		return err
	}
	reqs, err := o.requests()
	if err != nil {
		return err
	}
	var files []outFile
	var notes []string
	for _, r := range reqs {
		r.Created, r.Creator = created, "lookout "+version
		jobs, err := campaign.Plan(r)
		if err != nil {
			return err
		}
		made, n, err := renderJobs(jobs)
		if err != nil {
			return err
		}
		files, notes = append(files, made...), append(notes, n...)
	}
	paths, err := writeAll(o.out, files)
	if err != nil {
		return err
	}
	for _, p := range paths {
		fmt.Fprintln(o.stdout, p)
	}
	for _, n := range notes {
		fmt.Fprintf(o.stderr, "lookout: note: %s\n", n)
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
