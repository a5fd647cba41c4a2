package layouts

import (
	"fmt"
	"sync"

	"lookout/layouts/kit"
)

// Renderer renders jobs one after another and keeps what they share: the
// shaping plans, the width and glyphs of every line it has set and the font
// subsets it has made, so the tenth poster in a language costs a fraction
// of the first. It is not safe for concurrent use: give each goroutine its
// own (RenderAll does).
type Renderer struct{ w *kit.Worker }

// NewRenderer returns a Renderer with empty caches.
func NewRenderer() *Renderer { return &Renderer{w: kit.NewWorker()} }

// Render draws the job and returns the PDF and its placement log; the same
// job gives the same bytes from any Renderer.
func (r *Renderer) Render(j Job) (pdf []byte, log string, err error) { return render(r.w, j) }

// Output is one rendered job: its PDF and its placement log.
type Output struct {
	PDF []byte
	Log string
}

// RenderAll renders jobs on up to workers goroutines, each with its own
// Renderer, and returns the outputs in the order of the jobs. Jobs go to
// workers in order, and after a failure no further job is started; the
// error returned is that of the first failing job in job order, named by
// its layout, paper and language.
func RenderAll(jobs []Job, workers int) ([]Output, error) {
	out := make([]Output, len(jobs))
	errs := make([]error, len(jobs))
	workers = max(1, min(workers, len(jobs)))
	var (
		mu     sync.Mutex
		next   int
		failed bool
		wg     sync.WaitGroup
	)
	take := func() (int, bool) {
		mu.Lock()
		defer mu.Unlock()
		if failed || next == len(jobs) {
			return 0, false
		}
		next++
		return next - 1, true
	}
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := NewRenderer()
			for i, ok := take(); ok; i, ok = take() {
				pdf, log, err := r.Render(jobs[i])
				out[i], errs[i] = Output{pdf, log}, err
				if err != nil {
					mu.Lock()
					failed = true
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, &JobError{Job: jobs[i], Err: err}
		}
	}
	return out, nil
}

// JobError is a job that failed to render, and why.
type JobError struct {
	Job Job
	Err error
}

func (e *JobError) Error() string {
	return fmt.Sprintf("%s %s %s: %v", e.Job.Layout.Name, e.Job.Paper.Name, e.Job.Meta.Lang, e.Err)
}

func (e *JobError) Unwrap() error { return e.Err }
