// Package testfile is the tests' handling of folders of inputs: a subtest
// for each file, the .want file beside it of what must be said about it,
// the first problem a reader finds, and the seeds of the fuzz targets
// with the check that every refusal says why.
package testfile

import (
	"bytes"
	"errors"
	"flag"
	"image"
	"image/gif"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/frontiers-atlas/frontiers/internal/problem"
)

// Each runs check in a subtest named by the file's base name for every
// file matching pattern; it fails t when fewer than min match.
func Each(t *testing.T, pattern string, min int, check func(t *testing.T, path string)) {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) < min {
		t.Fatalf("%s: %d files (%v), want at least %d", pattern, len(files), err, min)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) { check(t, f) })
	}
}

// Read returns the contents of path, failing t when it cannot be read.
func Read(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// Want returns the contents of the .want file beside path: path with its
// extension replaced by .want.
func Want(t *testing.T, path string) string {
	t.Helper()
	return string(Read(t, strings.TrimSuffix(path, filepath.Ext(path))+".want"))
}

// FirstProblem returns the first problem of err, a problem.List (such
// as geodata.Problems) of at least one, failing t when it is not one.
func FirstProblem(t *testing.T, err error) string {
	t.Helper()
	var ps problem.List
	if !errors.As(err, &ps) || len(ps) == 0 {
		t.Fatalf("want problems, got %v", err)
	}
	return ps[0].Error()
}

// Seed adds seeds to f's corpus, one input each.
func Seed[T any](f *testing.F, seeds ...T) {
	for _, s := range seeds {
		f.Add(s)
	}
}

// SeedFiles adds to f's corpus the contents of every file matching the
// patterns.
func SeedFiles(f *testing.F, patterns ...string) {
	for _, pattern := range patterns {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			if data, err := os.ReadFile(file); err == nil {
				f.Add(data)
			}
		}
	}
}

// Refused reports whether err refuses the input, failing t when it does
// without a message: every refusal must say why.
func Refused(t *testing.T, err error) bool {
	t.Helper()
	if err != nil && err.Error() == "" {
		t.Fatal("empty error message")
	}
	return err != nil
}

// PNG decodes data, a PNG file, failing t when it is not one.
func PNG(t *testing.T, data []byte) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	return img
}

// GIF decodes data, an animated GIF file, every frame, failing t when it
// is not one.
func GIF(t *testing.T, data []byte) *gif.GIF {
	t.Helper()
	g, err := gif.DecodeAll(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("not a GIF: %v", err)
	}
	return g
}

var update = flag.Bool("update", false, "rewrite the golden files the tests compare with")

// Update reports whether the test binary runs with -update: the tests
// then write their golden files instead of comparing with them.
func Update() bool { return *update }

// Golden compares got with the golden file at path, or with -update
// writes it there (making its folder).
func Golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run the test with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output (run with -update if the change is meant):\n got: %s\nwant: %s", path, got, want)
	}
}

// WritePNG writes img to a PNG file at path.
func WritePNG(t *testing.T, path string, img image.Image) {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
