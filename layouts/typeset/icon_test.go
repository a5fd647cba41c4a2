package typeset

import (
	"strings"
	"testing"
)

// TestIcons reads every embedded icon and draws one on a right-to-left
// page: a directional icon is flipped (a negative x scale), the others
// are not, and the path is stroked inside q … Q.
func TestIcons(t *testing.T) {
	all, err := icons()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"phone", "message", "messages", "qrcode", "urgent", "cash", "id", "user-exclamation", "luggage", "bed", "building", "tools-kitchen-2"} {
		ic, ok := all[name]
		if !ok || !strings.Contains(ic.path, " m") {
			t.Errorf("icon %s missing or without a path", name)
		}
	}
	if _, err := LookupIcon("chains"); err == nil {
		t.Error("LookupIcon found an icon that is not there")
	}
	if _, err := pdfPath("M 1 2 L 3"); err == nil {
		t.Error("pdfPath took path data that ends early")
	}
	doc := NewDocument(Meta{})
	p := doc.AddPage("t", 100, 100, Lang{"ar", "Arab", true})
	for _, name := range []string{"phone", "message"} {
		ic, _ := LookupIcon(name)
		p.Icon(name, Box{10, 10, 20, 20}, ic, Black)
	}
	s := doc.sheets[0]
	for i, o := range s.ops {
		ops := doc.iconOps(s, o.(opIcon))
		flipped := strings.Contains(ops, " cm") && strings.HasPrefix(strings.Fields(ops[strings.Index(ops, "1 j ")+4:])[0], "-")
		if want := i == 1; flipped != want || !strings.HasPrefix(ops, "q 0 G 2 w 1 J 1 j ") || !strings.HasSuffix(ops, " S Q") {
			t.Errorf("icon %d: %q; flipped %v, want %v", i, ops, flipped, want)
		}
	}
	if _, err := doc.PDF(); err != nil {
		t.Fatal(err)
	}
}
