package layouts_test

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"lookout/campaign"
	"lookout/layouts"
)

// renderNotice makes the notice for a posting-law preset the way `lookout
// make poster --comply` does: in the law's languages, plus Vietnamese
// where the law asks for a local language.
func renderNotice(t *testing.T, preset string, notice map[string]string) ([]layouts.Job, []string, [][]byte) {
	t.Helper()
	c, err := campaign.LookupCompliance(preset)
	if err != nil {
		t.Fatal(err)
	}
	comply := campaign.Comply{Preset: preset, NoticeText: notice}
	if c.Local != "" {
		comply.LocalLangs = []string{"vi"}
	}
	jobs, err := campaign.Plan(campaign.Request{Layout: "poster", URL: campaign.DefaultURL, Comply: comply,
		Created: time.Unix(1767225600, 0).UTC(), Creator: "lookout test"})
	if err != nil {
		t.Fatalf("%s: %v", preset, err)
	}
	var logs []string
	var pdfs [][]byte
	for _, j := range jobs {
		piece, err := layouts.Render(j)
		if err != nil {
			t.Fatalf("%s: %v", preset, err)
		}
		logs, pdfs = append(logs, piece.Log), append(pdfs, piece.PDF)
	}
	return jobs, logs, pdfs
}

var textLogRE = regexp.MustCompile(`text (\S+) box=\S+ \S+ size=([0-9.]+)pt bold=(true|false)`)

// TestEveryNoticeMeetsItsLaw reads each preset's placement log: every text
// element at or above the law's type size (and lookout's 12 pt floor),
// bold where the law says so, a section in every language of the page, the
// law's required languages among them, and the sheet at least the law's
// size, turned as it wants.
func TestEveryNoticeMeetsItsLaw(t *testing.T) {
	for _, id := range campaign.ComplianceIDs() {
		c, _ := campaign.LookupCompliance(id)
		jobs, logs, _ := renderNotice(t, id, nil)
		langs := map[string]bool{}
		for i, j := range jobs {
			for _, m := range textLogRE.FindAllStringSubmatch(logs[i], -1) {
				size, _ := strconv.ParseFloat(m[2], 64)
				if size < max(c.MinType, 12)-0.005 {
					t.Errorf("%s: %s is set at %.2f pt; the law asks at least %g", id, m[1], size, c.MinType)
				}
				if c.Bold && m[3] != "true" {
					t.Errorf("%s: %s is not bold", id, m[1])
				}
				if tag, ok := strings.CutPrefix(m[1], "call-"); ok {
					langs[tag] = true
				}
			}
			w, h := j.Paper.W/25.4, j.Paper.H/25.4
			if c.MinSize != nil && (w < c.MinSize.W-0.005 || h < c.MinSize.H-0.005) {
				t.Errorf("%s: the sheet is %.2f × %.2f in; the law asks %s", id, w, h, c.MinSize)
			}
		}
		for _, want := range append(append([]string(nil), c.Languages...), localLangs(c)...) {
			if !langs[want] {
				t.Errorf("%s: no section in %s (have %v)", id, want, langs)
			}
		}
		if c.Separate && len(jobs) != len(c.Languages)+len(localLangs(c)) {
			t.Errorf("%s: %d signs; the law wants each language on its own", id, len(jobs))
		}
	}
}

func localLangs(c campaign.Compliance) []string {
	if c.Local != "" {
		return []string{"vi"}
	}
	return nil
}

// TestNoticePlacement pins where the California notice in three
// languages, and the Texas landscape sign with its two-thirds English,
// put everything.
func TestNoticePlacement(t *testing.T) {
	_, logs, _ := renderNotice(t, "us-ca", nil)
	golden(t, "notice-us-ca-letter-en+es+vi.log", logs[0])
	_, logs, _ = renderNotice(t, "us-tx-abc", nil)
	golden(t, "notice-us-tx-abc-letter-landscape-en+es.log", logs[0])
}

// TestTexasSharesTheSign checks the sections of the Texas alcohol sign
// from the placement log: English about two thirds, Spanish about one
// third of the text area.
func TestTexasSharesTheSign(t *testing.T) {
	_, logs, _ := renderNotice(t, "us-tx-abc", nil)
	re := regexp.MustCompile(`text headline-(en|es) box=\(([0-9.]+),([0-9.]+) `)
	ys := map[string]float64{}
	for _, m := range re.FindAllStringSubmatch(logs[0], -1) {
		ys[m[1]], _ = strconv.ParseFloat(m[3], 64)
	}
	foot := regexp.MustCompile(`text hotline-name box=\([0-9.]+,([0-9.]+) `).FindStringSubmatch(logs[0])
	if len(ys) != 2 || foot == nil {
		t.Fatalf("sections not found in:\n%s", logs[0])
	}
	bottom, _ := strconv.ParseFloat(foot[1], 64)
	en, es := ys["es"]-ys["en"], bottom-ys["es"]
	if share := en / (en + es); share < 0.6 || share > 0.72 {
		t.Errorf("English takes %.2f of the sign; the law wants about 2/3", share)
	}
}

// TestNoticeSetsTheLawsWording gives wording in each language (test text,
// not any law's) and finds it on the page, whole, in place of lookout's
// own words.
func TestNoticeSetsTheLawsWording(t *testing.T) {
	text := map[string]string{"en": "Test wording, paragraph one.\n\nParagraph two, on\ntwo lines.", "es": "Texto de prueba."}
	jobs, logs, _ := renderNotice(t, "us-fl-787", text)
	for _, want := range []string{`text notice-en `, `"Test wording, paragraph one."`, `"Paragraph two, on two lines."`, `text notice-es `, `"Texto de prueba."`} {
		if !strings.Contains(logs[0], want) {
			t.Errorf("the log lacks %s:\n%s", want, logs[0])
		}
	}
	if strings.Contains(logs[0], "text headline-en") || strings.Contains(logs[0], "text signs-en") {
		t.Error("lookout's own headline or signs are set beside the law's wording")
	}
	if _, ok := campaign.MissingWording(jobs[0]); ok {
		t.Error("MissingWording with wording given")
	}
}
