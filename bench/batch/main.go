// Command batch makes the 100 posters of the speed target in one process:
// ten languages (including zh-Hans, ar and hi) times ten organisation
// names, as 100 separate PDFs, on every core (layouts.RenderAll). It
// writes them into -out and, with -logs, their placement logs too (the
// yardstick bench/barefpdf draws from those).
//
// Usage:
//
//	batch -out /tmp/posters [-logs /tmp/logs]
//
// bench/run times it; README.md, "Performance", has the figures.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"lookout/bench"
	"lookout/campaign"
	"lookout/layouts"
)

func main() {
	out := flag.String("out", "", "folder to write the 100 PDFs into (required)")
	logs := flag.String("logs", "", "folder to write their placement logs into")
	flag.Parse()
	if err := run(*out, *logs); err != nil {
		fmt.Fprintf(os.Stderr, "batch: %v\n", err)
		os.Exit(1)
	}
}

func run(out, logs string) error {
	if out == "" {
		return fmt.Errorf("-out is required")
	}
	jobs, err := bench.Jobs(bench.Langs, bench.Orgs)
	if err != nil {
		return err
	}
	outs, errs := layouts.RenderAll(jobs, (*layouts.Renderer).Render, runtime.GOMAXPROCS(0), nil)
	if err := errors.Join(errs...); err != nil {
		return err
	}
	for i, j := range jobs {
		name := fmt.Sprintf("%02d-%s", i/len(bench.Langs), campaign.FileName(j))
		if err := os.WriteFile(filepath.Join(out, name), outs[i].PDF, 0o644); err != nil {
			return err
		}
		if logs != "" {
			if err := os.WriteFile(filepath.Join(logs, name+".log"), []byte(outs[i].Log), 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}
