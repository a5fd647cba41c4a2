package main

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"net"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

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
			if err != nil || held > readTimeout+10*time.Second {
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

// TestServeSIGTERM runs lookout serve as a process: it prints the address
// to open, answers /healthz, and on SIGTERM finishes the kit it is making,
// then exits 0, having logged one line per request.
func TestServeSIGTERM(t *testing.T) {
	c := child(t, "serve", "--addr", "127.0.0.1:0")
	stdout, _ := c.StdoutPipe()
	var stderr bytes.Buffer
	c.Stderr = &stderr
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	defer c.Process.Kill()
	line := make([]byte, 200)
	n, _ := stdout.Read(line)
	_, rest, ok := strings.Cut(string(line[:n]), "http://")
	base, _, _ := strings.Cut(rest, "/")
	if !ok || base == "" {
		t.Fatalf("serve printed %q, want the address to open", line[:n])
	}
	base = "http://" + base
	resp, err := http.Get(base + "/healthz")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("GET /healthz: %v %v", resp, err)
	}
	resp.Body.Close()
	kitDone := make(chan int, 1)
	go func() {
		code, _ := send(&http.Client{Timeout: time.Minute}, base+"/kit", []formField{{"layout", "poster"}, {"lang", "en"}, {"lang", "es"}}, nil)
		kitDone <- code
	}()
	time.Sleep(150 * time.Millisecond)
	c.Process.Signal(syscall.SIGTERM)
	if code := <-kitDone; code != 200 {
		t.Errorf("the kit in flight at SIGTERM got %d, want 200", code)
	}
	if err := c.Wait(); err != nil {
		t.Errorf("serve after SIGTERM: %v\n%s", err, stderr.String())
	}
	lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], `GET "/healthz" 200`) || !strings.Contains(lines[1], `POST "/kit" 200`) {
		t.Errorf("the log:\n%s", stderr.String())
	}
}
