package main

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"lookout/campaign"
	"lookout/layouts"
	"lookout/layouts/kit"
	"lookout/translations"
)

// made is a finished file and the job it came from: a PDF, or the
// checklist beside a notice for a posting law.
type made struct {
	outFile
	job       layouts.Job
	pages     int  // 0 for a checklist
	checklist bool // the checklist of job's notice
}

// renderJobs makes each job's PDF and, beside a notice for a posting law,
// its checklist, on workers goroutines (see layouts.RenderAll): the files
// come back in the order of the jobs whatever the number of workers, for
// writeAll, with notes to show once they are written (the law's wording
// still needed, a logo left out for want of room). progress, when not nil,
// hears of each finished PDF. On failure it reports the first failed job
// in the order of the jobs, so the message does not depend on timing.
func renderJobs(jobs []layouts.Job, dir string, workers int, progress func(done, total int, name string)) (files []made, notes []string, err error) {
	finished := 0
	var done func(int)
	if progress != nil {
		done = func(i int) {
			finished++
			progress(finished, len(jobs), campaign.FileName(jobs[i]))
		}
	}
	pieces, errs := layouts.RenderAll(jobs, (*layouts.Renderer).Render, workers, done)
	for i, j := range jobs {
		if errs[i] != nil {
			return nil, nil, renderError(j, errs[i])
		}
		name := campaign.FileName(j)
		files = append(files, made{outFile{filepath.Join(dir, name), pieces[i].PDF}, j, pieces[i].Pages, false})
		list, err := campaign.Checklist(j, pieces[i].Log, name, jobs)
		if err != nil {
			return nil, nil, err
		}
		if list != "" {
			files = append(files, made{outFile{filepath.Join(dir, campaign.ChecklistName(name)), []byte(list)}, j, 0, true})
		}
		if what, ok := campaign.MissingWording(j); ok {
			notes = append(notes, fmt.Sprintf("%s still needs the law's own wording, %s; its checklist says where to put it", name, what))
		}
		if j.Content.Brand.Logo != nil && carriesBand(j) && !strings.Contains(pieces[i].Log, "\nimage logo ") {
			notes = append(notes, fmt.Sprintf("%s has no room for the logo: the text in %s needs it; a larger paper has room", name, j.Meta.Lang))
		}
	}
	return files, notes, nil
}

// draftWarnings returns one line for each language of the jobs whose
// catalog is a draft, in the order the jobs first use it: the piece is
// made all the same, but a native speaker should read it first.
func draftWarnings(jobs []layouts.Job) []string {
	var out []string
	for _, tag := range draftTags(jobs) {
		cat, _ := translations.Match(tag)
		out = append(out, fmt.Sprintf("warning: the %s catalog (%s) is a draft: needs native review before printing; 'lookout languages --notes' says why", tag, cat.EnglishName))
	}
	return out
}

// draftTags lists the languages of the jobs whose catalog is a draft.
func draftTags(jobs []layouts.Job) []string {
	var out []string
	for _, j := range jobs {
		for _, tag := range j.Content.Tags() {
			if cat, err := translations.Match(tag); err == nil && cat.Draft() && !slices.Contains(out, tag) {
				out = append(out, tag)
			}
		}
	}
	return out
}

// carriesBand reports whether the job's form carries the organisation's
// band with its logo.
func carriesBand(j layouts.Job) bool {
	v, err := j.Layout.Variant(j.Variant)
	return err == nil && v.Band
}

// renderError names the piece that failed; for a notice whose text will
// not fit at the law's smallest type, it names the rule and what to change.
func renderError(j layouts.Job, err error) error {
	var fe *kit.FitError
	if n := j.Content.Notice; n != nil && errors.As(err, &fe) {
		c, _ := campaign.LookupCompliance(n.Preset)
		return &campaign.InputError{
			Err:  fmt.Errorf("%s (%s) asks for type of at least %g pt, and at that size the notice does not fit %s: %w", c.ID, c.Law, c.MinType, j.Paper.Name, err),
			Hint: "use a larger sheet (--paper tabloid or a3), put fewer languages on one sign, or give shorter notice_text",
		}
	}
	return fmt.Errorf("%s: %w", strings.TrimSuffix(campaign.FileName(j), ".pdf"), err)
}

// outFiles returns the files to write.
func outFiles(files []made) []outFile {
	out := make([]outFile, len(files))
	for i, f := range files {
		out[i] = f.outFile
	}
	return out
}
