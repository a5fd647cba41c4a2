package serve

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// queue bounds the renders in flight: at most n at once (one per core),
// and at most n more waiting for a turn. A request beyond that is turned
// away at once with 503 and Retry-After, rather than piling up memory.
type queue struct {
	admit chan struct{} // rendering or waiting
	slots chan struct{} // rendering
}

func newQueue(n int) *queue {
	return &queue{admit: make(chan struct{}, 2*n), slots: make(chan struct{}, n)}
}

// acquire waits for a turn until ctx ends; ok is false when the queue is
// full or the wait ran out. release gives the turn back.
func (q *queue) acquire(ctx context.Context) (release func(), ok bool) {
	select {
	case q.admit <- struct{}{}:
	default:
		return nil, false
	}
	select {
	case q.slots <- struct{}{}:
		return func() { <-q.slots; <-q.admit }, true
	case <-ctx.Done():
		<-q.admit
		return nil, false
	}
}

// errBusy is a request turned away: every render slot is taken, or its
// render outran the time limit.
var errBusy = fmt.Errorf("the server is busy")

// render runs fn in a render slot within the server's time limit. A
// render that outruns it keeps its slot until it ends (it cannot be
// stopped part way), so the slots stay a true bound on the work.
func (s *server) render(ctx context.Context, fn func() (Result, error)) (Result, error) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	defer cancel()
	release, ok := s.queue.acquire(ctx)
	if !ok {
		return Result{}, errBusy
	}
	type outcome struct {
		r   Result
		err error
	}
	done := make(chan outcome, 1)
	go func() {
		defer release()
		defer func() {
			if p := recover(); p != nil {
				done <- outcome{err: fmt.Errorf("internal error: %v", p)}
			}
		}()
		r, err := fn()
		done <- outcome{r, err}
	}()
	select {
	case o := <-done:
		return o.r, o.err
	case <-ctx.Done():
		return Result{}, errBusy
	}
}

// busy answers a request turned away.
func busy(w http.ResponseWriter) {
	w.Header().Set("Retry-After", "2")
	http.Error(w, "lookout is busy making other pieces; try again in a moment", http.StatusServiceUnavailable)
}

// contentSecurity allows only the page's own files: no inline script or
// style, nothing from elsewhere, no framing by other sites; blob: frames
// show the preview PDF the page made.
const contentSecurity = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
	"frame-src blob:; object-src blob:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// secure adds the security headers to every response.
func secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", contentSecurity)
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("Cross-Origin-Opener-Policy", "same-origin")
		hd.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
		if r.Method != http.MethodGet {
			hd.Set("Cache-Control", "no-store")
		}
		h.ServeHTTP(w, r)
	})
}

// recorder notes a response's status and size for the log.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	return n, err
}

// logRequests writes one line per request: when, method, path, status,
// bytes sent and time taken. Never the form's contents, the query or the
// client's address: what a user types stays theirs.
func logRequests(out io.Writer, h http.Handler) http.Handler {
	var mu sync.Mutex
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w}
		h.ServeHTTP(rec, r)
		if rec.status == 0 {
			rec.status = http.StatusOK
		}
		path := r.URL.Path
		if len(path) > 64 {
			path = path[:64] + "…"
		}
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintf(out, "%s %s %s %d %dB %s\n", start.UTC().Format(time.RFC3339), r.Method, strconv.Quote(path),
			rec.status, rec.bytes, time.Since(start).Round(time.Millisecond))
	})
}
