//go:build !unix

package main

// lockName is the lock file's name on unix; elsewhere runs into one folder
// do not take turns, and the name is only kept out of output names.
const lockName = tempPrefix + "lock"

// folderLocks says whether runs into one folder take turns here.
const folderLocks = false

// lockDir does nothing where lookout has no flock.
func lockDir(string) (func(), error) { return func() {}, nil }
