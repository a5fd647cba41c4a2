package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"sync"

	"lookout/campaign"
	"lookout/layouts"
)

// renderAll renders every job on workers goroutines. Each render draws
// into a document of its own (documents are not safe for concurrent use;
// the fonts they share are read-only), and the pieces come back in the
// order of the jobs whatever order they finish in, so the output does not
// depend on the number of workers. progress, when not nil, hears of each
// finished piece, one at a time. On failure it reports the first failed
// job in the order of the jobs.
func renderAll(jobs []layouts.Job, workers int, progress func(done, total int, name string)) ([]layouts.Piece, error) {
	pieces := make([]layouts.Piece, len(jobs))
	errs := make([]error, len(jobs))
	next := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for w := 0; w < max(workers, 1); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				pieces[i], errs[i] = renderOne(jobs[i])
				if progress != nil {
					mu.Lock()
					done++
					progress(done, len(jobs), campaign.FileName(jobs[i]))
					mu.Unlock()
				}
			}
		}()
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("%s: %w", strings.TrimSuffix(campaign.FileName(jobs[i]), ".pdf"), err)
		}
	}
	return pieces, nil
}

// renderOne renders a job; a panic inside becomes an error, since it would
// otherwise end the program from a goroutine that run cannot guard.
func renderOne(j layouts.Job) (p layouts.Piece, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: %v", r)
		}
	}()
	return layouts.Render(j)
}

// outFiles pairs each rendered piece with its path in dir.
func outFiles(dir string, jobs []layouts.Job, pieces []layouts.Piece) []outFile {
	files := make([]outFile, len(jobs))
	for i, j := range jobs {
		files[i] = outFile{path: filepath.Join(dir, campaign.FileName(j)), data: pieces[i].PDF}
	}
	return files
}
