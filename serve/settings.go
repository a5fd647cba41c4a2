package serve

import (
	"bytes"
	"fmt"

	"github.com/goccy/go-yaml"
)

// doc is a campaign file as the CLI reads it (campaign.LoadFile), key for
// key, so that what the page saves a technician can hand to
// `lookout --campaign`, and what the CLI reads the page can open. Keys
// the page has no control for (a changed hotline number, tracking for
// other layouts, the kit's list) pass through untouched.
type doc struct {
	Organisation struct {
		Name   string `yaml:"name,omitempty"`
		Logo   string `yaml:"logo,omitempty"`
		Colour string `yaml:"colour,omitempty"`
	} `yaml:"organisation,omitempty"`
	Hotline      hotlineDoc `yaml:"hotline,omitempty"`
	LocalContact struct {
		Show  bool   `yaml:"show"`
		Name  string `yaml:"name,omitempty"`
		Phone string `yaml:"phone,omitempty"`
	} `yaml:"local_contact"`
	QR struct {
		URL      string            `yaml:"url,omitempty"`
		Tracking map[string]string `yaml:"tracking,omitempty"`
	} `yaml:"qr,omitempty"`
	Languages  []string               `yaml:"languages,omitempty"`
	Together   [][]string             `yaml:"together,omitempty"`
	Paper      string                 `yaml:"paper,omitempty"`
	Audiences  map[string]audienceDoc `yaml:"audiences,omitempty"`
	Kit        []string               `yaml:"kit,omitempty"`
	Compliance *complianceDoc         `yaml:"compliance,omitempty"`
}

type hotlineDoc struct {
	Preset    string      `yaml:"preset,omitempty"`
	Name      *string     `yaml:"name,omitempty"`
	Numbers   []numberDoc `yaml:"numbers,omitempty"`
	Hours     *string     `yaml:"hours,omitempty"`
	Languages *string     `yaml:"languages,omitempty"`
	Chat      *string     `yaml:"chat,omitempty"`
	URL       *string     `yaml:"url,omitempty"`
	Emergency *string     `yaml:"emergency,omitempty"`
	Source    *string     `yaml:"source,omitempty"`
	Checked   *string     `yaml:"checked,omitempty"`
}

// overridden reports whether the file changes any field of its preset.
func (h hotlineDoc) overridden() bool {
	return h.Name != nil || h.Numbers != nil || h.Hours != nil || h.Languages != nil || h.Chat != nil ||
		h.URL != nil || h.Emergency != nil || h.Source != nil || h.Checked != nil
}

type numberDoc struct {
	Kind      string   `yaml:"kind"`
	Display   string   `yaml:"display,omitempty"`
	Digits    string   `yaml:"digits"`
	Languages []string `yaml:"languages,omitempty"`
}

type audienceDoc struct {
	Pack    string `yaml:"pack,omitempty"`
	Hotline string `yaml:"hotline,omitempty"`
}

type complianceDoc struct {
	Preset         string            `yaml:"preset"`
	LocalLanguages []string          `yaml:"local_languages,omitempty"`
	NoticeText     map[string]string `yaml:"notice_text,omitempty"`
}

// savedHeader starts every campaign file the page saves.
const savedHeader = "# lookout campaign file, saved from 'lookout serve'.\n" +
	"#   lookout make poster --campaign campaign.yaml\n" +
	"#   lookout kit --campaign campaign.yaml\n"

// marshal writes d as a campaign file. Map keys come out sorted, so the
// same settings give the same bytes.
func (d *doc) marshal() ([]byte, error) {
	b, err := yaml.MarshalWithOptions(d, yaml.Indent(2), yaml.IndentSequence(true))
	if err != nil {
		return nil, fmt.Errorf("writing the settings: %w", err)
	}
	return append([]byte(savedHeader), b...), nil
}

// parseDoc reads a campaign file into a doc. It is only as strict as the
// types: campaign.LoadFile is the judge of what the file means.
func parseDoc(src []byte) (d *doc, err error) {
	defer func() {
		if r := recover(); r != nil { // see campaign.LoadFile: go-yaml panics on some input
			d, err = nil, fmt.Errorf("the YAML parser cannot read this file")
		}
	}()
	d = &doc{}
	if len(bytes.TrimSpace(src)) == 0 {
		return d, nil
	}
	if err := yaml.Unmarshal(src, d); err != nil {
		return nil, err
	}
	return d, nil
}
