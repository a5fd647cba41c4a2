// Command barefpdf is the yardstick for lookout's speed: a bare fpdf
// program that draws the same poster page as lookout (see package
// lookout/bench/bare). It reads a placement log that lookout wrote, such
// as layouts/testdata/poster-letter-en.log or one written by
// 'go run ./bench/batch -logs DIR', and writes the PDF.
//
// Usage:
//
//	barefpdf -log layouts/testdata/poster-letter-en.log -out /tmp/bare.pdf
//
// bench/run times it beside lookout; README.md, "Performance", has the
// figures.
package main

import (
	"flag"
	"fmt"
	"os"

	"lookout/bench/bare"
)

func main() {
	logPath := flag.String("log", "layouts/testdata/poster-letter-en.log", "placement log to draw")
	out := flag.String("out", "bare.pdf", "PDF to write")
	flag.Parse()
	if err := run(*logPath, *out); err != nil {
		fmt.Fprintf(os.Stderr, "barefpdf: %v\n", err)
		os.Exit(1)
	}
}

func run(logPath, out string) error {
	log, err := os.ReadFile(logPath)
	if err != nil {
		return err
	}
	pdf, err := bare.Poster(string(log))
	if err != nil {
		return err
	}
	return os.WriteFile(out, pdf, 0o644)
}
