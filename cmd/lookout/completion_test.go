package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestCompletionInBash loads `lookout completion bash` into a real bash
// and presses TAB after `lookout make ` and after `--lang en,z`: the
// layouts and the Chinese catalogs come back, from lookout's own data.
func TestCompletionInBash(t *testing.T) {
	// The script cobra writes uses the bash-completion package's helpers,
	// as every shell with completion set up has them.
	const helpers = "/usr/share/bash-completion/bash_completion"
	bash, err := exec.LookPath("bash")
	if _, err2 := os.Stat(helpers); err != nil || err2 != nil {
		needTool(t, "bash and the bash-completion package")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := t.TempDir()
	wrapper := "#!/bin/sh\nLOOKOUT_TEST_MAIN=1 exec '" + exe + "' \"$@\"\n"
	if err := os.WriteFile(filepath.Join(bin, "lookout"), []byte(wrapper), 0o755); err != nil {
		t.Fatal(err)
	}
	press := func(line string) []string {
		words := strings.Fields(line)
		if strings.HasSuffix(line, " ") {
			words = append(words, "")
		}
		quoted := make([]string, len(words))
		for i, w := range words {
			quoted[i] = "'" + w + "'"
		}
		script := `source ` + helpers + `; source <(lookout completion bash) || exit 1
COMP_WORDS=(` + strings.Join(quoted, " ") + `); COMP_CWORD=$((${#COMP_WORDS[@]}-1))
COMP_LINE='` + line + `'; COMP_POINT=${#COMP_LINE}
__start_lookout; printf '%s\n' "${COMPREPLY[@]}"`
		c := exec.Command(bash, "--norc", "--noprofile", "-c", script)
		c.Env = append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"))
		out, err := c.Output() // stderr: compopt outside a real TAB says it cannot act
		if err != nil {
			t.Fatalf("%q: %v: %s", line, err, out)
		}
		return strings.Fields(string(out))
	}
	if got := press("lookout make "); strings.Join(got, " ") != "flyer poster room-sign staff-poster sticker wallet-card" {
		t.Errorf("lookout make <TAB> = %q, want every layout", got)
	}
	if got := strings.Join(press("lookout make poster --lang en,z"), " "); got != "en,zh-Hans en,zh-Hant" {
		t.Errorf("--lang en,z<TAB> = %q, want en,zh-Hans en,zh-Hant", got)
	}
	got := press("lookout kit --paper a")
	if !slices.Contains(got, "a4") || slices.ContainsFunc(got, func(p string) bool { return !strings.HasPrefix(p, "a") }) {
		t.Errorf("kit --paper a<TAB> = %q, want the A sizes", got)
	}
}

// needTool skips a test whose tool is missing, unless LOOKOUT_REQUIRE_TOOLS=1
// (as in CI), where it fails.
func needTool(t *testing.T, what string) {
	t.Helper()
	if os.Getenv("LOOKOUT_REQUIRE_TOOLS") == "1" {
		t.Fatalf("%s not found and LOOKOUT_REQUIRE_TOOLS=1", what)
	}
	t.Skipf("%s not found", what)
}
