package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"lookout/campaign"
	"lookout/layouts/kit"
)

// loadCampaign reads a campaign file. The files it names, such as its
// logo, are read relative to it.
func loadCampaign(path string) (*campaign.File, error) {
	src, err := readLimited(path, campaign.MaxCampaignFile)
	if err != nil {
		return nil, misuse("'lookout init' writes a starter campaign.yaml", "--campaign: %v", err)
	}
	dir := filepath.Dir(path)
	return campaign.LoadFile(path, src, func(p string) ([]byte, error) {
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, p)
		}
		return readLimited(p, kit.MaxImageBytes)
	})
}

// readLimited reads a file of at most max bytes.
func readLimited(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, fmt.Errorf("%s is a folder", path)
	}
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%s is larger than %d KB", path, max>>10)
	}
	return b, nil
}

// requests turns the flags, and the campaign file if one is given, into
// what to make of o.layout.
func (o *makeOptions) requests() ([]campaign.Request, error) {
	var f *campaign.File
	if o.campaign != "" {
		var err error
		if f, err = loadCampaign(o.campaign); err != nil {
			return nil, err
		}
	}
	return o.requestsFor(f, o.layout, o.audience)
}

// requestsFor is what to make of one layout for an audience ("": its
// first): the campaign file's requests (f may be nil), with every flag the
// user set overriding the file; --lang replaces the file's languages and
// its groups. A kit calls it once per layout and audience with the file
// it loaded once.
func (o *makeOptions) requestsFor(f *campaign.File, layout, audience string) ([]campaign.Request, error) {
	reqs := []campaign.Request{{Layout: layout, Audience: audience}}
	if f != nil {
		var err error
		if reqs, err = f.Requests(layout, audience); err != nil {
			return nil, err
		}
	}
	set := func(flag string) bool { return o.campaign == "" || o.changed(flag) }
	if o.changed("lang") || (o.changed("comply") && len(reqs) > 1) {
		reqs = []campaign.Request{mergeLangs(reqs)}
	}
	for i := range reqs {
		r := &reqs[i]
		for _, f := range []struct {
			name string
			to   *string
			from string
		}{{"paper", &r.Paper, o.paper}, {"hotline", &r.Hotline, o.hotline}, {"url", &r.URL, o.url},
			{"org", &r.Org, o.org}, {"pack", &r.Pack, o.pack}} {
			if set(f.name) {
				*f.to = f.from
			}
		}
		if o.changed("lang") {
			r.Langs, r.Together = o.langs, false
		}
		if set("comply") && r.Comply.Preset != o.comply {
			r.Comply = campaign.Comply{Preset: o.comply} // the file's wording is for another law
			if !o.changed("hotline") {
				r.Hotline = "" // the law names the number
			}
		}
		if set("local-lang") {
			r.Comply.LocalLangs = o.local
		}
	}
	return reqs, nil
}

// mergeLangs folds a campaign's page groups into one request with all
// their languages.
func mergeLangs(reqs []campaign.Request) campaign.Request {
	r := reqs[0]
	r.Langs, r.Together = nil, false
	for _, x := range reqs {
		r.Langs = append(r.Langs, x.Langs...)
	}
	return r
}
