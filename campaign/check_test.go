package campaign

import "testing"

// TestEveryCatalogPassesTheCheck is `lookout check translations` as a
// test: it runs over whatever catalogs exist, so a new language is covered
// the day it is added.
func TestEveryCatalogPassesTheCheck(t *testing.T) {
	problems, err := CheckTranslations(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Error(p)
	}
}
