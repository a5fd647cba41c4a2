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
// holds its new bytes, its target, and the file the target held before
// (kept under a temporary name until the whole run is in place; "" when
// the target is new).
type swap struct {
	temp, target, backup string
	linked               bool // backup is a second name of the old file, still at target too
	placed               bool // the new file is at target
}

// replaceAll renames each temporary file onto its target, in order (a
// kit's manifest comes last), so that the folder ends up holding the
// whole new set, or, when one rename fails, the whole old set again: each
// file a target held is kept as a hard link under a temporary name until
// every rename has succeeded, and put back if one fails. Where the folder
// has no hard links (some USB sticks) the old file is renamed aside
// instead. The error names the file that could not be replaced.
func replaceAll(dir string, temps []string, files []outFile) error {
	swaps := make([]swap, len(files))
	for i, f := range files {
		s := &swaps[i]
		s.temp, s.target = temps[i], f.path
		err := s.keepOld(dir, i)
		if err == nil {
			err = rename(s.temp, s.target)
		}
		if err == nil {
			s.placed, temps[i] = true, "" // nothing left to remove
		}
		if err != nil {
			undo := undoAll(swaps[:i+1])
			return replaceError(dir, f.path, err, undo)
		}
	}
	for _, s := range swaps {
		if s.backup != "" {
			os.Remove(s.backup)
		}
	}
	return nil
}

// keepOld keeps what the target holds now, if anything, under a temporary
// name beside it.
func (s *swap) keepOld(dir string, i int) error {
	if _, err := os.Lstat(s.target); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	backup := filepath.Join(dir, tempPrefix+strconv.Itoa(os.Getpid())+"-old"+strconv.Itoa(i)+".tmp")
	os.Remove(backup) // a leftover of a run with this process ID
	if err := link(s.target, backup); err == nil {
		s.backup, s.linked = backup, true
		return nil
	}
	if err := rename(s.target, backup); err != nil {
		return err
	}
	s.backup = backup
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
		case s.backup != "" && s.linked && !s.placed:
			os.Remove(s.backup) // the old file never left
		case s.backup != "":
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
