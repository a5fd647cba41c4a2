package translations

import (
	"strings"
	"testing"
)

// FuzzParseCatalog feeds any text to the PO loader as a catalog: it never
// panics or hangs, and a catalog it accepts has its tag, every header
// field lookout needs, and each key once.
func FuzzParseCatalog(f *testing.F) {
	en, err := files.ReadFile("en.po")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(en))
	f.Add(header + "msgctxt \"a\"\nmsgid \"A\"\nmsgstr \"\"\n\"b\\n\"\n")
	f.Add(header + "#, fuzzy\nmsgctxt \"a\"\nmsgid \"A\"\nmsgstr \"x\"\nmsgctxt \"a\"\n")
	f.Add("msgid \"\"\nmsgstr \"Language: xx\\n\"\n\"\n")
	f.Fuzz(func(t *testing.T, src string) {
		c, err := parseCatalog("xx.po", src)
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("error %q spans lines", err)
			}
			return
		}
		if c.Tag != "xx" || c.EnglishName == "" || c.Script == "" {
			t.Fatalf("accepted a catalog without its header: %+v", c)
		}
		seen := map[string]bool{}
		for _, k := range c.Keys() {
			if seen[k] {
				t.Fatalf("key %q twice", k)
			}
			seen[k] = true
		}
	})
}
