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

// request is a request as `lookout make` builds it, with a fixed date.
func request(layout, lang, paper string) campaign.Request {
	return campaign.Request{Layout: layout, Langs: []string{lang}, Paper: paper,
		Hotline: "us-ncmec", URL: campaign.DefaultURL, Org: "Joe's Diner",
		Created: time.Unix(1767225600, 0).UTC(), Creator: "lookout test"}
}

// make renders the request's first job.
func make1(t *testing.T, r campaign.Request) (layouts.Piece, layouts.Job) {
	t.Helper()
	jobs, err := campaign.Plan(r)
	if err != nil {
		t.Fatal(err)
	}
	piece, err := layouts.Render(jobs[0])
	if err != nil {
		t.Fatalf("%s: %v", campaign.FileName(jobs[0]), err)
	}
	return piece, jobs[0]
}

// render makes one piece the way `lookout make` does, with a fixed date.
func render(t *testing.T, layout, lang, paper, org string) ([]byte, string, layouts.Job) {
	t.Helper()
	r := request(layout, lang, paper)
	r.Org = org
	piece, job := make1(t, r)
	return piece.PDF, piece.Log, job
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
