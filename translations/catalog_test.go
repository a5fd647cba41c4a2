package translations

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestEveryCatalogIsComplete(t *testing.T) {
	all, err := All()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range all[1:] {
		for _, p := range Check(c, all[0]) {
			t.Error(p)
		}
		if c.Reviewed() {
			t.Errorf("%s claims a native review (%q): say who and when only once one has happened", c.Tag, c.Review)
		}
	}
}

func TestMatch(t *testing.T) {
	for in, want := range map[string]string{"en": "en", "en-US": "en", "es-MX": "es", "ES": "es", "es-419": "es", "pt": "pt-BR", "pt-BR": "pt-BR", "pt-br": "pt-BR"} {
		c, err := Match(in)
		if err != nil || c.Tag != want {
			t.Errorf("Match(%q) = %v, %v; want %s", in, c, err, want)
		}
	}
	for _, in := range []string{"de", "xx", "", "en_US!", "sco"} {
		if c, err := Match(in); err == nil {
			t.Errorf("Match(%q) = %s; want an error", in, c.Tag)
		} else if !strings.Contains(err.Error(), "en") {
			t.Errorf("Match(%q) error %q does not list the catalogs", in, err)
		}
	}
}

func TestLookupFillsPlaceholders(t *testing.T) {
	c, _ := Match("en")
	got, ok := c.Lookup("hotline.emergency", "number", "911")
	if want := "In an emergency, call 911."; !ok || got != want {
		t.Errorf("Lookup = %q, %v; want %q", got, ok, want)
	}
	if _, ok := c.Lookup("no.such.key"); ok {
		t.Error("Lookup of a missing key says ok")
	}
}

const header = `msgid ""
msgstr ""
"Language: xx\n"
"X-Lookout-English-Name: Test\n"
"X-Lookout-Native-Name: Test\n"
"X-Lookout-Script: Latn\n"
"X-Lookout-Produced-By: a test\n"
"X-Lookout-Native-Review: none\n"
`

func TestParseCatalog(t *testing.T) {
	src := header + `
#. a note
msgctxt "a.b"
msgid "Hello "
"world"
msgstr "Hola "
"mundo \"x\""

#, fuzzy
msgctxt "c.d"
msgid "Guess"
msgstr "Adivina"

msgctxt "e.f"
msgid "Empty"
msgstr ""
`
	c, err := parseCatalog("xx.po", src)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := c.Lookup("a.b"); got != `Hola mundo "x"` {
		t.Errorf("a.b = %q", got)
	}
	if c.Has("c.d") || c.Has("e.f") {
		t.Error("a fuzzy or empty message counts as translated")
	}
}

func TestParseCatalogErrors(t *testing.T) {
	for name, tc := range map[string]struct{ file, src, want string }{
		"no key":      {"xx.po", header + "msgid \"a\"\nmsgstr \"b\"\n", "has no msgctxt"},
		"bad string":  {"xx.po", header + "msgctxt \"a\nmsgid \"a\"\n", "xx.po:9: bad string after msgctxt"},
		"duplicate":   {"xx.po", header + "msgctxt \"a\"\nmsgid \"a\"\nmsgstr \"b\"\nmsgctxt \"a\"\nmsgid \"a\"\nmsgstr \"b\"\n", "appears twice"},
		"wrong name":  {"yy.po", header, `the file name says "yy"`},
		"bad keyword": {"xx.po", header + "msgplural \"a\"\n", "unknown keyword"},
	} {
		_, err := parseCatalog(tc.file, tc.src)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v; want it to contain %q", name, err, tc.want)
		}
	}
}

func TestLoadNeedsEnglish(t *testing.T) {
	fsys := fstest.MapFS{"xx.po": {Data: []byte(header)}}
	if _, err := loadAll(fsys); err == nil || !strings.Contains(err.Error(), "en.po") {
		t.Errorf("loadAll without en.po: %v", err)
	}
}
