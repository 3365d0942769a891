package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A crash while a file (the preferences, an export) is written leaves the
// previous file as it was: the new content goes to a temporary file that
// only a rename puts in place.
func TestCrashKeepsTheOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "frontiers-preferences.json")
	old := []byte(`{"date": "1940-08-06"}` + "\n")
	if err := os.WriteFile(path, old, 0o600); err != nil {
		t.Fatal(err)
	}
	crash := errors.New("power cut")
	err := Write(path, func(w io.Writer) error {
		w.Write([]byte(`{"date": "19`)) // half of the new file
		return crash
	})
	if err == nil || !strings.Contains(err.Error(), "power cut") {
		t.Fatalf("err = %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != string(old) {
		t.Errorf("the file now holds %q, want the old %q", got, old)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want the old file's 0600", st.Mode().Perm())
	}
}

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "map.png")
	if err := Write(path, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "new" {
		t.Errorf("the file holds %q", got)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644 for a new file", st.Mode().Perm())
	}
	for _, tc := range []struct{ path, want string }{
		{dir, dir + ": not a regular file"},
		{filepath.Join(dir, "nope", "map.png"), filepath.Join(dir, "nope", "map.png") + ": no such file or directory"},
	} {
		err := Write(tc.path, func(io.Writer) error { return nil })
		if err == nil || err.Error() != tc.want {
			t.Errorf("Write(%s) = %v, want %q", tc.path, err, tc.want)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
}
