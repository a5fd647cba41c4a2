package layouts

import (
	"fmt"
	"sort"
)

// Audience is one kind of reader a piece can be made for, as the layouts
// that serve it declare it: the words for them in a sentence, the headline
// that titles a PDF for them, and the content pack and hotline preset
// their pieces print unless told otherwise ("": lookout's defaults).
type Audience struct {
	Name     string // public, staff, victim, guest
	Readers  string // who they are, in a sentence: "the public"
	TitleKey string // catalog key of the headline that titles a PDF for them
	Pack     string // the content pack their pieces list by default
	Hotline  string // the hotline preset their pieces print by default
}

// Victim is the audience of a person who may be trafficked: a posting law
// that asks for victim-services information speaks to them.
const Victim = "victim"

var audienceTable = map[string]Audience{}

// RegisterAudience adds an audience; the layout file that first serves it
// calls it from init, beside Register.
func RegisterAudience(a Audience) {
	if _, dup := audienceTable[a.Name]; dup {
		panic("layouts: audience " + a.Name + " registered twice")
	}
	audienceTable[a.Name] = a
}

// AudienceByName returns the audience called name.
func AudienceByName(name string) (Audience, error) {
	a, ok := audienceTable[name]
	if !ok {
		return a, fmt.Errorf("unknown audience %q (have: %v)", name, AudienceNames())
	}
	return a, nil
}

// AudienceNames returns the name of every audience, sorted.
func AudienceNames() []string {
	out := make([]string, 0, len(audienceTable))
	for n := range audienceTable {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}
