package campaign

import "lookout/layouts"

// packFor returns the pack named, or with no name the first pack written
// for the audience (ncmec-2020 for the public). A pack written for another
// of the packs' audiences is refused: a poster for the public does not
// list what hotel housekeepers should look for.
func packFor(name, audience string) (Pack, error) {
	if name == "" {
		a, _ := layouts.AudienceByName(audience)
		name = orDefault(a.Pack, DefaultPack)
	}
	p, err := LookupPack(name)
	if err != nil {
		return p, inputErr("'lookout packs' lists the packs", "%v", err)
	}
	for _, id := range PackIDs() {
		q, _ := LookupPack(id)
		if q.Audience == audience && p.Audience != audience {
			return p, inputErr("'lookout packs' says who each pack is for", "the %s pack is written for %s; this piece is for %s", p.ID, readers(p.Audience), readers(audience))
		}
	}
	return p, nil
}

// readers names an audience in a sentence.
func readers(audience string) string {
	if a, err := layouts.AudienceByName(audience); err == nil && a.Readers != "" {
		return a.Readers
	}
	return audience
}
