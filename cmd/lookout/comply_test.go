package main

import (
	"os"
	"strings"
	"testing"
)

// TestREADMEPresetTable checks that the README's table of posting-law
// presets is what 'lookout comply --markdown' prints from the data today.
func TestREADMEPresetTable(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(readme), "<!-- comply-table: begin -->\n")
	table, _, ok2 := strings.Cut(rest, "<!-- comply-table: end -->")
	if !ok || !ok2 {
		t.Fatal("README.md has no comply-table markers")
	}
	r := lookout(t, "comply", "--markdown")
	if r.code != 0 {
		t.Fatalf("comply --markdown: exit %d, %s", r.code, r.stderr)
	}
	if table != r.stdout {
		t.Errorf("README.md's preset table differs from 'lookout comply --markdown'; paste its output between the markers.\nREADME:\n%s\ncommand:\n%s", table, r.stdout)
	}
	for _, id := range []string{"us-ca", "us-tx-lodging"} {
		if !strings.Contains(table, "`"+id+"`") {
			t.Errorf("the table lacks %s", id)
		}
	}
}
