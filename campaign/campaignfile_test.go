package campaign

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/gif"
	"image/png"
	"io/fs"
	"strings"
	"testing"
)

// files stands for the folder around a campaign file.
func files(t *testing.T) ReadFunc {
	var logo, anim bytes.Buffer
	img := image.NewRGBA(image.Rect(0, 0, 300, 100))
	img.Set(1, 1, color.Black)
	png.Encode(&logo, img)
	gif.Encode(&anim, image.NewPaletted(image.Rect(0, 0, 30, 30), color.Palette{color.White}), nil)
	var huge bytes.Buffer // a PNG whose header claims 9000×100 pixels
	png.Encode(&huge, image.NewGray(image.Rect(0, 0, 16, 16)))
	binary.BigEndian.PutUint32(huge.Bytes()[16:], 9000)
	binary.BigEndian.PutUint32(huge.Bytes()[20:], 100)
	binary.BigEndian.PutUint32(huge.Bytes()[29:], crc32.ChecksumIEEE(huge.Bytes()[12:29]))
	return func(p string) ([]byte, error) {
		switch p {
		case "huge.png":
			return huge.Bytes(), nil
		case "logo.png":
			return logo.Bytes(), nil
		case "logo.gif":
			return anim.Bytes(), nil
		}
		return nil, fmt.Errorf("open %s: %w", p, fs.ErrNotExist)
	}
}

const hotel = `organisation:
  name: Harbor View Hotel
  logo: logo.png
  colour: "#0B4F6C"
hotline:
  preset: us-ncmec
  name: NCMEC tip line
local_contact: {show: true, name: Harbor View Security, phone: 555-0100}
qr:
  url: https://example.org/signs#top
  tracking:
    poster: utm_source=poster&utm_campaign=harbor
languages: [en, es, vi, zh-Hans]
together: [[en, es]]
paper: tabloid
audiences:
  public: {pack: ncmec-2024}
kit: [poster]
`

func TestLoadFile(t *testing.T) {
	f, err := LoadFile("hotel.yaml", []byte(hotel), files(t))
	if err != nil {
		t.Fatal(err)
	}
	if f.Org != "Harbor View Hotel" || f.Brand.Logo == nil || f.Brand.Color == nil || f.Brand.Color.String() != "#0B4F6C" {
		t.Errorf("organisation = %q, %v, %v", f.Org, f.Brand.Logo, f.Brand.Color)
	}
	if f.Hotline.Name != "NCMEC tip line" || f.Hotline.Source != "campaign file hotel.yaml" || f.Hotline.Numbers[0].Digits != "1-800-843-5678" {
		t.Errorf("hotline = %+v", f.Hotline)
	}
	reqs, err := f.Requests("poster", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(reqs) != 2 || !reqs[0].Together || strings.Join(reqs[0].Langs, ",") != "en,es" || reqs[1].Together || strings.Join(reqs[1].Langs, ",") != "vi,zh-Hans" {
		t.Fatalf("requests = %+v", reqs)
	}
	r := reqs[0]
	if r.URL != "https://example.org/signs?utm_source=poster&utm_campaign=harbor#top" || r.Paper != "tabloid" || r.Pack != "ncmec-2024" || r.Local == nil || r.Local.Phone != "555-0100" {
		t.Errorf("request = %+v", r)
	}
	jobs, err := Plan(r)
	if err != nil {
		t.Fatal(err)
	}
	c := jobs[0].Content
	if len(jobs) != 1 || len(c.Others) != 1 || c.Others[0].Lang.Tag != "es" || c.Hotline.Name != "NCMEC tip line" || c.Brand.Band == nil || len(c.Signs) != 6 {
		t.Errorf("planned %d jobs; content %+v", len(jobs), c)
	}
	if got := FileName(jobs[0]); got != "poster-tabloid-en+es.pdf" {
		t.Errorf("FileName = %q", got)
	}
}

// TestStarterLoads keeps the file 'lookout init' writes valid as it stands.
func TestStarterLoads(t *testing.T) {
	f, err := LoadFile("campaign.yaml", Starter(), files(t))
	if err != nil {
		t.Fatal(err)
	}
	if f.Org == "" || len(f.Langs) != 2 || len(f.Kit) == 0 || f.Local != nil {
		t.Errorf("starter = %+v", f)
	}
	for _, want := range []string{"us-nhth", "ncmec-2024", "us-tx-abc", "poster: utm_source=poster"} {
		if !bytes.Contains(Starter(), []byte(want)) {
			t.Errorf("the starter does not mention %s", want)
		}
	}
}

// TestLoadFileErrors has one broken file for each kind of mistake: each
// error starts with the file, line and column of the mistake and says what
// was expected there; the hint names the fix.
func TestLoadFileErrors(t *testing.T) {
	for _, tc := range []struct {
		name, src, want, hint string
	}{
		{"syntax", "organisation:\n  name: [Harbor\n", "c.yaml:2:", ""},
		{"unknown key", "organisation:\n  name: X\n  color: \"#000000\"\n", `c.yaml:3:3: unknown key "color"`, "did you mean colour? (the keys here are: colour, logo, name)"},
		{"unknown top key", "langauges: [en]\n", `c.yaml:1:1: unknown key "langauges"`, "did you mean languages?"},
		{"duplicate key", "paper: letter\npaper: a4\n", "c.yaml:2:1: ", ""},
		{"list expected", "languages: en\n", `c.yaml:1:12: expected a list such as [a, b] of text, not "en"`, ""},
		{"bool expected", "local_contact:\n  show: maybe\n", `c.yaml:2:9: expected true or false, not "maybe"`, ""},
		{"mapping expected", "organisation: Harbor\n", "c.yaml:1:15: expected a mapping of the keys name, logo, colour", ""},
		{"bad colour", "organisation:\n  colour: \"#12345\"\n", `c.yaml:2:11: colour "#12345" is not written #RRGGBB`, ""},
		{"low contrast", "organisation:\n  colour: \"#777777\"\n", "c.yaml:2:11: brand colour #777777: white text on it measures 4.48:1 and black 4.69:1; text on a band needs 7:1", ""},
		{"logo missing", "organisation:\n  logo: nope.png\n", "c.yaml:2:9: logo nope.png: open nope.png: file does not exist", ""},
		{"logo gif", "organisation:\n  logo: logo.gif\n", "c.yaml:2:9: logo logo.gif: the picture is gif; save it as PNG or JPEG", ""},
		{"logo too large", "organisation:\n  logo: huge.png\n", "c.yaml:2:9: logo huge.png: the picture is 9000×100 pixels; the most lookout reads is 8000 on a side", "save it smaller"},
		{"org emoji", "organisation:\n  name: \"Cafe \\U0001F600\"\n", "c.yaml:2:9: the name has U+1F600", ""},
		{"unknown hotline", "hotline:\n  preset: us-xx\n", `c.yaml:2:11: unknown hotline "us-xx"`, "'lookout hotlines' lists the presets"},
		{"wrong digits", "hotline:\n  numbers:\n    - {kind: call, display: 1-800-THE-LOST, digits: 1-800-843-5679}\n", "c.yaml:3:7: hotline us-ncmec: number \"1-800-THE-LOST\" dials 18008435678, but its digits say 18008435679", ""},
		{"local phone", "local_contact: {show: true, name: Desk, phone: call us}\n", "c.yaml:1:48: number \"call us\": digits may hold only digits", ""},
		{"bad url", "qr:\n  url: example.org\n", `c.yaml:2:8: "example.org" is not an http or https address`, ""},
		{"tracking layout", "qr:\n  tracking:\n    billboard: utm_source=x\n", `c.yaml:3:5: tracking for unknown layout "billboard"`, ""},
		{"tracking query", "qr:\n  tracking:\n    poster: \"a=b?c\"\n", `c.yaml:3:13: tracking "a=b?c" is not a query string`, ""},
		{"language", "languages: [en, de]\n", `c.yaml:1:17: no catalog for language "de"`, ""},
		{"language twice", "languages: [en, es, en]\n", `c.yaml:1:21: "en" is listed twice`, ""},
		{"group", "languages: [en, es]\ntogether: [[en, vi]]\n", `c.yaml:2:17: "vi" is not in languages`, ""},
		{"paper", "paper: b5\n", `c.yaml:1:8: unknown paper "b5"`, ""},
		{"audience", "audiences:\n  guests: {pack: victim}\n", `c.yaml:2:3: unknown audience "guests"`, "the audiences are: guest, public, staff, victim"},
		{"pack", "audiences:\n  public: {pack: ncmec-1999}\n", `c.yaml:2:18: unknown content pack "ncmec-1999"`, ""},
		{"kit", "kit: [poster, billboard]\n", `c.yaml:1:15: unknown layout "billboard"`, ""},
		{"preset", "compliance:\n  preset: us-zz\n", `c.yaml:2:11: unknown compliance preset "us-zz"`, "'lookout comply' lists them"},
		{"wording alone", "compliance:\n  notice_text: {en: Hello}\n", "c.yaml:2:3: notice_text needs a compliance preset", ""},
		{"wording", "compliance:\n  preset: us-ca\n  notice_text:\n    en: \"a\\u202Eb\"\n", "c.yaml:4:9: the wording has the bidi control U+202E", ""},
	} {
		_, err := LoadFile("c.yaml", []byte(tc.src), files(t))
		var ie *InputError
		if !errors.As(err, &ie) || !strings.HasPrefix(err.Error(), tc.want) || !strings.Contains(ie.Fix, tc.hint) {
			t.Errorf("%s: LoadFile = %v (hint %q); want it to start %q, hint with %q", tc.name, err, hintOf(ie), tc.want, tc.hint)
		}
		if err != nil && strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: the error is more than one line: %q", tc.name, err)
		}
	}
}

func hintOf(e *InputError) string {
	if e == nil {
		return ""
	}
	return e.Fix
}
