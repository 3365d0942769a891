package main

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestMain runs main instead of the tests in the processes that
// TestQuietUnderCLocale starts.
func TestMain(m *testing.M) {
	if os.Getenv("FRONTIERS_TEST_MAIN") == "1" {
		main()
	}
	os.Exit(m.Run())
}

// Under a C locale with a codeset, the default of many containers, the
// command line prints its answer and nothing else: no Fyne locale errors
// (see package localeenv).
func TestQuietUnderCLocale(t *testing.T) {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "LANG=") && !strings.HasPrefix(kv, "LANGUAGE=") && !strings.HasPrefix(kv, "LC_") {
			env = append(env, kv)
		}
	}
	for _, locale := range []string{"LANG=C.UTF-8", "LC_ALL=C.UTF-8", "LANG=C.utf8", "LANG=POSIX", "LANG=en_GB.UTF-8"} {
		t.Run(locale, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "help", "check")
			cmd.Env = append(env, "FRONTIERS_TEST_MAIN=1", locale)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Run(); err != nil || stderr.Len() > 0 || !strings.HasPrefix(stdout.String(), "frontiers check ") {
				t.Errorf("%v; stderr %q, stdout %q", err, stderr.String(), stdout.String())
			}
		})
	}
}
