// Package preset is lookout's checked data: hotline presets, content packs
// of warning signs and state posting-law presets, embedded from
// hotlines/, packs/ and compliance/. Every fact in them names the source it
// came from, where in it, and how sure lookout is (provenance.go); loading
// refuses a fact without one, a number that does not dial its own digits,
// or a posting law that names an unknown hotline. The hotlines and packs
// are read on first use, the posting laws only when one is asked for.
package preset
