package campaign

import (
	"lookout/campaign/preset"

	_ "embed"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"unicode/utf8"

	"lookout/layouts"
	"lookout/layouts/typeset"
)

// Defaults when neither a flag nor a campaign file says otherwise.
const (
	DefaultHotline = "us-ncmec"
	DefaultPack    = "ncmec-2020"
)

// Brand is an organisation's logo and colour.
type Brand struct {
	Logo  *typeset.Image
	Color *typeset.Color // nil: lookout's own colours
}

// check measures the colour's contrast and picks the text colours that go
// with it (see layouts.NewBrand).
func (b Brand) check() (layouts.Brand, error) {
	lb, err := layouts.NewBrand(b.Color, b.Logo)
	if err != nil {
		return lb, inputErr("pick a darker or lighter brand colour", "%v", err)
	}
	return lb, nil
}

// hotline returns the hotline to print: the campaign file's version of the
// preset when it changed one, else the preset.
func (r Request) hotline(audience string) (Hotline, error) {
	id := orDefault(r.Hotline, audienceHotline(audience))
	if id == "" {
		id = DefaultHotline
	}
	if r.Override != nil && r.Override.ID == id {
		return *r.Override, nil
	}
	return LookupHotline(id)
}

// audienceHotline is the hotline an audience's pieces print unless told
// otherwise ("": lookout's default): for a person who may be trafficked,
// the National Human Trafficking Hotline, whose text line is silent.
func audienceHotline(audience string) string {
	a, _ := layouts.AudienceByName(audience)
	return a.Hotline
}

// schema is a campaign file as written. Every key is optional.
type schema struct {
	Organisation struct {
		Name   string `yaml:"name"`
		Logo   string `yaml:"logo"`
		Colour string `yaml:"colour"`
	} `yaml:"organisation"`
	Hotline      hotlineSpec `yaml:"hotline"`
	LocalContact struct {
		Show  bool   `yaml:"show"`
		Name  string `yaml:"name"`
		Phone string `yaml:"phone"`
	} `yaml:"local_contact"`
	QR struct {
		URL      string            `yaml:"url"`
		Tracking map[string]string `yaml:"tracking"`
	} `yaml:"qr"`
	Languages  []string            `yaml:"languages"`
	Together   [][]string          `yaml:"together"`
	Paper      string              `yaml:"paper"`
	Audiences  map[string]audience `yaml:"audiences"`
	Kit        []string            `yaml:"kit"`
	Compliance struct {
		Preset         string            `yaml:"preset"`
		LocalLanguages []string          `yaml:"local_languages"`
		NoticeText     map[string]string `yaml:"notice_text"`
	} `yaml:"compliance"`
}

// hotlineSpec names a preset and overrides any of its fields.
type hotlineSpec struct {
	Preset    string   `yaml:"preset"`
	Name      *string  `yaml:"name"`
	Numbers   []Number `yaml:"numbers"`
	Hours     *string  `yaml:"hours"`
	Languages *string  `yaml:"languages"`
	Chat      *string  `yaml:"chat"`
	URL       *string  `yaml:"url"`
	Emergency *string  `yaml:"emergency"`
	Source    *string  `yaml:"source"`
	Checked   *string  `yaml:"checked"`
}

// audience is what the pieces for one audience print.
type audience struct {
	Pack    string `yaml:"pack"`
	Hotline string `yaml:"hotline"`
}

// File is a campaign file, read and checked: everything `make` and `kit`
// need to know about an organisation's materials.
type File struct {
	Name     string // the file's path, for messages
	Org      string
	Brand    Brand
	Hotline  Hotline // the main hotline, with the file's changes
	Local    *layouts.Contact
	URL      string
	Tracking map[string]string // by layout: query parameters added to URL
	Langs    []string
	Together [][]string
	Paper    string
	Audience map[string]audience // by audience: pack and hotline preset
	Kit      []string            // the layouts `lookout kit` makes
	Comply   Comply
}

// ReadFunc reads a file the campaign file names, such as its logo, given
// its path relative to the campaign file.
type ReadFunc func(path string) ([]byte, error)

// LoadFile parses and checks a campaign file. Every mistake — an unknown
// key, a wrong type, a value that cannot be used — is an *InputError that
// starts with file:line:column and says what was expected.
func LoadFile(name string, src []byte, read ReadFunc) (f *File, err error) {
	defer func() {
		// goccy/go-yaml v1.19.2 panics on some malformed input (a tag such
		// as "!-" on a list item; found by FuzzLoadFile): refuse the file.
		if r := recover(); r != nil {
			f, err = nil, inputErr("check the YAML syntax: tags (!…), lists and indentation", "%s: the YAML parser cannot read this file (%v)", name, r)
		}
	}()
	d, err := parseCampaign(name, src)
	if err != nil {
		return nil, err
	}
	var s schema
	if err := decodeAsWritten(d.root, &s); err != nil {
		return nil, decodeError(name, reflect.TypeFor[schema](), d, err)
	}
	f = &File{Name: name, Paper: s.Paper, Tracking: s.QR.Tracking, Kit: s.Kit}
	for _, step := range []func(*schema, *yamlDoc, ReadFunc) error{
		f.organisation, f.hotlines, f.audiences, f.localContact, f.qr, f.languages, f.paper, f.kit, f.compliance,
	} {
		if err := step(&s, d, read); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// parseCampaign checks a campaign file's encoding and size against its
// budget, then parses it once into a tree that keeps every position.
func parseCampaign(name string, src []byte) (*yamlDoc, error) {
	src, err := checkEncoding(name, src)
	if err != nil {
		return nil, err
	}
	if err := checkBudget(name, src); err != nil {
		return nil, err
	}
	d, err := parseYAMLDoc(name, src)
	if err != nil {
		return nil, decodeError(name, reflect.TypeFor[schema](), &yamlDoc{name: name}, err)
	}
	if err := checkExpansion(name, d.root); err != nil {
		return nil, err
	}
	if key, t := firstUnknownKey(d.root, reflect.TypeFor[schema]()); key != nil {
		return nil, unknownKeyErr(name, key, t)
	}
	return d, nil
}

func (f *File) organisation(s *schema, d *yamlDoc, read ReadFunc) error {
	o := s.Organisation
	org, err := CleanName(o.Name)
	if err != nil {
		return d.errorf([]any{"organisation", "name"}, hintOr(err, "type the name as plain text"), "%v", err)
	}
	f.Org = org
	if o.Logo != "" {
		b, err := read(o.Logo)
		if err == nil {
			f.Brand.Logo, err = typeset.LoadImage(b)
		}
		if err != nil {
			hint := "give a PNG or JPEG file, relative to the campaign file"
			if ie := (*typeset.ImageError)(nil); errors.As(err, &ie) {
				hint = ie.Hint()
			}
			return d.errorf([]any{"organisation", "logo"}, hint, "logo %s: %v", o.Logo, err)
		}
	}
	if o.Colour != "" {
		c, err := ParseColor(o.Colour)
		if err == nil {
			f.Brand.Color = &c
			_, err = layouts.NewBrand(&c, nil)
		}
		if err != nil {
			return d.errorf([]any{"organisation", "colour"}, "write it as #RRGGBB, dark enough for white text or light enough for black", "%v", err)
		}
	}
	return nil
}

// ParseColor reads a colour written #RRGGBB.
func ParseColor(s string) (typeset.Color, error) {
	var c typeset.Color
	if len(s) != 7 || s[0] != '#' {
		return c, fmt.Errorf("colour %q is not written #RRGGBB", clip(s))
	}
	if _, err := fmt.Sscanf(strings.ToLower(s[1:]), "%02x%02x%02x", &c.R, &c.G, &c.B); err != nil {
		return c, fmt.Errorf("colour %q is not written #RRGGBB", clip(s))
	}
	return c, nil
}

func (f *File) hotlines(s *schema, d *yamlDoc, _ ReadFunc) error {
	spec := s.Hotline
	h, err := LookupHotline(orDefault(spec.Preset, DefaultHotline))
	if err != nil {
		return d.errorf([]any{"hotline", "preset"}, "'lookout hotlines' lists the presets", "%v", err)
	}
	changed := spec.Name != nil || spec.Numbers != nil
	if err := checkHotlineText(spec, d); err != nil {
		return err
	}
	for _, o := range []struct {
		from *string
		to   *string
	}{{spec.Name, &h.Name}, {spec.Hours, &h.Hours}, {spec.Languages, &h.Languages}, {spec.Chat, &h.Chat},
		{spec.URL, &h.URL}, {spec.Emergency, &h.Emergency}, {spec.Source, &h.Source}, {spec.Checked, &h.Checked}} {
		if o.from != nil {
			*o.to = *o.from
		}
	}
	for i, n := range spec.Numbers {
		if err := preset.CheckNumber(n); err != nil {
			return d.errorf([]any{"hotline", "numbers", i}, "every number must dial what it says", "hotline %s: %v", h.ID, err)
		}
	}
	if spec.Numbers != nil {
		h.Numbers = spec.Numbers
	}
	h.Renamed = spec.Name != nil
	if changed && spec.Source == nil {
		h.Source = "campaign file " + filepath.Base(f.Name)
	}
	if err := preset.CheckHotline(h.ID+".yaml", h); err != nil {
		return d.errorf([]any{"hotline"}, "every number must dial what it says", "%v", err)
	}
	if h.Emergency != "" {
		if e, err := LookupHotline(h.Emergency); err != nil || !e.EmergencyOnly {
			return d.errorf([]any{"hotline", "emergency"}, "name an emergency preset such as us-911 or au-000", "%q is not an emergency number preset", clip(h.Emergency))
		}
	}
	f.Hotline = h
	return nil
}

// MaxField is the longest value lookout takes for a text field other than
// the organisation's name and a posting law's wording, in characters.
const MaxField = 200

// checkHotlineText gives the text fields a campaign file changes in its
// hotline the checks the organisation's name gets: plain text of a
// printable length, with no control or bidi-override characters. Hours
// print only as "24/7" (in the reader's language); other hours are
// refused rather than left off. The address gets CheckURL.
func checkHotlineText(spec hotlineSpec, d *yamlDoc) error {
	if spec.Name != nil {
		if _, err := CleanName(*spec.Name); err != nil {
			return d.errorf([]any{"hotline", "name"}, hintOr(err, plain), "%v", err)
		}
	}
	if spec.Hours != nil && *spec.Hours != "" && *spec.Hours != "24/7" {
		return d.errorf([]any{"hotline", "hours"}, `write "24/7" for a line that always answers, or leave hours out`,
			"hours %q: lookout prints hours only as 24/7, in every language", clip(*spec.Hours))
	}
	if spec.URL != nil {
		if err := CheckURL(*spec.URL); err != nil {
			return d.errorf([]any{"hotline", "url"}, hintOr(err, "give a full web address"), "%v", err)
		}
	}
	for _, f := range []struct {
		key string
		v   *string
	}{{"languages", spec.Languages}, {"chat", spec.Chat}, {"source", spec.Source}, {"checked", spec.Checked}} {
		key, v := f.key, f.v
		if v == nil {
			continue
		}
		err := checkRunes(key, *v)
		if n := utf8.RuneCountInString(*v); err == nil && n > MaxField {
			err = inputErr(fmt.Sprintf("shorten it to %d characters or fewer", MaxField), "%s is %d characters; the most lookout takes is %d", key, n, MaxField)
		}
		if err != nil {
			return d.errorf([]any{"hotline", key}, hintOr(err, plain), "%v", err)
		}
	}
	return nil
}

func (f *File) audiences(s *schema, d *yamlDoc, _ ReadFunc) error {
	f.Audience = s.Audiences
	for name, a := range s.Audiences {
		if known := layouts.AudienceNames(); !contains(known, name) {
			return d.keyErrorf([]any{"audiences", name}, "the audiences are: "+strings.Join(known, ", "), "unknown audience %q", clip(name))
		}
		if a.Pack != "" {
			if _, err := LookupPack(a.Pack); err != nil {
				return d.errorf([]any{"audiences", name, "pack"}, "'lookout packs' lists them", "%v", err)
			}
		}
		if a.Hotline != "" {
			if _, err := LookupHotline(a.Hotline); err != nil {
				return d.errorf([]any{"audiences", name, "hotline"}, "'lookout hotlines' lists them", "%v", err)
			}
		}
	}
	return nil
}

// orDefault returns s, or def when s is empty.
func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

//go:embed starter.yaml
var starter string

// Starter returns a commented campaign file to start from, listing the
// presets, packs and layouts this build of lookout has.
func Starter() []byte {
	var tracking []string
	for _, l := range layouts.Names() {
		tracking = append(tracking, fmt.Sprintf("    %s: utm_source=%s", l, l))
	}

	return []byte(strings.NewReplacer(
		"{{hotlines}}", "presets: "+strings.Join(HotlineIDs(), ", "),
		"{{tracking}}", strings.Join(tracking, "\n"),
		"{{papers}}", strings.Join(layouts.PaperNames(), ", "),
		"{{packs}}", strings.Join(PackIDs(), ", "),
		"{{kit}}", strings.Join(layouts.Names(), ", "),
		"{{comply}}", strings.Join(ComplianceIDs(), ", "),
	).Replace(starter))
}
