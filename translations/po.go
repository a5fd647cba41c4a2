package translations

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"
)

// entry is one message of a PO file: its key (msgctxt), the English source
// (msgid), the translation (msgstr) and whether a translator flagged it
// fuzzy (a guess, not to be printed).
type entry struct {
	key, source, text string
	note              string // the #. comments above it
	fuzzy             bool
	line              int
}

// parsePO reads the subset of the gettext PO format that translators'
// tools write: comments, flags, msgctxt, msgid and msgstr with continued
// strings. It returns the header fields and the entries in file order.
func parsePO(name, src string) (map[string]string, []entry, error) {
	var (
		entries []entry
		cur     entry
		field   *string
		header  map[string]string
		started bool
		note    string // #. comments not yet given to a message
	)
	finish := func() error {
		if !started {
			return nil
		}
		if cur.key == "" && cur.source == "" {
			header = parseHeader(cur.text)
		} else if cur.key == "" {
			return fmt.Errorf("%s:%d: message %q has no msgctxt (its key)", name, cur.line, cur.source)
		} else {
			entries = append(entries, cur)
		}
		cur, field, started = entry{}, nil, false
		return nil
	}
	sc := bufio.NewScanner(strings.NewReader(src))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "":
			continue
		case strings.HasPrefix(line, "#,"):
			if err := finish(); err != nil {
				return nil, nil, err
			}
			cur.fuzzy = strings.Contains(line, "fuzzy")
		case strings.HasPrefix(line, "#."):
			note = strings.TrimSpace(note + " " + strings.TrimSpace(line[2:]))
		case strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, `"`):
			if field == nil {
				return nil, nil, fmt.Errorf("%s:%d: a string with no msgid, msgstr or msgctxt before it", name, n)
			}
			s, err := strconv.Unquote(line)
			if err != nil {
				return nil, nil, fmt.Errorf("%s:%d: bad string %s", name, n, line)
			}
			*field += s
		default:
			kw, rest, _ := strings.Cut(line, " ")
			s, err := strconv.Unquote(strings.TrimSpace(rest))
			if err != nil {
				return nil, nil, fmt.Errorf("%s:%d: bad string after %s", name, n, kw)
			}
			switch kw {
			case "msgctxt":
				if err := finish(); err != nil {
					return nil, nil, err
				}
				cur.key, cur.note, note, field = s, note, "", &cur.key
			case "msgid":
				if cur.key == "" {
					if err := finish(); err != nil {
						return nil, nil, err
					}
				}
				cur.source, field = s, &cur.source
			case "msgstr":
				cur.text, field = s, &cur.text
			default:
				return nil, nil, fmt.Errorf("%s:%d: unknown keyword %q (lookout reads msgctxt, msgid, msgstr)", name, n, kw)
			}
			if !started {
				started, cur.line = true, n
			}
		}
	}
	if err := finish(); err != nil {
		return nil, nil, err
	}
	return header, entries, sc.Err()
}

// parseHeader reads "Name: value" lines from a PO header.
func parseHeader(s string) map[string]string {
	h := map[string]string{}
	for _, line := range strings.Split(s, "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok {
			h[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return h
}
