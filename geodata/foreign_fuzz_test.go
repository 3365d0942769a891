package geodata_test

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// FuzzForeignDatasets runs the foreign readers (OpenHistoricalMap/QGIS,
// CShapes 2.0), seeded with their fixtures and bad cases, through the
// decoder, the index and the comparison of two datasets: no panic, every
// note and problem names the file, and what one holder loses in the
// comparison another gains.
func FuzzForeignDatasets(f *testing.F) {
	good, _ := filepath.Glob("dialect/testdata/*.geojson")
	bad, _ := filepath.Glob("dialect/testdata/bad/*")
	for _, file := range append(good, bad...) {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	other, err := geodata.LoadFile("dialect/testdata/cshapes-baltic.geojson", nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fs, notes, err := geodata.DecodeFeaturesNoted("f.geojson", data)
		for _, n := range notes {
			if !strings.HasPrefix(n, "f.geojson: ") {
				t.Fatalf("note %q does not name the file", n)
			}
		}
		if err != nil {
			for _, l := range strings.Split(err.Error(), "\n") {
				if !strings.HasPrefix(l, "f.geojson: ") {
					t.Fatalf("problem %q does not name the file", l)
				}
			}
			return
		}
		a, err := geodata.New("f.geojson", fs, nil, nil)
		if err != nil {
			return
		}
		days := append(a.ChangeDays(), geodata.Signing)
		for _, d := range days[:min(len(days), 4)] {
			diff, _ := geodata.CompareAtlases(a, d, other, d, geodata.Control)
			var net, gained float64
			for _, h := range diff.Holders {
				net += h.Net()
				gained += h.Gained
			}
			if math.Abs(net) > 1e-6*(1+gained) {
				t.Fatalf("holders' net %v km², want 0", net)
			}
			if _, changed := geodata.CompareAtlases(other, d, a, d, geodata.Sovereignty); changed == nil {
				t.Fatal("no set of B's changed territories")
			}
		}
	})
}
