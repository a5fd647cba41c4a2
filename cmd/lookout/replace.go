package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
)

// rename and link are os.Rename and os.Link; tests make a rename fail, to
// see the run undo the others, and links fail, as on a USB stick.
var rename, link = os.Rename, os.Link

// swap is one file of a run being put in place: the temporary file that
// holds its new bytes, its target, and where the file the target held
// before is kept until the whole run is in place ("" when the target is
// new).
type swap struct {
	temp, target, backup string
	kept                 bool // the old file is at backup
	linked               bool // backup is a second name of the old file, still at target too
	placed               bool // the new file is at target
}

// replaceAll renames each temporary file onto its target, in order (a
// kit's manifest comes last), so that the folder ends up holding the
// whole new set, or, when one rename fails, the whole old set again: each
// file a target held is kept as a hard link under a temporary name until
// every rename has succeeded, and put back if one fails. Where the folder
// has no hard links (some USB sticks) the old file is renamed aside
// instead. Before the first rename, a journal in the folder says what is
// being replaced, so that if the run is killed half way, the next run
// puts the old set back (see recoverRuns). A run of one file needs none
// of this: its one rename replaces the old file or leaves it. The error
// names the file that could not be replaced.
func replaceAll(dir string, temps []string, files []outFile) error {
	if len(files) == 1 {
		// one rename is all or nothing already: no journal, no kept
		// copy, and two fewer waits for the disk (a poster's run spent
		// more time in them than in making the PDF)
		if err := rename(temps[0], files[0].path); err != nil {
			return replaceError(dir, files[0].path, err, nil)
		}
		temps[0] = ""
		syncDir(dir)
		return nil
	}
	swaps := make([]swap, len(files))
	for i, f := range files {
		swaps[i] = swap{temp: temps[i], target: f.path}
		if _, err := os.Lstat(f.path); !errors.Is(err, fs.ErrNotExist) {
			swaps[i].backup = filepath.Join(dir, tempPrefix+strconv.Itoa(os.Getpid())+"-old"+strconv.Itoa(i)+".tmp")
		}
	}
	journal, err := writeJournal(dir, swaps)
	if err != nil {
		return writeError(dir, journal, err)
	}
	for i := range swaps {
		s := &swaps[i]
		err := s.keepOld()
		if err == nil {
			err = rename(s.temp, s.target)
		}
		if err == nil {
			s.placed, temps[i] = true, "" // nothing left to remove
		}
		if err != nil {
			undo := undoAll(swaps[:i+1])
			if undo == nil {
				os.Remove(journal)
			}
			return replaceError(dir, s.target, err, undo)
		}
	}
	syncDir(dir) // the new names are kept before the journal goes
	os.Remove(journal)
	for _, s := range swaps {
		if s.kept {
			os.Remove(s.backup)
		}
	}
	return nil
}

// keepOld keeps what the target holds now, if anything, at s.backup.
func (s *swap) keepOld() error {
	if s.backup == "" {
		return nil
	}
	os.Remove(s.backup) // a leftover of a run with this process ID
	if err := link(s.target, s.backup); err == nil {
		s.kept, s.linked = true, true
		return nil
	}
	if err := rename(s.target, s.backup); err != nil {
		return err
	}
	s.kept = true
	return nil
}

// undoAll puts back what the swaps replaced, last first: the old file
// where there was one, nothing where there was none. It returns the first
// error, if a file could not be put back.
func undoAll(swaps []swap) error {
	var first error
	for i := len(swaps) - 1; i >= 0; i-- {
		s := swaps[i]
		var err error
		switch {
		case s.linked && !s.placed:
			os.Remove(s.backup) // the old file never left
		case s.kept:
			if err = rename(s.backup, s.target); err != nil {
				err = fmt.Errorf("the old %s is kept as %s: %w", s.target, s.backup, err)
			}
		case s.placed:
			err = os.Remove(s.target)
		}
		if first == nil {
			first = err
		}
	}
	return first
}
