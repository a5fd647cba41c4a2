package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"lookout/serve"
)

// longLoad runs the load and abuse tests at full size (LOOKOUT_LOAD=1);
// CI runs them short.
func longLoad() bool { return os.Getenv("LOOKOUT_LOAD") == "1" }

// liveServer runs lookout serve on a loopback port until the test ends,
// and returns its base URL and a function that stops it as SIGTERM would
// (and returns what Run returned).
func liveServer(t *testing.T, readTimeout time.Duration) (string, func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	env := testEnv(map[string]string{"SOURCE_DATE_EPOCH": "1767225600"})
	cfg := serve.Config{Addr: "127.0.0.1:0", Maker: pageMaker{env: env}, ReadTimeout: readTimeout, Timeout: 30 * time.Second}
	ready, done := make(chan string, 1), make(chan error, 1)
	go func() { done <- serve.Run(ctx, cfg, func(a string) { ready <- a }) }()
	var addr string
	select {
	case addr = <-ready:
	case err := <-done:
		t.Fatalf("serve.Run: %v", err)
	}
	var once sync.Once
	var err error
	stop := func() error {
		once.Do(func() { cancel(); err = <-done })
		return err
	}
	t.Cleanup(func() { stop() })
	return "http://" + addr, stop
}

// formBody is the page's form as the browser sends it.
func formBody(fields []formField, logo []byte) (*bytes.Buffer, string) {
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for _, f := range fields {
		mw.WriteField(f.name, f.value)
	}
	if logo != nil {
		fw, _ := mw.CreateFormFile("logo", "logo.png")
		fw.Write(logo)
	}
	mw.Close()
	return &b, mw.FormDataContentType()
}

func send(client *http.Client, url string, fields []formField, logo []byte) (int, error) {
	b, ct := formBody(fields, logo)
	resp, err := client.Post(url, ct, b)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// peakMemory samples the heap the process holds from the OS until stop
// is closed, and returns the most it saw.
func peakMemory(stop chan struct{}) func() uint64 {
	var peak atomic.Uint64
	go func() {
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if v := m.HeapSys - m.HeapReleased; v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	return peak.Load
}

// retryAfter is how long a load-test client waits after a 503: shorter
// than the Retry-After the server sends people, to keep the queue full.
const retryAfter = 25 * time.Millisecond

// peakRSS is the most memory the process has held, from Linux's
// /proc/self/status (VmHWM); "?" elsewhere.
func peakRSS() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "?"
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "?"
}

type loadResult struct {
	ok, busy        int
	wall            time.Duration
	p50, p95, p99   time.Duration
	peakHeapMiB     float64
	otherStatusSeen []string
}

// load makes n requests to path, conc at a time, each client trying again
// after a 503 until its request is made, and measures the time from a
// request's first try to its answer.
func load(t *testing.T, base, path string, fields []formField, n, conc int) loadResult {
	client := &http.Client{Timeout: 2 * time.Minute}
	var mu sync.Mutex
	var lat []time.Duration
	var r loadResult
	stop := make(chan struct{})
	peak := peakMemory(stop)
	jobs := make(chan int)
	var wg sync.WaitGroup
	start := time.Now()
	for range conc {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range jobs {
				t0 := time.Now()
				for try := 0; try < 1000; try++ { // a client that comes back when told it is busy
					code, err := send(client, base+path, fields, nil)
					mu.Lock()
					switch {
					case err == nil && code == 200:
						r.ok++
						lat = append(lat, time.Since(t0))
					case err == nil && code == 503:
						r.busy++
					default:
						r.otherStatusSeen = append(r.otherStatusSeen, fmt.Sprint(code, err))
					}
					mu.Unlock()
					if code != 503 {
						break
					}
					time.Sleep(retryAfter)
				}
			}
		}()
	}
	for i := range n {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	r.wall = time.Since(start)
	close(stop)
	r.peakHeapMiB = float64(peak()) / (1 << 20)
	slices.Sort(lat)
	if len(lat) > 0 {
		at := func(q float64) time.Duration { return lat[min(len(lat)-1, int(q*float64(len(lat))))] }
		r.p50, r.p95, r.p99 = at(0.50), at(0.95), at(0.99)
	}
	return r
}

// TestServeLoad sends render requests from 16 clients at once on the
// loopback interface: every answer is a PDF or the designed 503, and the
// heap stays bounded. LOOKOUT_LOAD=1 runs 500 posters and 40 kits (the
// README's figures, with -v); CI runs a short version.
func TestServeLoad(t *testing.T) {
	posters, kits := 48, 2
	if longLoad() {
		posters, kits = 500, 40
	}
	base, stop := liveServer(t, 30*time.Second)
	poster := []formField{{"layout", "poster"}, {"lang", "en"}, {"org", "Harbor View Hotel"}}
	kit := []formField{{"layout", "poster"}, {"lang", "en"}, {"lang", "es"}} // the default kit: 32 PDFs
	for _, tc := range []struct {
		name   string
		path   string
		fields []formField
		n      int
	}{{"poster", "/pdf", poster, posters}, {"kit (every form in en and es: 32 PDFs)", "/kit", kit, kits}} {
		r := load(t, base, tc.path, tc.fields, tc.n, 16)
		t.Logf("%s: %d requests, 16 clients at a time, %d cores: %d made in %v (%.1f/s), %d tries turned away (503); "+
			"latency from first try p50 %v p95 %v p99 %v; peak heap %.0f MiB, peak RSS of the test process %s",
			tc.name, tc.n, runtime.GOMAXPROCS(0), r.ok, r.wall.Round(time.Millisecond), float64(r.ok)/r.wall.Seconds(), r.busy,
			r.p50.Round(time.Millisecond), r.p95.Round(time.Millisecond), r.p99.Round(time.Millisecond), r.peakHeapMiB, peakRSS())
		if len(r.otherStatusSeen) > 0 {
			t.Errorf("%s: answers other than 200 and 503: %v", tc.name, r.otherStatusSeen[:min(5, len(r.otherStatusSeen))])
		}
		if r.ok != tc.n {
			t.Errorf("%s: %d made, %d busy, of %d", tc.name, r.ok, r.busy, tc.n)
		}
		if r.peakHeapMiB > 600 {
			t.Errorf("%s: the heap reached %.0f MiB", tc.name, r.peakHeapMiB)
		}
	}
	if err := stop(); err != nil {
		t.Errorf("stopping: %v", err)
	}
}
