//go:build unix

package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"time"
)

// lockName is the lock file a run holds in its output folder while it
// writes; it starts like lookout's temporary files, so no output file can
// take its name.
const lockName = tempPrefix + "lock"

// lockDir waits until no other lookout run writes into dir, and returns
// the function that lets the next one in. The lock is an exclusive flock
// on dir/.lookout-lock, which the kernel releases when a run ends however
// it ends; the file is removed when the lock is let go. A run that wakes
// to find the file removed or replaced by the run before locks the new
// one instead, so two runs never hold different files. Where the file
// system has no flock (some network and FUSE mounts), the run goes on
// without the lock, and held is false. While it waits, it asks stop every
// few milliseconds whether to give up (an interrupt came).
func lockDir(dir string, stop func() bool) (unlock func(), held bool, err error) {
	path := filepath.Join(dir, lockName)
	for {
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0o644)
		if errors.Is(err, fs.ErrPermission) { // perhaps another user's, left by a run that was killed
			if ro, rerr := os.OpenFile(path, os.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0); rerr == nil {
				f, err = ro, nil
			}
		}
		if err != nil {
			return nil, false, err
		}
		if err := waitFlock(f, stop); err != nil {
			f.Close()
			if noFlock(err) {
				return func() { os.Remove(path) }, false, nil
			}
			return nil, false, err
		}
		st, err := f.Stat()
		if err == nil && !st.Mode().IsRegular() {
			err = fmt.Errorf("%s is %s; lookout keeps its lock there: remove it", path, kindOf(st.Mode()))
		}
		if err != nil {
			f.Close()
			return nil, false, err
		}
		now, err := os.Lstat(path)
		if err == nil && os.SameFile(st, now) {
			return func() { os.Remove(path); f.Close() }, true, nil
		}
		f.Close() // the run before removed it: lock the new one
	}
}

// errStopped is a wait for the lock given up because of an interrupt.
var errStopped = errors.New("interrupted while waiting for another lookout run to finish writing")

// waitFlock takes an exclusive flock on f, polling so that it can stop.
func waitFlock(f *os.File, stop func() bool) error {
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if !errors.Is(err, syscall.EWOULDBLOCK) {
			return err
		}
		if stop() {
			return errStopped
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// noFlock tells a file system that has no flock from a real failure.
func noFlock(err error) bool {
	return errors.Is(err, syscall.ENOLCK) || errors.Is(err, syscall.EOPNOTSUPP) || errors.Is(err, syscall.ENOSYS) || errors.Is(err, syscall.EINVAL)
}
