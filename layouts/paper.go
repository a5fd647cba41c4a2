package layouts

import (
	"fmt"
	"strings"
)

// Paper is a trim size in millimetres, portrait.
type Paper struct {
	Name string
	W, H float64
}

// papers lists the sheet sizes lookout prints on.
var papers = []Paper{
	{"letter", 215.9, 279.4},
	{"legal", 215.9, 355.6},
	{"tabloid", 279.4, 431.8},
	{"a4", 210, 297},
	{"a3", 297, 420},
}

// PaperByName returns the paper called name (letter, legal, tabloid, a4, a3).
func PaperByName(name string) (Paper, error) {
	for _, p := range papers {
		if p.Name == strings.ToLower(name) {
			return p, nil
		}
	}
	return Paper{}, fmt.Errorf("unknown paper %q (have: %s)", name, strings.Join(PaperNames(), ", "))
}

// PaperNames returns the names of every paper size.
func PaperNames() []string {
	out := make([]string, len(papers))
	for i, p := range papers {
		out[i] = p.Name
	}
	return out
}
