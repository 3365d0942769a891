package ui

import (
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// TestFyneCacheLinked checks that the go:linkname variables of memory.go
// are Fyne's cache settings: a child run of this test with FYNE_CACHE=7s
// must see 7s in them (Fyne reads FYNE_CACHE when its package
// initialises). If Fyne renamed them, ours would be variables of their
// own, and this fails.
func TestFyneCacheLinked(t *testing.T) {
	if os.Getenv("FRONTIERS_CACHE_CHILD") == "1" {
		if fyneCacheValidDuration != 7*time.Second || fyneCacheCleanInterval != 3500*time.Millisecond {
			t.Fatalf("FYNE_CACHE=7s: ValidDuration %v, cleanTaskInterval %v", fyneCacheValidDuration, fyneCacheCleanInterval)
		}
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestFyneCacheLinked$", "-test.count=1", "-test.v")
	cmd.Env = append(os.Environ(), "FRONTIERS_CACHE_CHILD=1", "FYNE_CACHE=7s")
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "--- PASS: TestFyneCacheLinked") {
		t.Fatalf("child run: %v\n%s", err, out)
	}
}
