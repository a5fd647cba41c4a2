package ttf

import (
	"os"
	"testing"
)

const wqyPath = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

func TestExtractTTC(t *testing.T) {
	ttc, err := os.ReadFile(wqyPath)
	if err != nil {
		t.Skipf("no test collection: %v", err)
	}
	out, err := ExtractTTC(ttc, 0)
	if err != nil {
		t.Fatal(err)
	}
	face := parseFace(t, out)
	g, ok := face.NominalGlyph('中')
	if !ok || len(outline(t, face, g)) == 0 {
		t.Fatal("member 0 has no outline for 中")
	}
	if _, err := ExtractTTC(ttc, 99); err == nil {
		t.Error("member 99: no error")
	}
	sub, err := Subset(out, map[rune]uint16{'中': uint16(g)})
	if err != nil {
		t.Fatal(err)
	}
	checkSame(t, face, parseFace(t, sub), '中', g)
	if _, err := Subset(ttc, map[rune]uint16{'中': uint16(g)}); err == nil {
		t.Error("Subset accepts a collection")
	}
}

func TestExtractTTCErrors(t *testing.T) {
	noto := readFont(t, "NotoSans-Regular.ttf")
	hdr := []byte("ttcf\x00\x01\x00\x00\x00\x00\x00\x01\x00\x00\x00\x10")
	for name, in := range map[string][]byte{
		"empty":     nil,
		"garbage":   []byte("this is not a font collection at all"),
		"plain ttf": noto,
		"truncated": hdr[:10],
		"bad dir":   append(hdr, "\x00\x01\x00"...),
		"bad table": append(append([]byte{}, hdr...), "\x00\x01\x00\x00\x00\x01\x00\x00\x00\x00"+
			"headxxxx\x00\x00\x00\x10\xff\xff\xff\xff"...),
		"huge count": []byte("ttcf\x00\x01\x00\x00\xff\xff\xff\xff"),
	} {
		if _, err := ExtractTTC(in, 0); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	if _, err := ExtractTTC(hdr, -1); err == nil {
		t.Error("negative index: no error")
	}
}
