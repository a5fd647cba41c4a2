// Package bench holds what lookout's speed is measured with: the posters
// of the benchmarks (bench_test.go) and of the whole-process timings
// (bench/run), so both measure the same work. See README.md, "Performance".
package bench

import (
	"time"

	"lookout/campaign"
	"lookout/layouts"
)

// Langs are the ten languages of the 100-poster batch: Latin, Cyrillic,
// Hangul, Chinese, Arabic (right to left, joined) and Devanagari (shaped).
var Langs = []string{"en", "es", "fr", "vi", "ru", "ko", "zh-Hans", "ar", "hi", "tl"}

// Orgs are the ten organisation names of the 100-poster batch.
var Orgs = []string{
	"Joe's Diner", "Saigon Noodle House", "Café du Port", "Hotel Marítimo",
	"Interstate Truck Stop 42", "St. Mary's Urgent Care", "Sunrise Motel",
	"Main Street Bar & Grill", "Greyhound Station, Gate 3", "Phở Hà Nội",
}

// Created is the date written into every benchmark PDF.
var Created = time.Unix(1767225600, 0).UTC()

// Jobs plans one letter poster per organisation and language, the way
// 'lookout make poster --org ORG --lang LANGS' would for each organisation.
func Jobs(langs, orgs []string) ([]layouts.Job, error) {
	var jobs []layouts.Job
	for _, org := range orgs {
		js, err := campaign.Plan(campaign.Request{Layout: "poster", Langs: langs, Paper: "letter",
			Hotline: "us-ncmec", URL: campaign.DefaultURL, Org: org, Pack: "ncmec-2020",
			Created: Created, Creator: "lookout bench"})
		if err != nil {
			return nil, err
		}
		jobs = append(jobs, js...)
	}
	return jobs, nil
}
