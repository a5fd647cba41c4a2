//go:build !unix

package main

// lockName is the lock file's name on unix; elsewhere runs into one folder
// do not take turns, and the name is only kept out of output names.
const lockName = tempPrefix + "lock"

// lockDir does nothing where lookout has no flock: held is false.
func lockDir(string, func() bool) (unlock func(), held bool, err error) {
	return func() {}, false, nil
}
