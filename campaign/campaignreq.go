package campaign

import (
	"lookout/campaign/preset"

	"cmp"
	"fmt"
	"net/url"
	"slices"
	"strings"

	"lookout/layouts"
	"lookout/translations"
)

func (f *File) localContact(s *schema, d *yamlDoc, _ ReadFunc) error {
	lc := s.LocalContact
	if !lc.Show {
		return nil
	}
	name, err := CleanName(lc.Name)
	if err == nil && name == "" {
		err = fmt.Errorf("a shown local contact needs a name")
	}
	if err != nil {
		return d.errorf([]any{"local_contact", "name"}, hintOr(err, "give the partner's name, or set show: false"), "%v", err)
	}
	if err := preset.CheckNumber(Number{Kind: "call", Digits: lc.Phone}); err != nil {
		return d.errorf([]any{"local_contact", "phone"}, "write the number in digits, spaces and hyphens", "%v", err)
	}
	f.Local = &layouts.Contact{Name: name, Phone: lc.Phone}
	return nil
}

func (f *File) qr(s *schema, d *yamlDoc, _ ReadFunc) error {
	f.URL = s.QR.URL // empty: each piece opens its hotline's page (QRFor)
	if err := CheckURL(orDefault(f.URL, DefaultURL)); err != nil {
		return d.errorf([]any{"qr", "url"}, hintOr(err, "give a full web address such as https://example.org/signs"), "%v", err)
	}
	for name, q := range s.QR.Tracking {
		at := []any{"qr", "tracking", name}
		if _, err := layouts.Lookup(name); err != nil {
			return d.keyErrorf(at, "'lookout layouts' lists them", "tracking for %v", err)
		}
		if _, err := url.ParseQuery(q); err != nil || q == "" || strings.ContainsAny(q, "?#") {
			return d.errorf(at, "write it as key=value&key=value, e.g. utm_source="+name, "tracking %q is not a query string", clip(q))
		}
		if err := CheckURL(Tracked(orDefault(f.URL, DefaultURL), q)); err != nil {
			return d.errorf(at, hintOr(err, "percent-encode what is not plain ASCII"), "%v", err)
		}
	}
	return nil
}

// Tracked returns u with the query parameters q added, before any
// fragment.
func Tracked(u, q string) string {
	if q == "" {
		return u
	}
	frag := ""
	if i := strings.IndexByte(u, '#'); i >= 0 {
		u, frag = u[:i], u[i:]
	}
	sep := "?"
	if strings.Contains(u, "?") {
		sep = "&"
	}
	return u + sep + q + frag
}

func (f *File) languages(s *schema, d *yamlDoc, _ ReadFunc) error {
	seen := map[string]bool{}
	for i, l := range s.Languages {
		cat, err := translations.Match(l)
		if err != nil {
			return d.errorf([]any{"languages", i}, "'lookout languages' lists them", "%v", err)
		}
		if seen[cat.Tag] {
			return d.errorf([]any{"languages", i}, "list each language once", "%q is listed twice", clip(l))
		}
		seen[cat.Tag] = true
		f.Langs = append(f.Langs, l)
	}
	grouped := map[string]bool{}
	for i, g := range s.Together {
		if len(g) < 2 {
			return d.errorf([]any{"together", i}, "a group names two languages or more, e.g. [en, es]", "a group of %d language", len(g))
		}
		for j, l := range g {
			switch {
			case !slices.Contains(f.Langs, l):
				return d.errorf([]any{"together", i, j}, "add it to languages first", "%q is not in languages", clip(l))
			case grouped[l]:
				return d.errorf([]any{"together", i, j}, "put each language in one group", "%q is in two groups", clip(l))
			}
			grouped[l] = true
		}
	}
	f.Together = s.Together
	return nil
}

func (f *File) paper(s *schema, d *yamlDoc, _ ReadFunc) error {
	if s.Paper == "" {
		return nil
	}
	if _, err := layouts.PaperByName(s.Paper); err != nil {
		return d.errorf([]any{"paper"}, "choose one of the sizes listed", "%v", err)
	}
	return nil
}

func (f *File) kit(s *schema, d *yamlDoc, _ ReadFunc) error {
	for i, name := range s.Kit {
		if _, err := layouts.Lookup(name); err != nil {
			return d.errorf([]any{"kit", i}, "'lookout layouts' lists them", "%v", err)
		}
		if slices.Index(s.Kit, name) != i {
			return d.errorf([]any{"kit", i}, "list each layout once", "%q is listed twice", clip(name))
		}
	}
	if len(f.Kit) == 0 {
		f.Kit = layouts.Names()
	}
	return nil
}

func (f *File) compliance(s *schema, d *yamlDoc, _ ReadFunc) error {
	c := s.Compliance
	if c.Preset == "" {
		if c.LocalLanguages != nil || c.NoticeText != nil {
			key := "notice_text"
			if c.LocalLanguages != nil {
				key = "local_languages"
			}
			return d.keyErrorf([]any{"compliance", key}, "name the preset, e.g. preset: us-ca ('lookout comply' lists them)", "%s needs a compliance preset", key)
		}
		return nil
	}
	if _, err := LookupCompliance(c.Preset); err != nil {
		return d.errorf([]any{"compliance", "preset"}, "'lookout comply' lists them", "%v", err)
	}
	for i, l := range c.LocalLanguages {
		if _, err := translations.Match(l); err != nil {
			return d.errorf([]any{"compliance", "local_languages", i}, "'lookout languages' lists them", "%v", err)
		}
	}
	for tag, text := range c.NoticeText {
		if _, err := translations.Match(tag); err != nil {
			return d.errorf([]any{"compliance", "notice_text"}, "key each wording by its language tag, e.g. en:", "%v", err)
		}
		if _, err := NoticeParas(text); err != nil {
			return d.errorf([]any{"compliance", "notice_text", tag}, hintOr(err, "give the law's wording as plain text"), "%v", err)
		}
	}
	f.Comply = Comply{Preset: c.Preset, LocalLangs: c.LocalLanguages, NoticeText: c.NoticeText}
	return nil
}

// Requests returns what the campaign asks of one layout for an audience
// ("": the layout's first): one request for each group of languages that
// share a page and one for the languages that each get their own (or, with
// a compliance preset, one request the preset arranges). The audience
// picks the pack and hotline, unless the posting law names the hotline;
// the layout's tracking parameters are added to the QR target.
func (f *File) Requests(layout, audience string) ([]Request, error) {
	l, err := layouts.Lookup(layout)
	if err != nil {
		return nil, inputErr("'lookout layouts' lists them", "%v", err)
	}
	if audience == "" {
		audience = l.Audiences[0]
	}
	a := f.Audience[audience]
	base := Request{Layout: layout, Audience: audience, Paper: f.Paper, Hotline: cmp.Or(a.Hotline, audienceHotline(audience), f.Hotline.ID), Override: &f.Hotline,
		Org: f.Org, Pack: a.Pack, Brand: f.Brand, Local: f.Local, Comply: f.Comply}
	if f.URL != "" && base.Hotline == f.Hotline.ID {
		// the campaign's page goes with its own hotline; a piece that
		// prints another (a person who may be trafficked gets the national
		// hotline) opens that hotline's page
		base.URL, base.Untracked = Tracked(f.URL, f.Tracking[layout]), f.URL
	}
	if !l.Comply || audience != l.Audiences[0] {
		base.Comply = Comply{} // a posting law's notice is the public poster; the rest of a kit is not bound by it
	} else if law, err := LookupCompliance(f.Comply.Preset); err == nil && law.Hotline != "" {
		base.Hotline = "" // the law names the number
	}
	if base.Comply.Preset != "" || len(f.Langs) == 0 {
		base.Langs = f.Langs
		return []Request{base}, nil
	}
	var out []Request
	grouped := map[string]bool{}
	for _, g := range f.Together {
		r := base
		r.Langs, r.Together = g, true
		out = append(out, r)
		for _, l := range g {
			grouped[l] = true
		}
	}
	var rest []string
	for _, l := range f.Langs {
		if !grouped[l] {
			rest = append(rest, l)
		}
	}
	if len(rest) > 0 {
		r := base
		r.Langs = rest
		out = append(out, r)
	}
	return out, nil
}

func contains(list []string, s string) bool { return slices.Contains(list, s) }
