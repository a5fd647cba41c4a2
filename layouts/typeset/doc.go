// Package typeset is lookout's page engine: it turns boxes of text, tinted
// panels, rules, pictures and QR codes placed in millimetres into PDF pages.
// It is the only package that imports fpdf, go-qrcode and the shaper.
//
// A Document holds sheets of recorded drawing operations; a layout adds
// pages (AddPage) and places elements on them: Text, Stack and Flow set
// text fitted to a box (shrinking to a floor, else a *FitError), QR draws a
// vector QR code, Image a picture (decoded once by LoadImage, embedded at
// 300 ppi of its largest placement in the document), Fill and Line shapes,
// Area a turned part of a page, and CropMarks, CutLine, Calibration and
// TearOffs the marks of pieces cut from a sheet. Every line of text is shaped with HarfBuzz
// (go-text/typesetting) in its language and script, ordered with the
// Unicode bidi algorithm, and wrapped by Wrap and Fit, pure functions with
// their own break rules (CJK kinsoku, no break before a combining mark,
// phone numbers kept whole).
//
// Everything placed is also recorded as a Placement (kind, name, box,
// size, weight, lines, fonts, language), which the posting-law checklist
// and the tests read; Log renders them as the text placement log the
// golden files hold.
//
// PDF subsets each font to the glyphs a document uses (internal/ttf),
// replays the sheets into fpdf and splices in the font objects it writes
// itself. A Worker keeps what documents share (shaped lines, widths, QR
// matrices, subsets) across the documents of one goroutine.
package typeset
