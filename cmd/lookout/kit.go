package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"time"

	"github.com/spf13/cobra"

	"lookout/campaign"
	"lookout/layouts"
)

type kitOptions struct {
	makeOptions
	quiet bool
}

func newKitCmd(env environ) *cobra.Command {
	o := &kitOptions{makeOptions: makeOptions{env: env}}
	c := &cobra.Command{
		Use:   "kit",
		Short: "Make a complete set: every layout, in every form, for the chosen languages and paper",
		Long: `kit makes every layout in every form it comes in (each variant, audience,
card and sticker size, the flyer with and without tear-off tabs) for the
chosen languages, on the chosen paper or the sizes that go with it (half
letter flyers and 4x6 tent cards with letter; A5 and A6 with A4), into one
folder, with a manifest.json that lists every file: its layout, variant,
audience, size, paper, languages, pages and SHA-256.

With no flags it makes the default kit: English and Spanish, on letter.
With --campaign it makes the layouts the campaign file lists, with its
organisation, brand, hotline, languages, groups of languages that share a
page, paper and posting law; flags override the file.

It renders on every processor core; the files and the manifest are the same
whatever the number of cores. Like make, it writes everything or nothing.
On a terminal it shows its progress on stderr; --quiet, or a pipe, keeps it
silent.`,
		Example: `  lookout kit
  lookout kit --lang en,es,vi --org "Harbor Hotel" --out hotel-kit
  lookout kit --lang fr --paper a4 --grayscale
  lookout kit --lang en,es --together
  lookout kit --campaign hotel.yaml`,
		Args: noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			o.stdout, o.stderr, o.changed = c.OutOrStdout(), c.ErrOrStderr(), c.Flags().Changed
			return kitRun(o)
		},
	}
	f := c.Flags()
	o.pieceFlags(f, "en,es, or the campaign file's")
	f.StringVar(&o.paper, "paper", "", "paper for the whole kit: letter or a4 (posters also legal, tabloid, a3) (default: the campaign file's, else letter)")
	f.BoolVar(&o.together, "together", false, "set all the languages on one page on the layouts that have room, instead of one piece per language")
	f.BoolVar(&o.quiet, "quiet", false, "show no progress")
	return c
}

func kitRun(o *kitOptions) error {
	if o.grayscale && o.cmyk {
		return misuse("choose one: --grayscale for home printers, --cmyk for a print shop", "--grayscale and --cmyk cannot be used together")
	}
	created, err := creationDate(o.date, o.env)
	if err != nil {
		return err
	}
	var f *campaign.File
	if o.campaign != "" {
		if f, err = loadCampaign(o.campaign); err != nil {
			return err
		}
	}
	o.defaults(f)
	jobs, err := o.jobs(f, created)
	if err != nil {
		return err
	}
	var progress func(done, total int, name string)
	if !o.quiet && o.env.isTerminal(o.stderr) {
		progress = func(done, total int, name string) {
			fmt.Fprintf(o.stderr, "\rlookout: %d/%d %s\x1b[K", done, total, name)
			if done == total {
				fmt.Fprintln(o.stderr)
			}
		}
	}
	files, notes, err := renderJobs(jobs, o.out, runtime.GOMAXPROCS(0), progress)
	if err != nil {
		return err
	}
	sort.Slice(files, func(i, j int) bool { return files[i].path < files[j].path })
	manifest, err := manifestJSON(files, created)
	if err != nil {
		return err
	}
	return o.finish(append(outFiles(files), outFile{path: filepath.Join(o.out, "manifest.json"), data: manifest}), notes)
}

// defaults fills in the kit's paper (the flag, the campaign file's, or
// letter) and languages (the flag, the campaign file's, or English and
// Spanish).
func (o *kitOptions) defaults(f *campaign.File) {
	if o.paper == "" {
		o.paper = "letter"
		if f != nil && f.Paper != "" {
			o.paper = f.Paper
		}
	}
	if !o.changed("lang") && (f == nil || len(f.Langs) == 0) {
		o.langs = []string{"en", "es"}
		flagged := o.changed
		o.changed = func(flag string) bool { return flag == "lang" || flagged(flag) }
	}
}

// jobs plans every form of every layout the kit makes (the campaign file's
// list, else all), on the kit's paper or the sizes that go with it. A form
// whose page has room for a group of languages (--together, or the
// campaign file's groups) gets them on one page; the rest one per
// language. An audience that has a layout of its own (the poster's staff
// audience is the staff-poster) is left to that layout.
func (o *kitOptions) jobs(f *campaign.File, created time.Time) ([]layouts.Job, error) {
	sheet, err := layouts.PaperByName(o.paper)
	if err != nil {
		return nil, misuse("choose letter or a4", "--paper: %v", err)
	}
	names := layouts.Names()
	if f != nil {
		names = f.Kit
	}
	var jobs []layouts.Job
	for _, name := range names {
		l, _ := layouts.Lookup(name)
		for _, form := range l.Forms() {
			if l.For(form.Audience).Name != l.Name {
				continue
			}
			reqs, err := o.requestsFor(f, l.Name, form.Audience)
			if err != nil {
				return nil, err
			}
			for _, r := range reqs {
				r.Created, r.Creator, r.Grayscale, r.CMYK = created, "lookout "+version, o.grayscale, o.cmyk
				r.Variant, r.Size, r.TearOffs = form.Variant.Name, form.Size, form.TearOffs
				o.place(&r, form, sheet)
				js, err := campaign.Plan(r)
				if err != nil {
					return nil, err
				}
				jobs = append(jobs, js...)
			}
		}
	}
	return jobs, nil
}

// place chooses the paper of a kit's piece, and whether its languages
// share a page: when asked to and the form has room for them all. A
// notice for a posting law keeps the paper the law wants.
func (o *kitOptions) place(r *campaign.Request, form layouts.Form, sheet layouts.Paper) {
	if r.Comply.Preset != "" && !o.changed("paper") {
		return
	}
	n := len(r.Langs)
	r.Paper = kitPaper(form.Variant, sheet, 1)
	if !(r.Together || o.together) || n < 2 {
		return
	}
	paper := kitPaper(form.Variant, sheet, n)
	r.Together = form.Room(paper) >= n
	if r.Together {
		r.Paper = paper
	}
}

// kitPaper is the paper a variant is made on in a kit on the given sheet,
// for a page in langs languages: the sheet itself when the variant comes in
// it, else the variant's size of the same family (half-letter for a letter
// kit, A5 for an A4 one; tabloid for a staff poster in several languages).
func kitPaper(v layouts.Variant, sheet layouts.Paper, langs int) string {
	papers := v.PapersFor(langs)
	if slices.Contains(papers, sheet.Name) || len(papers) == 0 {
		return sheet.Name
	}
	return layouts.Pick(papers, sheet.US)
}

// manifestEntry describes one file of a kit.
type manifestEntry struct {
	File      string   `json:"file"`
	Kind      string   `json:"kind"` // pdf, or the checklist of a notice
	Layout    string   `json:"layout"`
	Variant   string   `json:"variant"`
	Audience  string   `json:"audience"`
	Notice    string   `json:"notice,omitempty"` // the posting law a notice meets
	Size      string   `json:"size,omitempty"`
	Paper     string   `json:"paper,omitempty"`
	TearOffs  int      `json:"tear_offs,omitempty"`
	Languages []string `json:"languages"`
	Pages     int      `json:"pages,omitempty"`
	Bytes     int      `json:"bytes"`
	SHA256    string   `json:"sha256"`
}

// manifestJSON lists every file of the kit, in the order given.
func manifestJSON(files []made, created time.Time) ([]byte, error) {
	entries := make([]manifestEntry, len(files))
	for i, f := range files {
		j, sum := f.job, sha256.Sum256(f.data)
		e := manifestEntry{File: filepath.Base(f.path), Kind: "pdf", Layout: j.Layout.Name, Variant: j.Variant, Audience: j.Audience,
			Size: j.Size.Name, Paper: j.Paper.Name, TearOffs: j.TearOffs, Languages: j.Content.Tags(),
			Pages: f.pages, Bytes: len(f.data), SHA256: hex.EncodeToString(sum[:])}
		if n := j.Content.Notice; n != nil {
			e.Notice = n.Preset
		}
		if f.checklist {
			e.Kind = "checklist"
		}
		entries[i] = e
	}
	b, err := json.MarshalIndent(struct {
		Creator string          `json:"creator"`
		Created string          `json:"created"`
		Files   []manifestEntry `json:"files"`
	}{"lookout " + version, created.Format("2006-01-02T15:04:05Z"), entries}, "", "  ")
	return append(b, '\n'), err
}
