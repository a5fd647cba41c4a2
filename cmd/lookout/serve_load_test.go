package main

import (
	"bytes"
	"compress/zlib"
	"context"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"io"
	"mime/multipart"
	"net"
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

// pngChunk is one chunk of a PNG file.
func pngChunk(typ string, data []byte) []byte {
	var b bytes.Buffer
	binary.Write(&b, binary.BigEndian, uint32(len(data)))
	b.WriteString(typ)
	b.Write(data)
	binary.Write(&b, binary.BigEndian, crc32.ChecksumIEEE(append([]byte(typ), data...)))
	return b.Bytes()
}

// bombPNG is a grey PNG of w×h pixels, all black, whose zlib stream holds
// rows of zeros: a few kilobytes that decode to w×h bytes. Only the first
// rows rows are written, so that a file whose header alone is refused is
// quick to make.
func bombPNG(w, h, rows int) []byte {
	var ihdr bytes.Buffer
	binary.Write(&ihdr, binary.BigEndian, uint32(w))
	binary.Write(&ihdr, binary.BigEndian, uint32(h))
	ihdr.Write([]byte{8, 0, 0, 0, 0})
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	row := make([]byte, w+1)
	for range rows {
		zw.Write(row)
	}
	zw.Close()
	out := []byte("\x89PNG\r\n\x1a\n")
	out = append(out, pngChunk("IHDR", ihdr.Bytes())...)
	out = append(out, pngChunk("IDAT", z.Bytes())...)
	return append(out, pngChunk("IEND", nil)...)
}

// slowClient sends a request's headers and then one byte a second; it
// returns how long the server kept the connection open.
func slowClient(addr string, limit time.Duration) (time.Duration, error) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return 0, err
	}
	defer c.Close()
	start := time.Now()
	fmt.Fprintf(c, "POST /pdf HTTP/1.1\r\nHost: %s\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 100000\r\n\r\n", addr)
	for time.Since(start) < limit {
		if _, err := c.Write([]byte("-")); err != nil {
			return time.Since(start), nil
		}
		c.SetReadDeadline(time.Now().Add(time.Second))
		if _, err := c.Read(make([]byte, 512)); err != nil && !isTimeout(err) {
			return time.Since(start), nil // answered or closed
		}
	}
	return time.Since(start), fmt.Errorf("still open after %v", limit)
}

func isTimeout(err error) bool {
	ne, ok := err.(net.Error)
	return ok && ne.Timeout()
}

// TestServeAbuse sends what a hostile or broken client might while
// another user goes on making posters: an oversized upload, a logo that
// decompresses to far more than it weighs, a 10 MB field, and clients that
// send one byte a second. Each is refused; the other user is served
// throughout; the server stops cleanly.
func TestServeAbuse(t *testing.T) {
	readTimeout := 3 * time.Second
	base, stop := liveServer(t, readTimeout)
	client := &http.Client{Timeout: time.Minute}
	poster := []formField{{"layout", "poster"}, {"lang", "en"}}

	var served, refused atomic.Int64
	quit := make(chan struct{})
	var user sync.WaitGroup
	user.Add(1)
	go func() { // another user, making posters throughout
		defer user.Done()
		for {
			select {
			case <-quit:
				return
			default:
			}
			if code, err := send(client, base+"/pdf", poster, nil); err == nil && code == 200 {
				served.Add(1)
			} else if err == nil && code == 503 {
				refused.Add(1)
			} else {
				t.Errorf("the other user got %d %v", code, err)
				return
			}
		}
	}()

	slow := 2
	if longLoad() {
		slow = 8
	}
	var wg sync.WaitGroup
	for range slow {
		wg.Add(1)
		go func() {
			defer wg.Done()
			held, err := slowClient(strings.TrimPrefix(base, "http://"), 20*time.Second)
			t.Logf("a client sending a byte a second was cut off after %v", held.Round(100*time.Millisecond))
			if err != nil || held > readTimeout+3*time.Second {
				t.Errorf("a client sending a byte a second was held %v (%v); the read limit is %v", held, err, readTimeout)
			}
		}()
	}
	for _, tc := range []struct {
		name   string
		fields []formField
		logo   []byte
		want   []int
	}{
		{"oversized upload", poster, make([]byte, 11<<20), []int{413}},
		{"10 MB field", append(slices.Clone(poster), formField{"org", strings.Repeat("x", 10<<20)}), nil, []int{413}},
		{"a logo of 50 000 × 50 000 pixels in a few KB", poster, bombPNG(50000, 50000, 1), []int{422}},
		{"a logo of 4000 × 4000 pixels in a few KB", poster, bombPNG(4000, 4000, 4000), []int{200, 503}},
	} {
		t0 := time.Now()
		code, err := send(client, base+"/pdf", tc.fields, tc.logo)
		t.Logf("%s: %d %v in %v", tc.name, code, err, time.Since(t0).Round(time.Millisecond))
		if err != nil && tc.want[0] == 413 && strings.Contains(err.Error(), "connection reset") {
			continue // the server stopped reading past the limit, as it may
		}
		if err != nil || !slices.Contains(tc.want, code) {
			t.Errorf("%s: %d %v, want %v", tc.name, code, err, tc.want)
		}
	}
	wg.Wait()
	close(quit)
	user.Wait()
	t.Logf("the other user made %d posters meanwhile (%d turned away as busy)", served.Load(), refused.Load())
	if served.Load() == 0 {
		t.Error("the other user was not served")
	}

	// SIGTERM with a kit in flight: it finishes.
	kitDone := make(chan int, 1)
	go func() {
		code, _ := send(client, base+"/kit", []formField{{"layout", "poster"}, {"base", "kit: [poster, sticker]\n"}}, nil)
		kitDone <- code
	}()
	time.Sleep(100 * time.Millisecond)
	if err := stop(); err != nil {
		t.Errorf("stopping with a render in flight: %v", err)
	}
	if code := <-kitDone; code != 200 {
		t.Errorf("the kit in flight at shutdown got %d, want 200", code)
	}
}
