package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// outFile is one finished file waiting to be written: its path, in the
// output folder, and its bytes.
type outFile struct {
	path string
	data []byte
}

// tempPrefix starts the name of every temporary file lookout writes; the
// process ID follows, so a later run can tell a dead run's leftovers from
// a live run's work.
const tempPrefix = ".lookout-"

// writeAll writes every file into dir, or none. Each goes to a temporary
// file beside its target first (.lookout-PID-RANDOM.tmp, mode 0644, synced
// to disk); only when all are written are they renamed into place, in
// order, so no one ever sees a half-written PDF, and a kit's manifest,
// last in files, lands last. If one cannot be renamed, those renamed
// before it are put back (see replaceAll). Runs into one folder take
// turns: each holds a lock in the folder while it writes (see lockDir),
// so the folder holds one run's set, never files of two. A run killed
// half way through its renames is undone first (see recoverRuns), and
// the temporary files of killed runs removed (see sweep). An interrupt or
// termination signal that arrives while files are written waits until
// the temporary files are renamed or removed.
func writeAll(dir string, files []outFile) error {
	if err := checkDir(dir); err != nil {
		return err
	}
	for _, f := range files {
		if err := checkPath(dir, f.path); err != nil {
			return err
		}
	}
	release, pending := holdSignals()
	defer release()
	unlock, held, err := lockFolder(dir, pending)
	if err != nil {
		return writeError(dir, filepath.Join(dir, lockName), err)
	}
	defer unlock()
	recoverRuns(dir, held)
	sweep(dir)
	temps := make([]string, 0, len(files))
	defer func() {
		for _, t := range temps {
			if t != "" {
				os.Remove(t)
			}
		}
	}()
	for _, f := range files {
		t, err := writeTemp(dir, f.data)
		if err != nil {
			return writeError(dir, f.path, err)
		}
		temps = append(temps, t)
	}
	return replaceAll(dir, temps, files)
}

// lockFolder is lockDir; a test makes runs meet before they lock.
var lockFolder = lockDir

func checkDir(dir string) error {
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return misuse(fmt.Sprintf("create it (mkdir -p %s) or choose another with --out", dir), "output folder %s does not exist", dir)
	case errors.Is(err, syscall.ENOTDIR):
		return misuse("--out names the folder to write into", "output folder %s is inside a file", dir)
	case err != nil:
		return failed("check the folder's path and who may read it, or choose another with --out", "output folder: %v", err)
	case !st.IsDir():
		return misuse("--out names the folder to write into", "output folder %s is a file", dir)
	}
	return nil
}

// checkPath refuses a file that would not land directly in dir (a name
// with a path in it, "..") or that is a folder already.
func checkPath(dir, path string) error {
	if filepath.Dir(filepath.Clean(path)) != filepath.Clean(dir) {
		return misuse("name a file, not a folder or a path", "file %q would not stay inside the output folder %s", path, dir)
	}
	if err := checkName(filepath.Base(path)); err != nil {
		return err
	}
	if st, err := os.Lstat(path); err == nil && st.IsDir() {
		return misuse("move it away or choose another --out", "%s is a folder; lookout would write a file there", path)
	}
	return nil
}

// checkName refuses a file name that is not a plain name in the folder (a
// path, "..", an absolute name) or that looks like lookout's temporary
// files.
func checkName(name string) error {
	if name == "" || name == "." || name == ".." || strings.ContainsAny(name, "/\\\x00") ||
		strings.HasPrefix(name, tempPrefix) || len(name) > 255 {
		return misuse("name a file, not a folder or a path", "file name %q would not stay inside the output folder", name)
	}
	return nil
}

// writeError explains a failed write: a folder lookout may not write to is
// the caller's to fix (exit 2), a full disk is a failure (exit 1). Either
// way the folder is as it was before the run.
func writeError(dir, path string, err error) error {
	if errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS) {
		return misuse("choose a folder you can write to with --out", "cannot write into output folder %s: %v", dir, errors.Unwrap(err))
	}
	return failed(diskHint(err), "writing %s: %v", path, err)
}

// replaceError explains a file of a run that could not be put in place,
// and says whether the files it replaced are back.
func replaceError(dir, path string, err, undo error) error {
	if undo != nil {
		return failed("nothing is lost: the next run into the folder puts the old files back first; run lookout again once the disk is sound", "cannot replace %s: %v; and cannot put back the files before it: %v", path, errors.Unwrap(err), undo)
	}
	if errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS) {
		return misuse("lookout may not replace that file (it is read-only to everyone, or another user's in a shared folder): move it away, or choose another --out", "cannot replace %s: %v; the folder is as it was", path, errors.Unwrap(err))
	}
	return failed(diskHint(err), "cannot replace %s: %v; the folder is as it was", path, errors.Unwrap(err))
}

// diskHint is what to do about an error of the disk itself.
func diskHint(err error) string {
	switch {
	case errors.Is(err, syscall.ENOSPC), errors.Is(err, syscall.EDQUOT):
		return "free some space on that disk, or choose a folder on another with --out"
	case errors.Is(err, syscall.EIO):
		return "the disk reports a fault: check it, or choose a folder on another disk with --out"
	}
	return "check the folder and its disk, or choose another folder with --out"
}

func writeTemp(dir string, data []byte) (string, error) {
	f, err := os.CreateTemp(dir, tempPrefix+strconv.Itoa(os.Getpid())+"-*.tmp")
	if err != nil {
		return "", err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Chmod(0o644)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}

// staleAfter is how old a temporary file must be before a run removes it
// even though the process that wrote it may still be alive: no run takes
// that long.
const staleAfter = time.Hour

// sweep removes the temporary files that runs killed mid-write left in
// dir: those whose process is gone, and any older than staleAfter. It
// leaves a running lookout's files alone. Errors are ignored: a leftover
// that cannot be removed harms nothing.
func sweep(dir string) {
	leftovers, _ := filepath.Glob(filepath.Join(dir, tempPrefix+"*.tmp"))
	for _, t := range leftovers {
		pid, rest, _ := strings.Cut(strings.TrimPrefix(filepath.Base(t), tempPrefix), "-")
		if _, err := os.Lstat(filepath.Join(dir, tempPrefix+pid+journalSuffix)); err == nil && strings.HasPrefix(rest, "old") {
			continue // an old file a journal still means to put back
		}
		n, err := strconv.Atoi(pid)
		st, serr := os.Lstat(t)
		old := serr == nil && time.Since(st.ModTime()) > staleAfter
		if err != nil || !alive(n) || old {
			os.Remove(t)
		}
	}
}

// holdSignals keeps SIGINT and SIGTERM from killing lookout while it
// writes files, and returns a function that ends the hold and, if such a
// signal came, delivers it again: the process then ends as it would have,
// but with no temporary file left behind. pending reports whether such a
// signal came, so that a run still waiting for its turn can stop.
func holdSignals() (release func(), pending func() bool) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	release = func() {
		signal.Stop(ch)
		select {
		case s := <-ch:
			signal.Reset(s)
			if p, err := os.FindProcess(os.Getpid()); err == nil {
				p.Signal(s)
				time.Sleep(time.Second) // the signal ends the process before it prints or exits otherwise
			}
		default:
		}
	}
	return release, func() bool { return len(ch) > 0 }
}
