package layouts_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
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

// everyPDF plans every PDF lookout can make: each layout in each language
// on the language's usual paper and on A4 and letter, and in English and
// Arabic on every paper the layout comes in.
func everyPDF(t *testing.T) []layouts.Job {
	t.Helper()
	cats, err := translations.All()
	if err != nil {
		t.Fatal(err)
	}
	var jobs []layouts.Job
	for _, l := range layouts.All() {
		for _, cat := range cats {
			papers := []string{"", "a4", "letter"}
			if cat.Tag == "en" || cat.Tag == "ar" {
				papers = l.Papers
			}
			for _, paper := range papers {
				if paper != "" && !l.Supports(paper) {
					continue
				}
				js, err := campaign.Plan(campaign.Request{Layout: l.Name, Langs: []string{cat.Tag}, Paper: paper,
					Hotline: "us-nhth", URL: campaign.DefaultURL, Org: "Saigon Noodle House", Pack: "ncmec-2020",
					Created: time.Unix(1767225600, 0).UTC(), Creator: "lookout test"})
				if err != nil {
					t.Fatal(err)
				}
				jobs = append(jobs, js...)
			}
		}
	}
	return jobs
}

// TestEveryPDFIsValid makes every PDF of everyPDF and checks each with
// pdfcpu (strict) and qpdf --check.
func TestEveryPDFIsValid(t *testing.T) {
	jobs := everyPDF(t)
	outs, err := layouts.RenderAll(jobs, runtime.GOMAXPROCS(0))
	if err != nil {
		t.Fatal(err)
	}
	haveQpdf := qpdfAvailable(t)
	dir := t.TempDir()
	var wg sync.WaitGroup
	errs := make([]error, len(jobs))
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
			f := filepath.Join(dir, name)
			if err := os.WriteFile(f, outs[i].PDF, 0o644); err != nil {
				errs[i] = err
				return
			}
			if out, err := exec.Command("qpdf", "--check", f).CombinedOutput(); err != nil {
				errs[i] = &validationError{name, err}
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
	t.Logf("%d PDFs checked", len(jobs))
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
