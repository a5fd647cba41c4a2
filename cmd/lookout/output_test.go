package main

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestMain lets the test binary stand in for lookout in a child process:
// with LOOKOUT_TEST_MAIN=1 it runs lookout on its arguments and exits.
// LOOKOUT_TEST_MEET=FOLDER:N makes runs side by side meet before they
// write: each waits, before it takes the output folder's lock, until N
// runs have come to that point (or 20 s have passed), and then takes up
// to 20 ms more for each rename, at random, so that without the lock they
// would overtake each other while they put files in place.
func TestMain(m *testing.M) {
	if os.Getenv("LOOKOUT_TEST_MAIN") == "1" {
		if meet := os.Getenv("LOOKOUT_TEST_MEET"); meet != "" {
			meetBeforeLock(meet)
		}
		if n, err := strconv.Atoi(os.Getenv("LOOKOUT_TEST_KILL_AT")); err == nil {
			killAtRename(n)
		}
		main()
	}
	os.Exit(m.Run())
}

func meetBeforeLock(meet string) {
	dir, n, _ := strings.Cut(meet, ":")
	runs, _ := strconv.Atoi(n)
	lockFolder = func(out string, stop func() bool) (func(), bool, error) {
		os.WriteFile(filepath.Join(dir, strconv.Itoa(os.Getpid())), nil, 0o644)
		for end := time.Now().Add(20 * time.Second); time.Now().Before(end); time.Sleep(5 * time.Millisecond) {
			if here, _ := os.ReadDir(dir); len(here) >= runs {
				break
			}
		}
		return lockDir(out, stop)
	}
	rename = func(from, to string) error {
		time.Sleep(time.Duration(rand.IntN(20000)) * time.Microsecond)
		return os.Rename(from, to)
	}
}

// killAtRename makes lookout kill itself (SIGKILL: nothing of it runs
// after) just before it renames the nth new file into place.
func killAtRename(n int) {
	calls := 0
	rename = func(from, to string) error {
		if newFileRename(from, to) {
			if calls++; calls == n {
				if p, err := os.FindProcess(os.Getpid()); err == nil {
					p.Kill()
				}
				select {}
			}
		}
		return os.Rename(from, to)
	}
}

// newFileRename tells a rename of a new file onto its target from the
// renames that keep or put back an old one.
func newFileRename(from, to string) bool {
	return !strings.Contains(from, "-old") && !strings.HasPrefix(filepath.Base(to), tempPrefix)
}

// child returns a command that runs lookout with args in another process.
func child(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	c := exec.Command(exe, args...)
	c.Env = append(os.Environ(), "LOOKOUT_TEST_MAIN=1", "SOURCE_DATE_EPOCH=1767225600")
	return c
}

// TestFolderNotWritable writes into a folder lookout may not write to. As
// root, permissions stop nothing, so the test runs lookout as the user
// nobody (a copy of the test binary where nobody can run it); as anyone
// else it takes write permission away.
func TestFolderNotWritable(t *testing.T) {
	dir, err := os.MkdirTemp("", "lookout-test-*") // reachable by others, unlike t.TempDir
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	out := filepath.Join(dir, "out")
	os.Mkdir(out, 0o755)
	c := child(t, "make", "poster", "--out", out)
	if os.Getuid() == 0 {
		os.Chmod(dir, 0o755)
		exe, _ := os.Executable()
		cp := filepath.Join(dir, "lookout.test")
		if b, err := os.ReadFile(exe); err != nil || os.WriteFile(cp, b, 0o755) != nil {
			t.Fatal("cannot copy the test binary")
		}
		c.Path, c.Args[0] = cp, cp
		c.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	} else {
		os.Chmod(out, 0o555)
		defer os.Chmod(out, 0o755)
	}
	var stderr bytes.Buffer
	c.Stderr = &stderr
	err = c.Run()
	if err != nil && c.ProcessState == nil {
		t.Skipf("cannot run lookout as another user here: %v", err)
	}
	want := "lookout: cannot write into output folder " + out + ": permission denied\nlookout: hint: choose a folder you can write to with --out\n"
	if code := c.ProcessState.ExitCode(); code != 2 || stderr.String() != want {
		t.Errorf("exit %d, stderr %q; want 2 and %q", code, stderr.String(), want)
	}
	if left, _ := os.ReadDir(out); len(left) != 0 {
		t.Errorf("left %v behind", left)
	}
}

// TestOverwrite replaces an existing PDF through a new file (a reader of
// the old one never sees it change under it), keeps it when the run
// fails, and replaces a symlink without writing where it points.
func TestOverwrite(t *testing.T) {
	dir := t.TempDir()
	en := filepath.Join(dir, "poster-letter-en.pdf")
	os.WriteFile(en, []byte("old poster"), 0o600)
	outside := filepath.Join(t.TempDir(), "precious")
	os.WriteFile(outside, []byte("not lookout's"), 0o644)
	es := filepath.Join(dir, "poster-letter-es.pdf")
	os.Symlink(outside, es)
	before, _ := os.Stat(en)

	if r := lookoutIn(dir, "make", "poster", "--lang", "en,es", "--org", strings.Repeat("W", 120)); r.code != 1 {
		t.Fatalf("failing run: exit %d, %s", r.code, r.stderr)
	}
	if b, _ := os.ReadFile(en); string(b) != "old poster" {
		t.Errorf("a failed run changed the old file to %.20q", b)
	}
	if r := lookoutIn(dir, "make", "poster", "--lang", "en,es"); r.code != 0 {
		t.Fatalf("exit %d, %s", r.code, r.stderr)
	}
	after, _ := os.Stat(en)
	if os.SameFile(before, after) || after.Mode().Perm() != 0o644 {
		t.Errorf("the PDF was written in place (same file: %v) or has mode %v; want a new file, 0644", os.SameFile(before, after), after.Mode().Perm())
	}
	if st, err := os.Lstat(es); err != nil || !st.Mode().IsRegular() {
		t.Errorf("the symlink was not replaced by a file: %v %v", st, err)
	}
	if b, _ := os.ReadFile(outside); string(b) != "not lookout's" {
		t.Errorf("lookout wrote through a symlink: %q", b)
	}
	for _, f := range []string{en, es} {
		checkComplete(t, f)
	}
}

func lookoutIn(dir string, args ...string) result {
	var out, errb bytes.Buffer
	code := run(append(args, "--out", dir), &out, &errb, testEnv(map[string]string{"SOURCE_DATE_EPOCH": "1767225600"}))
	return result{code: code, stdout: out.String(), stderr: errb.String()}
}

// checkComplete fails unless f is a whole PDF as lookout writes it.
func checkComplete(t *testing.T, f string) {
	t.Helper()
	b, err := os.ReadFile(f)
	if err != nil || !bytes.HasPrefix(b, []byte("%PDF-1.")) || !bytes.HasSuffix(b, []byte("%%EOF\n")) {
		t.Errorf("%s is not a complete PDF (%d bytes, %v)", f, len(b), err)
	}
	if _, err := exec.LookPath("qpdf"); err == nil {
		if out, err := exec.Command("qpdf", "--check", f).CombinedOutput(); err != nil {
			t.Errorf("qpdf --check %s: %v\n%s", f, err, out)
		}
	}
}

func TestFileNamesStayInside(t *testing.T) {
	for _, name := range []string{"../poster.pdf", "/etc/passwd", "a/b.pdf", `a\b.pdf`, "", ".", "..", "poster\x00.pdf", ".lookout-1-2.tmp", strings.Repeat("a", 256)} {
		if err := checkName(name); err == nil {
			t.Errorf("checkName(%q) accepted it", name)
		}
	}
	for _, name := range []string{"poster-letter-zh-Hans.pdf", "poster-us-ca-letter-en+es+vi.pdf", "my campaign.yaml", "x..pdf"} {
		if err := checkName(name); err != nil {
			t.Errorf("checkName(%q) refused it: %v", name, err)
		}
	}
	dir := t.TempDir()
	for _, path := range []string{filepath.Join(dir, "..", "escape.pdf"), filepath.Join(dir, "sub", "x.pdf"), "/tmp/x.pdf"} {
		if err := writeAll(dir, []outFile{{path: filepath.Join(dir, "ok.pdf")}, {path: path}}); err == nil {
			t.Errorf("writeAll wrote %s outside %s", path, dir)
		}
	}
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Errorf("a refused write left %v", left)
	}
}

// TestSweep removes what a dead run left and what is stale, and leaves a
// live run's temporary files and everything else alone.
func TestSweep(t *testing.T) {
	dir := t.TempDir()
	dead := deadPID(t)
	files := map[string]bool{ // name: swept
		fmt.Sprintf(".lookout-%d-1.tmp", dead):          true,
		".lookout-junk.tmp":                             true,
		fmt.Sprintf(".lookout-%d-2.tmp", os.Getpid()):   false,
		fmt.Sprintf(".lookout-%d-3.tmp", os.Getppid()):  false,
		fmt.Sprintf(".lookout-%d-old.tmp", os.Getpid()): true,
		"poster-letter-en.pdf":                          false,
		"notes.tmp":                                     false,
	}
	for name := range files {
		os.WriteFile(filepath.Join(dir, name), nil, 0o644)
	}
	hour := time.Now().Add(-2 * time.Hour)
	os.Chtimes(filepath.Join(dir, fmt.Sprintf(".lookout-%d-old.tmp", os.Getpid())), hour, hour)
	sweep(dir)
	for name, swept := range files {
		if _, err := os.Stat(filepath.Join(dir, name)); (err != nil) != swept {
			t.Errorf("%s: swept %v; want %v", name, err != nil, swept)
		}
	}
}

// deadPID returns the ID of a process that does not exist.
func deadPID(t *testing.T) int {
	for pid := 4_000_000; pid > 3_000_000; pid -= 7919 {
		if !alive(pid) {
			return pid
		}
	}
	t.Fatal("no free process ID")
	return 0
}

// TestKilledRun kills lookout while it makes several PDFs: at moments
// spread over the whole run, and just after the first temporary file
// appears (the write window is a few milliseconds of the run). Whatever
// the moment, the folder holds only complete PDFs; a SIGKILL may leave
// temporary files, which the next run removes; a SIGTERM leaves none.
func TestKilledRun(t *testing.T) {
	t.Parallel()
	const langs, n = "en,es,fr,vi,ar,hi", 6
	start := time.Now()
	if out, err := child(t, "make", "poster", "--lang", langs, "--out", t.TempDir()).CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	full := time.Since(start)
	hits := 0
	for i := range 16 {
		sig := []syscall.Signal{syscall.SIGKILL, syscall.SIGTERM}[i%2]
		dir := t.TempDir()
		c := child(t, "make", "poster", "--lang", langs, "--out", dir)
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
		if i < 8 {
			time.Sleep(full * time.Duration(i+1) / 8)
		} else {
			waitForTemp(dir, full*3)
			time.Sleep(time.Duration(i-8) * 300 * time.Microsecond)
		}
		c.Process.Signal(sig)
		c.Wait()
		temps, _ := filepath.Glob(filepath.Join(dir, ".lookout-*"))
		pdfs, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
		for _, f := range pdfs {
			checkComplete(t, f)
		}
		if sig == syscall.SIGTERM && len(temps) > 0 {
			t.Errorf("kill %d (SIGTERM): left %v", i, temps)
		}
		if len(temps) > 0 || len(pdfs) > 0 && len(pdfs) < n || sig == syscall.SIGTERM && i >= 8 {
			hits++
		}
		if r := lookoutIn(dir, "make", "poster", "--lang", "en"); r.code != 0 {
			t.Fatalf("the run after: exit %d, %s", r.code, r.stderr)
		}
		if left, _ := filepath.Glob(filepath.Join(dir, ".lookout-*")); len(left) > 0 {
			t.Errorf("the run after kill %d left %v", i, left)
		}
	}
	t.Logf("%d of 16 kills landed while PDFs were being written", hits)
	if hits < 5 {
		t.Errorf("only %d of 16 kills landed while PDFs were being written; the test proves little", hits)
	}
}

// waitForTemp returns when a temporary file shows in dir, or after limit.
func waitForTemp(dir string, limit time.Duration) {
	for end := time.Now().Add(limit); time.Now().Before(end); {
		if m, _ := filepath.Glob(filepath.Join(dir, ".lookout-*")); len(m) > 0 {
			return
		}
		time.Sleep(50 * time.Microsecond)
	}
}
