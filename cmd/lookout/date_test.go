package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSourceDateEpoch reads SOURCE_DATE_EPOCH as whole seconds in decimal
// digits up to the end of 9999, and refuses anything else, exit 2 with a
// hint, rather than read part of it. The last second it takes is written
// into the PDF as a four-digit year.
func TestSourceDateEpoch(t *testing.T) {
	for _, tc := range []struct {
		env, created, err string // created: the manifest's date; err: the error line
	}{
		{"1767225600", "2026-01-01T00:00:00Z", ""},
		{"0", "1970-01-01T00:00:00Z", ""},
		{"0001767225600", "2026-01-01T00:00:00Z", ""},
		{"253402300799", "9999-12-31T23:59:59Z", ""},
		{"123abc", "", `SOURCE_DATE_EPOCH "123abc" is not a number of seconds: digits only`},
		{"-1", "", `SOURCE_DATE_EPOCH "-1" is not a number of seconds: digits only`},
		{"+5", "", `SOURCE_DATE_EPOCH "+5" is not a number of seconds: digits only`},
		{" 5", "", `SOURCE_DATE_EPOCH " 5" is not a number of seconds: digits only`},
		{"1767225600.5", "", `SOURCE_DATE_EPOCH "1767225600.5" is not a number of seconds: digits only`},
		{"0x10", "", `SOURCE_DATE_EPOCH "0x10" is not a number of seconds: digits only`},
		{"253402300800", "", "SOURCE_DATE_EPOCH 253402300800 is past the year 9999, which a PDF date cannot hold"},
		{"99999999999999999999", "", "SOURCE_DATE_EPOCH 99999999999999999999 is past the year 9999, which a PDF date cannot hold"},
		{strings.Repeat("9", 100), "", "SOURCE_DATE_EPOCH " + strings.Repeat("9", 60) + "… is past the year 9999"},
	} {
		dir := t.TempDir()
		var out, errb bytes.Buffer
		code := run([]string{"kit", "--lang", "en", "--out", dir}, &out, &errb, testEnv(map[string]string{"SOURCE_DATE_EPOCH": tc.env}))
		if tc.err != "" {
			if code != 2 || !strings.HasPrefix(errb.String(), "lookout: "+tc.err) || !strings.Contains(errb.String(), "\nlookout: hint: set it to whole seconds since 1970") {
				t.Errorf("SOURCE_DATE_EPOCH=%s: exit %d, stderr %q; want 2, %q and a hint", tc.env, code, errb.String(), tc.err)
			}
			if left, _ := os.ReadDir(dir); len(left) > 0 {
				t.Errorf("SOURCE_DATE_EPOCH=%s: wrote %d files", tc.env, len(left))
			}
			continue
		}
		if code != 0 {
			t.Errorf("SOURCE_DATE_EPOCH=%s: exit %d, %s", tc.env, code, errb.String())
			continue
		}
		if m := checkManifest(t, dir); m.Created != tc.created {
			t.Errorf("SOURCE_DATE_EPOCH=%s: created %s; want %s", tc.env, m.Created, tc.created)
		}
		pdf, _ := os.ReadFile(filepath.Join(dir, "poster-letter-en.pdf"))
		want := "/CreationDate (D:" + strings.NewReplacer("-", "", "T", "", ":", "", "Z", "").Replace(tc.created) + ")"
		if !bytes.Contains(pdf, []byte(want)) {
			t.Errorf("SOURCE_DATE_EPOCH=%s: the poster has no %s", tc.env, want)
		}
	}
}

// TestDateFlagRange refuses a --date whose moment in UTC falls outside
// the years a PDF date can hold.
func TestDateFlagRange(t *testing.T) {
	for _, tc := range []struct {
		flag string
		ok   bool
	}{{"9999-12-31", true}, {"9999-12-31T23:00:00-05:00", false}, {"0000-01-01T00:00:00+01:00", false}, {"0000-01-01", true}} {
		_, err := creationDate(tc.flag, testEnv(nil))
		if (err == nil) != tc.ok {
			t.Errorf("creationDate(%q) = %v; want ok %v", tc.flag, err, tc.ok)
		}
	}
}
