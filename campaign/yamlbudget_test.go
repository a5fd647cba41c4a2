package campaign

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestNumbersAsWritten: every value YAML would read as a number prints
// exactly as typed, or is refused at its line and column; no value in a
// campaign file can change a digit.
func TestNumbersAsWritten(t *testing.T) {
	for _, tc := range []struct {
		typed string // the value as typed, unquoted, in the file
		want  string // what lookout keeps; "" if it refuses it
	}{
		{"02071234567", "02071234567"}, // octal to YAML 1.1: 283457911
		{"0123", "0123"},
		{"+15550100", "+15550100"},
		{"5550100", "5550100"},
		{"555_0100", ""},  // an integer to YAML 1.1
		{"0x5550100", ""}, // hexadecimal: 89456896
		{"0o17", ""},
		{"0b101", ""},
		{"1e5", ""},
		{"1.5", ""},
		{"true", ""},
		{"555-0100", "555-0100"},
		{"1 800 555 0100", "1 800 555 0100"},
	} {
		src := "local_contact:\n  show: true\n  name: Desk\n  phone: " + tc.typed + "\n"
		f, err := LoadFile("c.yaml", []byte(src), files(t))
		switch {
		case tc.want == "" && err == nil:
			t.Errorf("phone: %s: LoadFile kept %q, want it refused", tc.typed, f.Local.Phone)
		case tc.want == "" && !strings.HasPrefix(err.Error(), "c.yaml:4:10: number "):
			t.Errorf("phone: %s: LoadFile = %v, want an error at c.yaml:4:10 naming the number", tc.typed, err)
		case tc.want != "" && err != nil:
			t.Errorf("phone: %s: LoadFile = %v, want it kept as %q", tc.typed, err, tc.want)
		case tc.want != "" && f.Local.Phone != tc.want:
			t.Errorf("phone: %s: LoadFile kept %q, want %q", tc.typed, f.Local.Phone, tc.want)
		}
	}
}

// TestHotlineNumbersAsWritten: a hotline's display and digits both keep
// what was typed, so the "must dial its digits" check compares what
// prints, not two numbers converted the same wrong way.
func TestHotlineNumbersAsWritten(t *testing.T) {
	src := "hotline:\n  preset: us-nhth\n  name: Line\n  numbers:\n    - {kind: call, display: 0123, digits: 0123}\n    - {kind: text, digits: 0777}\n"
	f, err := LoadFile("c.yaml", []byte(src), files(t))
	if err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprint(f.Hotline.Numbers[0].Display, " ", f.Hotline.Numbers[0].Digits, " ", f.Hotline.Numbers[1].Digits)
	if got != "0123 0123 0777" {
		t.Errorf("numbers read as %q, want %q", got, "0123 0123 0777")
	}
	src = "hotline:\n  preset: us-nhth\n  numbers:\n    - {kind: call, display: 0123, digits: 83}\n"
	if _, err := LoadFile("c.yaml", []byte(src), files(t)); err == nil || !strings.Contains(err.Error(), `number "0123" dials 0123, but its digits say 83`) {
		t.Errorf("display 0123 with digits 83: LoadFile = %v, want the mismatch refused", err)
	}
}

// hostile returns campaign files built to make a YAML parser slow or
// large: deep brackets, deep block lists, many keys, many aliases, and
// aliases of aliases. Each is under MaxCampaignFile.
func hostile() map[string]string {
	var keys, aliases strings.Builder
	for i := range 40000 {
		fmt.Fprintf(&keys, "k%d: v\n", i)
	}
	aliases.WriteString("a: &a " + strings.Repeat("x", 2000) + "\nhotline:\n  numbers:\n")
	for range 18000 {
		aliases.WriteString("    - *a\n")
	}
	laughs := func(per, levels int) string {
		s := "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
		for i := 1; i < levels; i++ {
			s += fmt.Sprintf("a%d: &a%d [%s*a%d]\n", i, i, strings.Repeat(fmt.Sprintf("*a%d, ", i-1), per-1), i-1)
		}
		return s
	}
	var someKeys strings.Builder
	for i := range MaxYAMLKeys + 1 {
		fmt.Fprintf(&someKeys, "k%d: v\n", i)
	}
	return map[string]string{
		"flow lists 100k":    "languages: " + strings.Repeat("[", 100000) + strings.Repeat("]", 100000) + "\n",
		"flow maps 20k":      "qr:\n  tracking: " + strings.Repeat("{a: ", 20000) + "1" + strings.Repeat("}", 20000) + "\n",
		"block lists 40k":    "languages:\n" + strings.Repeat("- ", 40000) + "en\n",
		"indented maps":      deepBlock(300),
		"keys 40k":           keys.String()[:MaxCampaignFile-1],
		"aliases of one":     aliases.String(),
		"aliases of aliases": laughs(9, 9),
		"63 aliases":         laughs(7, 10),
		"long flow list":     "languages: [" + strings.Repeat("en, ", 60000) + "en]\n",
		"flow lists 5k":      "languages: " + strings.Repeat("[", 5000) + strings.Repeat("]", 5000) + "\n",
		"keys over the cap":  someKeys.String(),
		// just under the caps: read (or refused for what it says), fast
		"unknown keys 999": someKeys.String()[:strings.Index(someKeys.String(), "k999:")],
		"flat list 9k":     "languages: [" + strings.Repeat("en, ", 9000) + "en]\n",
	}
}

func deepBlock(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(strings.Repeat(" ", i) + "k:\n")
	}
	return b.String()
}

// TestHostileFilesRefusedFast: each hostile file is refused within a
// second, with its position and the limit it went past.
func TestHostileFilesRefusedFast(t *testing.T) {
	for name, src := range hostile() {
		if len(src) >= MaxCampaignFile {
			t.Fatalf("%s: %d bytes, over the size cap", name, len(src))
		}
		start := time.Now()
		_, err := LoadFile("c.yaml", []byte(src), files(t))
		took := time.Since(start)
		var ie *InputError
		if !errors.As(err, &ie) || !strings.HasPrefix(err.Error(), "c.yaml:") {
			t.Errorf("%s: LoadFile = %v, want an *InputError with a position", name, err)
		}
		if took > time.Second {
			t.Errorf("%s: refused in %v, want under a second", name, took)
		}
		t.Logf("%s: %v in %v", name, err, took)
	}
}

// TestFileEncodings: a file that is not UTF-8 says what it is; a UTF-8
// byte order mark is read past.
func TestFileEncodings(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"latin-1", "organisation:\n  name: Caf\xe9 du Port\n", "c.yaml:2:12: the byte 0xE9 is not UTF-8 text"},
		{"utf-16le", "\xff\xfeo\x00r\x00", "c.yaml: the file is UTF-16 text"},
		{"utf-16 no mark", "o\x00r\x00g\x00", "c.yaml: the file is UTF-16 text"},
	} {
		_, err := LoadFile("c.yaml", []byte(tc.src), files(t))
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s: LoadFile = %v, want it to start %q", tc.name, err, tc.want)
		}
	}
	f, err := LoadFile("c.yaml", []byte("\xef\xbb\xbforganisation:\n  name: Café du Port\n"), files(t))
	if err != nil || f.Org != "Café du Port" {
		t.Errorf("UTF-8 with a byte order mark: LoadFile = %v, %v; want it read", f, err)
	}
}

// TestFirstUnknownKey: of several unknown keys the error names the first
// in the file, whatever the order of a map's iteration.
func TestFirstUnknownKey(t *testing.T) {
	src := "paper: letter\nzzz: 1\naaa: 2\nmmm: 3\n"
	for range 20 {
		_, err := LoadFile("c.yaml", []byte(src), files(t))
		if err == nil || !strings.HasPrefix(err.Error(), `c.yaml:2:1: unknown key "zzz"`) {
			t.Fatalf("LoadFile = %v, want the first unknown key, zzz at 2:1", err)
		}
	}
}

// TestHotlineTextChecked: the text fields of a changed hotline get the
// organisation name's checks; custom hours are refused, not dropped; an
// address with a user name before its host is refused; errors quote at
// most 60 characters of a value.
func TestHotlineTextChecked(t *testing.T) {
	long := strings.Repeat("9", 5000)
	for _, tc := range []struct{ name, src, want string }{
		{"name bidi override", "hotline:\n  name: \"Help\\u202Eenil\"\n", "c.yaml:2:9: the name has the bidi control U+202E"},
		{"name bell", "hotline:\n  name: \"Help\\a\"\n", "c.yaml:2:9: the name has the control character U+0007"},
		{"custom hours", "hotline:\n  hours: Mon-Fri 9-5\n", `c.yaml:2:10: hours "Mon-Fri 9-5": lookout prints hours only as 24/7`},
		{"chat control", "hotline:\n  chat: \"a\\tb\"\n", "c.yaml:2:9: chat has the control character U+0009"},
		{"url userinfo", "hotline:\n  url: https://missingkids.org@evil.example/x\n", `c.yaml:2:8: "https://missingkids.org@evil.example/x" has "missingkids.org@" before its host`},
		{"qr userinfo", "qr:\n  url: https://missingkids.org@evil.example/x\n", `c.yaml:2:8: "https://missingkids.org@evil.example/x" has "missingkids.org@"`},
		{"long number", "local_contact: {show: true, name: Desk, phone: \"" + long + "x\"}\n", `number "` + strings.Repeat("9", 60) + `…": digits may hold only`},
	} {
		_, err := LoadFile("c.yaml", []byte(tc.src), files(t))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: LoadFile = %v, want %q", tc.name, err, tc.want)
		}
		if err != nil && len(err.Error()) > 300 {
			t.Errorf("%s: the error is %d bytes long", tc.name, len(err.Error()))
		}
	}
}

// TestWriteHostileFiles writes the hostile files into the folder
// LOOKOUT_HOSTILE_DIR names, to measure the command on them (README:
// Limits); without it, it does nothing.
func TestWriteHostileFiles(t *testing.T) {
	dir := os.Getenv("LOOKOUT_HOSTILE_DIR")
	if dir == "" {
		t.Skip("set LOOKOUT_HOSTILE_DIR to write the hostile campaign files there")
	}
	for name, src := range hostile() {
		if err := os.WriteFile(filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+".yaml"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestEmptyFile: a file with nothing in it, or only comments, asks for
// every default.
func TestEmptyFile(t *testing.T) {
	for _, src := range []string{"", "\n", "# a comment only\n", "---\n"} {
		f, err := LoadFile("c.yaml", []byte(src), files(t))
		if err != nil || f.Org != "" || len(f.Kit) == 0 {
			t.Errorf("LoadFile(%q) = %+v, %v; want every default", src, f, err)
		}
	}
}
