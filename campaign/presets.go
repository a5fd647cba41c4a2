// Package campaign is lookout's model of what to print: hotline presets and
// content packs (data files embedded from hotlines/ and packs/, each with
// its source and the date it was taken from DESIGN.md's checked tables), and
// the checks that keep a wrong digit off a poster.
package campaign

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/goccy/go-yaml"
)

//go:embed hotlines/*.yaml packs/*.yaml
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
	Source             string   `yaml:"source"`
	Checked            string   `yaml:"checked"`
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

// Pack is a content pack: a list of warning signs with its source. A pack
// whose signs are grouped by role (hotel-staff) has Sections instead of
// Signs, and the steps to take in Respond.
type Pack struct {
	ID       string    `yaml:"id"`
	Title    string    `yaml:"title"`
	Audience string    `yaml:"audience"` // public, staff or victim
	Source   string    `yaml:"source"`
	Date     string    `yaml:"date"`
	Signs    []string  `yaml:"signs"`
	Sections []Section `yaml:"sections"`
	Respond  []string  `yaml:"respond"` // catalog keys of the steps, in order
}

// Section is one role's signs in a pack.
type Section struct {
	Role  string   `yaml:"role"`
	Title string   `yaml:"title"` // the catalog key of its title
	Signs []string `yaml:"signs"`
}

// SignKeys returns the catalog keys of the pack's signs, in order, those of
// every section one after another.
func (p Pack) SignKeys() []string {
	var out []string
	for _, s := range p.Signs {
		out = append(out, "sign."+p.ID+"."+s)
	}
	for _, sec := range p.Sections {
		out = append(out, sec.SignKeys(p.ID)...)
	}
	return out
}

// SignKeys returns the catalog keys of the section's signs.
func (s Section) SignKeys(pack string) []string {
	out := make([]string, len(s.Signs))
	for i, id := range s.Signs {
		out[i] = "sign." + pack + "." + s.Role + "." + id
	}
	return out
}

// Keys returns every catalog key the pack uses.
func (p Pack) Keys() []string {
	out := p.SignKeys()
	for _, s := range p.Sections {
		out = append(out, s.Title)
	}
	return append(out, p.Respond...)
}

func checkPack(file string, p Pack) error {
	if err := checkID(file, p.ID); err != nil {
		return err
	}
	if (len(p.Signs) == 0) == (len(p.Sections) == 0) {
		return fmt.Errorf("a pack has signs or sections, one of the two")
	}
	switch p.Audience {
	case "public", "staff", "victim":
		return nil
	}
	return fmt.Errorf("audience %q is not public, staff or victim", p.Audience)
}

var (
	once     sync.Once
	hotlines map[string]Hotline
	packs    map[string]Pack
	loadErr  error
)

func load() error {
	once.Do(func() {
		hotlines, packs = map[string]Hotline{}, map[string]Pack{}
		loadErr = loadDir("hotlines", func(name string, b []byte) error {
			var h Hotline
			if err := strictYAML(b, &h); err != nil {
				return err
			}
			hotlines[h.ID] = h
			return checkHotline(name, h)
		})
		if loadErr == nil {
			loadErr = loadDir("packs", func(name string, b []byte) error {
				var p Pack
				if err := strictYAML(b, &p); err != nil {
					return err
				}
				packs[p.ID] = p
				return checkPack(name, p)
			})
		}
	})
	return loadErr
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

func strictYAML(b []byte, v any) error {
	if err := yaml.UnmarshalWithOptions(b, v, yaml.Strict(), yaml.DisallowUnknownField()); err != nil {
		return fmt.Errorf("%s", yaml.FormatError(err, false, false))
	}
	return nil
}

func checkID(file, id string) error {
	if want := strings.TrimSuffix(path.Base(file), ".yaml"); id != want {
		return fmt.Errorf("id %q does not match the file name", id)
	}
	return nil
}

// LookupHotline returns the hotline preset with the given id.
func LookupHotline(id string) (Hotline, error) {
	if err := load(); err != nil {
		return Hotline{}, err
	}
	h, ok := hotlines[id]
	if !ok {
		return Hotline{}, fmt.Errorf("unknown hotline %q (have: %s)", id, strings.Join(HotlineIDs(), ", "))
	}
	return h, nil
}

// HotlineIDs returns the ids of every hotline preset, sorted.
func HotlineIDs() []string {
	if load() != nil {
		return nil
	}
	return sortedIDs(hotlines)
}

// PackIDs returns the ids of every content pack, sorted.
func PackIDs() []string {
	if load() != nil {
		return nil
	}
	return sortedIDs(packs)
}

// LookupPack returns the content pack with the given id.
func LookupPack(id string) (Pack, error) {
	if err := load(); err != nil {
		return Pack{}, err
	}
	p, ok := packs[id]
	if !ok {
		return Pack{}, fmt.Errorf("unknown content pack %q (have: %s)", id, strings.Join(sortedIDs(packs), ", "))
	}
	return p, nil
}

func sortedIDs[T any](m map[string]T) []string {
	out := make([]string, 0, len(m))
	for id := range m {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}
