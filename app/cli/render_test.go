package cli

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/assets"
	"github.com/frontiers-atlas/frontiers/geodata"
)

// TestCLIRenderPixels checks that the PNG written by render decodes (with
// image/png) to exactly the pixels renderMap draws.
func TestRenderPixels(t *testing.T) {
	bbox := orb.Bound{Min: orb.Point{19, 44}, Max: orb.Point{31, 56}}
	tests := []struct {
		name, date, layer string
		w, h              int
	}{
		{"small control", "1940-07-01", "control", 240, 180},
		{"wide sovereignty", "1942-05-26", "sovereignty", 1000, 300},
		{"tall", "1941-07-01", "control", 130, 900},
		{"one pixel", "1939-06-01", "control", 1, 1},
	}
	a, err := geodata.LoadFile(miniData, assets.Land())
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(dir, "map.png")
			stdout, stderr, code := runCLI(t, "render", "--data", miniData, "--date", tt.date, "--layer", tt.layer,
				"--bbox", "19,44,31,56", "--width", strconv.Itoa(tt.w), "--height", strconv.Itoa(tt.h), "-o", out)
			if code != 0 || stdout != "" || stderr != "" {
				t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
			}
			data, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			got := decodePNG(t, data)
			d, err := geodata.ParseDay(tt.date)
			if err != nil {
				t.Fatal(err)
			}
			l, _ := geodata.ParseLayer(tt.layer)
			want, _ := renderMap(a, d, l, "", bbox, tt.w, tt.h)
			if got.Bounds() != want.Bounds() {
				t.Fatalf("bounds %v, want %v", got.Bounds(), want.Bounds())
			}
			for y := 0; y < tt.h; y++ {
				for x := 0; x < tt.w; x++ {
					if g, w := toRGBA(got.At(x, y)), want.RGBAAt(x, y); g != w {
						t.Fatalf("pixel (%d, %d) is %v, want %v", x, y, g, w)
					}
				}
			}
		})
	}
}
