// Command lookout makes print-ready PDFs that teach people the warning signs
// of child sex trafficking and give them a number to call: break-room
// posters with a QR code linking to more information, in the languages
// their readers speak.
//
// Usage:
//
//	lookout kit
//	lookout make poster --lang en,es --paper letter --org "Joe's Diner"
//	lookout make wallet-card --variant single --size cr80
//	lookout make poster --comply us-ca --lang en,es,vi
//	lookout init hotel.yaml
//	lookout make poster --campaign hotel.yaml
//	lookout layouts
//	lookout languages
//	lookout hotlines
//	lookout packs
//	lookout comply [preset]
//	lookout version
//
// Each PDF is written to the output folder (out/ by default) under a name
// that says what it is, such as out/poster-letter-en.pdf. Exit status is 0
// on success, 1 when lookout could not make what was asked, and 2 when the
// command itself was wrong (an unknown flag, layout, language or paper).
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"github.com/spf13/cobra"
)

func main() {
	tuneGC(os.Getenv)
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, environ{
		getenv:     os.Getenv,
		now:        time.Now,
		isTerminal: isTerminal,
	}))
}

// tuneGC trades memory for speed in a short run. lookout allocates fast
// and exits; with Go's default (GOGC=100) a poster spent a quarter of its
// CPU time collecting garbage. The heap may grow to five times what is
// live, within a soft ceiling of 100 MiB, so that even a run in every
// language peaks near 125 MB. GOGC and GOMEMLIMIT in the environment win.
func tuneGC(getenv func(string) string) {
	if getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(100 << 20)
	}
}

// isTerminal reports whether w is a terminal, where progress may be shown.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// environ is what lookout reads from its surroundings besides its
// arguments, so tests can set it.
type environ struct {
	getenv     func(string) string
	now        func() time.Time
	isTerminal func(io.Writer) bool
}

// usageError is a mistake in how lookout was called; it exits 2.
type usageError struct {
	err  error
	hint string
}

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }
func (e *usageError) Hint() string  { return e.hint }
func (e *usageError) ExitCode() int { return 2 }

// hinted is an error that says how to mend it and how lookout exits for
// it: usageError, campaign.InputError, and the page engine's errors.
type hinted interface {
	error
	Hint() string
	ExitCode() int
}

func misuse(hint string, format string, args ...any) error {
	return &usageError{err: fmt.Errorf(format, args...), hint: hint}
}

// failure is a run that failed for a reason outside the command, such as
// a full disk, with a hint at what to do; it exits 1.
type failure struct {
	err  error
	hint string
}

func (e *failure) Error() string { return e.err.Error() }
func (e *failure) Unwrap() error { return e.err }
func (e *failure) Hint() string  { return e.hint }
func (e *failure) ExitCode() int { return 1 }

func failed(hint string, format string, args ...any) error {
	return &failure{err: fmt.Errorf(format, args...), hint: hint}
}

// run executes lookout with args and returns its exit status.
func run(args []string, stdout, stderr io.Writer, env environ) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "lookout: internal error: %v\nlookout: hint: please report this with the command you ran\n", r)
			code = 1
		}
	}()
	return execute(newRootCmd(env), args, stdout, stderr)
}

// execute runs a command tree, prints any error once, and maps it to an
// exit status: 2 for misuse, 1 for failure.
func execute(root *cobra.Command, args []string, stdout, stderr io.Writer) int {
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.Execute()
	if err == nil {
		return 0
	}
	fmt.Fprintf(stderr, "lookout: %s\n", oneLine(err.Error()))
	hint, code := explain(err)
	if hint != "" {
		fmt.Fprintf(stderr, "lookout: hint: %s\n", hint)
	}
	return code
}

// explain maps an error to its hint and exit status: 2 for misuse, 1 for
// failure. The web page shows the same hints.
func explain(err error) (hint string, code int) {
	var h hinted
	switch {
	case errors.As(err, &h):
		return h.Hint(), h.ExitCode()
	case isCobraUsage(err):
		return "run 'lookout --help' for usage", 2
	}
	return "", 1
}

// isCobraUsage recognises the misuse errors cobra makes itself: unknown
// commands and required flags that were not set. (Flag and argument errors
// come back as usageError through the hooks in root.go.)
func isCobraUsage(err error) bool {
	msg := err.Error()
	return strings.HasPrefix(msg, "unknown command") || strings.HasPrefix(msg, "required flag")
}

// oneLine keeps an error on one line: a message never breaks the terminal.
func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", " ")), " ")
}
