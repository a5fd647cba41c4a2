package typeset

import (
	"encoding/binary"
	"slices"

	"github.com/go-text/typesetting/font"
)

// Worker makes documents one after another and keeps what they share: the
// shaper with its compiled shaping plans, the width and glyphs of every
// line it has set, and the font subsets it has made. A batch of posters in
// one language shapes each sentence once. A Worker is not safe for
// concurrent use: give each goroutine its own; documents from one Worker
// must be made one at a time.
type Worker struct {
	sh    *shaper
	fonts memo[string, *pdfFont] // by font and glyph set
	qr    memo[qrKey, [][]bool]  // QR modules by URL and level
}

type qrKey struct {
	url   string
	level QRLevel
}

// maxCached bounds each of a Worker's caches, in entries; a cache that
// grows past it starts again empty, so a long run cannot grow without end.
const maxCached = 1 << 16

// NewWorker returns a Worker with empty caches.
func NewWorker() *Worker {
	return &Worker{sh: newShaper(), fonts: newMemo[string, *pdfFont](maxCached / 64), qr: newMemo[qrKey, [][]bool](maxCached / 64)}
}

// NewDocument starts an empty document that shares w's caches.
func (w *Worker) NewDocument(m Meta) *Document {
	return &Document{meta: m, sh: w.sh, w: w}
}

// font returns f cut down to the glyphs of runes, ready to embed, from the
// cache when a document before used the same glyphs with the same code
// points.
func (w *Worker) font(f *fontFile, runes map[font.GID]rune, pairs []glyphText) (*pdfFont, error) {
	key := subsetKey(f, runes, pairs)
	return w.fonts.get(key, func() (*pdfFont, error) { return newPDFFont(f, runes, pairs, key) })
}

// qrBits is the package's qrBits, remembered: a batch prints one URL on
// every piece, and encoding it took a sixth of a poster's time.
func (w *Worker) qrBits(url string, level QRLevel) ([][]bool, error) {
	return w.qr.get(qrKey{url, level}, func() ([][]bool, error) { return qrBits(url, level) })
}

// subsetKey names a font, a glyph set with its code points and the
// (glyph, text) pairs numbered as CIDs.
func subsetKey(f *fontFile, runes map[font.GID]rune, pairs []glyphText) string {
	gids := make([]font.GID, 0, len(runes))
	for g := range runes {
		gids = append(gids, g)
	}
	slices.Sort(gids)
	b := append(make([]byte, 0, len(f.name)+8*len(gids)), f.name...)
	for _, g := range gids {
		b = binary.BigEndian.AppendUint32(b, uint32(g))
		b = binary.BigEndian.AppendUint32(b, uint32(runes[g]))
	}
	for _, p := range pairs {
		b = binary.BigEndian.AppendUint32(b, uint32(p.id))
		b = append(b, p.text...)
		b = append(b, 0)
	}
	return string(b)
}

// lineKey is a line of text as a shaper sees it.
type lineKey struct {
	lang Lang
	bold bool
	text string
}

// memo keeps what a function computed, by key. Once it holds its limit of
// entries it starts again empty, so a long run cannot grow without end.
type memo[K comparable, V any] struct {
	m     map[K]V
	limit int
}

func newMemo[K comparable, V any](limit int) memo[K, V] {
	return memo[K, V]{m: map[K]V{}, limit: limit}
}

// get returns the value kept for k, or computes it and keeps it unless
// compute fails.
func (c memo[K, V]) get(k K, compute func() (V, error)) (V, error) {
	if v, ok := c.m[k]; ok {
		return v, nil
	}
	v, err := compute()
	if err != nil {
		return v, err
	}
	if len(c.m) >= c.limit {
		clear(c.m)
	}
	c.m[k] = v
	return v, nil
}
