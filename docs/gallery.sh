#!/usr/bin/env bash
# Renders the pictures in the README from real lookout output, one per
# layout (and the poster in Spanish, and in three languages on one page):
#   bash docs/gallery.sh
# Needs pdftoppm (apt-get install -y poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export SOURCE_DATE_EPOCH=1767225600
go build -o "$tmp/lookout" ./cmd/lookout
"$tmp/lookout" kit --lang en,es --org "Joe's Diner" --quiet --out "$tmp" >/dev/null
"$tmp/lookout" make poster --lang en,es,vi --together --org "Joe's Diner" --out "$tmp" >/dev/null
# forms the kit leaves out: two flyers to a sheet, stickers on label stock
"$tmp/lookout" make flyer --variant 2up --org "Joe's Diner" --out "$tmp" >/dev/null
"$tmp/lookout" make sticker --paper avery-5164 --out "$tmp" >/dev/null
# one poster per script, for the languages section of the README
scripts="ar fa hi pa th km zh-Hans zh-Hant ja ko ru hy am vi"
"$tmp/lookout" make poster --paper letter --lang "$(echo $scripts | tr ' ' ,)" --org "Riverside Health Center" --out "$tmp" >/dev/null

# picture NAME PDF [PAGE]: page 1 (or PAGE) of the PDF, 40 dpi, as docs/img/NAME.png
picture() {
  pdftoppm -r 40 -png -singlefile -f "${3:-1}" -l "${3:-1}" "$tmp/$2" "docs/img/$1"
}
find docs/img -name "*.png" ! -name "serve*.png" -delete # serve.png comes from the browser test (README: the web page)
picture poster-letter-en poster-letter-en.pdf
picture poster-letter-es poster-letter-es.pdf
picture poster-letter-en+es+vi poster-letter-en+es+vi.pdf
picture staff-poster-letter-en staff-poster-letter-en.pdf
picture flyer-half-letter-tabs8-en flyer-half-letter-tabs8-en.pdf
picture wallet-card-sheet-front wallet-card-sheet-3.5x2-letter-en.pdf 1
picture wallet-card-sheet-back wallet-card-sheet-3.5x2-letter-en.pdf 2
picture room-sign-door-half-letter-en room-sign-door-half-letter-en.pdf
picture room-sign-tent-4x3-es room-sign-tent-4x3-es.pdf
picture sticker-3x5-letter-en sticker-3x5-letter-en.pdf
picture flyer-2up-letter-en flyer-2up-letter-en.pdf
picture sticker-labels-avery-5164-en sticker-labels-avery-5164-en.pdf
for l in $scripts; do
  pdftoppm -r 24 -png -singlefile "$tmp/poster-letter-$l.pdf" "docs/img/script-$l"
done
ls docs/img
