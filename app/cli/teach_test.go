package cli

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/frontiers-atlas/frontiers/internal/testfile"
)

func TestTourCheck(t *testing.T) {
	stdout, stderr, code := runCLI(t, "tour")
	if code != 0 || !strings.Contains(stdout, "From the Pact to the Treaty") || !strings.Contains(stdout, "all valid") {
		t.Fatalf("tour: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte(`{"title": "x", "stops": [{"date": "1941-06-31", "view": [20, 50, 30, 60], "title": "Barbarossa"}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code = runCLI(t, "tour", bad)
	if code != 1 || !strings.Contains(stderr, `stop 1 ("Barbarossa"): date`) {
		t.Errorf("bad tour: exit %d, stderr %q, want 1 and the stop and field named", code, stderr)
	}
}

func TestTourExport(t *testing.T) {
	dir := t.TempDir()
	if _, stderr, code := runCLI(t, "tour", "--export", dir, "--width", "240", "--height", "160"); code != 0 {
		t.Fatalf("tour --export: exit %d, %s", code, stderr)
	}
	index, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	pngs, _ := filepath.Glob(filepath.Join(dir, "*.png"))
	if len(pngs) < 15 {
		t.Fatalf("%d images, want one per stop (at least 15)", len(pngs))
	}
	for _, p := range pngs {
		if !strings.Contains(string(index), filepath.Base(p)) {
			t.Errorf("index.html does not show %s", filepath.Base(p))
		}
	}
}

func TestCite(t *testing.T) {
	for _, tc := range []struct {
		format string
		check  func(string) bool
	}{
		{"text", func(s string) bool { return strings.Contains(s, "Frontiers") && strings.Contains(s, "Treaty") }},
		{"bibtex", func(s string) bool { return strings.Contains(s, "@software{") || strings.Contains(s, "@misc{") }},
		{"csl-json", func(s string) bool { var v []map[string]any; return json.Unmarshal([]byte(s), &v) == nil && len(v) > 2 }},
	} {
		t.Run(tc.format, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, "cite", "--date", "1942-05-26", "--bbox", "20,54,30,60", "--format", tc.format)
			if code != 0 || !tc.check(stdout) {
				t.Errorf("exit %d, stderr %q, stdout %.300q", code, stderr, stdout)
			}
		})
	}
	if _, stderr, code := runCLI(t, "cite", "--date", "1942-05-26", "--format", "rtf"); code == 0 {
		t.Errorf("cite --format rtf succeeded, stderr %q", stderr)
	}
}

func TestRenderVector(t *testing.T) {
	dir := t.TempDir()
	svg := filepath.Join(dir, "map.svg")
	if _, stderr, code := runCLI(t, "render", "--date", "1939-06-01", "-o", svg); code != 0 {
		t.Fatalf("render svg: exit %d, %s", code, stderr)
	}
	doc := testfile.ParseSVG(t, testfile.Read(t, svg))
	paths, texts := doc.Count["path"], doc.Texts
	if paths < 50 || !strings.Contains(strings.Join(texts, "|"), "1 June 1939") {
		t.Errorf("map.svg has %d paths and texts %q; want a path per territory and the caption", paths, texts)
	}

	pdf := filepath.Join(dir, "map.pdf")
	if _, stderr, code := runCLI(t, "render", "--date", "1939-06-01", "--page", "letter", "-o", pdf); code != 0 {
		t.Fatalf("render pdf: exit %d, %s", code, stderr)
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed: make test installs it")
	}
	out, err := exec.Command("pdftotext", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"1 June 1939", "Poland"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("the PDF's text lacks %q:\n%.500s", want, out)
		}
	}
	if _, stderr, code := runCLI(t, "render", "--date", "1939-06-01", "--page", "a3", "-o", pdf); code != 2 {
		t.Errorf("--page a3: exit %d, stderr %q, want 2", code, stderr)
	}
}
