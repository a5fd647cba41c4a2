package serve

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"lookout/campaign"
	"lookout/layouts/typeset"
)

// Budgets for what a request may carry, checked as it is read (STYLE.md
// §12). The campaign file and the logo keep the CLI's limits; a text field
// is capped well above the longest value the CLI accepts (a notice's
// wording: campaign.MaxNotice characters of up to 4 bytes), so a field
// that would be refused anyway is refused before it is held in memory.
const (
	maxField   = 4 * campaign.MaxNotice      // bytes of one text field
	maxBase    = campaign.MaxCampaignFile    // the opened campaign file
	maxLogo    = typeset.MaxImageBytes       // the uploaded logo
	maxParts   = 120                         // form fields in one request
	maxRequest = maxLogo + maxBase + 1<<20   // the whole body
	maxFields  = maxParts*maxField + maxBase // text in one request, all fields
)

// form is what the page sends: the choices of `lookout make` that are not
// in a campaign file (Piece), the campaign file's fields the page has a
// control for, the uploaded logo, and base, the campaign file the page
// opened, which keeps what the page has no control for.
type form struct {
	Piece
	Paper      string
	Together   bool
	Langs      []string
	Hotline    string
	Pack       string
	Org        string
	Colour     string
	LocalName  string
	LocalPhone string
	URL        string
	Tracking   string
	Comply     string
	LocalLangs []string
	Notice     map[string]string // the law's wording, by language tag
	Logo       []byte
	Base       []byte
}

// tooLarge is a request or a field over its budget.
type tooLarge struct{ what, field string }

func (e *tooLarge) Error() string { return e.what + " is too large" }

// badText is a text field that is not UTF-8, as no browser sends.
type badText struct{ field string }

func (e *badText) Error() string {
	return fmt.Sprintf("the field %q is not valid UTF-8", clip(e.field))
}

var tagRE = regexp.MustCompile(`^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$`)

// readForm reads a multipart form part by part, holding each in memory
// within its budget: nothing is written to disk.
func readForm(r *http.Request) (*form, error) {
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, fmt.Errorf("the request is not a form upload: %w", err)
	}
	f := &form{Notice: map[string]string{}}
	for n := 0; ; n++ {
		p, err := mr.NextPart()
		if err == io.EOF {
			return f, nil
		}
		if err != nil {
			return nil, readError(err)
		}
		if n >= maxParts {
			return nil, &tooLarge{"the form (too many fields)", ""}
		}
		if err := f.set(p); err != nil {
			return nil, err
		}
	}
}

func readError(err error) error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return &tooLarge{"the request", ""}
	}
	return fmt.Errorf("reading the form: %w", err)
}

// readPart reads one part of at most max bytes.
func readPart(p *multipart.Part, max int64, what, field string) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(p, max+1))
	if err != nil {
		return nil, readError(err)
	}
	if int64(len(b)) > max {
		return nil, &tooLarge{what, field}
	}
	return b, nil
}

// set stores one part in its field. Unknown fields are ignored, as
// browsers send the buttons' names too.
func (f *form) set(p *multipart.Part) error {
	name := p.FormName()
	switch name {
	case "logo":
		b, err := readPart(p, maxLogo, "the logo", "logo")
		f.Logo = b
		return err
	case "base":
		b, err := readPart(p, maxBase, "the campaign file", "base")
		f.Base = b
		return err
	}
	b, err := readPart(p, maxField, "the field "+strconv.Quote(clip(name)), name)
	if err != nil {
		return err
	}
	if !utf8.Valid(b) {
		return &badText{name}
	}
	v := string(b)
	if tag, ok := strings.CutPrefix(name, "notice_"); ok {
		if tagRE.MatchString(tag) && strings.TrimSpace(v) != "" {
			f.Notice[tag] = v
		}
		return nil
	}
	if to := f.text(name); to != nil {
		*to = strings.TrimSpace(v)
		return nil
	}
	switch name {
	case "lang":
		if v != "" && !slices.Contains(f.Langs, v) {
			f.Langs = append(f.Langs, v)
		}
	case "local_lang":
		f.LocalLangs = append(f.LocalLangs, strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' })...)
	case "together":
		f.Together = v != ""
	case "grayscale":
		f.Grayscale = v != ""
	case "tear_offs":
		if strings.TrimSpace(v) == "" {
			return nil
		}
		n, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil {
			n = -1 // refused by the same check as --tear-offs
		}
		f.TearOffs = n
	}
	return nil
}

// text returns the field a plain text input fills, or nil.
func (f *form) text(name string) *string {
	return map[string]*string{
		"layout": &f.Layout, "variant": &f.Variant, "size": &f.Size, "audience": &f.Audience, "paper": &f.Paper,
		"hotline": &f.Hotline, "pack": &f.Pack, "org": &f.Org, "colour": &f.Colour, "local_name": &f.LocalName,
		"local_phone": &f.LocalPhone, "url": &f.URL, "tracking": &f.Tracking, "comply": &f.Comply,
	}[name]
}

// clip shortens a name quoted in a message.
func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// logoName is the name the saved campaign file gives the logo: never a
// name from the request, so nothing the user sends becomes a path.
func logoName(b []byte) string {
	if bytes.HasPrefix(b, []byte("\xff\xd8")) {
		return "logo.jpg"
	}
	return "logo.png"
}
