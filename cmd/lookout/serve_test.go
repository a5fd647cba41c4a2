package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"html"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"lookout/serve"
)

// formField is one field of the page's form.
type formField struct{ name, value string }

// postForm sends the page's form to path, with a logo when not nil.
func postForm(t *testing.T, h http.Handler, path string, fields []formField, logo []byte) *httptest.ResponseRecorder {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for _, f := range fields {
		mw.WriteField(f.name, f.value)
	}
	if logo != nil {
		fw, _ := mw.CreateFormFile("logo", "my logo.png")
		fw.Write(logo)
	}
	mw.Close()
	req := httptest.NewRequest("POST", path, &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Accept", "application/json")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}

// servePage is the page's handler with make's and kit's code behind it,
// dated as the CLI tests are.
func servePage() http.Handler {
	env := testEnv(map[string]string{"SOURCE_DATE_EPOCH": "1767225600"})
	return serve.Handler(serve.Config{Maker: pageMaker{env: env}, Renders: 2})
}

func testLogo(t *testing.T) []byte {
	b, err := os.ReadFile(filepath.Join(filepath.Dir(campaignDir(t, "")), "logo.png"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// The page's PDF, and its kit, are the CLI's bytes for the same settings:
// the campaign file the page saves, the logo beside it, and make's flags.
func TestServeMatchesCLI(t *testing.T) {
	h, logo := servePage(), testLogo(t)
	fields := []formField{{"layout", "poster"}, {"lang", "vi"}, {"lang", "ar"}, {"together", "1"}, {"paper", "letter"},
		{"org", "Nhà hàng Sài Gòn"}, {"colour", "#0B4F6C"}, {"hotline", "us-ncmec"}, {"url", "https://example.org/signs"},
		{"tracking", "utm_source=poster"}, {"local_name", "Harbor Security"}, {"local_phone", "555-0100"},
		{"base", "kit: [poster, sticker]\n"}}
	pdf := postForm(t, h, "/pdf", fields, logo)
	if pdf.Code != 200 || pdf.Header().Get("Content-Type") != "application/pdf" {
		t.Fatalf("POST /pdf = %d %s", pdf.Code, pdf.Body)
	}
	saved := postForm(t, h, "/settings/save", fields, logo)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "campaign.yaml"), saved.Body.Bytes(), 0o644)
	os.WriteFile(filepath.Join(dir, "logo.png"), logo, 0o644)
	r := lookout(t, "make", "poster", "--campaign", filepath.Join(dir, "campaign.yaml"), "--out", "{out}")
	if r.code != 0 || strings.TrimSpace(r.stdout) == "" {
		t.Fatalf("lookout make = %d %s", r.code, r.stderr)
	}
	cli, err := os.ReadFile(strings.TrimSpace(r.stdout))
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Base(strings.TrimSpace(r.stdout))
	if want := `attachment; filename="` + name + `"`; pdf.Header().Get("Content-Disposition") != want {
		t.Errorf("page's file is %s, want %s", pdf.Header().Get("Content-Disposition"), want)
	}
	if !bytes.Equal(pdf.Body.Bytes(), cli) {
		t.Errorf("the page's %s (%d bytes) differs from the CLI's (%d bytes)", name, pdf.Body.Len(), len(cli))
	}

	kit := postForm(t, h, "/kit", fields, logo)
	if kit.Code != 200 {
		t.Fatalf("POST /kit = %d %s", kit.Code, kit.Body)
	}
	zr, err := zip.NewReader(bytes.NewReader(kit.Body.Bytes()), int64(kit.Body.Len()))
	if err != nil {
		t.Fatal(err)
	}
	r = lookout(t, "kit", "--campaign", filepath.Join(dir, "campaign.yaml"), "--out", "{out}")
	written := strings.Fields(r.stdout)
	if r.code != 0 || len(written) != len(zr.File) {
		t.Fatalf("lookout kit = %d, %d files; the page's zip has %d\n%s", r.code, len(written), len(zr.File), r.stderr)
	}
	for i, f := range zr.File {
		rc, _ := f.Open()
		got, _ := io.ReadAll(rc)
		want, _ := os.ReadFile(written[i])
		if f.Name != filepath.Base(written[i]) || !bytes.Equal(got, want) {
			t.Errorf("zip file %d %s (%d bytes) is not the CLI's %s (%d bytes)", i, f.Name, len(got), written[i], len(want))
		}
	}
}

// A mistake is shown beside its control with the CLI's own message and
// hint.
func TestServeProblemsAreTheCLIs(t *testing.T) {
	h := servePage()
	for _, tc := range []struct {
		fields []formField
		field  string
		cli    []string
	}{
		{[]formField{{"layout", "poster"}, {"org", "Bell\x07"}}, "org", []string{"make", "poster", "--org", "Bell\x07", "--out", "{out}"}},
		{[]formField{{"layout", "poster"}, {"url", "ftp://example.org"}}, "url", []string{"make", "poster", "--url", "ftp://example.org", "--out", "{out}"}},
		{[]formField{{"layout", "poster"}, {"lang", "xx"}}, "lang", []string{"make", "poster", "--lang", "xx", "--out", "{out}"}},
		{[]formField{{"layout", "flyer"}, {"tear_offs", "3"}}, "tear_offs", []string{"make", "flyer", "--tear-offs=3", "--out", "{out}"}},
	} {
		w := postForm(t, h, "/preview", tc.fields, nil)
		var got struct{ Problems []serve.Problem }
		json.Unmarshal(w.Body.Bytes(), &got)
		if w.Code != http.StatusUnprocessableEntity || len(got.Problems) == 0 {
			t.Errorf("%v: %d %s, want 422 with a problem", tc.fields, w.Code, w.Body)
			continue
		}
		p := got.Problems[0]
		r := lookout(t, tc.cli...)
		if p.Field != tc.field {
			t.Errorf("%v: problem beside %q, want %q", tc.fields, p.Field, tc.field)
		}
		if r.code != 2 || !strings.Contains(r.stderr, p.Message) || !strings.Contains(r.stderr, "hint: "+p.Hint) {
			t.Errorf("%v: page says %q (hint %q); the CLI says:\n%s", tc.fields, p.Message, p.Hint, r.stderr)
		}
	}
}

func TestServeRefusesAPublicAddress(t *testing.T) {
	r := lookout(t, "serve", "--addr", "0.0.0.0:0")
	if r.code != 2 || !strings.Contains(r.stderr, "can be reached from other machines") || !strings.Contains(r.stderr, "hint: add --public") {
		t.Errorf("serve --addr 0.0.0.0:0 = %d\n%s", r.code, r.stderr)
	}
}

// A posting law's notice comes with its checklist, shown on the page and
// in the zip, and the note that the law's wording is still needed.
func TestServeComplyChecklist(t *testing.T) {
	h := servePage()
	missing := postForm(t, h, "/preview", []formField{{"layout", "poster"}, {"comply", "us-ca"}, {"lang", "en"}}, nil)
	if missing.Code != 422 || !strings.Contains(missing.Body.String(), `"field":"lang","message":"us-ca (Cal. Civ. Code 52.6) requires the notice in en, es`) {
		t.Errorf("a notice without a language the law requires = %d %s", missing.Code, missing.Body)
	}
	fields := []formField{{"layout", "poster"}, {"comply", "us-ca"}, {"lang", "en"}, {"lang", "es"}}
	w := postForm(t, h, "/preview", fields, nil)
	var got struct {
		Files []struct{ Name, PDF, Text string }
		Notes []string
	}
	if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil || w.Code != 200 {
		t.Fatalf("preview = %d %.300s", w.Code, w.Body)
	}
	r := lookout(t, "make", "poster", "--comply", "us-ca", "--lang", "en,es", "--out", "{out}")
	var names []string
	for _, f := range got.Files {
		names = append(names, f.Name)
		if strings.HasSuffix(f.Name, "-checklist.txt") && !strings.Contains(f.Text, "Cal. Civ. Code") {
			t.Errorf("the checklist does not name the law:\n%.400s", f.Text)
		}
	}
	sort.Strings(names)
	if strings.Join(names, " ") != strings.Join(r.files, " ") {
		t.Errorf("the page made %v; the CLI %v", names, r.files)
	}
	if len(got.Notes) == 0 || !strings.Contains(r.stderr, got.Notes[0]) {
		t.Errorf("notes %q; the CLI says:\n%s", got.Notes, r.stderr)
	}
	zipped := postForm(t, h, "/pdf", fields, nil)
	if zipped.Header().Get("Content-Type") != "application/zip" {
		t.Errorf("Download PDF of a notice = %s, want the zip of the PDF and its checklist", zipped.Header().Get("Content-Type"))
	}
}

// A person who changes nothing and presses Download PDF gets the default
// poster: the bytes of 'lookout make poster'.
func TestServeDefaultIsThePoster(t *testing.T) {
	page := []formField{{"layout", "poster"}, {"variant", ""}, {"size", ""}, {"audience", ""}, {"paper", ""},
		{"tear_offs", ""}, {"lang", "en"}, {"together", ""}, {"hotline", "us-ncmec"}, {"pack", ""}, {"org", ""},
		{"colour", ""}, {"local_name", ""}, {"local_phone", ""}, {"url", ""},
		{"tracking", ""}, {"comply", ""}, {"local_lang", ""}, {"notice_en", ""}, {"base", ""}}
	w := postForm(t, servePage(), "/pdf", page, nil)
	r := lookout(t, "make", "poster", "--out", "{out}")
	cli, _ := os.ReadFile(strings.TrimSpace(r.stdout))
	if w.Code != 200 || len(cli) == 0 || !bytes.Equal(w.Body.Bytes(), cli) {
		t.Errorf("the page's default (%d, %d bytes, %s) is not 'lookout make poster' (%d bytes)",
			w.Code, w.Body.Len(), w.Header().Get("Content-Disposition"), len(cli))
	}
}

// Without the page's script, a mistake comes back as a short page that
// says what to fix.
func TestServeProblemsWithoutScript(t *testing.T) {
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	mw.WriteField("layout", "poster")
	mw.WriteField("org", "Bell\x07")
	mw.Close()
	req := httptest.NewRequest("POST", "/pdf", &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	w := httptest.NewRecorder()
	servePage().ServeHTTP(w, req)
	if w.Code != 422 || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/html") ||
		!strings.Contains(html.UnescapeString(w.Body.String()), "the name has the control character U+0007") {
		t.Errorf("POST /pdf without script = %d %s\n%.500s", w.Code, w.Header().Get("Content-Type"), w.Body)
	}
}
