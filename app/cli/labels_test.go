package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// render --labels writes the labels it placed as JSON; on 1 September 1939
// Poland is labelled as one state, and nothing falls outside the image.
func TestCLIRenderLabels(t *testing.T) {
	dir := t.TempDir()
	png, js := filepath.Join(dir, "m.png"), filepath.Join(dir, "m.json")
	_, stderr, code := runCLI(t, "render", "--date", "1939-09-01", "--width", "800", "--height", "600", "-o", png, "--labels", js)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(js)
	if err != nil {
		t.Fatal(err)
	}
	var raw []map[string]any
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatal(err)
	}
	if len(raw) == 0 {
		t.Fatal("no labels")
	}
	byText := map[string]int{}
	for _, l := range raw {
		if len(l) != 6 {
			t.Errorf("label %v: want the keys text, tier, lon, lat, x, y", l)
		}
		for _, k := range []string{"text", "tier", "lon", "lat", "x", "y"} {
			if _, ok := l[k]; !ok {
				t.Errorf("label %v: no %q", l, k)
			}
		}
		x, _ := l["x"].(float64)
		y, _ := l["y"].(float64)
		if x < 0 || x > 800 || y < 0 || y > 600 {
			t.Errorf("label %v outside the 800×600 image", l)
		}
		if l["tier"] == 0.0 {
			byText[l["text"].(string)]++
		}
	}
	if byText["Poland"] != 1 {
		t.Errorf("Poland labelled %d times on 1 September 1939: %v", byText["Poland"], byText)
	}
}
