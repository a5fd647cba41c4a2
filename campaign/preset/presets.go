package preset

import (
	"bytes"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"

	yamlv3 "go.yaml.in/yaml/v3"

	"lookout/layouts"
)

//go:embed hotlines/*.yaml packs/*.yaml compliance/*.yaml
var data embed.FS

// Number is one way to reach a hotline.
type Number struct {
	Kind    string `yaml:"kind"`    // call, text, tty, whatsapp
	Display string `yaml:"display"` // as printed, when it has letters (1-800-THE-LOST)
	Digits  string `yaml:"digits"`  // what to dial: digits, spaces and hyphens
	// Languages lists the languages the line answers in (BCP 47), when it
	// does not answer in every language: a piece in another language leaves
	// it out.
	Languages []string `yaml:"languages"`
}

// Serves reports whether the number answers in the language of tag.
func (n Number) Serves(tag string) bool {
	if len(n.Languages) == 0 {
		return true
	}
	base, _, _ := strings.Cut(tag, "-")
	for _, l := range n.Languages {
		if l == base || l == tag {
			return true
		}
	}
	return false
}

// Printed returns the number as printed: the vanity form, or the digits.
func (n Number) Printed() string {
	if n.Display != "" {
		return n.Display
	}
	return n.Digits
}

// Hotline is a hotline preset.
type Hotline struct {
	ID                 string   `yaml:"id"`
	Name               string   `yaml:"name"`
	Country            string   `yaml:"country"`
	Numbers            []Number `yaml:"numbers"`
	Hours              string   `yaml:"hours"`
	Languages          string   `yaml:"languages"`
	Chat               string   `yaml:"chat"`
	URL                string   `yaml:"url"`
	Emergency          string   `yaml:"emergency"` // id of the emergency preset of its country
	EmergencyOnly      bool     `yaml:"emergency_only"`
	NotTraffickingLine bool     `yaml:"not_trafficking_line"`
	// Operator is who answers the line, when it is not the name itself.
	Operator string `yaml:"operator"`
	// QR is the page the hotline's QR code opens by default: the
	// hotline's own page for the reader of the piece.
	QR string `yaml:"qr"`
	// Trust lists why it is safe to reach out, as the hotline's own
	// source says (TrustKinds); pieces for a person who may be trafficked
	// print them, from the catalogs' hotline.trust.<kind>.
	Trust []string `yaml:"trust"`
	// Source is where the number to call comes from: the URL of the
	// source its provenance names, or the campaign file that changed it.
	Source string `yaml:"-"`
	Record `yaml:",inline"`
	// Renamed marks a name a campaign file gave: it is printed as given,
	// in place of the catalog's translation of the preset's name.
	Renamed bool `yaml:"-"`
}

// Number returns the hotline's first number of a kind, if it has one.
func (h Hotline) Number(kind string) (Number, bool) {
	for _, n := range h.Numbers {
		if n.Kind == kind {
			return n, true
		}
	}
	return Number{}, false
}

// Always reports whether the hotline answers around the clock.
func (h Hotline) Always() bool { return h.Hours == "24/7" }

// Pack is a content pack: a list of warning signs with its source, or for
// staff one list per role and the steps to take (Respond).
type Pack struct {
	ID       string    `yaml:"id"`
	Title    string    `yaml:"title"`
	Audience string    `yaml:"audience"`
	Source   string    `yaml:"-"` // the first source's URL
	Date     string    `yaml:"-"` // when the first source was published, if it says
	Signs    []string  `yaml:"signs"`
	Sections []Section `yaml:"sections"`
	Respond  []string  `yaml:"respond"` // catalog keys of the steps to take, in order
	Record   `yaml:",inline"`
}

// Section is one role's signs in a pack for staff; its title is the
// catalog message staff.<id>.title.
type Section struct {
	ID    string   `yaml:"id"`
	Signs []string `yaml:"signs"`
}

// SignKeys returns the catalog keys of the pack's signs, in order, every
// section's after another.
func (p Pack) SignKeys() []string {
	var out []string
	for _, s := range p.Signs {
		out = append(out, "sign."+p.ID+"."+s)
	}
	for _, sec := range p.Sections {
		out = append(out, sec.Keys(p.ID)...)
	}
	return out
}

// Keys returns the catalog keys of the section's signs in pack.
func (s Section) Keys(pack string) []string {
	out := make([]string, len(s.Signs))
	for i, sign := range s.Signs {
		out[i] = "sign." + pack + "." + s.ID + "." + sign
	}
	return out
}

// Title is the catalog key of the section's title.
func (s Section) Title() string { return "staff." + s.ID + ".title" }

func checkPack(file string, p Pack) error {
	if err := checkID(file, p.ID); err != nil {
		return err
	}
	if (len(p.Signs) == 0) == (len(p.Sections) == 0) {
		return fmt.Errorf("a pack has signs or sections, one of the two")
	}
	_, err := layouts.AudienceByName(p.Audience)
	return err
}

var (
	once        sync.Once // hotlines and packs
	onceComply  sync.Once // posting-law presets, read only when asked for
	hotlines    = map[string]Hotline{}
	packs       = map[string]Pack{}
	compliances = map[string]Compliance{}
	loadErr     error
	complyErr   error
)

// load reads every data file once: hotlines first, as the posting-law
// presets name them.
func load() error {
	if err := loadCore(); err != nil {
		return err
	}
	onceComply.Do(func() {
		complyErr = loadDir("compliance", func(name string, b []byte) error {
			var c Compliance
			if err := strictYAML(b, &c); err != nil {
				return err
			}
			if err := checkRecord(&c.Record, c.Facts); err != nil {
				return err
			}
			compliances[c.ID] = c
			if err := checkID(name, c.ID); err != nil {
				return err
			}
			return c.check()
		})
	})
	return complyErr
}

// loadCore reads the hotlines and the packs once: what every piece needs.
// The posting-law presets, twice their size, wait until one is asked for.
func loadCore() error {
	once.Do(func() {
		loadErr = loadDir("hotlines", func(name string, b []byte) error {
			h, err := readHotline(name, b)
			if err == nil {
				hotlines[h.ID] = h
			}
			return err
		})
		if loadErr == nil {
			loadErr = loadDir("packs", func(name string, b []byte) error {
				var p Pack
				if err := strictYAML(b, &p); err != nil {
					return err
				}
				if err := checkRecord(&p.Record, p.facts); err != nil {
					return err
				}
				if len(p.Sources) > 0 {
					p.Source, p.Date = p.Sources[0].URL, p.Sources[0].Published
				}
				packs[p.ID] = p
				return checkPack(name, p)
			})
		}
	})
	return loadErr
}

// checkRecord checks a record's sources and provenance against the facts
// its file states, and derives its Checked date.
func checkRecord(r *Record, facts func() (need, known []string)) error {
	need, known := facts()
	return r.check(need, known)
}

func loadDir(dir string, each func(name string, b []byte) error) error {
	names, err := fs.Glob(data, dir+"/*.yaml")
	if err != nil {
		return err
	}
	for _, n := range names {
		b, err := fs.ReadFile(data, n)
		if err != nil {
			return err
		}
		if err := each(n, b); err != nil {
			return fmt.Errorf("%s: %w", n, err)
		}
	}
	return nil
}

// strictYAML reads one of lookout's own data files: an unknown key or a
// wrong type is an error. It uses go.yaml.in/yaml/v3, which reads the
// 45 embedded files in a fraction of the time goccy/go-yaml takes (17 ms
// of every run went into them) and, like asWritten, reads an unquoted
// value into a text field as written. Campaign files, which come from
// users, keep goccy for its positions and the budget in front of it.
func strictYAML(b []byte, v any) error {
	d := yamlv3.NewDecoder(bytes.NewReader(b))
	d.KnownFields(true)
	if err := d.Decode(v); err != nil && err != io.EOF {
		return err
	}
	return nil
}

func checkID(file, id string) error {
	if want := strings.TrimSuffix(path.Base(file), ".yaml"); id != want {
		return fmt.Errorf("id %q does not match the file name", id)
	}
	return nil
}

// lookup returns the entry of m with the given id, loading the data first
// (the posting-law presets only for them).
func lookup[T any](m map[string]T, what, id string) (T, error) {
	if err := loaderOf(m)(); err != nil {
		var zero T
		return zero, err
	}
	v, ok := m[id]
	if !ok {
		return v, fmt.Errorf("unknown %s %q (have: %s)", what, Clip(id), strings.Join(sortedIDs(m), ", "))
	}
	return v, nil
}

// loaderOf is what must be read before m can be looked in.
func loaderOf[T any](m map[string]T) func() error {
	if _, ok := any(m).(map[string]Compliance); ok {
		return load
	}
	return loadCore
}

// ids returns the sorted ids of m, loading the data first.
func ids[T any](m map[string]T) []string {
	if loaderOf(m)() != nil {
		return nil
	}
	return sortedIDs(m)
}

// LookupHotline returns the hotline preset with the given id.
func LookupHotline(id string) (Hotline, error) {
	if h, ok := hotlineFile(id); ok {
		return h, nil
	}
	return lookup(hotlines, "hotline", id)
}

// readHotline reads and checks one hotline file.
func readHotline(name string, b []byte) (Hotline, error) {
	var h Hotline
	if err := strictYAML(b, &h); err != nil {
		return h, err
	}
	if err := checkRecord(&h.Record, h.facts); err != nil {
		return h, err
	}
	if _, s, _, ok := h.FactSource("call"); ok {
		h.Source = s.URL
	}
	return h, CheckHotline(name, h)
}

var (
	fileMu   sync.Mutex
	oneByOne = map[string]Hotline{} // hotlines read from their own files
)

// hotlineFile reads the hotline with the given id from its own file,
// hotlines/<id>.yaml, without the others: a piece needs one or two
// hotlines, and reading all 14 files took a tenth of a poster's run. It
// reports false when there is no such file or it does not load; the
// caller then looks among all of them, which says what is wrong.
func hotlineFile(id string) (Hotline, bool) {
	name := "hotlines/" + id + ".yaml"
	if !fs.ValidPath(name) || path.Dir(name) != "hotlines" {
		return Hotline{}, false
	}
	fileMu.Lock()
	defer fileMu.Unlock()
	if h, ok := oneByOne[id]; ok {
		return h, true
	}
	b, err := fs.ReadFile(data, name)
	if err != nil {
		return Hotline{}, false
	}
	h, err := readHotline(name, b)
	if err != nil {
		return Hotline{}, false
	}
	oneByOne[id] = h
	return h, true
}

// HotlineIDs returns the ids of every hotline preset, sorted.
func HotlineIDs() []string { return ids(hotlines) }

// LookupPack returns the content pack with the given id.
func LookupPack(id string) (Pack, error) { return lookup(packs, "content pack", id) }

// PackIDs returns the ids of every content pack, sorted.
func PackIDs() []string { return ids(packs) }

// LookupCompliance returns the posting-law preset with the given id.
func LookupCompliance(id string) (Compliance, error) {
	return lookup(compliances, "compliance preset", id)
}

// ComplianceIDs returns the ids of every posting-law preset, sorted.
func ComplianceIDs() []string { return ids(compliances) }

func sortedIDs[T any](m map[string]T) []string {
	out := make([]string, 0, len(m))
	for id := range m {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}
