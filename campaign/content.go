package campaign

import (
	"lookout/campaign/preset"

	"fmt"
	"slices"
	"strings"

	"lookout/layouts"
	"lookout/layouts/typeset"
	"lookout/translations"
)

// content gathers what a layout prints, in the catalog's language. A
// catalog that lacks a message the layout uses is an error, never English
// on a page meant for someone else.
func content(cat *translations.Catalog, h Hotline, pack Pack, url, org string) (layouts.Content, error) {
	var missing []string
	t := func(key string, args ...string) string {
		s, ok := cat.Lookup(key, args...)
		if !ok {
			missing = append(missing, key)
		}
		return s
	}
	call, _ := h.Number("call")
	c := layouts.Content{
		Lang: typeset.Lang{Tag: cat.Tag, Script: cat.Script, RTL: cat.RTL},
		T:    t, URL: url, Org: org,
		Hotline: layouts.Hotline{Name: h.Name, Call: call.Printed(), Digits: call.Digits, Always: h.Always(),
			NotTrafficking: h.NotTraffickingLine},
	}
	if name, ok := cat.Lookup("hotline." + h.ID + ".name"); ok && !h.Renamed {
		c.Hotline.Name = name
	}
	if text, ok := h.Number("text"); ok && text.Serves(cat.Tag) {
		c.Hotline.Text = text.Digits
	}
	for _, k := range preset.TrustKinds { // in a fixed order, whatever the preset's
		if slices.Contains(h.Trust, k) {
			c.Hotline.Trust = append(c.Hotline.Trust, t("hotline.trust."+k))
		}
	}
	if h.Emergency != "" {
		e, err := LookupHotline(h.Emergency)
		if err != nil {
			return c, err
		}
		n, _ := e.Number("call")
		c.Hotline.Emergency = n.Digits
	}
	addPack(&c, pack, t)
	c.Check = func() error {
		if len(missing) > 0 {
			return fmt.Errorf("the %s catalog lacks %s; 'lookout languages' shows how complete each is", cat.Tag, strings.Join(missing, ", "))
		}
		return nil
	}
	return c, nil
}

// addPack puts the pack's words into c: the signs, their short forms, the
// sections by role and the steps to take.
func addPack(c *layouts.Content, pack Pack, t func(string, ...string) string) {
	for _, k := range pack.SignKeys() {
		c.Signs = append(c.Signs, t(k))
		c.Short = append(c.Short, t(shortKey(k)))
		c.SignIcons = append(c.SignIcons, layouts.SignIcon(k))
	}
	for _, sec := range pack.Sections {
		s := layouts.Section{Title: t(sec.Title()), Icon: layouts.SignIcon(sec.Title())}
		for _, k := range sec.Keys(pack.ID) {
			s.Signs = append(s.Signs, t(k))
			s.Icons = append(s.Icons, layouts.SignIcon(k))
		}
		c.Sections = append(c.Sections, s)
	}
	for _, k := range pack.Respond {
		if k == "hotline.emergency" && c.Hotline.Emergency == "" {
			continue
		}
		c.Steps = append(c.Steps, t(k, "number", c.Hotline.Emergency))
	}
}

// shortKey returns the key of a sign's short form (key.short) when the
// source catalog has one, else the sign's own key: every catalog carries
// exactly the source's keys, so a translation that lacks a short form the
// source has is reported missing, never silently replaced.
func shortKey(key string) string {
	if en, err := translations.Match("en"); err == nil && en.Has(key+".short") {
		return key + ".short"
	}
	return key
}
