package layouts

import (
	"strings"

	"lookout/layouts/typeset"
)

// Pictograms beside what they mean, drawn as vector paths in the colour of
// the text around them (see typeset.Icon): a telephone by the number to call.
// A band that carries one keeps a square for it at its end side, beside
// its words, the way a band keeps a square for a QR code.

// bandIcons names the icon of each kind of band, by the band's name.
// On a page in several languages the panel is bands of its own, and the
// icon goes by the number, whose band is tall enough for it.
var bandIcons = map[string]string{
	"hotline-panel":        "phone",
	"hotline-panel-number": "phone",
	"steps-panel":          "phone",
	"steps-panel-number":   "phone",
}

// withIcon keeps a square side millimetres wide, gap from the words, at
// the end side of the first band that has an icon.
func withIcon(bands []typeset.Band, side, gap float64) []typeset.Band {
	for i, b := range bands {
		if _, ok := bandIcons[b.Name]; ok && b.Side == 0 {
			bands[i].Side, bands[i].SideGap = side, gap
			return bands
		}
	}
	return bands
}

// drawIcons draws the icon of every band that kept a square for one, in
// the square Flow left: at the band's end side, inside its padding.
func drawIcons(p *typeset.Page, bands []typeset.Band, boxes []typeset.Box, c typeset.Color) error {
	for i, b := range bands {
		name, ok := bandIcons[b.Name]
		if !ok || b.Side == 0 || i >= len(boxes) {
			continue
		}
		ic, err := typeset.LookupIcon(name)
		if err != nil {
			return err
		}
		box := boxes[i]
		x := box.Right() - b.Pad - b.Side
		if p.RTL() {
			x = box.X + b.Pad
		}
		p.Icon("icon-"+strings.TrimPrefix(b.Name, "hotline-"), typeset.Box{X: x, Y: box.Y + b.Pad, W: b.Side, H: b.Side}, ic, c)
	}
	return nil
}

// signIcons names the pictogram of each warning sign, by its catalog key:
// the ordinary thing the sign is about, never a person harmed (see
// assets/icons/README.md for the choice and the guidance behind it).
var signIcons = map[string]string{
	"sign.ncmec-2020.cash":                   "cash",
	"sign.ncmec-2020.id":                     "id",
	"sign.ncmec-2020.coached":                "user-exclamation",
	"sign.ncmec-2020.tattoo":                 "currency-dollar",
	"sign.ncmec-2020.suitcase":               "luggage",
	"sign.ncmec-2024.apps":                   "device-mobile",
	"sign.ncmec-2024.branding":               "currency-dollar",
	"sign.ncmec-2024.runaway":                "home-off",
	"sign.ncmec-2024.cutoff":                 "users-minus",
	"sign.ncmec-2024.controlling":            "user-exclamation",
	"sign.ncmec-2024.school":                 "school",
	"sign.hotel-staff.frontdesk.cash":        "cash",
	"sign.hotel-staff.frontdesk.rooms":       "key",
	"sign.hotel-staff.frontdesk.hourly":      "clock",
	"sign.hotel-staff.frontdesk.belongings":  "luggage",
	"sign.hotel-staff.frontdesk.noid":        "id",
	"sign.hotel-staff.frontdesk.minor":       "user-question",
	"sign.hotel-staff.frontdesk.dropoff":     "car",
	"sign.hotel-staff.housekeeping.dnd":      "door",
	"sign.hotel-staff.housekeeping.refuse":   "bed",
	"sign.hotel-staff.housekeeping.phones":   "device-mobile",
	"sign.hotel-staff.housekeeping.children": "horse-toy",
	"sign.hotel-staff.housekeeping.visitors": "users",
	"sign.hotel-staff.fb.minor":              "user-question",
	"sign.hotel-staff.fb.underage":           "id",
	// a staff poster's roles, by their titles: where each works
	"staff.frontdesk.title":    "building",
	"staff.housekeeping.title": "bed",
	"staff.fb.title":           "tools-kitchen-2",
}

// SignIcon returns the pictogram of the sign (or the staff role) with that
// catalog key, or "" when it has none.
func SignIcon(key string) string { return signIcons[key] }

// listIcons are the icons of a list of signs when every sign has one, so
// that a list shows pictograms or bullets, never both; nil otherwise.
func listIcons(icons []string, n int) []string {
	if len(icons) != n || n == 0 {
		return nil
	}
	for _, ic := range icons {
		if ic == "" {
			return nil
		}
	}
	return icons
}

// withIcons is a list style with a pictogram before each paragraph.
func withIcons(st typeset.Style, icons []string, n int) typeset.Style {
	st.Icons = listIcons(icons, n)
	return st
}

// lineIcon gives a line's style a pictogram before it, in a hanging
// indent at the line's size: the emergency sign before "In an emergency,
// call 911", the code before "Scan the code". The icon is an artifact; the
// words carry the meaning.
func lineIcon(st typeset.Style, icon string) typeset.Style {
	st.Spacing.Indent = 1.3
	st.Icons = []string{icon}
	return st
}
