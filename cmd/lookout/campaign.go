package main

import (
	"path/filepath"

	"lookout/campaign"
	"lookout/layouts/typeset"
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
		return readLimited(p, typeset.MaxImageBytes)
	})
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
		Grayscale: o.grayscale, CMYK: o.cmyk, Creator: "lookout " + version}
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

// inputs reads what a run of make or kit is given: the campaign file
// --campaign names (nil for none) and the flags as overrides, dated.
func (o *makeOptions) inputs() (*campaign.File, campaign.Overrides, error) {
	if o.grayscale && o.cmyk {
		return nil, campaign.Overrides{}, misuse("choose one: --grayscale for home printers, --cmyk for a print shop", "--grayscale and --cmyk cannot be used together")
	}
	created, err := creationDate(o.date, o.env)
	if err != nil {
		return nil, campaign.Overrides{}, err
	}
	f, err := o.loadCampaignFlag()
	if err != nil {
		return nil, campaign.Overrides{}, err
	}
	ov := o.overrides()
	ov.Created = created
	return f, ov, nil
}

// loadCampaignFlag reads the campaign file --campaign names, if any.
func (o *makeOptions) loadCampaignFlag() (*campaign.File, error) {
	if o.campaign == "" {
		return nil, nil
	}
	return loadCampaign(o.campaign)
}
