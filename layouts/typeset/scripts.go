package typeset

// scriptLook is how text in one script (ISO 15924) is set: Family is the
// font family that sets it (see families; "" for "sans"); Size scales
// every size a layout asks for, so that the script looks as large as Latin
// at the same nominal size (Naskh Arabic's letters are small for their
// point size: 7 pt Naskh reads like 6 pt Latin); Leading widens the lines
// of scripts with tall marks above and below. Where a line may break is
// decided by each character's class (wrap.go: UAX #14 classes and
// kinsoku), not by script. Adding a script is one entry here (and its
// font in families, if it needs a new one).
type scriptLook struct {
	Family        string
	Size, Leading float64
}

var scriptLooks = map[string]scriptLook{
	"Arab": {Family: "arabic", Size: 1.15, Leading: 1.2},
	"Hebr": {Family: "hebrew", Size: 1, Leading: 1},
	"Deva": {Family: "devanagari", Size: 1, Leading: 1.2},
	"Guru": {Family: "gurmukhi", Size: 1, Leading: 1.2},
	"Thai": {Family: "thai", Size: 1, Leading: 1.2},
	"Khmr": {Family: "khmer", Size: 1, Leading: 1.2},
	"Armn": {Family: "armenian", Size: 1, Leading: 1},
	"Ethi": {Family: "ethiopic", Size: 1, Leading: 1.08},
	"Hans": {Family: "cjk", Size: 1, Leading: 1.08},
	"Hant": {Family: "cjk", Size: 1, Leading: 1.08},
	"Hani": {Family: "cjk", Size: 1, Leading: 1.08},
	"Jpan": {Family: "japanese", Size: 1, Leading: 1.08},
	"Kore": {Family: "korean", Size: 1, Leading: 1.08},
}

// lookOf is the script's entry; a script with none is set like Latin.
func lookOf(script string) scriptLook {
	if s, ok := scriptLooks[script]; ok {
		return s
	}
	return scriptLook{Size: 1, Leading: 1}
}

// look is the entry of the language's script.
func (l Lang) look() scriptLook { return lookOf(l.Script) }

// SizeFactor is how much larger than asked text in the language's script
// is set (see scriptLooks).
func (l Lang) SizeFactor() float64 { return l.look().Size }
