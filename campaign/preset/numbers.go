package preset

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// keypad maps each letter to its digit on a telephone keypad (ITU E.161).
var keypad = map[rune]rune{}

func init() {
	for d, letters := range map[rune]string{'2': "ABC", '3': "DEF", '4': "GHI", '5': "JKL", '6': "MNO", '7': "PQRS", '8': "TUV", '9': "WXYZ"} {
		for _, l := range letters {
			keypad[l] = d
		}
	}
}

// Dialled returns what a phone dials for a printed number: letters become
// their keypad digits; spaces and hyphens drop out.
func Dialled(printed string) string {
	var b strings.Builder
	for _, r := range strings.ToUpper(printed) {
		switch {
		case unicode.IsDigit(r):
			b.WriteRune(r)
		case keypad[r] != 0:
			b.WriteRune(keypad[r])
		}
	}
	return b.String()
}

// TrustKinds are the reasons to reach out a hotline can give, in the
// order pieces print them: each a catalog message hotline.trust.<kind>.
var TrustKinds = []string{"confidential", "noname", "tollfree", "interpreters"}

// numberKinds are the kinds of number a hotline may have.
var numberKinds = []string{"call", "text", "tty", "whatsapp"}

// CheckNumber refuses a number whose digits are not digits, or whose
// vanity form dials something other than its digits: a poster must never
// print a number that reaches the wrong line.
func CheckNumber(n Number) error {
	for i, r := range n.Digits {
		if !unicode.IsDigit(r) && r != ' ' && r != '-' && (r != '+' || i != 0) {
			return fmt.Errorf("number %q: digits may hold only digits, spaces and hyphens, after a + for the international form", Clip(n.Digits))
		}
	}
	if Dialled(n.Digits) == "" {
		return fmt.Errorf("a %s number has no digits", n.Kind)
	}
	if n.Display != "" && Dialled(n.Display) != Dialled(n.Digits) {
		return fmt.Errorf("number %q dials %s, but its digits say %s", Clip(n.Display), Dialled(n.Display), Dialled(n.Digits))
	}
	if !slices.Contains(numberKinds, n.Kind) {
		return fmt.Errorf("number kind %q is not one of %s", Clip(n.Kind), strings.Join(numberKinds, ", "))
	}
	return nil
}

func CheckHotline(file string, h Hotline) error {
	if err := checkID(file, h.ID); err != nil {
		return err
	}
	if h.Name == "" || len(h.Numbers) == 0 {
		return fmt.Errorf("hotline %s needs a name and at least one number", h.ID)
	}
	if _, ok := h.Number("call"); !ok {
		return fmt.Errorf("hotline %s has no number to call", h.ID)
	}
	for _, t := range h.Trust {
		if !slices.Contains(TrustKinds, t) {
			return fmt.Errorf("hotline %s: trust %q is not one of %s", h.ID, Clip(t), strings.Join(TrustKinds, ", "))
		}
	}
	for _, n := range h.Numbers {
		if err := CheckNumber(n); err != nil {
			return fmt.Errorf("hotline %s: %w", h.ID, err)
		}
	}
	return nil
}
