package layouts_test

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lookout/campaign"
	"lookout/layouts"
)

var update = flag.Bool("update", false, "rewrite the golden placement logs in testdata/")

// render makes one piece the way `lookout make` does, with a fixed date.
func render(t *testing.T, layout, lang, paper, org string) ([]byte, string, layouts.Job) {
	t.Helper()
	jobs, err := campaign.Plan(campaign.Request{Layout: layout, Langs: []string{lang}, Paper: paper,
		Hotline: "us-ncmec", URL: campaign.DefaultURL, Org: org, Pack: "ncmec-2020",
		Created: time.Unix(1767225600, 0).UTC(), Creator: "lookout test"})
	if err != nil {
		t.Fatal(err)
	}
	pdf, log, err := layouts.Render(jobs[0])
	if err != nil {
		t.Fatalf("%s %s %s: %v", layout, lang, paper, err)
	}
	return pdf, log, jobs[0]
}

// golden compares a placement log with testdata/name, or rewrites it
// with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./layouts/ -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("placement log %s changed (run go test ./layouts/ -update to accept):\n%s", name, diff(string(want), got))
	}
}

// diff shows the first lines that differ.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var out []string
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			out = append(out, "- "+a, "+ "+b)
		}
		if len(out) >= 12 {
			break
		}
	}
	return strings.Join(out, "\n")
}
