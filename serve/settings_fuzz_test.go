package serve

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"lookout/campaign"
)

// formOf is the form the page holds after opening a campaign file: the
// controls' values (see doc.values), with the file itself as base.
func formOf(v map[string]any, base []byte, p Piece) *form {
	str := func(k string) string { s, _ := v[k].(string); return s }
	f := &form{Piece: p, Base: base, Org: str("org"), Colour: str("colour"), Hotline: str("hotline"), Pack: str("pack"),
		LocalName: str("local_name"), LocalPhone: str("local_phone"), URL: str("url"), Tracking: str("tracking"),
		Paper: str("paper"), Comply: str("comply"), Notice: map[string]string{}}
	f.Langs, _ = v["lang"].([]string)
	f.Together, _ = v["together"].(bool)
	if ll := str("local_lang"); ll != "" {
		f.LocalLangs = strings.Split(ll, ", ")
	}
	for k := range v {
		if tag, ok := strings.CutPrefix(k, "notice_"); ok {
			f.Notice[tag] = str(k)
		}
	}
	return f
}

// FuzzSettingsRoundTrip types anything into the page's text controls. What
// the page saves, the CLI reads as what was typed (or refuses); opened
// again and saved, it is the same file, byte for byte.
func FuzzSettingsRoundTrip(f *testing.F) {
	f.Add("Harbor View Hotel", "#0B4F6C", "https://example.org/x", "utm_source=poster", "Security", "555-0100", "Line one.\n\nLine two.")
	f.Add("yes", "null", "0x10", "a: b", "- x", "0100", "#not a comment")
	f.Add(" 'quoted' ", "~", "[1, 2]", "{a: 1}", "&anchor", "*alias", "|\n  block")
	f.Fuzz(func(t *testing.T, org, colour, url, tracking, localName, localPhone, notice string) {
		if !utf8.ValidString(org + colour + url + tracking + localName + localPhone + notice) {
			return // the form refuses it (TestBudgets)
		}
		if _, err := campaign.ParseColor(colour); err != nil {
			colour = "" // so that the other fields are not all refused with it
		}
		if campaign.CheckURL(url) != nil {
			url = campaign.DefaultURL
		}
		p := Piece{Layout: "poster", Audience: "public"}
		in := &form{Piece: p, Org: org, Colour: colour, URL: url, Tracking: tracking, LocalName: localName,
			LocalPhone: localPhone, Hotline: "us-ncmec", Langs: []string{"en", "es"}, Comply: "us-ca",
			Notice: map[string]string{"en": notice}}
		s, d, err := in.settings()
		if err != nil {
			t.Fatalf("settings: %v", err)
		}
		file, err := campaign.LoadFile(CampaignName, s.Campaign, nil)
		if err != nil {
			return // refused, with a message; the CLI refuses it too
		}
		if want, _ := campaign.CleanName(org); file.Org != want {
			t.Errorf("org %q read back as %q, want %q", org, file.Org, want)
		}
		if file.URL != url {
			t.Errorf("url %q read back as %q", url, file.URL)
		}
		// YAML may change a line's leading spaces; the paragraphs lookout
		// sets from the wording stay the same.
		typed, _ := campaign.NoticeParas(lineBreaks.Replace(notice))
		read, _ := campaign.NoticeParas(file.Comply.NoticeText["en"])
		if !slices.Equal(typed, read) {
			t.Errorf("notice %q read back as %q", notice, file.Comply.NoticeText["en"])
		}
		again, _, err := formOf(d.values(p), s.Campaign, p).settings()
		if err != nil || !bytes.Equal(again.Campaign, s.Campaign) {
			t.Errorf("opened and saved again, the file changed (%v):\n%s\n---\n%s", err, s.Campaign, again.Campaign)
		}
	})
}
