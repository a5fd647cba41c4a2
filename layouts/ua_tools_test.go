package layouts_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"lookout/campaign"
)

// TestPDFUA makes the poster in every language and every layout in four
// scripts and checks each PDF with ../shared/tools/a11y/ua-check.py, the
// Matterhorn Protocol's conditions a machine can check: tagged content
// and MarkInfo, XMP with dc:title and pdfuaid:part, DisplayDocTitle,
// /Lang (the catalog's, and an element's wherever its text is in another
// script), /Alt on every Figure, embedded fonts with a ToUnicode that maps
// every shown code to real text.
func TestPDFUA(t *testing.T) {
	if testing.Short() {
		t.Skip("checks about 60 PDFs with qpdf")
	}
	tools := a11yTools(t)
	needTools(t, "qpdf", "python3")
	jobs := a11yJobs(t, allLangs(t))
	dir := t.TempDir()
	renderA11y(t, jobs, dir)
	files, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
	out, err := exec.Command("python3", append([]string{filepath.Join(tools, "ua-check.py")}, files...)...).CombinedOutput()
	if err != nil {
		t.Errorf("ua-check.py: %v\n%s", err, out)
	}
	if n := strings.Count(string(out), ": pass ("); n != len(files) {
		t.Errorf("%d of %d PDFs pass ua-check.py", n, len(files))
	}
}

// TestStructureTree checks the tree the browsers hand to assistive
// technology (pdf.js as in Firefox, PDFium as in Chrome and Edge) on a
// --together poster in English, Spanish and Arabic: a heading in each
// language, each declaring its own, the warning signs as a list of items
// (their pictograms are artifacts, so the items carry no label), and the QR code as a figure whose alternative text
// says what it opens.
func TestStructureTree(t *testing.T) {
	tools := a11yTools(t)
	needReaders(t)
	jobs := a11yJobs(t, nil)
	var pdf string
	dir := t.TempDir()
	for _, j := range jobs {
		if j.name == "poster-letter-en+ar+zh-Hans.pdf" {
			renderA11y(t, []a11yJob{j}, dir)
			pdf = filepath.Join(dir, j.name)
		}
	}
	if pdf == "" {
		t.Fatal("no --together poster among the jobs")
	}
	url := strings.TrimPrefix(campaign.DefaultURL, "https://")
	for _, reader := range []string{"pdfjs-text.mjs", "pdfium-text.mjs"} {
		out, err := exec.Command("node", filepath.Join(tools, reader), pdf, "--struct").CombinedOutput()
		if err != nil {
			t.Fatalf("%s: %v\n%s", reader, err, out)
		}
		tree := string(out)
		for _, want := range []string{"H1", "lang=ar", "lang=zh-Hans", "L", "LI", "LBody", "P",
			`Figure alt="QR code: opens ` + url + `"`} {
			if !strings.Contains(tree, want) {
				t.Errorf("%s: the structure tree has no %q:\n%s", reader, want, tree)
			}
		}
	}
}

// allLangs is every language lookout has a catalog for.
func allLangs(t *testing.T) []string {
	t.Helper()
	if os.Getenv("LOOKOUT_A11Y_LANGS") != "" {
		return strings.Fields(os.Getenv("LOOKOUT_A11Y_LANGS"))
	}
	return catalogs(t)
}
