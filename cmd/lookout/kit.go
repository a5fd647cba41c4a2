package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"slices"
	"sort"

	"github.com/spf13/cobra"

	"lookout/campaign"
	"lookout/layouts"
)

type kitOptions struct {
	common
	paper    string
	together bool
	quiet    bool
	stdout   io.Writer
	stderr   io.Writer
}

func newKitCmd(env environ) *cobra.Command {
	o := &kitOptions{common: common{env: env}}
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
It renders on every processor core; the files and the manifest are the same
whatever the number of cores. Like make, it writes everything or nothing.
On a terminal it shows its progress on stderr; --quiet, or a pipe, keeps it
silent.`,
		Example: `  lookout kit
  lookout kit --lang en,es,vi --org "Harbor Hotel" --out hotel-kit
  lookout kit --lang fr --paper a4 --grayscale
  lookout kit --lang en,es --together`,
		Args: noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			o.stdout, o.stderr = c.OutOrStdout(), c.ErrOrStderr()
			return kitRun(o)
		},
	}
	f := c.Flags()
	o.common.flags(f, []string{"en", "es"})
	f.StringVar(&o.paper, "paper", "letter", "paper: letter or a4 for the whole kit (posters also: legal, tabloid, a3)")
	f.BoolVar(&o.together, "together", false, "set all the languages on one page on the layouts that can, instead of one piece per language")
	f.BoolVar(&o.quiet, "quiet", false, "show no progress")
	return c
}

func kitRun(o *kitOptions) error {
	base, err := o.request()
	if err != nil {
		return err
	}
	jobs, err := kitJobs(base, o.paper, o.together)
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
	pieces, err := renderAll(jobs, runtime.GOMAXPROCS(0), progress)
	if err != nil {
		return err
	}
	files := outFiles(o.out, jobs, pieces)
	manifest, err := manifestJSON(jobs, pieces, base)
	if err != nil {
		return err
	}
	sort.Slice(files, func(i, j int) bool { return files[i].path < files[j].path })
	files = append(files, outFile{path: filepath.Join(o.out, "manifest.json"), data: manifest})
	if err := writeAll(o.out, files); err != nil {
		return err
	}
	for _, f := range files {
		fmt.Fprintln(o.stdout, f.path)
	}
	return nil
}

// kitJobs plans every form of every layout, on the kit's paper or the
// sizes that go with it. With together, a form whose page has room for all
// the languages gets one page with all of them; the rest one per language.
func kitJobs(base campaign.Request, paper string, together bool) ([]layouts.Job, error) {
	sheet, err := layouts.PaperByName(paper)
	if err != nil {
		return nil, misuse("choose letter or a4", "--paper: %v", err)
	}
	var jobs []layouts.Job
	for _, l := range layouts.All() {
		for _, f := range l.Forms() {
			if _, err := layouts.Lookup(f.Audience + "-" + l.Name); err == nil {
				continue // the poster's staff audience is the staff-poster: make it once
			}
			r := base
			r.Layout, r.Variant, r.Audience, r.Size, r.TearOffs = l.Name, f.Variant.Name, f.Audience, f.Size, f.TearOffs
			r.Paper = kitPaper(f.Variant, sheet, 1)
			if paper := kitPaper(f.Variant, sheet, len(base.Langs)); together && f.Room(paper) >= len(base.Langs) {
				r.Paper, r.Together = paper, true
			}
			js, err := campaign.Plan(r)
			if err != nil {
				return nil, err
			}
			jobs = append(jobs, js...)
		}
	}
	return jobs, nil
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
	Layout    string   `json:"layout"`
	Variant   string   `json:"variant"`
	Audience  string   `json:"audience"`
	Size      string   `json:"size,omitempty"`
	Paper     string   `json:"paper,omitempty"`
	TearOffs  int      `json:"tear_offs,omitempty"`
	Languages []string `json:"languages"`
	Pages     int      `json:"pages"`
	Bytes     int      `json:"bytes"`
	SHA256    string   `json:"sha256"`
}

// manifestJSON lists every file of the kit, sorted by name.
func manifestJSON(jobs []layouts.Job, pieces []layouts.Piece, r campaign.Request) ([]byte, error) {
	entries := make([]manifestEntry, len(jobs))
	for i, j := range jobs {
		sum := sha256.Sum256(pieces[i].PDF)
		entries[i] = manifestEntry{File: campaign.FileName(j), Layout: j.Layout.Name, Variant: j.Variant, Audience: j.Audience,
			Size: j.Size.Name, Paper: j.Paper.Name, TearOffs: j.TearOffs, Languages: j.Content.Tags(),
			Pages: pieces[i].Pages, Bytes: len(pieces[i].PDF), SHA256: hex.EncodeToString(sum[:])}
	}
	sort.Slice(entries, func(a, b int) bool { return entries[a].File < entries[b].File })
	b, err := json.MarshalIndent(struct {
		Creator string          `json:"creator"`
		Created string          `json:"created"`
		Hotline string          `json:"hotline"`
		URL     string          `json:"url"`
		Files   []manifestEntry `json:"files"`
	}{r.Creator, r.Created.Format("2006-01-02T15:04:05Z"), r.Hotline, r.URL, entries}, "", "  ")
	return append(b, '\n'), err
}
