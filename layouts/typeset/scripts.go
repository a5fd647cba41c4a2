package typeset

// scriptLook is how text in one script (ISO 15924) is set beside Latin:
// Size scales every size a layout asks for, so that the script looks as
// large as Latin at the same nominal size (Naskh Arabic's letters are
// small for their point size: 7 pt Naskh reads like 6 pt Latin); Leading
// widens the lines of scripts with tall marks above and below. The font of
// each script is in scriptFamily. Adding a script is one entry in each.
type scriptLook struct{ Size, Leading float64 }

var scriptLooks = map[string]scriptLook{
	"Arab": {Size: 1.15, Leading: 1.2},
	"Deva": {Size: 1, Leading: 1.2},
	"Guru": {Size: 1, Leading: 1.2},
	"Thai": {Size: 1, Leading: 1.2},
	"Khmr": {Size: 1, Leading: 1.2},
	"Hans": {Size: 1, Leading: 1.08},
	"Hant": {Size: 1, Leading: 1.08},
	"Jpan": {Size: 1, Leading: 1.08},
	"Kore": {Size: 1, Leading: 1.08},
	"Ethi": {Size: 1, Leading: 1.08},
}

// look is the script's entry; a script with none is set like Latin.
func (l Lang) look() scriptLook {
	if s, ok := scriptLooks[l.Script]; ok {
		return s
	}
	return scriptLook{Size: 1, Leading: 1}
}

// SizeFactor is how much larger than asked text in the language's script
// is set (see scriptLooks).
func (l Lang) SizeFactor() float64 { return l.look().Size }
