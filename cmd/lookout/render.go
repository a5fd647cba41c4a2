package main

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"lookout/campaign"
	"lookout/layouts"
	"lookout/layouts/typeset"
	"lookout/translations"
)

// made is a finished file and the job it came from: a PDF, or the
// checklist beside a notice for a posting law.
type made struct {
	outFile
	job       layouts.Job
	pages     int    // 0 for a checklist
	checklist bool   // the checklist of job's notice
	note      string // what lookout changed in it to make it, for the manifest
}

// renderJobs makes each job's PDF and, beside a notice for a posting law,
// its checklist, on workers goroutines (see layouts.RenderAll): the files
// come back in the order of the jobs whatever the number of workers, for
// writeAll, with notes to show once they are written (the law's wording
// still needed, a logo left out for want of room), after a warning for each
// draft catalog the jobs print in. progress, when not nil,
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
	var bare []string // pieces whose QR code does without the campaign's tracking
	untrackedNote := ""
	for i := range jobs {
		if j, ok := untracked(jobs[i], errs[i]); ok {
			jobs[i] = j
			pieces[i], errs[i] = layouts.Render(j)
			bare = append(bare, campaign.FileName(j))
			untrackedNote = j.Content.URL
		}
	}
	if len(bare) > 0 {
		notes = append(notes, fmt.Sprintf("%d pieces (%s): their QR codes open %s without the campaign's tracking parameters, which would make them too dense to scan at their size", len(bare), clipList(bare, 3), untrackedNote))
	}
	for i, j := range jobs {
		if errs[i] != nil {
			return nil, nil, renderError(j, errs[i])
		}
		name := campaign.FileName(j)
		files = append(files, made{outFile{filepath.Join(dir, name), pieces[i].PDF}, j, pieces[i].Pages, false, ""})
		if slices.Contains(bare, name) {
			files[len(files)-1].note = "its QR code opens " + untrackedNote + " without the campaign's tracking parameters, which would make it too dense to scan at its size"
		}
		list, err := campaign.Checklist(j, pieces[i].Placements, name, jobs)
		if err != nil {
			return nil, nil, err
		}
		if list != "" {
			files = append(files, made{outFile{filepath.Join(dir, campaign.ChecklistName(name)), []byte(list)}, j, 0, true, ""})
		}
		if what, ok := campaign.MissingWording(j); ok {
			notes = append(notes, fmt.Sprintf("%s still needs the law's own wording, %s; its checklist says where to put it", name, what))
		}
		if j.Content.Brand.Logo != nil && carriesBand(j) && !placed(pieces[i].Placements, typeset.KindImage, "logo") {
			notes = append(notes, fmt.Sprintf("%s has no room for the logo: the text in %s needs it; a larger paper has room", name, j.Meta.Lang))
		}
	}
	return files, append(draftWarnings(jobs), notes...), nil
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

// clipList names the first n items of a list, and how many more there are.
func clipList(items []string, n int) string {
	if len(items) <= n {
		return strings.Join(items, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(items[:n], ", "), len(items)-n)
}

// untracked returns the job with its QR code's address without the
// campaign's tracking parameters, when err is that its QR code could not
// hold them.
func untracked(j layouts.Job, err error) (layouts.Job, bool) {
	var long *typeset.QRTooLongError
	if err == nil || !errors.As(err, &long) || j.Content.Untracked == "" {
		return j, false
	}
	j.Content.URL, j.Content.Untracked = j.Content.Untracked, ""
	others := make([]*layouts.Content, len(j.Content.Others))
	for i, o := range j.Content.Others {
		c := *o
		c.URL, c.Untracked = j.Content.URL, ""
		others[i] = &c
	}
	j.Content.Others = others
	return j, true
}

// placed reports whether an element of the kind and name was placed.
func placed(ps []typeset.Placement, kind typeset.Kind, name string) bool {
	return slices.ContainsFunc(ps, func(p typeset.Placement) bool { return p.Kind == kind && p.Name == name })
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
	var fe *typeset.FitError
	if n := j.Content.Notice; n != nil && errors.As(err, &fe) {
		c, _ := campaign.LookupCompliance(n.Preset)
		return &campaign.InputError{
			Err: fmt.Errorf("%s (%s) asks for type of at least %g pt, and at that size the notice does not fit %s: %w", c.ID, c.Law, c.MinType, j.Paper.Name, err),
			Fix: "use a larger sheet (--paper tabloid or a3), put fewer languages on one sign, or give shorter notice_text",
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
