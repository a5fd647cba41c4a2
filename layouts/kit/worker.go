package kit

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
	fonts map[string]*pdfFont // by font and glyph set
	qr    map[qrKey][][]bool  // QR modules by URL and level
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
	return &Worker{sh: newShaper(), fonts: map[string]*pdfFont{}, qr: map[qrKey][][]bool{}}
}

// NewDocument starts an empty document that shares w's caches.
func (w *Worker) NewDocument(m Meta) *Document {
	return &Document{meta: m, sh: w.sh, w: w}
}

// font returns f cut down to the glyphs of runes, ready to embed, from the
// cache when a document before used the same glyphs with the same code
// points.
func (w *Worker) font(f *fontFile, runes map[font.GID]rune) (*pdfFont, error) {
	key := subsetKey(f, runes)
	if p, ok := w.fonts[key]; ok {
		return p, nil
	}
	p, err := newPDFFont(f, runes, key)
	if err != nil {
		return nil, err
	}
	if len(w.fonts) >= maxCached/64 {
		clear(w.fonts)
	}
	w.fonts[key] = p
	return p, nil
}

// qrBits is the package's qrBits, remembered: a batch prints one URL on
// every piece, and encoding it took a sixth of a poster's time.
func (w *Worker) qrBits(url string, level QRLevel) ([][]bool, error) {
	k := qrKey{url, level}
	if bits, ok := w.qr[k]; ok {
		return bits, nil
	}
	bits, err := qrBits(url, level)
	if err != nil {
		return nil, err
	}
	if len(w.qr) >= maxCached/64 {
		clear(w.qr)
	}
	w.qr[k] = bits
	return bits, nil
}

// subsetKey names a font and a glyph set with its code points.
func subsetKey(f *fontFile, runes map[font.GID]rune) string {
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
	return string(b)
}

// lineKey is a line of text as a shaper sees it.
type lineKey struct {
	lang Lang
	bold bool
	text string
}

// cache is a map that starts again empty when it holds maxCached entries.
type cache[V any] map[lineKey]V

func (c cache[V]) put(k lineKey, v V) {
	if len(c) >= maxCached {
		clear(c)
	}
	c[k] = v
}
