package layouts

import "lookout/layouts/typeset"

// Renderer renders jobs one after another and keeps what they share: the
// shaping plans, the width and glyphs of every line it has set, QR codes
// and the font subsets it has made, so the tenth poster in a language
// costs a fraction of the first. It is not safe for concurrent use: give
// each goroutine its own (RenderAll does).
type Renderer struct{ w *typeset.Worker }

// NewRenderer returns a Renderer with empty caches.
func NewRenderer() *Renderer { return &Renderer{w: typeset.NewWorker()} }

// Render draws the job and returns the PDF and its placement log; the same
// job gives the same bytes from any Renderer.
func (r *Renderer) Render(j Job) (Piece, error) {
	doc, err := draw(r.w, j)
	if err != nil {
		return Piece{}, err
	}
	out, err := doc.PDF()
	if err != nil {
		return Piece{}, err
	}
	return Piece{PDF: out, Pages: doc.Pages(), Log: doc.Log(), Placements: doc.Placements()}, nil
}

// Place lays the job out as Render does and returns the placement log,
// without making the PDF.
func (r *Renderer) Place(j Job) (Piece, error) {
	doc, err := draw(r.w, j)
	if err != nil {
		return Piece{}, err
	}
	return Piece{Pages: doc.Pages(), Log: doc.Log(), Placements: doc.Placements()}, nil
}
