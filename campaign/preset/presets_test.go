package preset

import (
	"reflect"
	"testing"
)

// TestHotlineFileIsTheHotline checks that a hotline read from its own
// file, as a run that needs only it reads it, is the one read with all
// the others.
func TestHotlineFileIsTheHotline(t *testing.T) {
	ids := HotlineIDs()
	if len(ids) < 10 {
		t.Fatalf("HotlineIDs() = %d ids; want every hotline file", len(ids))
	}
	for _, id := range ids {
		h, ok := hotlineFile(id)
		if !ok {
			t.Errorf("hotlineFile(%q) found nothing", id)
			continue
		}
		if want := hotlines[id]; !reflect.DeepEqual(h, want) {
			t.Errorf("hotlineFile(%q) = %+v, want %+v", id, h, want)
		}
	}
}

// TestHotlineFileRefusesOtherPaths checks that an id naming no hotline
// file of its own is looked up among all of them, which names the ids
// there are.
func TestHotlineFileRefusesOtherPaths(t *testing.T) {
	for _, id := range []string{"", ".", "../packs/ncmec-2020", "us-ncmec/../us-911", "US-NCMEC", "nope"} {
		if _, ok := hotlineFile(id); ok {
			t.Errorf("hotlineFile(%q) read a file", id)
		}
		if _, err := LookupHotline(id); err == nil {
			t.Errorf("LookupHotline(%q) = nil error", id)
		}
	}
}
