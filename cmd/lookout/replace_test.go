package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/spf13/cobra"
)

// snapshot is every file in a folder with its bytes.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	for _, e := range entries {
		b, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		files[e.Name()] = string(b)
	}
	return files
}

// sameFolder fails unless dir holds exactly the files of before.
func sameFolder(t *testing.T, what, dir string, before map[string]string) {
	t.Helper()
	after := snapshot(t, dir)
	for name, b := range before {
		if after[name] != b {
			t.Errorf("%s: %s changed (%d bytes, was %d)", what, name, len(after[name]), len(b))
		}
	}
	for name := range after {
		if _, ok := before[name]; !ok {
			t.Errorf("%s: left %s", what, name)
		}
	}
}

// checkManifest fails unless dir holds one kit, whole: every file the
// manifest names, with the SHA-256 it gives, and nothing else.
func checkManifest(t *testing.T, dir string) manifest {
	t.Helper()
	var m manifest
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil || json.Unmarshal(b, &m) != nil {
		t.Fatalf("manifest.json: %v\n%s", err, b)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != len(m.Files)+1 {
		t.Errorf("%d files in the folder, %d in the manifest", len(entries), len(m.Files))
	}
	for _, f := range m.Files {
		pdf, err := os.ReadFile(filepath.Join(dir, f.File))
		if sum := sha256.Sum256(pdf); err != nil || hex.EncodeToString(sum[:]) != f.SHA256 {
			t.Errorf("%s does not match the manifest of the run dated %s (%v)", f.File, m.Created, err)
		}
	}
	return m
}

// TestConcurrentKits runs ten kits into one folder at once, each with its
// own date, so each writes different bytes. The runs meet before they
// write, and rename slowly (see TestMain): without the lock, they mix.
// They take turns: the folder ends up holding one run's whole set, and a
// manifest that matches every file in it.
func TestConcurrentKits(t *testing.T) {
	dir, meet := t.TempDir(), t.TempDir()
	var wg sync.WaitGroup
	errs := make([]string, 10)
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := child(t, "kit", "--lang", "en,es", "--date", fmt.Sprintf("2026-01-%02d", i+1), "--out", dir)
			c.Env = append(c.Env, "LOOKOUT_TEST_MEET="+meet+":10")
			if out, err := c.CombinedOutput(); err != nil {
				errs[i] = fmt.Sprintf("run %d: %v: %s", i, err, out)
			}
		}()
	}
	wg.Wait()
	for _, e := range errs {
		if e != "" {
			t.Error(e)
		}
	}
	if m := checkManifest(t, dir); len(m.Files) != 32 {
		t.Errorf("the manifest names %d files; want 32", len(m.Files))
	}
}

// TestFailedRenameUndone makes one rename of a run fail: the files
// renamed before it are put back as they were (old bytes where there was
// a file, nothing where there was none), and the error names the file.
func TestFailedRenameUndone(t *testing.T) {
	dir := t.TempDir()
	if r := lookoutIn(dir, "kit", "--lang", "en", "--date", "2026-01-01"); r.code != 0 {
		t.Fatalf("exit %d, %s", r.code, r.stderr)
	}
	before := snapshot(t, dir)
	defer func() { rename, link = os.Rename, os.Link }()
	noLinks := func(string, string) error { return syscall.EPERM }
	for _, tc := range []struct {
		n     int // the rename that fails: of the first file, one in the middle, the manifest
		links bool
	}{{1, true}, {7, true}, {33, true}, {7, false}, {33, false}} {
		calls, failing := 0, ""
		if link = os.Link; !tc.links {
			link = noLinks
		}
		rename = func(from, to string) error {
			if newFileRename(from, to) {
				if calls++; calls == tc.n {
					failing = to
					return &os.LinkError{Op: "rename", Old: from, New: to, Err: syscall.EIO}
				}
			}
			return os.Rename(from, to)
		}
		r := lookoutIn(dir, "kit", "--lang", "en,es", "--date", "2026-02-02")
		want := "lookout: cannot replace " + failing + ": input/output error; the folder is as it was\n" +
			"lookout: hint: the disk reports a fault: check it, or choose a folder on another disk with --out\n"
		what := fmt.Sprintf("rename %d failing, hard links %v", tc.n, tc.links)
		if r.code != 1 || r.stderr != want {
			t.Errorf("%s: exit %d, stderr %q; want 1 and %q", what, r.code, r.stderr, want)
		}
		sameFolder(t, what, dir, before)
	}
	rename, link = os.Rename, os.Link
	if r := lookoutIn(dir, "kit", "--lang", "en,es", "--date", "2026-02-02"); r.code != 0 {
		t.Fatalf("the run after: exit %d, %s", r.code, r.stderr)
	}
	if m := checkManifest(t, dir); m.Created != "2026-02-02T00:00:00Z" || len(m.Files) != 32 {
		t.Errorf("the run after wrote a manifest of %s with %d files", m.Created, len(m.Files))
	}
}

// TestImmutableTarget runs a kit into a folder where one file of the last
// kit is immutable (chattr +i: not even root may replace it). The run
// fails naming that file, and the folder keeps the last kit whole.
func TestImmutableTarget(t *testing.T) {
	dir := t.TempDir()
	if r := lookoutIn(dir, "kit", "--lang", "en", "--date", "2026-01-01"); r.code != 0 {
		t.Fatalf("exit %d, %s", r.code, r.stderr)
	}
	before := snapshot(t, dir)
	stuck := filepath.Join(dir, "poster-letter-en.pdf") // neither first nor last
	if _, ok := before[filepath.Base(stuck)]; !ok {
		t.Fatalf("the kit has no %s", stuck)
	}
	if out, err := exec.Command("chattr", "+i", stuck).CombinedOutput(); err != nil {
		if os.Getenv("LOOKOUT_REQUIRE_TOOLS") == "1" && errors.Is(err, exec.ErrNotFound) {
			t.Fatal("chattr is missing")
		}
		t.Skipf("cannot make a file immutable here: %v %s", err, out)
	}
	defer exec.Command("chattr", "-i", stuck).Run()
	r := lookoutIn(dir, "kit", "--lang", "en", "--date", "2026-02-02")
	if r.code != 2 || !strings.HasPrefix(r.stderr, "lookout: cannot replace "+stuck+": operation not permitted; the folder is as it was\nlookout: hint: ") {
		t.Errorf("exit %d, stderr %q; want 2 and an error naming %s", r.code, r.stderr, stuck)
	}
	sameFolder(t, "immutable file", dir, before)
	checkManifest(t, dir)
}

// TestDiskErrorHints: a write that fails for want of space or for a
// fault of the disk exits 1 with a hint naming what to do; a folder
// lookout may not write to is the user's to change, exit 2.
func TestDiskErrorHints(t *testing.T) {
	for _, tc := range []struct {
		err  error
		code int
		want string
	}{
		{syscall.ENOSPC, 1, "lookout: writing out/a.pdf: write out/.lookout-1.tmp: no space left on device\nlookout: hint: free some space on that disk, or choose a folder on another with --out\n"},
		{syscall.EIO, 1, "lookout: writing out/a.pdf: write out/.lookout-1.tmp: input/output error\nlookout: hint: the disk reports a fault: check it, or choose a folder on another disk with --out\n"},
		{syscall.EACCES, 2, "lookout: cannot write into output folder out: permission denied\nlookout: hint: choose a folder you can write to with --out\n"},
	} {
		err := writeError("out", "out/a.pdf", &os.PathError{Op: "write", Path: "out/.lookout-1.tmp", Err: tc.err})
		c := &cobra.Command{Use: "x", RunE: func(*cobra.Command, []string) error { return err }, SilenceErrors: true, SilenceUsage: true}
		var out, errb bytes.Buffer
		if code := execute(c, nil, &out, &errb); code != tc.code || errb.String() != tc.want {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tc.err, code, errb.String(), tc.code, tc.want)
		}
	}
}

// TestKilledDuringRenames kills a kit (SIGKILL) just before it renames
// its first file, one in the middle, and its manifest into place: the
// folder then holds files of two runs. The next run into the folder (here
// 'lookout init', which writes one file of its own) first puts the old
// kit back, whole, and leaves nothing of the killed run.
func TestKilledDuringRenames(t *testing.T) {
	for _, n := range []int{1, 9, 17} {
		dir := t.TempDir()
		if r := lookoutIn(dir, "kit", "--lang", "en", "--date", "2026-01-01"); r.code != 0 {
			t.Fatalf("exit %d, %s", r.code, r.stderr)
		}
		before := snapshot(t, dir)
		c := child(t, "kit", "--lang", "en", "--date", "2026-02-02", "--out", dir)
		c.Env = append(c.Env, fmt.Sprintf("LOOKOUT_TEST_KILL_AT=%d", n))
		if err := c.Run(); c.ProcessState == nil || c.ProcessState.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
			t.Fatalf("kill at rename %d: the run was not killed: %v", n, err)
		}
		changed := 0
		for name, b := range snapshot(t, dir) {
			if before[name] != b && !strings.HasPrefix(name, tempPrefix) {
				changed++
			}
		}
		if changed != n-1 {
			t.Errorf("kill at rename %d: %d files of the killed run are in place; want %d", n, changed, n-1)
		}
		var out, errb bytes.Buffer
		yaml := filepath.Join(dir, "campaign.yaml")
		if code := run([]string{"init", yaml}, &out, &errb, testEnv(nil)); code != 0 {
			t.Fatalf("init: exit %d, %s", code, errb.String())
		}
		starter, _ := os.ReadFile(yaml)
		before["campaign.yaml"] = string(starter)
		sameFolder(t, fmt.Sprintf("the run after a kill at rename %d", n), dir, before)
	}
}

// TestJournalStaysInside: a journal that names anything but plain names
// in the folder (written by hand, or by someone else) makes lookout
// remove or move nothing.
func TestJournalStaysInside(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "out")
	os.Mkdir(dir, 0o755)
	outside := filepath.Join(parent, "precious")
	os.WriteFile(outside, []byte("keep"), 0o644)
	os.WriteFile(filepath.Join(dir, "a.pdf"), []byte("a"), 0o644)
	for _, j := range []string{"../precious\t-\n", "a.pdf\t../precious\n", "a.pdf\t.lookout-1-old0.tmp/../../precious\n", "/etc/hostname\t-\n"} {
		os.WriteFile(filepath.Join(dir, ".lookout-1.undo"), []byte("a.pdf\t-\n"+j), 0o644)
		recoverRuns(dir, true)
		if b, err := os.ReadFile(outside); err != nil || string(b) != "keep" {
			t.Errorf("journal %q: the file outside is %q, %v", j, b, err)
		}
		if _, err := os.Stat(filepath.Join(dir, "a.pdf")); err != nil {
			t.Errorf("journal %q: a.pdf went: %v", j, err)
		}
	}
}

// TestLockWait holds the folder's lock while lookout runs: lookout waits
// without writing, ends at once on SIGTERM leaving nothing, and writes
// its file as soon as the lock is let go.
func TestLockWait(t *testing.T) {
	dir := t.TempDir()
	unlock, held, err := lockDir(dir, func() bool { return false })
	if err != nil || !held {
		t.Fatalf("lockDir: held %v, %v", held, err)
	}
	pdf := filepath.Join(dir, "poster-letter-en.pdf")
	for _, stop := range []bool{true, false} {
		c := child(t, "make", "poster", "--out", dir)
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- c.Wait() }()
		select {
		case err := <-done:
			t.Fatalf("lookout ended while another held the lock: %v", err)
		case <-time.After(3 * time.Second):
		}
		if _, err := os.Stat(pdf); err == nil {
			t.Fatal("lookout wrote while another held the lock")
		}
		if stop {
			c.Process.Signal(syscall.SIGTERM)
		} else {
			unlock()
		}
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			c.Process.Kill()
			t.Fatalf("stop %v: lookout still runs 10 s later", stop)
		}
		if ws := c.ProcessState.Sys().(syscall.WaitStatus); stop != (ws.Signal() == syscall.SIGTERM) || !stop && ws.ExitStatus() != 0 {
			t.Errorf("stop %v: lookout ended with %v", stop, c.ProcessState)
		}
		entries, _ := os.ReadDir(dir)
		want := []string{"poster-letter-en.pdf"} // the lock file was the test's, and is gone
		if stop {
			want = []string{lockName} // the test's, still held
		}
		if len(entries) != 1 || entries[0].Name() != want[0] {
			t.Errorf("stop %v: the folder holds %v; want %v", stop, entries, want)
		}
	}
}

// TestFailedUndoFinishedLater makes a rename fail and then the putting
// back fail too: the error says both, the journal and the kept old files
// stay, and the next run into the folder puts the old set back before it
// writes its own file.
func TestFailedUndoFinishedLater(t *testing.T) {
	dir := t.TempDir()
	if r := lookoutIn(dir, "kit", "--lang", "en", "--date", "2026-01-01"); r.code != 0 {
		t.Fatalf("exit %d, %s", r.code, r.stderr)
	}
	before := snapshot(t, dir)
	defer func() { rename = os.Rename }()
	calls := 0
	rename = func(from, to string) error {
		if newFileRename(from, to) {
			if calls++; calls == 7 {
				return &os.LinkError{Op: "rename", Old: from, New: to, Err: syscall.EIO}
			}
		} else if strings.Contains(from, "-old") {
			return &os.LinkError{Op: "rename", Old: from, New: to, Err: syscall.EIO}
		}
		return os.Rename(from, to)
	}
	r := lookoutIn(dir, "kit", "--lang", "en", "--date", "2026-02-02")
	if r.code != 1 || !strings.Contains(r.stderr, "; and cannot put back the files before it: the old ") || !strings.Contains(r.stderr, "hint: nothing is lost: the next run") {
		t.Errorf("exit %d, stderr %q; want 1, both failures and a hint", r.code, r.stderr)
	}
	if j, _ := filepath.Glob(filepath.Join(dir, "*"+journalSuffix)); len(j) != 1 {
		t.Errorf("journals left: %v; want one", j)
	}
	rename = os.Rename
	var out, errb bytes.Buffer
	yaml := filepath.Join(dir, "campaign.yaml")
	if code := run([]string{"init", yaml}, &out, &errb, testEnv(nil)); code != 0 {
		t.Fatalf("init: exit %d, %s", code, errb.String())
	}
	starter, _ := os.ReadFile(yaml)
	before["campaign.yaml"] = string(starter)
	sameFolder(t, "the run after a failed undo", dir, before)
}

// TestOneFileOneRename: a run of one file replaces the old one with a
// single rename, no journal and no kept copy; when that rename fails the
// old file is there as it was, and nothing else is left in the folder.
func TestOneFileOneRename(t *testing.T) {
	dir := t.TempDir()
	if r := lookoutIn(dir, "make", "poster", "--date", "2026-01-01"); r.code != 0 {
		t.Fatalf("exit %d, %s", r.code, r.stderr)
	}
	before := snapshot(t, dir)
	defer func() { rename, link = os.Rename, os.Link }()
	var renames []string
	links := 0
	link = func(from, to string) error { links++; return os.Link(from, to) }
	rename = func(from, to string) error {
		renames = append(renames, filepath.Base(from)+" -> "+filepath.Base(to))
		if newFileRename(from, to) {
			return &os.LinkError{Op: "rename", Old: from, New: to, Err: syscall.EIO}
		}
		return os.Rename(from, to)
	}
	r := lookoutIn(dir, "make", "poster", "--date", "2026-02-02")
	if r.code != 1 || !strings.Contains(r.stderr, "the folder is as it was") {
		t.Errorf("exit %d, stderr %q; want 1 and the folder as it was", r.code, r.stderr)
	}
	if len(renames) != 1 || links != 0 {
		t.Errorf("renames %q and %d links to keep the old file; want one rename and no link", renames, links)
	}
	sameFolder(t, "one file, its rename failing", dir, before)
	rename = os.Rename
	if r := lookoutIn(dir, "make", "poster", "--date", "2026-02-02"); r.code != 0 {
		t.Fatalf("the run after: exit %d, %s", r.code, r.stderr)
	}
}
