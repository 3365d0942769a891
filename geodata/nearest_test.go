package geodata_test

import (
	"math"
	"testing"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
)

func TestNearestTerritory(t *testing.T) {
	a, err := geodata.LoadFile("testdata/mini.geojson", nil)
	if err != nil {
		t.Fatal(err)
	}
	const kmPerDeg = geodata.EarthRadius * math.Pi / 180 / 1000
	for _, tt := range []struct {
		name   string
		date   string
		p      orb.Point
		maxKm  float64
		wantID string
		wantKm float64
	}{
		{"inside", "1939-06-01", orb.Point{22.5, 52.5}, 10, "westmark", 0},
		{"inside, no distance", "1939-06-01", orb.Point{22.5, 52.5}, 0, "westmark", 0},
		{"just north", "1939-06-01", orb.Point{22.5, 55.05}, 10, "westmark", 0.05 * kmPerDeg},
		{"just north, too far", "1939-06-01", orb.Point{22.5, 55.05}, 5, "", 0},
		{"just west", "1939-06-01", orb.Point{19.9, 52}, 10, "westmark", 0.1 * kmPerDeg * math.Cos(52*math.Pi/180)},
		{"off the corner", "1939-06-01", orb.Point{30.03, 55.04}, 10, "eastmark", math.Hypot(0.03*kmPerDeg*math.Cos(55.04*math.Pi/180), 0.04*kmPerDeg)},
		{"in the hole", "1942-01-01", orb.Point{25, 47}, 80, "southmark", kmPerDeg * math.Cos(47*math.Pi/180)},
		{"in the hole, too far", "1942-01-01", orb.Point{25, 47}, 50, "", 0},
		{"before southmark", "1941-06-30", orb.Point{21, 47}, 400, "westmark", 3 * kmPerDeg},
		{"open sea", "1939-06-01", orb.Point{24.75, 59.44}, 10, "", 0},
		{"no distance at sea", "1939-06-01", orb.Point{22.5, 55.05}, 0, "", 0},
		{"bad point", "1939-06-01", orb.Point{math.NaN(), 52}, 10, "", 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f, km := a.NearestTerritory(geodata.MustDay(tt.date), tt.p, tt.maxKm)
			id := ""
			if f != nil {
				id = f.ID
			}
			if id != tt.wantID || math.Abs(km-tt.wantKm) > 0.01 {
				t.Errorf("NearestTerritory(%s, %v, %v) = %q, %.3f km; want %q, %.3f km", tt.date, tt.p, tt.maxKm, id, km, tt.wantID, tt.wantKm)
			}
		})
	}
}
