package campaign

import (
	"lookout/campaign/preset"

	"errors"
	"fmt"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"lookout/layouts"
	"lookout/layouts/typeset"
)

// MaxURL is the longest QR target lookout accepts, in bytes. Layouts refuse
// shorter ones too when their QR code would need modules finer than print
// allows.
const MaxURL = 512

// MaxPrintedURL is the longest address lookout prints as text beside the
// QR code, in characters as printed (without scheme, "www." or query):
// longer, nobody types it, and it crowds out the words around it.
const MaxPrintedURL = 100

// CheckURL refuses a QR target that is not a plain http or https address,
// or that is too long to print. Its errors are *InputError, each with a
// hint that names the fix.
func CheckURL(u string) error {
	if len(u) > MaxURL {
		return inputErr(ShortenURL, "the address is %d characters; the most lookout prints as a QR code is %d", len(u), MaxURL)
	}
	for _, r := range u {
		if unicode.IsSpace(r) || unicode.IsControl(r) || r > unicode.MaxASCII {
			return inputErr("percent-encode spaces and other characters (a space is %20), or copy the address from the browser's address bar",
				"%q has %q in it; a web address has no spaces, control or non-ASCII characters", clip(u), r)
		}
	}
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return inputErr("give a full web address such as https://example.org/signs", "%q is not an http or https address", clip(u))
	}
	if p.User != nil {
		return inputErr("give the address without a user name or password before the host",
			"%q has %q before its host; a QR code with it opens %s, which is not the site it seems to name", clip(u), p.User.String()+"@", p.Hostname())
	}
	if n := len(layouts.PrintedURL(u)); n > MaxPrintedURL {
		return inputErr(ShortenURL, "the address is %d characters as printed; the most lookout prints beside the QR code is %d", n, MaxPrintedURL)
	}
	return nil
}

// ShortenURL is the hint for an address too long to print as a QR code.
const ShortenURL = typeset.ShortenURL

// clip shortens what an error message quotes to its first 60 characters.
func clip(s string) string { return preset.Clip(s) }

// hintOr returns the hint of the *InputError in err, or fallback.
func hintOr(err error, fallback string) string {
	var ie *InputError
	if errors.As(err, &ie) && ie.Fix != "" {
		return ie.Fix
	}
	return fallback
}

// field names the flag or field an input error is about, keeping its hint.
func field(name string, err error) error {
	var ie *InputError
	if errors.As(err, &ie) {
		return &InputError{Err: fmt.Errorf("%s: %w", name, ie.Err), Fix: ie.Fix}
	}
	return fmt.Errorf("%s: %w", name, err)
}

// MaxName is the longest organisation name lookout prints, in characters.
const MaxName = 120

// CleanName checks an organisation name and returns it in NFC with its
// spaces tidied. It refuses what cannot be printed or would change how the
// text around it reads: control characters, bidi overrides and isolates,
// zero-width joiners, and characters above U+FFFF such as emoji. Its
// errors are *InputError, each with a hint that names the fix.
func CleanName(s string) (string, error) {
	if !utf8.ValidString(s) {
		return "", inputErr("save the text as UTF-8", "the name is not valid UTF-8")
	}
	s = strings.Join(strings.Fields(norm.NFC.String(s)), " ")
	if n := utf8.RuneCountInString(s); n > MaxName {
		return "", inputErr(fmt.Sprintf("shorten the name to %d characters or fewer, e.g. leave out the legal form", MaxName),
			"the name is %d characters; the most lookout prints is %d", n, MaxName)
	}
	return s, checkRunes("the name", s)
}

// plain is the hint for text with characters lookout will not print.
const plain = "type the text as plain text, without emoji, control or formatting characters"

// checkRunes refuses characters that cannot be printed or would change how
// the text around them reads: control characters, bidi overrides and
// isolates, zero-width joiners, and characters above U+FFFF such as emoji.
// Its errors are *InputError.
func checkRunes(what, s string) error {
	for _, r := range s {
		switch {
		case unicode.IsControl(r):
			return inputErr(plain, "%s has the control character %U", what, r)
		case (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069):
			return inputErr(plain, "%s has the bidi control %U, which would reorder the text around it", what, r)
		case r == 0x200D:
			return inputErr(plain, "%s has a zero-width joiner (U+200D)", what)
		case r > 0xFFFF:
			return inputErr(plain, "%s has %U %q; emoji and other characters above U+FFFF cannot be printed", what, r, r)
		}
	}
	return nil
}

// MaxNotice is the longest notice text lookout sets, in characters, per
// language.
const MaxNotice = 3000

// NoticeParas checks a law's wording and splits it into paragraphs: a
// blank line ends one; the lines within one are joined with spaces.
func NoticeParas(s string) ([]string, error) {
	if !utf8.ValidString(s) {
		return nil, fmt.Errorf("the wording is not valid UTF-8")
	}
	s = norm.NFC.String(s)
	if n := utf8.RuneCountInString(s); n > MaxNotice {
		return nil, fmt.Errorf("the wording is %d characters; the most lookout sets is %d", n, MaxNotice)
	}
	var paras []string
	for _, block := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		p := strings.Join(strings.Fields(block), " ")
		if p == "" {
			continue
		}
		if err := checkRunes("the wording", p); err != nil {
			return nil, err
		}
		paras = append(paras, p)
	}
	if len(paras) == 0 {
		return nil, fmt.Errorf("the wording is empty")
	}
	return paras, nil
}
