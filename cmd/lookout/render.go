package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"lookout/campaign"
	"lookout/layouts"
)

// renderAll renders every job on workers goroutines (see
// layouts.RenderAll). progress, when not nil, hears of each finished
// piece. On failure it reports the first failed job in the order of the
// jobs, so the message does not depend on timing.
func renderAll(jobs []layouts.Job, workers int, progress func(done, total int, name string)) ([]layouts.Piece, error) {
	finished := 0
	var done func(int)
	if progress != nil {
		done = func(i int) {
			finished++
			progress(finished, len(jobs), campaign.FileName(jobs[i]))
		}
	}
	pieces, errs := layouts.RenderAll(jobs, layouts.Render, workers, done)
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("%s: %w", strings.TrimSuffix(campaign.FileName(jobs[i]), ".pdf"), err)
		}
	}
	return pieces, nil
}

// outFiles pairs each rendered piece with its path in dir.
func outFiles(dir string, jobs []layouts.Job, pieces []layouts.Piece) []outFile {
	files := make([]outFile, len(jobs))
	for i, j := range jobs {
		files[i] = outFile{path: filepath.Join(dir, campaign.FileName(j)), data: pieces[i].PDF}
	}
	return files
}
