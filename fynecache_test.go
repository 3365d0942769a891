package main

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// The packages that must run before Fyne's (internal/fynecache and
// internal/localeenv set Fyne's environment) are initialized before
// Fyne's cache package, which reads FYNE_CACHE: the runtime's init trace
// lists the packages in the order they were initialized.
func TestInitializedBeforeFyne(t *testing.T) {
	cmd := exec.Command(os.Args[0], "help")
	cmd.Env = append(os.Environ(), "FRONTIERS_TEST_MAIN=1", "GODEBUG=inittrace=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	order := map[string]int{}
	for i, line := range strings.Split(stderr.String(), "\n") {
		if f := strings.Fields(line); len(f) > 1 && f[0] == "init" {
			order[f[1]] = i + 1
		}
	}
	cache := order["fyne.io/fyne/v2/internal/cache"]
	if cache == 0 {
		t.Fatal("Fyne's cache package is not in the init trace")
	}
	for _, p := range []string{"github.com/frontiers-atlas/frontiers/internal/fynecache", "github.com/frontiers-atlas/frontiers/internal/localeenv"} {
		if n := order[p]; n == 0 || n > cache {
			t.Errorf("%s initialized at %d, Fyne's cache at %d", p, n, cache)
		}
	}
}
