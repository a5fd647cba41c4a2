package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"

	"lookout/campaign"
	"lookout/layouts"
	"lookout/layouts/kit"
)

// renderJobs makes each job's PDF, on every core, and, beside a notice for
// a posting law, its checklist. Nothing is written: the files come back for
// writeAll, with notes to show once they are written (the law's wording
// still needed, a logo left out for want of room).
func renderJobs(jobs []layouts.Job) (files []outFile, notes []string, err error) {
	outs, err := layouts.RenderAll(jobs, runtime.GOMAXPROCS(0))
	var je *layouts.JobError
	if errors.As(err, &je) {
		return nil, nil, renderError(je.Job, je.Err)
	}
	if err != nil {
		return nil, nil, err
	}
	for i, j := range jobs {
		log, name := outs[i].Log, campaign.FileName(j)
		files = append(files, outFile{name: name, data: outs[i].PDF})
		list, err := campaign.Checklist(j, log, name, jobs)
		if err != nil {
			return nil, nil, err
		}
		if list != "" {
			files = append(files, outFile{name: campaign.ChecklistName(name), data: []byte(list)})
		}
		if what, ok := campaign.MissingWording(j); ok {
			notes = append(notes, fmt.Sprintf("%s still needs the law's own wording, %s; its checklist says where to put it", name, what))
		}
		if j.Content.Brand.Logo != nil && !strings.Contains(log, "\nimage logo ") {
			notes = append(notes, fmt.Sprintf("%s has no room for the logo: the text in %s needs it; a larger paper has room", name, j.Meta.Lang))
		}
	}
	return files, notes, nil
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
	return fmt.Errorf("%s %s %s: %w", j.Layout.Name, j.Paper.Name, j.Meta.Lang, err)
}
