//go:build unix

package main

import (
	"bytes"
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

// TestInitForceRefusesSpecial runs 'lookout init --force' at a symbolic
// link, a FIFO, a socket, a character device and a folder: each is
// refused by kind, exit 2, and left as it was (a link still points where
// it did, at an untouched file). The device is made in a temporary
// folder, like /dev/null, so that a broken init cannot harm the real one.
func TestInitForceRefusesSpecial(t *testing.T) {
	dir := t.TempDir()
	paths := specialFiles(t, dir)
	delete(paths, "a character device")
	delete(paths, "a character device ")
	null := filepath.Join(dir, "null")
	if err := syscall.Mknod(null, syscall.S_IFCHR|0o666, 1<<8|3); err == nil {
		paths["a character device"] = null
	} else if os.Getuid() == 0 {
		t.Errorf("root cannot make a device node: %v", err)
	}
	target := filepath.Join(t.TempDir(), "precious.yaml")
	os.WriteFile(target, []byte("not lookout's"), 0o644)
	link := filepath.Join(dir, "link.yaml")
	os.Symlink(target, link)
	paths["a symbolic link"] = link
	dangling := filepath.Join(dir, "dangling.yaml")
	os.Symlink(filepath.Join(dir, "nowhere.yaml"), dangling)
	paths["a symbolic link "] = dangling
	for kind, path := range paths {
		kind = strings.TrimSpace(kind)
		before, _ := os.Lstat(path)
		var out, errb bytes.Buffer
		code := run([]string{"init", path, "--force"}, &out, &errb, testEnv(nil))
		r := result{code: code, stderr: errb.String()}
		want := "lookout: " + path + " is " + kind + "; 'lookout init' writes only a regular file\nlookout: hint: name a new file, or a campaign file to replace\n"
		if r.code != 2 || r.stderr != want {
			t.Errorf("init --force at %s: exit %d, stderr %q; want 2 and %q", kind, r.code, r.stderr, want)
		}
		if after, err := os.Lstat(path); err != nil || !os.SameFile(before, after) || after.Mode() != before.Mode() {
			t.Errorf("init --force at %s changed it: %v %v", kind, after, err)
		}
	}
	if b, _ := os.ReadFile(target); string(b) != "not lookout's" {
		t.Errorf("init wrote through a symbolic link: %q", b)
	}
	if _, err := os.Lstat(filepath.Join(dir, "nowhere.yaml")); err == nil {
		t.Error("init wrote where a dangling link points")
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".lookout-*")); len(left) > 0 {
		t.Errorf("left %v", left)
	}
}

// TestInitPathMistakes: a path through a file, or a name too long for
// the system, is refused with a hint, exit 2, and nothing is written.
func TestInitPathMistakes(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	os.WriteFile(file, nil, 0o644)
	for _, path := range []string{filepath.Join(file, "c.yaml"), filepath.Join(dir, strings.Repeat("a", 300)+".yaml")} {
		var out, errb bytes.Buffer
		code := run([]string{"init", path}, &out, &errb, testEnv(nil))
		if code != 2 || !strings.Contains(errb.String(), "\nlookout: hint: check the path") {
			t.Errorf("init %s: exit %d, stderr %q; want 2 and a hint", path, code, errb.String())
		}
	}
	if left, _ := os.ReadDir(dir); len(left) != 1 {
		t.Errorf("left %v", left)
	}
}
