package layouts_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"lookout/campaign"
	"lookout/layouts/typeset"
	"lookout/translations"
)

// paragraphs groups a text placement's lines by paragraph.
func paragraphs(p typeset.Placement) [][]string {
	var out [][]string
	for _, l := range p.Lines {
		if !l.Continues || len(out) == 0 {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], l.Text)
	}
	return out
}

func ideograph(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// cjkPunct is punctuation after which a Chinese or Japanese line ends
// well.
func cjkPunct(r rune) bool {
	return strings.ContainsRune("、。，：；！？）」』】》,.;:!?) ", r)
}

// oneWord reports whether a last line is a single word: no space inside
// it, or, in Chinese and Japanese, two ideographs or fewer and their
// punctuation.
func oneWord(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" {
		return false
	}
	n := 0
	for _, r := range line {
		if ideograph(r) {
			n++
		}
	}
	if n > 0 {
		return n <= 2 && !strings.ContainsRune(line, ' ')
	}
	return !strings.ContainsAny(line, " \u00a0\u200b")
}

// breakFaults returns what is wrong with the breaks of one paragraph: a
// single word on its last line, a line that ends between two ideographs
// when it had punctuation to end after in its second half, and in a web
// address any break elsewhere than after "/" (a sticker whose column
// beside its code is too narrow sets the address under the code instead).
func breakFaults(lines []string, url bool) []string {
	var out []string
	if n := len(lines); n >= 2 && !url && oneWord(lines[n-1]) && !oneWord(lines[n-2]) {
		// the last word of the line before could have joined it: the
		// two are shorter than the paragraph's longest line
		longest := 0
		for _, l := range lines {
			longest = max(longest, utf8.RuneCountInString(l))
		}
		words := strings.Fields(lines[n-2])
		if joined := words[len(words)-1] + " " + lines[n-1]; utf8.RuneCountInString(joined) <= longest*8/10 {
			out = append(out, "a single word on the last line: "+strings.Join(lines, " / "))
		}
	}
	for i := 0; i+1 < len(lines); i++ {
		a, b := []rune(strings.TrimRight(lines[i], " ")), lines[i+1]
		first, _ := utf8.DecodeRuneInString(b)
		if len(a) == 0 {
			continue
		}
		if ideograph(a[len(a)-1]) && ideograph(first) {
			for j := len(a) / 2; j < len(a)-1; j++ {
				if cjkPunct(a[j]) {
					out = append(out, "a break between ideographs after punctuation on the line: "+lines[i]+" / "+b)
					break
				}
			}
		}
		if url && !strings.HasSuffix(lines[i], "/") {
			out = append(out, "a web address broken elsewhere than after a slash: "+strings.Join(lines, " / "))
		}
	}
	return out
}

// TestLineBreaks sets every form of every layout on every paper in every
// language and reads the breaks of every paragraph (see breakFaults).
func TestLineBreaks(t *testing.T) {
	cats, err := translations.All()
	if err != nil {
		t.Fatal(err)
	}
	var reqs []campaign.Request
	for _, c := range cats {
		reqs = append(reqs, campaign.EveryForm(c.Tag)...)
	}
	jobs, pieces := renderEvery(t, reqs)
	faults := 0
	for i, piece := range pieces {
		for _, p := range piece.Placements {
			if p.Kind != typeset.KindText {
				continue
			}
			for _, para := range paragraphs(p) {
				url := strings.HasPrefix(p.Name, "url")
				for _, f := range breakFaults(para, url) {
					faults++
					if faults <= 40 {
						t.Errorf("%s %s: %s", campaign.FileName(jobs[i]), p.Name, f)
					}
				}
			}
		}
	}
	if faults > 40 {
		t.Errorf("%d faults in all", faults)
	}
}
