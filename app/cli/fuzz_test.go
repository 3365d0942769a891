package cli

import (
	"math"
	"testing"

	"github.com/frontiers-atlas/frontiers/internal/testfile"
)

func FuzzParseLatLon(f *testing.F) {
	testfile.Seed(f, "59.4370,24.7536", "-90,180", "91,0", "NaN,1", "1e400,2", "1,2,3", ",", " 1 , 2 ", "0x1p-2,3")
	f.Fuzz(func(t *testing.T, s string) {
		p, err := parseLatLon(s)
		if testfile.Refused(t, err) {
			return
		}
		lon, lat := p[0], p[1]
		if math.IsNaN(lon) || math.IsNaN(lat) || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			t.Fatalf("%q accepted as out-of-range %v", s, p)
		}
	})
}
