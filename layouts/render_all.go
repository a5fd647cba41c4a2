package layouts

import (
	"fmt"
	"sync"
)

// RenderAll renders the jobs with render ((*Renderer).Render, or
// (*Renderer).Place when only the layout matters) on workers goroutines,
// each with a Renderer of its own: Renderers and documents are not safe for
// concurrent use, while the fonts they share are parsed once and only read.
// Pieces and errors come back in the order of the jobs, whatever order they
// finish in, and a Renderer gives the same bytes whatever it made before,
// so the output does not depend on the number of workers. done, when not
// nil, hears of each finished job, one call at a time. A panic while
// rendering becomes that job's error.
func RenderAll(jobs []Job, render func(*Renderer, Job) (Piece, error), workers int, done func(i int)) ([]Piece, []error) {
	pieces := make([]Piece, len(jobs))
	errs := make([]error, len(jobs))
	next := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	for w := 0; w < max(workers, 1); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := NewRenderer()
			for i := range next {
				pieces[i], errs[i] = safely(render, r, jobs[i])
				if done != nil {
					mu.Lock()
					done(i)
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
	return pieces, errs
}

// safely renders with a panic turned into an error: a panic in a worker
// goroutine would end the program where no caller can catch it.
func safely(render func(*Renderer, Job) (Piece, error), r *Renderer, j Job) (p Piece, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("internal error: %v", v)
		}
	}()
	return render(r, j)
}
