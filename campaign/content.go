package campaign

import (
	"fmt"
	"strings"

	"lookout/layouts"
	"lookout/layouts/kit"
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
		Lang: kit.Lang{Tag: cat.Tag, Script: cat.Script, RTL: cat.RTL},
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
	if h.Emergency != "" {
		e, err := LookupHotline(h.Emergency)
		if err != nil {
			return c, err
		}
		n, _ := e.Number("call")
		c.Hotline.Emergency = n.Digits
	}
	for _, k := range pack.SignKeys() {
		c.Signs = append(c.Signs, t(k))
	}
	c.Check = func() error {
		if len(missing) > 0 {
			return fmt.Errorf("the %s catalog lacks %s; 'lookout languages' shows how complete each is", cat.Tag, strings.Join(missing, ", "))
		}
		return nil
	}
	return c, nil
}
