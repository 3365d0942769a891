// Package atomicfile writes a file so that no reader, and no crash, sees
// half of it: the content goes to a temporary file in the same directory,
// is synced to disk, and only then takes the file's name.
package atomicfile

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Write writes the file at path with write, which gets a buffered writer
// on a temporary file. The new file keeps the permissions of the one it
// replaces (0644 when there is none). If anything fails, write included,
// the file at path is left as it was and the temporary file is removed.
// Errors start with path.
func Write(path string, write func(io.Writer) error) (err error) {
	mode := os.FileMode(0o644)
	if st, err := os.Stat(path); err == nil {
		if !st.Mode().IsRegular() {
			return fmt.Errorf("%s: not a regular file", path)
		}
		mode = st.Mode().Perm()
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("%s: %v", path, reason(err))
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriter(tmp)
	if err = write(bw); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	if err = bw.Flush(); err != nil {
		return fmt.Errorf("%s: %v", path, reason(err))
	}
	if err = tmp.Chmod(mode); err != nil {
		return fmt.Errorf("%s: %v", path, reason(err))
	}
	if err = tmp.Sync(); err != nil { // on disk before it takes the name
		return fmt.Errorf("%s: %v", path, reason(err))
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("%s: %v", path, reason(err))
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("%s: %v", path, reason(err))
	}
	return nil
}

// reason is err without the operation and the temporary file's name that
// an *os.PathError or *os.LinkError adds: the message names path instead.
func reason(err error) string {
	if pe, ok := errors.AsType[*os.PathError](err); ok {
		return pe.Err.Error()
	}
	if le, ok := errors.AsType[*os.LinkError](err); ok {
		return le.Err.Error()
	}
	return err.Error()
}
