package campaign

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// FuzzLoadFile feeds the campaign-file parser any bytes: it must never
// panic or take more than a second (the hostile files of TestHostileFiles
// RefusedFast up to 16 KB and small deep files are in its seeds), and every refusal must be an *InputError that names the
// file, on one line.
func FuzzLoadFile(f *testing.F) {
	f.Add(Starter())
	for _, s := range []string{
		"organisation: {name: Harbor View Hotel, colour: \"#0B4F6C\"}\nlanguages: [en, es]\n",
		"hotline:\n  preset: us-nhth\n  numbers:\n    - {kind: call, display: 1-800-THE-LOST, digits: 1-800-843-5678}\n",
		"compliance: {preset: us-ca, local_languages: [vi], notice_text: {en: \"x\"}}\n",
		"qr: {url: https://example.org, tracking: {poster: utm_source=poster}}\nkit: [poster, flyer]\n",
		"organisation:\n  logo: logo.png\n",
		"languages: en\n", "&a [*a]", "? [a]\n: b\n", "paper: {a: [1, {b: 2}]}\n", "\t- x",
	} {
		f.Add([]byte(s))
	}
	for _, s := range hostile() {
		if len(s) <= 16<<10 { // the large ones make each fuzzing step slow; TestHostileFilesRefusedFast has them
			f.Add([]byte(s))
		}
	}
	for _, n := range []int{MaxYAMLDepth, MaxYAMLDepth + 1, 64} { // just under, at and past the depth limit
		f.Add([]byte("languages: " + strings.Repeat("[", n) + strings.Repeat("]", n) + "\n"))
		f.Add([]byte(deepBlock(n)))
		f.Add([]byte("languages:\n" + strings.Repeat("- ", n) + "en\n"))
	}
	read := func(string) ([]byte, error) { return nil, errors.New("no such file") }
	f.Fuzz(func(t *testing.T, src []byte) {
		done := make(chan error, 1)
		go func() {
			_, err := LoadFile("c.yaml", src, read)
			done <- err
		}()
		select {
		case err := <-done:
			if err == nil {
				return
			}
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %q is not an *InputError", err)
			}
			if !strings.HasPrefix(err.Error(), "c.yaml") {
				t.Fatalf("error %q does not name the file", err)
			}
		case <-time.After(time.Second):
			t.Fatalf("LoadFile took over a second on %q", clip(string(src)))
		}
	})
}
