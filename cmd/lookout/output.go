package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// outFile is one finished file waiting to be written.
type outFile struct {
	path string
	data []byte
}

// writeAll writes every file or none. Each goes to a temporary file beside
// its target first; only when all are on disk are they renamed into place,
// so a failed or killed run never leaves a half-written PDF.
func writeAll(dir string, files []outFile) error {
	if err := checkDir(dir); err != nil {
		return err
	}
	temps := make([]string, 0, len(files))
	cleanup := func() {
		for _, t := range temps {
			os.Remove(t)
		}
	}
	for _, f := range files {
		t, err := writeTemp(filepath.Dir(f.path), f.data)
		if err != nil {
			cleanup()
			return fmt.Errorf("writing %s: %w", f.path, err)
		}
		temps = append(temps, t)
	}
	for i, f := range files {
		if err := os.Rename(temps[i], f.path); err != nil {
			cleanup()
			return fmt.Errorf("writing %s: %w", f.path, err)
		}
	}
	return nil
}

func checkDir(dir string) error {
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return misuse(fmt.Sprintf("create it (mkdir -p %s) or choose another with --out", dir), "output folder %s does not exist", dir)
	case err != nil:
		return fmt.Errorf("output folder: %w", err)
	case !st.IsDir():
		return misuse("--out names the folder to write into", "output folder %s is a file", dir)
	}
	return nil
}

func writeTemp(dir string, data []byte) (string, error) {
	f, err := os.CreateTemp(dir, ".lookout-*.tmp")
	if err != nil {
		return "", err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Chmod(0o644)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}
