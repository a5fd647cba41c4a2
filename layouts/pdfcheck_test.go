package layouts_test

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"

	"lookout/campaign"
	"lookout/layouts"
	"lookout/translations"
)

func init() { api.DisableConfigDir() } // pdfcpu would otherwise write a config folder into $HOME

// validate checks a PDF with pdfcpu in strict mode: full conformance with
// PDF 32000-1:2008, not the relaxed mode that forgives the faults common
// in the wild. lookout writes every byte through fpdf and its own font
// objects, so it has no excuse for any of them.
func validate(name string, pdf []byte) error {
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationStrict
	if err := api.Validate(bytes.NewReader(pdf), conf); err != nil {
		return &validationError{name, err}
	}
	return nil
}

type validationError struct {
	name string
	err  error
}

func (e *validationError) Error() string { return e.name + ": pdfcpu (strict): " + e.err.Error() }

// everyPDF plans every PDF lookout can make: each form of each layout
// (variant, audience, size, tear-off tabs) on each of its papers, in
// English and in Arabic; each layout in every language in its default
// form; and each variant that sets several languages on a page, with as
// many as it takes. It returns the requests the layouts refuse too (a
// form that does not come in a paper): those are no PDF lookout makes.
func everyPDF(t *testing.T) (jobs []layouts.Job, refused int) {
	t.Helper()
	cats, err := translations.All()
	if err != nil {
		t.Fatal(err)
	}
	var reqs []campaign.Request
	for _, l := range layouts.All() {
		for _, f := range l.Forms() {
			for _, paper := range append([]string{""}, f.Variant.Papers...) {
				for _, lang := range []string{"en", "ar"} {
					reqs = append(reqs, campaign.Request{Layout: l.Name, Langs: []string{lang}, Variant: f.Variant.Name,
						Audience: f.Audience, Size: f.Size, TearOffs: f.TearOffs, Paper: paper})
				}
			}
		}
		for _, c := range cats {
			reqs = append(reqs, campaign.Request{Layout: l.Name, Langs: []string{c.Tag}})
		}
		for _, v := range l.Variants {
			if v.Together > 1 {
				reqs = append(reqs, campaign.Request{Layout: l.Name, Variant: v.Name, Together: true,
					Langs: []string{"en", "ar", "zh-Hans"}[:min(v.Together, 3)]})
			}
		}
	}
	for _, r := range reqs {
		r.Hotline, r.URL, r.Org = "us-nhth", campaign.DefaultURL, "Saigon Noodle House"
		r.Created, r.Creator = time.Unix(1767225600, 0).UTC(), "lookout test"
		js, err := campaign.Plan(r)
		var ie *campaign.InputError
		if errors.As(err, &ie) {
			refused++
			t.Logf("refused, as lookout make would: %s %v %s %s %s: %v", r.Layout, r.Langs, r.Variant, r.Size, r.Paper, err)
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		jobs = append(jobs, js...)
	}
	return jobs, refused
}

// TestEveryPDFIsValid makes every PDF of everyPDF and checks each with
// pdfcpu (strict) and qpdf --check. Names repeat across forms (the same
// file name from two requests is the same PDF), so each is checked once.
func TestEveryPDFIsValid(t *testing.T) {
	jobs, refused := everyPDF(t)
	outs, errs := layouts.RenderAll(jobs, (*layouts.Renderer).Render, runtime.GOMAXPROCS(0), nil)
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	haveQpdf := qpdfAvailable(t)
	dir := t.TempDir()
	var wg sync.WaitGroup
	errs = make([]error, len(jobs))
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, j := range jobs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			name := campaign.FileName(j)
			if errs[i] = validate(name, outs[i].PDF); errs[i] != nil || !haveQpdf {
				return
			}
			f := filepath.Join(dir, strconv.Itoa(i)+"-"+name) // a name two forms share is two files: no writer truncates one qpdf reads
			if err := os.WriteFile(f, outs[i].PDF, 0o644); err != nil {
				errs[i] = err
				return
			}
			if out, err := exec.Command("qpdf", "--check", f).CombinedOutput(); err != nil {
				if ferr := qpdfBufferBoundary(out, outs[i].PDF); ferr == nil {
					return // qpdf's own false alarm, and the stream checked whole
				}
				errs[i] = fmt.Errorf("%s: qpdf --check: %w", name, err)
				t.Logf("qpdf --check %s:\n%s", name, out)
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	t.Logf("%d PDFs checked (%d requests refused as lookout refuses them)", len(jobs), refused)
}

// qpdfBufferBoundary accepts one warning of qpdf's: "input stream is
// complete but output may still be valid", which libqpdf's Pl_Flate gives
// when zlib reports no progress because a stream's output filled qpdf's
// buffer exactly as its input ran out (its comment calls this a boundary
// condition; seen in qpdf 11.3, 4 December 2026). It returns nil only when
// that is qpdf's sole complaint and each stream it names inflates whole,
// to its end and its checksum, with Go's zlib; else an error.
func qpdfBufferBoundary(out, pdf []byte) error {
	const warning = "input stream is complete but output may still be valid"
	var offsets []int
	for _, line := range strings.Split(string(out), "\n") {
		if !strings.HasPrefix(line, "WARNING: ") {
			continue
		}
		_, rest, ok := strings.Cut(line, "(offset ")
		n, err := strconv.Atoi(strings.SplitN(rest, ")", 2)[0])
		if !ok || err != nil || !strings.HasSuffix(line, warning) {
			return fmt.Errorf("qpdf warns: %s", line)
		}
		offsets = append(offsets, n)
	}
	if len(offsets) == 0 {
		return errors.New("qpdf failed without a warning")
	}
	for _, at := range offsets {
		head := pdf[max(at-300, 0):at]
		k := bytes.LastIndex(head, []byte("/Length "))
		if k < 0 || !bytes.HasSuffix(head, []byte("stream\n")) {
			return fmt.Errorf("no stream starts at offset %d", at)
		}
		n, err := strconv.Atoi(string(bytes.TrimRight(bytes.Fields(head[k+len("/Length "):])[0], ">")))
		if err != nil || at+n > len(pdf) {
			return fmt.Errorf("the stream at offset %d has no usable /Length", at)
		}
		r, err := zlib.NewReader(bytes.NewReader(pdf[at : at+n]))
		if err != nil {
			return err
		}
		if _, err := io.Copy(io.Discard, r); err != nil {
			return fmt.Errorf("the stream at offset %d: %w", at, err)
		}
	}
	return nil
}

func qpdfAvailable(t *testing.T) bool {
	if _, err := exec.LookPath("qpdf"); err != nil {
		if os.Getenv("LOOKOUT_REQUIRE_TOOLS") == "1" {
			t.Fatal("qpdf is not installed (apt-get install -y qpdf)")
		}
		t.Log("qpdf is not installed: checking with pdfcpu only")
		return false
	}
	return true
}

// TestValidateCatches makes sure the check can fail: a PDF cut short, one
// with a font of a subtype that does not exist, one whose font points to a
// descriptor that is not there.
func TestValidateCatches(t *testing.T) {
	pdf, _, _ := render(t, "poster", "en", "letter", "")
	if err := validate("whole", pdf); err != nil {
		t.Fatal(err)
	}
	for name, bad := range map[string][]byte{
		"cut short":          pdf[:len(pdf)/2],
		"unknown font type":  bytes.Replace(pdf, []byte("/CIDFontType2"), []byte("/CIDFontType9"), 1),
		"no such descriptor": bytes.Replace(pdf, []byte("/FontDescriptor 1"), []byte("/FontDescriptor 9"), 1),
	} {
		if validate(name, bad) == nil {
			t.Errorf("%s: pdfcpu found nothing wrong", name)
		}
	}
}

// TestQpdfBufferBoundary: the one qpdf warning let through is accepted
// only for a stream that inflates whole; any other warning, or the same
// warning on a stream cut short, still fails.
func TestQpdfBufferBoundary(t *testing.T) {
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	w.Write(bytes.Repeat([]byte("0 0 m 10 10 l S\n"), 200))
	w.Close()
	pdf := func(data []byte) ([]byte, int) {
		head := fmt.Sprintf("%%PDF-1.7\n4 0 obj\n<</Filter /FlateDecode /Length %d>>\nstream\n", len(data))
		return append([]byte(head), append(data, "\nendstream\nendobj\n"...)...), len(head)
	}
	good, at := pdf(z.Bytes())
	short, _ := pdf(z.Bytes()[:z.Len()-6])
	warn := fmt.Sprintf("checking x.pdf\nWARNING: x.pdf (offset %d): input stream is complete but output may still be valid\nqpdf: operation succeeded with warnings\n", at)
	if err := qpdfBufferBoundary([]byte(warn), good); err != nil {
		t.Errorf("a whole stream: %v", err)
	}
	if err := qpdfBufferBoundary([]byte(warn), short); err == nil {
		t.Error("a stream cut short passed")
	}
	if err := qpdfBufferBoundary([]byte("WARNING: x.pdf: object 4 0 has an unknown key\n"), good); err == nil {
		t.Error("another warning passed")
	}
}
