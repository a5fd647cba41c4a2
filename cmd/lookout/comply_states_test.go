package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStateNoticesFromTheCommandLine makes each state notice added from
// docs/sources/states.md the way a user does, `lookout make poster
// --comply ID`, and reads the checklist beside it: the sheet and type
// measured as the law asks, each required language on the page, the
// hotline and text line printed, and the sources with the day they were
// read. Kentucky's notes that lookout cannot make the 3 × 3 in cling;
// South Carolina's that its second language must be checked by hand.
func TestStateNoticesFromTheCommandLine(t *testing.T) {
	for _, tc := range []struct {
		id, file string
		want     []string
	}{
		{"us-nm", "poster-us-nm-letter-landscape-en+es", []string{"[ok] the sheet is 11.00 × 8.50 in, landscape; the law asks at least 11 × 8.5 in (landscape)",
			"[ok] the text line 233733 is printed", "505-GET-FREE (505-438-3733), to call or text", "secondary"}},
		{"us-ky", "poster-us-ky-letter-en+es", []string{"[ok] the sheet is 8.50 × 11.00 in, portrait", "the law asks at least 16 pt",
			"[ok] the law's language es is on the page", "[ok] the hotline National Human Trafficking Hotline is printed: 1-888-373-7888", "up to $50"}},
		{"us-sc", "poster-us-sc-letter-en", []string{"[ok] the law's language en is on the page", "a second language beside English, which 16-3-2100(B) asks for", "breaks off before it names the language"}},
		{"us-ri", "poster-us-ri-letter-en+es", []string{"the law asks at least 16 pt", "[ok] the text line 233733 is printed", "$300"}},
		{"us-tx-402", "poster-us-tx-402-letter-en+es", []string{"Department of Public Safety", "[ok] the law's language es is on the page", "texasattorneygeneral.gov"}},
		{"us-ct", "poster-us-ct-letter-en", []string{"54-222(b)", "$100 for a first offense", "1-888-373-7888"}},
	} {
		dir := t.TempDir()
		r := lookout(t, "make", "poster", "--comply", tc.id, "--out", dir)
		entries, _ := os.ReadDir(dir)
		var files []string
		for _, e := range entries {
			files = append(files, e.Name())
		}
		if want := tc.file + "-checklist.txt " + tc.file + ".pdf"; r.code != 0 || strings.Join(files, " ") != want {
			t.Errorf("%s: exit %d, files %v, stderr %q; want %s", tc.id, r.code, files, r.stderr, want)
			continue
		}
		checkComplete(t, filepath.Join(dir, tc.file+".pdf"))
		b, err := os.ReadFile(filepath.Join(dir, tc.file+"-checklist.txt"))
		if err != nil {
			t.Fatalf("%s: %v", tc.id, err)
		}
		list := string(b)
		for _, w := range append(tc.want, "(read 2026-12-04)", "What lookout checked and measured on this PDF") {
			if !strings.Contains(list, w) {
				t.Errorf("%s: the checklist lacks %q:\n%s", tc.id, w, list)
			}
		}
	}
}

// TestComplyListsTheStates checks that 'lookout comply' lists every added
// state with its confidence and the day its sources were read, and that
// 'lookout comply us-nm' shows the landscape sheet and the state line.
func TestComplyListsTheStates(t *testing.T) {
	r := lookout(t, "comply")
	for _, w := range []string{"us-nm", "New Mexico", "11 × 8.5 in landscape", "us-ky", "Kentucky", "us-ny-sla", "agency", "us-ri-hotel", "us-hi", "Hawaii"} {
		if !strings.Contains(r.stdout, w) {
			t.Errorf("'lookout comply' lacks %q:\n%s", w, r.stdout)
		}
	}
	for _, l := range strings.Split(r.stdout, "\n") {
		if f := strings.Fields(l); len(f) > 0 && (f[0] == "us-nm" || f[0] == "us-ky" || f[0] == "us-al") && !strings.HasSuffix(l, "2026-12-04") {
			t.Errorf("'lookout comply' row without its source date: %q", l)
		}
	}
	r = lookout(t, "comply", "us-nm")
	for _, w := range []string{"N.M. HB 181 (2014)", "Minimum Wage Act", "11 × 8.5 in landscape", "hotline preset us-nm", "proskauer", "jacksonlewis"} {
		if r.code != 0 || !strings.Contains(r.stdout, w) {
			t.Errorf("'lookout comply us-nm' (exit %d) lacks %q:\n%s", r.code, w, r.stdout)
		}
	}
}
