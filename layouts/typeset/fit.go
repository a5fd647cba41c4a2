package typeset

import (
	"fmt"
	"math"
)

// PtMM is one typographic point in millimetres.
const PtMM = 25.4 / 72

// Spacing says how the lines of a block are spaced, in multiples of the font
// size: Leading from baseline to baseline, Gap between paragraphs, Indent a
// hanging indent on every paragraph (room for a bullet or a number).
// BreakAnywhere lets lines break between any two characters, for text with
// no spaces that may be cut anywhere, such as a web address.
type Spacing struct {
	Leading, Gap, Indent float64
	BreakAnywhere        bool
}

// Setting is a block of paragraphs wrapped at one font size.
type Setting struct {
	Size   float64    // font size in points
	Lines  [][]string // the lines of each paragraph
	Height float64    // millimetres from the top of the first line to the bottom of the last
	Width  float64    // millimetres taken by the widest line, indent included
}

// SetAt wraps paras into width millimetres at size points. ok is false when
// a piece that cannot be broken is wider than the width.
func SetAt(paras []string, width, size float64, sp Spacing, measure Measure) (Setting, bool) {
	return setAt(pieces, paras, width, size, sp, measure)
}

func setAt(split splitter, paras []string, width, size float64, sp Spacing, measure Measure) (Setting, bool) {
	s := Setting{Size: size}
	indent := sp.Indent * size * PtMM
	ok := indent <= width // the indent holds the bullet: it must fit too
	for i, p := range paras {
		var lines []string
		var fits bool
		if sp.BreakAnywhere {
			lines, fits = wrapAnywhere(split, p, width-indent, size, measure)
		} else {
			lines, fits = wrapBetter(split(p), width-indent, size, measure)
		}
		ok = ok && fits
		s.Lines = append(s.Lines, lines)
		for _, l := range lines {
			s.Width = math.Max(s.Width, indent+size*measure(trimEnd(l)))
		}
		if i > 0 {
			s.Height += sp.Gap * size * PtMM
		}
		s.Height += float64(len(lines)) * sp.Leading * size * PtMM
	}
	return s, ok
}

// FitError says that a block cannot fit its box even at the smallest size
// allowed.
type FitError struct {
	Text           string  // the longest paragraph of the block
	Floor          float64 // the smallest size allowed, in points
	Width, Height  float64 // the box, in millimetres
	NeedW, NeedH   float64 // what the block takes at the floor
	UnbreakableRun bool    // a word is wider than the box
}

// Hint says how to mend it.
func (e *FitError) Hint() string {
	return "give the words more room: a bigger --paper, fewer languages on one page, or a shorter --org"
}

// ExitCode is 1: the layout could not set the words.
func (e *FitError) ExitCode() int { return 1 }

func (e *FitError) Error() string {
	if e.UnbreakableRun {
		return fmt.Sprintf("%q has a word wider than its %.1f mm box even at %.1f pt", e.Text, e.Width, e.Floor)
	}
	return fmt.Sprintf("the text does not fit: at the smallest type allowed it needs %.1f mm of height but its box has %.1f mm (longest part: %q)", e.NeedH, e.Height, e.Text)
}

// Fit finds the largest size between floor and ceiling, in steps of a
// quarter point, at which paras fit a box of width by height millimetres;
// when no quarter point lies between them, it tries the one just above the
// floor (a floor is a minimum, a ceiling only a preference).
// It returns a *FitError when they do not fit even at the floor.
func Fit(paras []string, width, height, floor, ceiling float64, sp Spacing, measure Measure) (Setting, error) {
	return fit(pieces, paras, width, height, floor, ceiling, sp, measure)
}

func fit(split splitter, paras []string, width, height, floor, ceiling float64, sp Spacing, measure Measure) (Setting, error) {
	lo, hi := int(math.Ceil(floor*4)), int(math.Floor(ceiling*4))
	if hi < lo {
		hi = lo
	}
	fits := func(q int) (Setting, bool) {
		s, ok := setAt(split, paras, width, float64(q)/4, sp, measure)
		return s, ok && s.Height <= height+1e-9
	}
	best, ok := fits(lo)
	if !ok {
		return best, fitError(split, paras, width, height, floor, best, sp, measure)
	}
	for lo < hi { // invariant: lo fits
		mid := (lo + hi + 1) / 2
		if s, ok := fits(mid); ok {
			lo, best = mid, s
		} else {
			hi = mid - 1
		}
	}
	return best, nil
}

func fitError(split splitter, paras []string, width, height, floor float64, s Setting, sp Spacing, measure Measure) error {
	_, wordsFit := setAt(split, paras, width, floor, sp, measure)
	return &FitError{Text: longestPara(paras), Floor: floor, Width: width, Height: height,
		NeedW: s.Width, NeedH: s.Height, UnbreakableRun: !wordsFit}
}

func longestPara(paras []string) string {
	longest := ""
	for _, p := range paras {
		if len(p) > len(longest) {
			longest = p
		}
	}
	return longest
}
