#!/usr/bin/env bash
# Renders the pictures in the README from real lookout output:
#   bash docs/gallery.sh
# Needs pdftoppm (apt-get install -y poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export SOURCE_DATE_EPOCH=1767225600
go build -o "$tmp/lookout" ./cmd/lookout
"$tmp/lookout" make poster --lang en,es --paper letter --org "Joe's Diner" --out "$tmp" >/dev/null
for f in "$tmp"/*.pdf; do
  pdftoppm -r 40 -png -singlefile "$f" "docs/img/$(basename "$f" .pdf)"
done
ls docs/img
