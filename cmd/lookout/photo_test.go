//go:build linux

package main

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"lookout/translations"
)

// writeNoiseJPEG writes a w×h photograph of noise, the worst case for a
// photograph's size, into dir as name.
func writeNoiseJPEG(t *testing.T, dir, name string, w, h int) {
	t.Helper()
	m := image.NewRGBA(image.Rect(0, 0, w, h))
	rand.New(rand.NewSource(int64(w))).Read(m.Pix)
	for i := 3; i < len(m.Pix); i += 4 {
		m.Pix[i] = 0xFF
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, m, nil); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// measured is a finished child run: its peak memory and what it wrote.
type measured struct {
	dir    string // the output folder
	peakMB float64
	files  int
	bytes  int64
	took   time.Duration
}

// The kernel counts into a process's peak memory (ru_maxrss) the peak of
// the memory it ran in before it exec'd, and Go starts a child with
// vfork, in its parent's memory: a child of this test process would be
// charged with every test before it. So measure starts a fresh copy of
// the test binary (LOOKOUT_TEST_MEASURE=1), small, which runs lookout as
// its own child and prints the child's ru_maxrss.
func init() {
	if os.Getenv("LOOKOUT_TEST_MEASURE") != "1" {
		return
	}
	exe, _ := os.Executable()
	c := exec.Command(exe, os.Args[1:]...)
	c.Env = append(os.Environ(), "LOOKOUT_TEST_MEASURE=0", "LOOKOUT_TEST_MAIN=1")
	c.Stdout, c.Stderr = os.Stderr, os.Stderr
	if err := c.Run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(c.ProcessState.SysUsage().(*syscall.Rusage).Maxrss) // kilobytes on Linux
	os.Exit(0)
}

// measure runs lookout with args in a grandchild process (see init),
// writing into a new folder, and reads its peak resident memory.
func measure(t *testing.T, args ...string) measured {
	t.Helper()
	out := t.TempDir()
	c := child(t, append(args, "--out", out)...)
	c.Env = append(c.Env, "LOOKOUT_TEST_MEASURE=1")
	var stdout, stderr bytes.Buffer
	c.Stdout, c.Stderr = &stdout, &stderr
	start := time.Now()
	if err := c.Run(); err != nil {
		t.Fatalf("lookout %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	kb, err := strconv.Atoi(strings.TrimSpace(stdout.String()))
	if err != nil {
		t.Fatalf("no peak memory from the child: %q", stdout.String())
	}
	m := measured{dir: out, took: time.Since(start), peakMB: float64(kb) / 1000}
	entries, _ := os.ReadDir(out)
	for _, e := range entries {
		if info, err := e.Info(); err == nil && strings.HasSuffix(e.Name(), ".pdf") {
			m.files++
			m.bytes += info.Size()
		}
	}
	return m
}

// TestPhotoLogoBudget makes the kit in every language with a 4000×4000
// photograph of noise (9 MB, within the 10 MB lookout reads) as the logo,
// and checks the promise: peak memory under 250 MB for the kit and under
// 100 MB for one poster, and PDFs no more than twice the size of the
// same kit with a 300×300 logo, since a logo is embedded at what its
// place on the page needs at 300 ppi, not at what the file has.
func TestPhotoLogoBudget(t *testing.T) {
	if testing.Short() {
		t.Skip("makes the kit in every language three times")
	}
	cats, err := translations.All()
	if err != nil {
		t.Fatal(err)
	}
	langs := strings.Join(translations.Tags(cats), ",")
	dir := t.TempDir()
	writeNoiseJPEG(t, dir, "photo.jpg", 4000, 4000)
	writeNoiseJPEG(t, dir, "small.jpg", 300, 300)
	for _, name := range []string{"photo", "small"} {
		yaml := fmt.Sprintf("organisation:\n  name: Harbor View Hotel\n  logo: %s.jpg\n  colour: \"#0B4F6C\"\n", name)
		if err := os.WriteFile(filepath.Join(dir, name+".yaml"), []byte(yaml), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	photo, small := filepath.Join(dir, "photo.yaml"), filepath.Join(dir, "small.yaml")

	poster := measure(t, "make", "poster", "--campaign", photo)
	kit := measure(t, "kit", "--campaign", photo, "--lang", langs, "--quiet")
	base := measure(t, "kit", "--campaign", small, "--lang", langs, "--quiet")
	t.Logf("one poster: %.0f MB in %v; kit in %d languages: %.0f MB, %d PDFs, %.1f MB in %v; with a small logo: %.0f MB, %.1f MB",
		poster.peakMB, poster.took.Round(time.Millisecond), len(cats), kit.peakMB, kit.files, float64(kit.bytes)/1e6, kit.took.Round(time.Millisecond),
		base.peakMB, float64(base.bytes)/1e6)
	if poster.peakMB >= 100 {
		t.Errorf("one poster with a 4000×4000 photo as its logo peaked at %.0f MB; want under 100", poster.peakMB)
	}
	if kit.peakMB >= 250 {
		// The kit's live heap sits near lookout's 100 MiB soft limit, where
		// Go's collector may not keep up with the allocating workers on a
		// machine whose cores are all busy: once in some twenty runs, at a
		// load average of 20 on two cores, a kit peaked at 264 MB where it
		// takes 140. A second run tells that from a real regression.
		again := measure(t, "kit", "--campaign", photo, "--lang", langs, "--quiet")
		t.Logf("the kit peaked at %.0f MB; again: %.0f MB", kit.peakMB, again.peakMB)
		if again.peakMB >= 250 {
			t.Errorf("the kit in %d languages with a 4000×4000 photo peaked at %.0f and %.0f MB; want under 250", len(cats), kit.peakMB, again.peakMB)
		}
	}
	if kit.files != base.files || kit.files < 300 {
		t.Fatalf("the kits have %d and %d PDFs; want the same number, over 300", kit.files, base.files)
	}
	if kit.bytes > 2*base.bytes {
		t.Errorf("the kit's PDFs come to %d bytes with the photo and %d with a 300×300 logo; want at most twice", kit.bytes, base.bytes)
	}
	// A piece's bytes do not depend on what else the run made: the logo
	// is embedded at what its own placement needs.
	alone, err1 := os.ReadFile(filepath.Join(poster.dir, "poster-letter-en.pdf"))
	inKit, err2 := os.ReadFile(filepath.Join(kit.dir, "poster-letter-en.pdf"))
	if err1 != nil || err2 != nil || !bytes.Equal(alone, inKit) {
		t.Errorf("the English poster made alone and in the kit differ (%v, %v)", err1, err2)
	}
}
