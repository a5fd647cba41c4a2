//go:build unix

package main

import "syscall"

// oNonblock opens a file without waiting: a FIFO with no writer does not
// hold the open.
const oNonblock = syscall.O_NONBLOCK
