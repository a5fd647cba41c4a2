package serve

import (
	"embed"
	"html/template"
	"net/http"
	"sort"
	"sync"

	"lookout/campaign"
	"lookout/layouts"
	"lookout/translations"
)

//go:embed page.html
var pageFS embed.FS

// pageTmpl is parsed when the page is first served, not when lookout
// starts: every command links this package, and parsing at start-up cost
// each run of 'lookout make' about half a millisecond.
var pageTmpl = sync.OnceValue(func() *template.Template {
	return template.Must(template.ParseFS(pageFS, "page.html"))
})

type option struct {
	Value, Label string
	For          string // the layout (or audience) it belongs to; "": any
	Dir          string // rtl for a language written right to left
	Lang         string // the language the label is written in
	Tabs         bool   // a layout that takes tear-off tabs
}

// pageData is what the page lists: every choice the CLI offers.
type pageData struct {
	Layouts, Variants, Sizes, Audiences []option
	Languages, Hotlines, Packs, Laws    []option
	Papers                              []string
	MinTabs, MaxTabs                    int
	DefaultHotline                      string
}

func catalog() (pageData, error) {
	d := pageData{MinTabs: campaign.MinTearOffs, MaxTabs: campaign.MaxTearOffs,
		DefaultHotline: campaign.DefaultHotline, Papers: layouts.PaperNames()}
	for _, l := range layouts.All() {
		d.Layouts = append(d.Layouts, option{Value: l.Name, Label: l.Name + ": " + l.Description, Tabs: l.TearOffs})
		for _, v := range l.Variants {
			d.Variants = append(d.Variants, option{Value: v.Name, Label: v.Name, For: l.Name})
		}
		for _, s := range l.Sizes {
			d.Sizes = append(d.Sizes, option{Value: s, Label: s, For: l.Name})
		}
		for _, a := range l.Audiences {
			d.Audiences = append(d.Audiences, option{Value: a, Label: a, For: l.Name})
		}
	}
	cats, err := translations.All()
	if err != nil {
		return d, err
	}
	for _, c := range cats {
		o := option{Value: c.Tag, Label: c.NativeName, Lang: c.Tag}
		if c.RTL {
			o.Dir = "rtl"
		}
		if c.NativeName != c.EnglishName {
			o.For = c.EnglishName // shown beside, in English
		}
		d.Languages = append(d.Languages, o)
	}
	for _, id := range campaign.HotlineIDs() {
		h, _ := campaign.LookupHotline(id)
		if !h.EmergencyOnly {
			d.Hotlines = append(d.Hotlines, option{Value: id, Label: id + ": " + h.Name})
		}
	}
	for _, id := range campaign.PackIDs() {
		p, _ := campaign.LookupPack(id)
		d.Packs = append(d.Packs, option{Value: id, Label: id + ": " + p.Title, For: p.Audience})
	}
	for _, id := range campaign.ComplianceIDs() {
		c, _ := campaign.LookupCompliance(id)
		d.Laws = append(d.Laws, option{Value: id, Label: c.State + " (" + c.Law + ")"})
	}
	sort.SliceStable(d.Laws, func(i, j int) bool { return d.Laws[i].Label < d.Laws[j].Label })
	return d, nil
}

// page serves the form.
func (s *server) page(w http.ResponseWriter, _ *http.Request) {
	d, err := catalog()
	if err != nil {
		http.Error(w, "lookout's catalogs cannot be read: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := pageTmpl().ExecuteTemplate(w, "page", d); err != nil {
		http.Error(w, "the page cannot be shown", http.StatusInternalServerError)
	}
}
