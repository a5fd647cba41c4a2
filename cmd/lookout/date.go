package main

import (
	"strconv"
	"time"
	"unicode/utf8"
)

// lastPDFSecond is the last moment a PDF date can hold: its year has four
// digits (ISO 32000-1:2008, 7.9.4, D:YYYYMMDDHHmmSS), so the end of 9999,
// 253402300799 seconds after 1970. Clang refuses SOURCE_DATE_EPOCH past
// the same second (reviews.llvm.org D135045, seen 2026-12-04).
var lastPDFSecond = time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC)

// creationDate picks the date written into the PDF: --date, else
// SOURCE_DATE_EPOCH, else the clock. A date a PDF cannot hold is refused.
func creationDate(flag string, env environ) (time.Time, error) {
	if flag != "" {
		for _, layout := range []string{"2006-01-02", time.RFC3339} {
			t, err := time.Parse(layout, flag)
			if err != nil {
				continue
			}
			if t = t.UTC(); t.Year() < 0 || t.After(lastPDFSecond) {
				return time.Time{}, misuse("give a date from the year 0000 to 9999", "--date %q is outside the years a PDF date can hold", clip(flag))
			}
			return t, nil
		}
		return time.Time{}, misuse("write it as 2026-01-31 or 2026-01-31T09:00:00Z", "--date %q is not a date", clip(flag))
	}
	if s := env.getenv("SOURCE_DATE_EPOCH"); s != "" {
		return sourceDate(s)
	}
	return env.now().UTC().Truncate(time.Second), nil
}

// sourceDate reads SOURCE_DATE_EPOCH: whole seconds since 1970 in decimal
// digits, as 'date +%s' prints them (reproducible-builds.org/specs/
// source-date-epoch, seen 2026-12-04), up to the last second a PDF date
// can hold. Anything else is refused rather than read in part: a sign,
// spaces, a fraction, trailing letters.
func sourceDate(s string) (time.Time, error) {
	const hint = "set it to whole seconds since 1970, as 'date +%s' prints them, e.g. SOURCE_DATE_EPOCH=1767225600"
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return time.Time{}, misuse(hint, "SOURCE_DATE_EPOCH %q is not a number of seconds: digits only", clip(s))
		}
	}
	sec, err := strconv.ParseInt(s, 10, 64)
	if err != nil || sec > lastPDFSecond.Unix() {
		return time.Time{}, misuse(hint+"; the largest a PDF can hold is "+strconv.FormatInt(lastPDFSecond.Unix(), 10)+" (the end of 9999)",
			"SOURCE_DATE_EPOCH %s is past the year 9999, which a PDF date cannot hold", clip(s))
	}
	return time.Unix(sec, 0).UTC(), nil
}

// clip shortens what an error message quotes to its first 60 characters.
func clip(s string) string {
	if utf8.RuneCountInString(s) <= 60 {
		return s
	}
	return string([]rune(s)[:60]) + "…"
}
