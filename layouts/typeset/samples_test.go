package typeset

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// samples are test strings in scripts that need shaping or bidi; they are
// test data, not catalogs.
var samples = []struct {
	lang Lang
	text string
}{
	{Lang{"en", "Latn", false}, "Know the signs. Call 1-800-THE-LOST (1-800-843-5678), café, naïve"},
	{Lang{"ar", "Arab", true}, "اعرف علامات الاتجار بالأطفال. اتصل على 1-800-843-5678 أو زر missingkids.org"},
	{Lang{"he", "Hebr", true}, "הכירו את הסימנים. התקשרו 1-800-843-5678"},
	{Lang{"hi", "Deva", false}, "बाल यौन तस्करी के संकेतों को पहचानें। कॉल करें 1-800-843-5678"},
	{Lang{"th", "Thai", false}, "รู้จัก\u200bสัญญาณ\u200bเตือน\u200bของ\u200bการ\u200bค้า\u200bมนุษย์ โทร 1-800-843-5678"},
	{Lang{"zh-Hans", "Hans", false}, "了解儿童性贩卖的迹象。请拨打1-800-843-5678，全天24小时。"},
}

// TestWriteSamples writes one page per sample script into the folder named
// by LOOKOUT_SAMPLES, for looking at. It does nothing otherwise.
func TestWriteSamples(t *testing.T) {
	dir := os.Getenv("LOOKOUT_SAMPLES")
	if dir == "" {
		t.Skip("set LOOKOUT_SAMPLES=folder to write sample pages")
	}
	for _, s := range samples {
		doc := NewDocument(Meta{Title: "sample " + s.lang.Tag, Lang: s.lang.Tag, Created: time.Unix(0, 0)})
		p := doc.AddPage("sample", 148, 105, s.lang)
		st := Style{Size: 20, Min: 10, Color: Black, Bullet: "•", Spacing: Spacing{Indent: 1.1}}
		if _, err := p.Text("sample", Box{10, 10, 128, 85}, []string{s.text, s.text}, st); err != nil {
			t.Fatal(err)
		}
		out, err := doc.PDF()
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "sample-"+s.lang.Tag+".pdf"), out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
