package campaign

import "lookout/campaign/preset"

// The presets — hotlines, content packs and posting laws, with their
// sources — are their own package, campaign/preset: embedded data, the
// checks that keep it honest, and lookups. These names let campaign's
// code and its callers speak of them as campaign's own.
type (
	Hotline    = preset.Hotline
	Number     = preset.Number
	Pack       = preset.Pack
	Section    = preset.Section
	Compliance = preset.Compliance
	Inches     = preset.Inches
	Source     = preset.Source
	Record     = preset.Record
)

// Lookups of the presets (see campaign/preset).
var (
	LookupHotline    = preset.LookupHotline
	HotlineIDs       = preset.HotlineIDs
	LookupPack       = preset.LookupPack
	PackIDs          = preset.PackIDs
	LookupCompliance = preset.LookupCompliance
	ComplianceIDs    = preset.ComplianceIDs
	Dialled          = preset.Dialled
)
