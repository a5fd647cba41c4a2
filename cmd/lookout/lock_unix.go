//go:build unix

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// lockName is the lock file a run holds in its output folder while it
// writes; it starts like lookout's temporary files, so no output file can
// take its name.
const lockName = tempPrefix + "lock"

// folderLocks says whether runs into one folder take turns here: a run
// that holds the lock knows no other is writing.
const folderLocks = true

// lockDir waits until no other lookout run writes into dir, and returns
// the function that lets the next one in. The lock is an exclusive flock
// on dir/.lookout-lock, which the kernel releases when a run ends however
// it ends; the file is removed when the lock is let go. A run that wakes
// to find the file removed or replaced by the run before locks the new
// one instead, so two runs never hold different files.
func lockDir(dir string) (unlock func(), err error) {
	path := filepath.Join(dir, lockName)
	for {
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0o644)
		if err != nil {
			return nil, err
		}
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
			f.Close()
			return nil, err
		}
		held, err := f.Stat()
		if err == nil && !held.Mode().IsRegular() {
			err = fmt.Errorf("%s is %s; lookout keeps its lock there: remove it", path, kindOf(held.Mode()))
		}
		if err != nil {
			f.Close()
			return nil, err
		}
		now, err := os.Lstat(path)
		if err == nil && os.SameFile(held, now) {
			return func() { os.Remove(path); f.Close() }, nil
		}
		f.Close() // the run before removed it: lock the new one
	}
}
