package layouts_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// needTools skips a test when a command is missing, unless
// LOOKOUT_REQUIRE_TOOLS=1 (as in CI), where it fails.
func needTools(t *testing.T, names ...string) {
	t.Helper()
	for _, name := range names {
		if _, err := exec.LookPath(name); err != nil {
			if os.Getenv("LOOKOUT_REQUIRE_TOOLS") == "1" {
				t.Fatalf("%s is not installed (apt-get install -y poppler-utils qpdf zbar-tools)", name)
			}
			t.Skipf("%s is not installed", name)
		}
	}
}

func command(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return string(out)
}

// words collapses white space, so text that pdftotext broke across lines
// compares with the text as written.
func words(s string) string { return strings.Join(strings.Fields(s), " ") }

// qrCodes renders every page at 150 dpi and returns what zbarimg decodes,
// one string per code found.
func qrCodes(t *testing.T, pdf string) []string {
	t.Helper()
	dir := t.TempDir()
	command(t, "pdftoppm", "-r", "150", "-gray", "-png", pdf, filepath.Join(dir, "p"))
	pngs, _ := filepath.Glob(filepath.Join(dir, "p*.png"))
	var codes []string
	for _, png := range pngs {
		out, err := exec.Command("zbarimg", "-q", "--raw", png).Output()
		if err != nil && len(out) == 0 {
			continue // zbarimg exits 4 when it finds nothing
		}
		for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
			if l != "" {
				codes = append(codes, l)
			}
		}
	}
	return codes
}

var boxRE = regexp.MustCompile(`(?m)^Page\s+1 (MediaBox|TrimBox|BleedBox):\s+([-0-9.]+)\s+([-0-9.]+)\s+([-0-9.]+)\s+([-0-9.]+)`)

// pageBoxes returns page 1's boxes in inches, as pdfinfo -box prints them.
func pageBoxes(t *testing.T, pdf string) map[string][4]float64 {
	t.Helper()
	out := command(t, "pdfinfo", "-box", "-f", "1", "-l", "1", pdf)
	boxes := map[string][4]float64{}
	for _, m := range boxRE.FindAllStringSubmatch(out, -1) {
		var b [4]float64
		for i := range b {
			fmt.Sscanf(m[i+2], "%g", &b[i])
			b[i] /= 72
		}
		boxes[m[1]] = b
	}
	return boxes
}

// checkFontsEmbedded fails when pdffonts lists a font that is not embedded.
func checkFontsEmbedded(t *testing.T, pdf string) {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(command(t, "pdffonts", pdf)), "\n")
	if len(lines) < 3 {
		t.Errorf("%s: pdffonts lists no fonts", pdf)
	}
	for _, l := range lines[2:] {
		f := strings.Fields(l)
		if len(f) < 5 || f[len(f)-5] != "yes" {
			t.Errorf("%s: font not embedded: %s", pdf, l)
		}
	}
}
