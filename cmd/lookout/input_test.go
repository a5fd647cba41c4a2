//go:build unix

package main

import (
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// specialFiles makes one of each kind of file that is not a regular one
// in dir, and returns their paths by the name lookout gives their kind.
func specialFiles(t *testing.T, dir string) map[string]string {
	t.Helper()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(dir, "sock")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	folder := filepath.Join(dir, "folder")
	os.Mkdir(folder, 0o755)
	return map[string]string{
		"a named pipe (FIFO)": fifo,
		"a socket":            sock,
		"a folder":            folder,
		"a character device":  "/dev/null",
		"a character device ": "/dev/zero", // endless: must not be read at all
	}
}

// TestSpecialFilesRefused names each kind of special file as the campaign
// file and as its logo: each is refused at once, by kind, with exit 2.
// A FIFO with no writer would block a plain read forever, so each run has
// a time limit.
func TestSpecialFilesRefused(t *testing.T) {
	dir := t.TempDir()
	for kind, path := range specialFiles(t, dir) {
		kind = strings.TrimSpace(kind)
		yaml := filepath.Join(dir, "logo-"+filepath.Base(path)+".yaml")
		os.WriteFile(yaml, []byte("organisation: {name: Inn, logo: "+path+"}\n"), 0o644)
		for _, tc := range []struct{ what, campaign, want string }{
			{"campaign file", path, "lookout: --campaign: " + path + " is " + kind + ", not a regular file\n"},
			{"logo", yaml, ":1:33: logo " + path + ": " + path + " is " + kind + ", not a regular file\n"},
		} {
			done := make(chan result, 1)
			start := time.Now()
			go func() { done <- lookoutIn(t.TempDir(), "make", "poster", "--campaign", tc.campaign) }()
			select {
			case r := <-done:
				if took := time.Since(start); took > 2*time.Second {
					t.Errorf("%s as %s: refused after %v; want at once", kind, tc.what, took)
				}
				line, _, _ := strings.Cut(r.stderr, "lookout: hint:")
				if r.code != 2 || !strings.HasSuffix(line, tc.want) || !strings.Contains(r.stderr, "hint: ") {
					t.Errorf("%s as %s: exit %d, stderr %q; want 2, a line ending %q and a hint", kind, tc.what, r.code, r.stderr, tc.want)
				}
			case <-time.After(10 * time.Second):
				t.Fatalf("%s (%s) as %s: lookout still waits after 10 s", kind, path, tc.what)
			}
		}
	}
}

// TestReadLimited reads a regular file whole, through a symbolic link
// too, and refuses one a byte over the limit without reading it.
func TestReadLimited(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "f")
	os.WriteFile(f, []byte("12345"), 0o644)
	link := filepath.Join(dir, "link")
	os.Symlink(f, link)
	for _, tc := range []struct {
		path string
		max  int64
		ok   bool
	}{{f, 5, true}, {link, 5, true}, {f, 4, false}, {filepath.Join(dir, "none"), 5, false}} {
		b, err := readLimited(tc.path, tc.max)
		if (err == nil) != tc.ok || tc.ok && string(b) != "12345" {
			t.Errorf("readLimited(%s, %d) = %q, %v; want ok %v", filepath.Base(tc.path), tc.max, b, err, tc.ok)
		}
	}
}
