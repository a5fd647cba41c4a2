//go:build !unix

package main

// alive reports whether a process with this ID exists; where lookout cannot
// tell, it assumes so, and leftovers go once they are stale.
func alive(int) bool { return true }
