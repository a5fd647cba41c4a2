//go:build !unix

package main

// oNonblock is unix's; elsewhere the type check before the open is the
// guard.
const oNonblock = 0
