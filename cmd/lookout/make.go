package main

import (
	"fmt"
	"io"
	"runtime"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"lookout/campaign"
	"lookout/layouts"
	"lookout/layouts/typeset"
)

// makeOptions are make's flags; kit shares most of them.
type makeOptions struct {
	layout    string
	langs     []string
	paper     string
	out       string
	hotline   string
	url       string
	org       string
	date      string
	pack      string
	campaign  string
	comply    string
	local     []string
	size      string
	variant   string
	audience  string
	tearOffs  int
	together  bool
	grayscale bool
	cmyk      bool
	changed   func(flag string) bool
	stdout    io.Writer
	stderr    io.Writer
	env       environ
}

// pieceFlags are the flags make and kit share: what every piece prints,
// and where to write it.
func (o *makeOptions) pieceFlags(f *pflag.FlagSet, langsDefault string) {
	f.StringSliceVar(&o.langs, "lang", nil, "languages, as BCP 47 tags separated by commas (see 'lookout languages') (default: "+langsDefault+")")
	f.StringVar(&o.out, "out", "out", "folder to write the PDFs into; it must exist")
	f.StringVar(&o.hotline, "hotline", "", "hotline preset to print, see 'lookout hotlines' (default: us-ncmec, or the one --comply names)")
	f.StringVar(&o.url, "url", "", "web address the QR code opens, http or https (default: the hotline's own page, see 'lookout hotlines')")
	f.StringVar(&o.org, "org", "", "name of the organisation that posts it (optional)")
	f.StringVar(&o.date, "date", "", "creation date for the PDF, YYYY-MM-DD or RFC 3339 (default: SOURCE_DATE_EPOCH, else now)")
	f.StringVar(&o.campaign, "campaign", "", "campaign file with the organisation's name, logo, colours and choices ('lookout init' writes one); flags override it")
	f.BoolVar(&o.grayscale, "grayscale", false, "print in shades of grey only, to save colour ink")
	f.BoolVar(&o.cmyk, "cmyk", false, "for a print shop: colours as CMYK by a plain device conversion (no ICC profile: ask for a proof), black as K only")
}

func newMakeCmd(env environ) *cobra.Command {
	o := &makeOptions{env: env}
	c := &cobra.Command{
		Use:   "make <layout>",
		Short: "Make a printed piece, one PDF per language",
		Long: `make renders one layout (see 'lookout layouts') into one PDF per language,
or one PDF for all of them with --together, and prints the path of each
file it wrote.

Files are named for what they are, e.g. out/poster-letter-en.pdf. An existing
file of that name is replaced, but never through a half-written file: lookout
writes each PDF beside its target (as .lookout-PID-NUMBER.tmp) and renames it
into place only when every PDF of the run is complete, so a failed run leaves
nothing behind; if one cannot be renamed, the files renamed before it are put
back as they were. Runs into one folder take turns while they write (they
lock .lookout-lock in it). A run that is killed may leave such temporary
files, or half its files in place; the next run into the folder removes the
first and puts the old files back. Pieces are made in parallel, one per core.

The creation date in the PDF comes from --date, else from SOURCE_DATE_EPOCH,
else from the clock; with the same inputs and date, lookout writes the same
bytes.`,
		Example: `  lookout make poster --lang en,es
  lookout make poster --lang en,es,vi --together
  lookout make poster --audience victim --paper a4
  lookout make flyer --lang en,vi --tear-offs
  lookout make wallet-card --size cr80 --paper a4
  lookout make wallet-card --variant single
  lookout make room-sign --variant tent --audience guest
  lookout make sticker --size 4x6 --grayscale
  lookout make poster --campaign hotel.yaml
  lookout make poster --comply us-ca --lang en,es,vi`,
		Args: func(c *cobra.Command, args []string) error {
			return exactArgs(1, "name a layout, e.g. 'lookout make poster'; 'lookout layouts' lists them")(c, tabsAfterSpace(c, args, o))
		},
		RunE: func(c *cobra.Command, args []string) error {
			o.layout, o.stdout, o.stderr, o.changed = args[0], c.OutOrStdout(), c.ErrOrStderr(), c.Flags().Changed
			return makeRun(o)
		},
	}
	f := c.Flags()
	o.pieceFlags(f, "en, or the languages --comply requires")
	c.ValidArgsFunction = func(c *cobra.Command, args []string, typed string) ([]string, cobra.ShellCompDirective) {
		if len(args) > 0 {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		return complete(layouts.Names)(c, args, typed)
	}
	f.StringVar(&o.paper, "paper", "", "paper size (default: the region's: letter sizes for the US, Canada, Mexico and the Philippines, else A4 sizes); 'lookout layouts' lists each layout's")
	f.StringVar(&o.size, "size", "", "size of a card or sticker cut from the sheet, e.g. 3.5x2, cr80, 3x5, 4x6, a6")
	f.StringVar(&o.variant, "variant", "", "form of the layout, e.g. sheet or single for wallet cards, door or tent for room signs (default: the first)")
	f.StringVar(&o.audience, "audience", "", "who reads it: public, staff, victim or guest, as the layout allows (default: its first)")
	f.StringVar(&o.pack, "pack", "", "content pack of warning signs, see 'lookout packs' (default: the audience's)")
	f.IntVar(&o.tearOffs, "tear-offs", 0, fmt.Sprintf("tear-off hotline tabs along a flyer's bottom edge, %d to %d (--tear-offs alone: %d)", campaign.MinTearOffs, campaign.MaxTearOffs, layouts.DefaultTearOffs))
	f.Lookup("tear-offs").NoOptDefVal = strconv.Itoa(layouts.DefaultTearOffs)
	f.BoolVar(&o.together, "together", false, "set all the languages on one page, each in a section of its own; room: "+togetherRoom())
	f.StringVar(&o.comply, "comply", "", "make a notice that meets a state posting law, with a checklist beside it (see 'lookout comply')")
	f.StringSliceVar(&o.local, "local-lang", nil, "with --comply: the local language the law asks for, e.g. the county's Voting Rights Act language")
	registerCompletions(c)
	return c
}

// togetherRoom says which layouts have room for several languages on one
// page, and for how many.
func togetherRoom() string {
	var out []string
	for _, l := range layouts.All() {
		for _, v := range l.Variants {
			if v.Together < 2 {
				continue
			}
			s := fmt.Sprintf("%s %d", l.FormName(v), v.Together)
			if len(v.TogetherOn) > 0 {
				s += " (" + strings.Join(v.TogetherOn, ", ") + ")"
			}
			out = append(out, s)
		}
	}
	return strings.Join(out, ", ")
}

// tabsAfterSpace lets --tear-offs take its number after a space
// (--tear-offs 10) as well as alone (--tear-offs: 8 tabs). A flag with a
// value for its bare form takes another value only as --tear-offs=10 and
// leaves a 10 after a space among the arguments: that number is taken
// for the flag here.
func tabsAfterSpace(c *cobra.Command, args []string, o *makeOptions) []string {
	if len(args) != 2 || !c.Flags().Changed("tear-offs") {
		return args
	}
	if n, err := strconv.Atoi(args[1]); err == nil {
		o.tearOffs = n
		return args[:1]
	}
	return args
}

func makeRun(o *makeOptions) error {
	typeset.Preload()
	f, ov, err := o.inputs()
	if err != nil {
		return err
	}
	jobs, err := makeJobs(f, o.layout, ov)
	if err != nil {
		return err
	}
	files, notes, err := renderJobs(jobs, o.out, runtime.GOMAXPROCS(0), nil)
	if err != nil {
		return err
	}
	return o.finish(outFiles(files), notes)
}

// makeJobs resolves and plans what make makes of a layout, from the
// campaign file f (nil: none) and the user's overrides; serve calls it too.
func makeJobs(f *campaign.File, layout string, ov campaign.Overrides) ([]layouts.Job, error) {
	reqs, err := campaign.Resolve(f, layout, "", ov, campaign.Defaults{})
	if err != nil {
		return nil, err
	}
	var jobs []layouts.Job
	for _, r := range reqs {
		js, err := campaign.Plan(r)
		if err != nil {
			return nil, err
		}
		jobs = append(jobs, js...)
	}
	return jobs, nil
}

// finish writes every file or none, then names each file written on
// stdout and shows the notes on stderr, a warning as a warning.
func (o *makeOptions) finish(files []outFile, notes []string) error {
	if err := writeAll(o.out, files); err != nil {
		return err
	}
	for _, f := range files {
		fmt.Fprintln(o.stdout, f.path)
	}
	for _, n := range notes {
		if !strings.HasPrefix(n, "warning: ") {
			n = "note: " + n
		}
		fmt.Fprintf(o.stderr, "lookout: %s\n", n)
	}
	return nil
}
