package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
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
	registerCompletions(c)
	return c
}

func kitRun(o *kitOptions) error {
	f, ov, err := o.inputs()
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
	files, notes, err := o.make(f, ov, ov.Created, runtime.GOMAXPROCS(0), progress)
	if err != nil {
		return err
	}
	return o.finish(files, notes)
}

// make renders the kit the campaign file f (nil: none) and the overrides
// ask for, on workers goroutines: every file in o.out, the manifest last,
// with the notes to show once they are written. serve calls it too.
func (o *kitOptions) make(f *campaign.File, ov campaign.Overrides, created time.Time, workers int, progress func(done, total int, name string)) ([]outFile, []string, error) {
	ov.Created, ov.Together = created, nil // a kit puts languages together where a form has room (place)
	jobs, apart, err := o.jobs(f, ov)
	if err != nil {
		return nil, nil, err
	}
	files, notes, err := renderJobs(jobs, o.out, workers, progress)
	if err != nil {
		return nil, nil, err
	}
	notes = append(notes, noteApart(files, apart)...)
	sort.Slice(files, func(i, j int) bool { return files[i].path < files[j].path })
	manifest, err := manifestJSON(files, created)
	if err != nil {
		return nil, nil, err
	}
	return append(outFiles(files), outFile{path: filepath.Join(o.out, "manifest.json"), data: manifest}), notes, nil
}

// kitDefaults are what a kit makes when neither a flag nor the campaign
// file says: English and Spanish, on letter.
var kitDefaults = campaign.Defaults{Langs: []string{"en", "es"}, Paper: "letter"}

// jobs plans every form of every layout the kit makes (the campaign file's
// list, else all), on the kit's paper or the sizes that go with it. A form
// whose page has room for a group of languages (--together, or the
// campaign file's groups) gets them on one page; the rest one per
// language. An audience that has a layout of its own (the poster's staff
// audience is the staff-poster) is left to that layout.
//
// A form without room for a group of languages gets them on pages of
// their own, as a designer would: apart names, by file, why.
func (o *kitOptions) jobs(f *campaign.File, ov campaign.Overrides) (jobs []layouts.Job, apart map[string]string, err error) {
	paper := kitDefaults.Paper
	if ov.Paper != nil {
		paper = *ov.Paper
	} else if f != nil && f.Paper != "" {
		paper = f.Paper
	}
	sheet, err := layouts.PaperByName(paper)
	if err != nil {
		return nil, nil, misuse("choose letter or a4", "--paper: %v", err)
	}
	apart = map[string]string{}
	ov.Paper, ov.Audience = nil, nil // each form's paper is chosen by place; a kit makes every audience
	names := layouts.Names()
	if f != nil {
		names = f.Kit
	}
	for _, name := range names {
		l, _ := layouts.Lookup(name)
		for _, form := range l.Forms() {
			if l.For(form.Audience).Name != l.Name || form.Variant.Extra {
				continue // label stock and 2-up sheets: made when asked for
			}
			fo := ov
			fo.Variant, fo.Size, fo.TearOffs = &form.Variant.Name, &form.Size, &form.TearOffs
			reqs, err := campaign.Resolve(f, l.Name, form.Audience, fo, kitDefaults)
			if err != nil {
				return nil, nil, err
			}
			for _, r := range reqs {
				split := o.place(&r, form, sheet)
				js, err := campaign.Plan(r)
				if err != nil {
					return nil, nil, err
				}
				for _, j := range js {
					if split {
						apart[campaign.FileName(j)] = fmt.Sprintf("%s is on a page of its own: the %s has no room for %s on one page",
							j.Content.Lang.Tag, l.FormName(form.Variant), strings.Join(r.Langs, ", "))
					}
				}
				jobs = append(jobs, js...)
			}
		}
	}
	return jobs, apart, nil
}

// noteApart writes into the manifest why a file's languages are on pages
// of their own, and returns the one note for the terminal.
func noteApart(files []made, apart map[string]string) []string {
	var names []string
	for i := range files {
		why, ok := apart[filepath.Base(files[i].path)]
		if !ok || files[i].checklist {
			continue
		}
		files[i].note = strings.TrimPrefix(files[i].note+"; "+why, "; ")
		names = append(names, filepath.Base(files[i].path))
	}
	if len(names) == 0 {
		return nil
	}
	return []string{fmt.Sprintf("%d pieces (%s) have their languages on pages of their own: their forms have no room for them on one page (manifest.json says which)", len(names), clipList(names, 3))}
}

// place chooses the paper of a kit's piece, and whether its languages
// share a page: when asked to and the form has room for them all. A
// notice for a posting law keeps the paper the law wants. It reports
// whether languages asked to share a page go on pages of their own.
func (o *kitOptions) place(r *campaign.Request, form layouts.Form, sheet layouts.Paper) (split bool) {
	if r.Comply.Preset != "" && !o.changed("paper") {
		return false
	}
	n := len(r.Langs)
	r.Paper = campaign.PaperFor(form.Variant, sheet, 1)
	if !(r.Together || o.together) || n < 2 {
		return false
	}
	paper := campaign.PaperFor(form.Variant, sheet, n)
	r.Together = form.Room(paper) >= n
	if r.Together {
		r.Paper = paper
	}
	return !r.Together
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
	Drafts    []string `json:"drafts,omitempty"` // languages whose catalog needs native review before printing
	Pages     int      `json:"pages,omitempty"`
	Note      string   `json:"note,omitempty"` // what lookout changed to make it
	Bytes     int      `json:"bytes"`
	SHA256    string   `json:"sha256"`
}

// manifestJSON lists every file of the kit, in the order given, with the
// warnings shown when it was made (draft catalogs).
func manifestJSON(files []made, created time.Time) ([]byte, error) {
	entries := make([]manifestEntry, len(files))
	jobs := make([]layouts.Job, len(files))
	for i, f := range files {
		j, sum := f.job, sha256.Sum256(f.data)
		e := manifestEntry{File: filepath.Base(f.path), Kind: "pdf", Layout: j.Layout.Name, Variant: j.Variant, Audience: j.Audience,
			Size: j.Size.Name, Paper: j.Paper.Name, TearOffs: j.TearOffs, Languages: j.Content.Tags(),
			Pages: f.pages, Note: f.note, Bytes: len(f.data), SHA256: hex.EncodeToString(sum[:])}
		if n := j.Content.Notice; n != nil {
			e.Notice = n.Preset
		}
		if f.checklist {
			e.Kind = "checklist"
		}
		e.Drafts = draftTags([]layouts.Job{j})
		entries[i], jobs[i] = e, j
	}
	warnings := draftWarnings(jobs)
	b, err := json.MarshalIndent(struct {
		Creator  string          `json:"creator"`
		Created  string          `json:"created"`
		Warnings []string        `json:"warnings,omitempty"`
		Files    []manifestEntry `json:"files"`
	}{"lookout " + version, created.Format("2006-01-02T15:04:05Z"), warnings, entries}, "", "  ")
	return append(b, '\n'), err
}
