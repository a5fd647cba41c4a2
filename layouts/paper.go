package layouts

import (
	"fmt"
	"strings"
)

// Paper is a trim size in millimetres, portrait. US sizes are in inches;
// the rest are ISO sizes.
type Paper struct {
	Name string
	W, H float64
	US   bool
}

// papers lists every size lookout prints: sheets, and the pieces cut from
// them.
var papers = []Paper{
	{"letter", 215.9, 279.4, true},
	{"legal", 215.9, 355.6, true},
	{"tabloid", 279.4, 431.8, true},
	{"half-letter", 139.7, 215.9, true},
	{"4x6", 101.6, 152.4, true},
	{"3x5", 76.2, 127, true},
	{"3.5x2", 88.9, 50.8, true}, // a US wallet card, landscape
	{"a4", 210, 297, false},
	{"a3", 297, 420, false},
	{"a5", 148, 210, false},
	{"a6", 105, 148, false},
	{"cr80", 85.6, 54, false}, // a credit-card-sized wallet card, landscape
	// sheets of die-cut labels (labels.go)
	{"avery-5164", 215.9, 279.4, true},
	{"avery-5168", 215.9, 279.4, true},
	{"label-4x6", 101.6, 152.4, true},
	// tent cards, named by one face as print shops name tents: the page
	// is the flat card, two faces tall, folded across its middle
	{"4x3", 101.6, 152.4, true}, // faces of 4 x 3 in
	{"a7", 105, 148, false},     // faces of A7 (105 x 74 mm) from A6
}

// PaperByName returns the paper called name (letter, a4, half-letter, 4x6 …).
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

// Pick returns the first of names in the family asked for (US inch sizes,
// or ISO sizes), else the first of names.
func Pick(names []string, us bool) string {
	for _, n := range names {
		if p, err := PaperByName(n); err == nil && p.US == us {
			return n
		}
	}
	if len(names) == 0 {
		return ""
	}
	return names[0]
}
