package layouts_test

import (
	"fmt"
	"runtime"
	"sync"
	"testing"

	"lookout/campaign"
	"lookout/layouts"
	"lookout/translations"
)

// TestEveryFormFitsInEveryLanguage renders every form of every layout on
// every paper it comes in, in every language there is a catalog for (new
// catalogs are covered as they arrive), in memory: each must fit without
// error. The pieces render on every core, each into its own document.
func TestEveryFormFitsInEveryLanguage(t *testing.T) {
	cats, err := translations.All()
	if err != nil {
		t.Fatal(err)
	}
	var reqs []campaign.Request
	for _, l := range layouts.All() {
		for _, f := range l.Forms() {
			papers := f.Variant.Papers
			if len(papers) == 0 {
				papers = []string{""}
			}
			for _, paper := range papers {
				for _, cat := range cats {
					r := request(l.Name, cat.Tag, paper)
					r.Variant, r.Audience, r.Size, r.TearOffs = f.Variant.Name, f.Audience, f.Size, f.TearOffs
					reqs = append(reqs, r)
				}
			}
		}
	}
	errs := make([]error, len(reqs))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				errs[i] = fits(reqs[i])
			}
		}()
	}
	for i := range reqs {
		next <- i
	}
	close(next)
	wg.Wait()
	failed := 0
	for _, err := range errs {
		if err != nil {
			failed++
			t.Error(err)
		}
	}
	t.Logf("%d pieces, %d failed", len(reqs), failed)
}

func fits(r campaign.Request) error {
	jobs, err := campaign.Plan(r)
	if err != nil {
		return fmt.Errorf("%s %+v: %v", r.Layout, r, err)
	}
	if _, err := layouts.Render(jobs[0]); err != nil {
		return fmt.Errorf("%s: %v", campaign.FileName(jobs[0]), err)
	}
	return nil
}
