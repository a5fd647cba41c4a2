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

// overrides are the settings the user gave on the command line: a flag
// left out is unset, so the campaign file, a posting law or the layout
// decides it (see campaign.Resolve).
func (o *makeOptions) overrides() campaign.Overrides {
	str := func(flag string, v string) *string {
		if o.changed(flag) {
			return &v
		}
		return nil
	}
	ov := campaign.Overrides{Paper: str("paper", o.paper), Size: str("size", o.size), Variant: str("variant", o.variant),
		Audience: str("audience", o.audience), Hotline: str("hotline", o.hotline), URL: str("url", o.url),
		Org: str("org", o.org), Pack: str("pack", o.pack), Comply: str("comply", o.comply),
		Grayscale: o.grayscale, Creator: "lookout " + version}
	if o.changed("lang") {
		ov.Langs = o.langs
	}
	if o.changed("local-lang") {
		ov.LocalLangs = o.local
	}
	if o.changed("tear-offs") {
		ov.TearOffs = &o.tearOffs
	}
	if o.together {
		ov.Together = &o.together
	}
	return ov
}

// loadCampaignFlag reads the campaign file --campaign names, if any.
func (o *makeOptions) loadCampaignFlag() (*campaign.File, error) {
	if o.campaign == "" {
		return nil, nil
	}
	return loadCampaign(o.campaign)
}
