package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
)

// readLimited reads a regular file of at most max bytes: a campaign file
// or a picture it names. Anything else at the path is refused by name
// before it is read, so that a FIFO (which would block until someone
// writes to it), a device such as /dev/zero or /dev/stdin (endless, or
// the terminal), a socket or a folder fails at once. The file is opened
// non-blocking, in case a FIFO takes the place of the file between the
// look and the open, and checked again once open; no more than max+1
// bytes are ever read.
func readLimited(path string, max int64) ([]byte, error) {
	st, err := os.Stat(path)
	if pe, ok := err.(*fs.PathError); ok {
		pe.Op = "open" // what the user asked for; the look is lookout's
	}
	if err != nil {
		return nil, err
	}
	if err := regular(path, st); err != nil {
		return nil, err
	}
	if st.Size() > max {
		return nil, tooLarge(path, max)
	}
	f, err := os.OpenFile(path, os.O_RDONLY|oNonblock, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err = f.Stat(); err != nil {
		return nil, err
	}
	if err := regular(path, st); err != nil {
		return nil, err
	}
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, tooLarge(path, max)
	}
	return b, nil
}

// regular refuses anything but a regular file, naming what it is.
func regular(path string, st fs.FileInfo) error {
	if st.Mode().IsRegular() {
		return nil
	}
	return fmt.Errorf("%s is %s, not a regular file", path, kindOf(st.Mode()))
}

// kindOf names the kind of a file that is not a regular one.
func kindOf(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a block device"
	}
	return "a special file"
}

func tooLarge(path string, max int64) error {
	return fmt.Errorf("%s is larger than %d KB", path, max>>10)
}
