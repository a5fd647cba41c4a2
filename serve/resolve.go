package serve

import (
	"errors"
	"regexp"
	"strings"

	"lookout/campaign"
	"lookout/layouts"
)

// Piece is what `lookout make` takes as flags besides a campaign file:
// which layout, in which form.
type Piece struct {
	Layout    string
	Variant   string
	Size      string
	Audience  string
	TearOffs  int
	Grayscale bool
}

// Settings are what a piece is made from, in the CLI's own terms: a
// campaign file (Campaign, as `--campaign campaign.yaml` reads it, naming
// its logo logo.png or logo.jpg beside it) and make's flags (Piece). The
// CLI given the same file, logo and flags writes the same bytes.
type Settings struct {
	Campaign []byte
	Logo     []byte // nil: none
	LogoName string // the name Campaign gives the logo
	Piece    Piece
}

// CampaignName is the name the page gives the campaign file it saves, and
// the name errors in it are reported against.
const CampaignName = "campaign.yaml"

// settings turns the page's form into Settings: the opened campaign file
// with every control of the page written over it. This is the one place
// that knows how the page's controls map onto the CLI's settings.
func (f *form) settings() (Settings, *doc, error) {
	d, err := parseDoc(f.Base)
	if err != nil {
		return Settings{}, nil, err
	}
	d.overlay(f)
	s := Settings{Logo: f.Logo, Piece: f.Piece}
	if len(f.Logo) > 0 {
		s.LogoName = d.Organisation.Logo
	}
	s.Campaign, err = d.marshal()
	return s, d, err
}

// overlay writes the page's controls over a campaign file.
func (d *doc) overlay(f *form) {
	d.Organisation.Name, d.Organisation.Colour, d.Organisation.Logo = f.Org, f.Colour, ""
	if len(f.Logo) > 0 {
		d.Organisation.Logo = logoName(f.Logo)
	}
	if d.Hotline.Preset != f.Hotline && d.Hotline.overridden() {
		d.Hotline = hotlineDoc{} // the file's changes were to another preset
	}
	d.Hotline.Preset = f.Hotline
	lc := &d.LocalContact
	lc.Show, lc.Name, lc.Phone = f.LocalName != "" || f.LocalPhone != "", f.LocalName, f.LocalPhone
	d.QR.URL = f.URL
	if l, err := layouts.Lookup(f.Layout); err == nil {
		if d.QR.Tracking == nil {
			d.QR.Tracking = map[string]string{}
		}
		delete(d.QR.Tracking, l.Name)
		if f.Tracking != "" {
			d.QR.Tracking[l.Name] = f.Tracking
		}
		aud := f.Audience
		if aud == "" {
			aud = l.Audiences[0]
		}
		if d.Audiences == nil {
			d.Audiences = map[string]audienceDoc{}
		}
		a := d.Audiences[aud]
		a.Pack = f.Pack
		d.Audiences[aud] = a
		if a == (audienceDoc{}) {
			delete(d.Audiences, aud)
		}
	}
	d.Languages, d.Together = f.Langs, nil
	if f.Together && len(f.Langs) > 1 {
		d.Together = [][]string{f.Langs}
	}
	d.Paper = f.Paper
	d.Compliance = nil
	if f.Comply != "" {
		notice := map[string]string{}
		for tag, text := range f.Notice {
			notice[tag] = lineBreaks.Replace(text)
		}
		d.Compliance = &complianceDoc{Preset: f.Comply, LocalLanguages: f.LocalLangs, NoticeText: notice}
	}
}

// lineBreaks writes every line break as \n, as YAML reads them: a file
// the page saves then reads back as it was typed.
var lineBreaks = strings.NewReplacer("\r\n", "\n", "\r", "\n")

// Problem is a mistake in the settings as the page shows it: beside the
// field it concerns ("" when it concerns the whole), with the CLI's
// message and hint.
type Problem struct {
	Field   string `json:"field"`
	Message string `json:"message"`
	Hint    string `json:"hint"`
}

var atRE = regexp.MustCompile(`^` + regexp.QuoteMeta(CampaignName) + `(:\d+:\d+)?: `)

// locate finds which controls a refused request's mistakes are in: it
// checks each control's part of the campaign file on its own, with
// campaign.LoadFile, so each message and hint is the CLI's.
func (f *form) locate(d *doc, logo []byte) []Problem {
	var out []Problem
	for _, c := range []struct {
		field string
		part  func(p *doc)
	}{
		{"org", func(p *doc) { p.Organisation.Name = d.Organisation.Name }},
		{"colour", func(p *doc) { p.Organisation.Colour = d.Organisation.Colour }},
		{"logo", func(p *doc) { p.Organisation.Logo = d.Organisation.Logo }},
		{"hotline", func(p *doc) { p.Hotline = d.Hotline }},
		{"local", func(p *doc) { p.LocalContact = d.LocalContact }},
		{"url", func(p *doc) { p.QR.URL = d.QR.URL }},
		{"tracking", func(p *doc) { p.QR = d.QR }},
		{"lang", func(p *doc) { p.Languages = d.Languages }},
		{"paper", func(p *doc) { p.Paper = d.Paper }},
		{"pack", func(p *doc) { p.Audiences = d.Audiences }},
		{"comply", func(p *doc) { p.Compliance = preset(d.Compliance) }},
		{"local_lang", func(p *doc) { p.Compliance = d.Compliance }},
	} {
		part := &doc{}
		c.part(part)
		if c.field == "tracking" && hasProblem(out, "url") || c.field == "local_lang" && hasProblem(out, "comply") {
			continue
		}
		if p, ok := check(part, logo); !ok {
			p.Field = c.field
			out = append(out, p)
		}
	}
	if _, err := layouts.Lookup(f.Layout); err != nil {
		out = append(out, Problem{"layout", err.Error(), "'lookout layouts' lists them"})
	}
	return out
}

// preset is c with only its preset.
func preset(c *complianceDoc) *complianceDoc {
	if c == nil {
		return nil
	}
	return &complianceDoc{Preset: c.Preset}
}

func hasProblem(ps []Problem, field string) bool {
	for _, p := range ps {
		if p.Field == field {
			return true
		}
	}
	return false
}

// check loads a campaign file as the CLI would, and says what is wrong.
func check(d *doc, logo []byte) (Problem, bool) {
	src, err := d.marshal()
	if err == nil {
		_, err = campaign.LoadFile(CampaignName, src, func(string) ([]byte, error) { return logo, nil })
	}
	if err == nil {
		return Problem{}, true
	}
	p := Problem{Message: atRE.ReplaceAllString(err.Error(), "")}
	var ie *campaign.InputError
	if errors.As(err, &ie) {
		p.Hint = ie.Hint()
	}
	return p, false
}

// guessField says which control a message from planning is about, by the
// flag or word it names; "" when none.
func guessField(msg string) string {
	for _, k := range []struct{ word, field string }{
		{"--url", "url"}, {"--org", "org"}, {"requires the notice in", "lang"}, {"tear-off", "tear_offs"}, {"variant", "variant"},
		{"audience", "audience"}, {"size", "size"}, {"paper", "paper"}, {"language", "lang"}, {"pack", "pack"},
	} {
		if strings.Contains(msg, k.word) {
			return k.field
		}
	}
	return ""
}
