package serve

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"lookout/campaign"
)

// fakeMaker answers at once, or blocks until release is closed.
type fakeMaker struct {
	release chan struct{}
	started chan struct{}
}

func (m *fakeMaker) Make(s Settings) (Result, error) {
	if m.started != nil {
		m.started <- struct{}{}
	}
	if m.release != nil {
		<-m.release
	}
	return Result{Files: []File{{"poster-letter-en.pdf", []byte("%PDF-1.3 fake")}}}, nil
}
func (m *fakeMaker) Kit(s Settings) (Result, error)     { return m.Make(s) }
func (m *fakeMaker) Explain(err error) (string, string) { return err.Error(), "" }

type field struct{ name, value string }

func body(fields []field, files map[string][]byte) (*bytes.Buffer, string) {
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for _, f := range fields {
		mw.WriteField(f.name, f.value)
	}
	for name, data := range files {
		fw, _ := mw.CreateFormFile(name, name+".bin")
		fw.Write(data)
	}
	mw.Close()
	return &b, mw.FormDataContentType()
}

func post(h http.Handler, path string, fields []field, files map[string][]byte) *httptest.ResponseRecorder {
	b, ct := body(fields, files)
	req := httptest.NewRequest("POST", path, b)
	req.Header.Set("Content-Type", ct)
	req.Header.Set("Accept", "application/json")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}

func TestSecurityHeaders(t *testing.T) {
	h := Handler(Config{Maker: &fakeMaker{}})
	for _, path := range []string{"/", "/static/app.js", "/healthz", "/nothing", "/static/"} {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest("GET", path, nil))
		csp := w.Header().Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe") || !strings.Contains(csp, "frame-ancestors 'none'") {
			t.Errorf("GET %s: Content-Security-Policy %q", path, csp)
		}
		for k, v := range map[string]string{"X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"} {
			if got := w.Header().Get(k); got != v {
				t.Errorf("GET %s: %s = %q, want %q", path, k, got, v)
			}
		}
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", "/static/", nil))
	if w.Code != 404 {
		t.Errorf("GET /static/ = %d, want 404: no listing", w.Code)
	}
	w = httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", "/", nil))
	if w.Code != 200 || !strings.Contains(w.Body.String(), `<script src="/static/app.js" defer></script>`) {
		t.Fatalf("GET / = %d", w.Code)
	}
	if m := regexp.MustCompile(`<script(?: [^>]*)?>[^<]`).FindString(w.Body.String()); m != "" {
		t.Errorf("the page has inline script: %q", m)
	}
	if m := regexp.MustCompile(` on[a-z]+=|style=`).FindString(w.Body.String()); m != "" {
		t.Errorf("the page has an inline handler or style: %q", m)
	}
}

func TestNotUTF8(t *testing.T) {
	h := Handler(Config{Maker: &fakeMaker{}})
	w := post(h, "/preview", []field{{"org", "caf\xe9"}}, nil)
	if w.Code != 400 || !strings.Contains(w.Body.String(), `the field \"org\" is not valid UTF-8`) {
		t.Errorf("a field in Latin-1 = %d %s", w.Code, w.Body)
	}
}

func TestCheckAddr(t *testing.T) {
	for addr, public := range map[string]bool{"127.0.0.1:8080": false, "localhost:1": false, "[::1]:80": false,
		"0.0.0.0:8080": true, ":8080": true, "192.168.1.2:80": true, "[::]:80": true} {
		if err := CheckAddr(addr, false); (err != nil) != public {
			t.Errorf("CheckAddr(%q, false) = %v", addr, err)
		}
		if err := CheckAddr(addr, true); err != nil {
			t.Errorf("CheckAddr(%q, true) = %v", addr, err)
		}
	}
	if err := CheckAddr("8080", true); err == nil {
		t.Error("CheckAddr(8080) = nil, want an error")
	}
	if err := Run(t.Context(), Config{Addr: "0.0.0.0:0", Maker: &fakeMaker{}}, nil); err == nil || !strings.Contains(err.Error(), "other machines") {
		t.Errorf("Run on 0.0.0.0 without Public = %v, want a refusal", err)
	}
}

// Renders beyond the slots and the queue are turned away with 503 and
// Retry-After; those admitted finish.
func TestQueueTurnsAwayBeyondItsSize(t *testing.T) {
	m := &fakeMaker{release: make(chan struct{}), started: make(chan struct{}, 10)}
	s := newServer(Config{Maker: m, Renders: 1, Timeout: 10 * time.Second})
	h := s.handler()
	codes := make(chan int, 3)
	var wg sync.WaitGroup
	for range 2 { // one renders, one waits
		wg.Add(1)
		go func() { defer wg.Done(); codes <- post(h, "/pdf", []field{{"layout", "poster"}}, nil).Code }()
	}
	<-m.started
	for len(s.queue.admit) < 2 { // until the second is waiting
		time.Sleep(time.Millisecond)
	}
	w := post(h, "/pdf", []field{{"layout", "poster"}}, nil)
	if w.Code != 503 || w.Header().Get("Retry-After") == "" {
		t.Errorf("third request = %d, Retry-After %q; want 503 with Retry-After", w.Code, w.Header().Get("Retry-After"))
	}
	close(m.release)
	wg.Wait()
	close(codes)
	for c := range codes {
		if c != 200 {
			t.Errorf("an admitted request = %d, want 200", c)
		}
	}
}

func TestRenderTimeLimit(t *testing.T) {
	m := &fakeMaker{release: make(chan struct{})}
	defer close(m.release)
	h := Handler(Config{Maker: m, Renders: 1, Timeout: 100 * time.Millisecond})
	start := time.Now()
	w := post(h, "/pdf", []field{{"layout", "poster"}}, nil)
	if w.Code != 503 || time.Since(start) > 2*time.Second {
		t.Errorf("a render past the limit = %d after %v, want 503 at once", w.Code, time.Since(start))
	}
}

func TestBudgets(t *testing.T) {
	h := Handler(Config{Maker: &fakeMaker{}})
	for name, tc := range map[string]struct {
		fields []field
		files  map[string][]byte
		want   string
	}{
		"10 MB field":     {[]field{{"org", strings.Repeat("a", 10<<20)}}, nil, `the field "org" is too large`},
		"field past cap":  {[]field{{"notice_en", strings.Repeat("é", maxField)}}, nil, `the field "notice_en" is too large`},
		"logo past cap":   {nil, map[string][]byte{"logo": make([]byte, maxLogo+1)}, "the logo is too large"},
		"body past cap":   {nil, map[string][]byte{"logo": make([]byte, maxLogo), "base": make([]byte, maxBase), "x": make([]byte, 2<<20)}, "too large"},
		"too many fields": {make([]field, maxParts+1), nil, "too many fields"},
	} {
		w := post(h, "/preview", tc.fields, tc.files)
		var got struct{ Problems []Problem }
		json.Unmarshal(w.Body.Bytes(), &got)
		if w.Code != http.StatusRequestEntityTooLarge || len(got.Problems) != 1 || !strings.Contains(got.Problems[0].Message, tc.want) {
			t.Errorf("%s: %d %.200s, want 413 saying %q", name, w.Code, w.Body, tc.want)
		}
	}
}

// The log has one line per request and none of what was typed.
func TestLogKeepsNoFormContents(t *testing.T) {
	var log bytes.Buffer
	h := Handler(Config{Maker: &fakeMaker{}, Log: &log})
	post(h, "/pdf", []field{{"layout", "poster"}, {"org", "Secret Shelter Name"}}, nil)
	post(h, "/settings/save", []field{{"org", "Secret Shelter Name"}}, nil)
	lines := strings.Split(strings.TrimSpace(log.String()), "\n")
	if len(lines) != 2 || strings.Contains(log.String(), "Secret") || !strings.Contains(lines[0], `POST "/pdf" 200`) {
		t.Errorf("log:\n%s", log.String())
	}
}

// What the page saves the CLI reads, and opening it gives back the page's
// values; a starter file opened and saved means what it meant.
func TestSettingsRoundTrip(t *testing.T) {
	h := Handler(Config{Maker: &fakeMaker{}})
	fields := []field{{"layout", "poster"}, {"audience", "public"}, {"lang", "vi"}, {"lang", "ar"}, {"together", "1"},
		{"paper", "a4"}, {"org", "Nhà hàng"}, {"colour", "#0B4F6C"}, {"hotline", "us-nhth"}, {"pack", "ncmec-2024"},
		{"local_name", "Harbor Security"}, {"local_phone", "555-0100"}, {"url", "https://example.org/x"},
		{"tracking", "utm_source=poster"}, {"comply", "us-ca"}, {"local_lang", "vi"}, {"notice_en", "Line one.\n\nLine two."}}
	saved := post(h, "/settings/save", fields, nil)
	if _, err := campaign.LoadFile("campaign.yaml", saved.Body.Bytes(), nil); err != nil {
		t.Fatalf("the CLI cannot read what the page saved: %v\n%s", err, saved.Body)
	}
	opened := post(h, "/settings/open", []field{{"layout", "poster"}, {"audience", "public"}, {"base", saved.Body.String()}}, nil)
	var got struct{ Values map[string]any }
	if err := json.Unmarshal(opened.Body.Bytes(), &got); err != nil {
		t.Fatalf("open = %d %s", opened.Code, opened.Body)
	}
	want := map[string]any{"org": "Nhà hàng", "colour": "#0B4F6C", "hotline": "us-nhth", "pack": "ncmec-2024", "paper": "a4",
		"local_name": "Harbor Security", "local_phone": "555-0100", "url": "https://example.org/x", "tracking": "utm_source=poster",
		"lang": []any{"vi", "ar"}, "together": true, "comply": "us-ca", "local_lang": "vi", "notice_en": "Line one.\n\nLine two."}
	if !reflect.DeepEqual(got.Values, want) {
		t.Errorf("opened values:\n got %v\nwant %v", got.Values, want)
	}

	starter := campaign.Starter()
	again := post(h, "/settings/save", []field{{"layout", "poster"}, {"base", string(starter)}, {"org", "Harbor View Hotel"},
		{"hotline", "us-ncmec"}, {"url", campaign.DefaultURL}, {"tracking", "utm_source=poster"}, {"lang", "en"}, {"lang", "es"},
		{"paper", "letter"}, {"pack", "ncmec-2020"}}, nil)
	a, err1 := campaign.LoadFile("campaign.yaml", starter, nil)
	b, err2 := campaign.LoadFile("campaign.yaml", again.Body.Bytes(), nil)
	if err1 != nil || err2 != nil || fmt.Sprintf("%+v", *a) != fmt.Sprintf("%+v", *b) { // nil and empty lists alike
		t.Errorf("the starter file, opened and saved, changed:\n%v %v\n%s", err1, err2, again.Body)
	}
	if again2 := post(h, "/settings/save", []field{{"layout", "poster"}, {"base", string(starter)}, {"org", "Harbor View Hotel"},
		{"hotline", "us-ncmec"}, {"url", campaign.DefaultURL}, {"tracking", "utm_source=poster"}, {"lang", "en"}, {"lang", "es"},
		{"paper", "letter"}, {"pack", "ncmec-2020"}}, nil); !bytes.Equal(again.Body.Bytes(), again2.Body.Bytes()) {
		t.Error("the same settings saved twice differ")
	}
}

func TestOpenRefusesABadFile(t *testing.T) {
	h := Handler(Config{Maker: &fakeMaker{}})
	w := post(h, "/settings/open", []field{{"base", "organisation:\n  nmae: x\n"}}, nil)
	if w.Code != 422 || !strings.Contains(w.Body.String(), `campaign.yaml:2:3`) {
		t.Errorf("open a file with a typo = %d %s", w.Code, w.Body)
	}
}

func TestCrossSitePostRefused(t *testing.T) {
	h := Handler(Config{Maker: &fakeMaker{}})
	b, ct := body([]field{{"layout", "poster"}}, nil)
	req := httptest.NewRequest("POST", "/pdf", b)
	req.Header.Set("Content-Type", ct)
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	if w.Code != http.StatusForbidden {
		t.Errorf("a cross-site POST = %d, want 403", w.Code)
	}
}
