package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// journalSuffix ends the name of a run's journal, .lookout-PID.undo: the
// list of the files it is replacing, each with the name its old file is
// kept under ("-" for a file that is new). It exists only while the run
// renames; one found by a later run is a run's that was killed half way.
const journalSuffix = ".undo"

// writeJournal writes the journal of the swaps about to be made, whole
// (through a temporary file and a rename), and returns its path.
func writeJournal(dir string, swaps []swap) (string, error) {
	path := filepath.Join(dir, tempPrefix+strconv.Itoa(os.Getpid())+journalSuffix)
	var b bytes.Buffer
	for _, s := range swaps {
		backup := "-"
		if s.backup != "" {
			backup = filepath.Base(s.backup)
		}
		fmt.Fprintf(&b, "%s\t%s\n", filepath.Base(s.target), backup)
	}
	t, err := writeTemp(dir, b.Bytes())
	if err == nil {
		if err = os.Rename(t, path); err != nil {
			os.Remove(t)
		}
	}
	if err == nil {
		syncDir(dir)
	}
	return path, err
}

// syncDir asks the disk to keep the folder's names as they are now (the
// journal, before any rename it covers), so that a power cut cannot undo
// them out of order. A folder that cannot be synced (some file systems
// refuse) is left as it is.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// recoverRuns puts back the old set of every run that was killed while it
// renamed its files, as its journal lists them: the kept old file where
// there was one, nothing where there was none. A run that holds the
// folder's lock knows a journal it finds is a dead run's; without the lock
// only the journals of processes that are gone are played back. A journal
// that names anything but plain names in the folder is left alone, and so
// is one whose files cannot all be put back (the next run tries again).
func recoverRuns(dir string, locked bool) {
	journals, _ := filepath.Glob(filepath.Join(dir, tempPrefix+"*"+journalSuffix))
	for _, j := range journals {
		pid, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(filepath.Base(j), tempPrefix), journalSuffix))
		if !locked && (pid == 0 || alive(pid)) {
			continue
		}
		swaps, err := readJournal(dir, j)
		if err == nil && undoJournal(swaps) == nil {
			os.Remove(j)
		}
	}
}

// readJournal reads a journal back into the swaps it lists.
func readJournal(dir, path string) ([]swap, error) {
	b, err := readLimited(path, 1<<20)
	if err != nil {
		return nil, err
	}
	var swaps []swap
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		target, backup, ok := strings.Cut(sc.Text(), "\t")
		if !ok || checkName(target) != nil || backup != "-" && (!strings.HasPrefix(backup, tempPrefix) || filepath.Base(backup) != backup || strings.ContainsAny(backup, "\\\x00")) {
			return nil, fmt.Errorf("%s: not a journal lookout wrote", path)
		}
		s := swap{target: filepath.Join(dir, target)}
		if backup != "-" {
			s.backup = filepath.Join(dir, backup)
		}
		swaps = append(swaps, s)
	}
	return swaps, sc.Err()
}

// undoJournal puts back what a killed run replaced, last first: where an
// old file is kept, it goes back (or, if it never left, its second name
// goes); where there was none, the new file goes.
func undoJournal(swaps []swap) error {
	var first error
	for i := len(swaps) - 1; i >= 0; i-- {
		s := swaps[i]
		var err error
		if s.backup == "" {
			err = os.Remove(s.target)
		} else if kept, kerr := os.Lstat(s.backup); kerr == nil {
			if now, terr := os.Lstat(s.target); terr == nil && os.SameFile(kept, now) {
				err = os.Remove(s.backup)
			} else {
				err = os.Rename(s.backup, s.target)
			}
		}
		if errors.Is(err, fs.ErrNotExist) {
			err = nil // the run never got to it
		}
		if first == nil {
			first = err
		}
	}
	return first
}
