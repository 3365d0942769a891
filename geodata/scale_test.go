package geodata

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
)

func TestGroundResolution(t *testing.T) {
	// At the projection's centre the scale is true.
	v := View{Center: Project(orb.Point{10, 52}), Res: 1000, Width: 800, Height: 600}
	if gr := GroundResolution(v); math.Abs(gr-1000) > 2 {
		t.Errorf("at the centre: %v m/px, want 1000", gr)
	}
	// Far east along a parallel the azimuthal projection stretches
	// distances across the radius less than along it; the measure must
	// follow a real distance: 1° of longitude at 60°N is about 55.6 km.
	v.Center = Project(orb.Point{40, 60})
	gr := GroundResolution(v)
	x0, y0 := v.Pixel(orb.Point{39.5, 60})
	x1, y1 := v.Pixel(orb.Point{40.5, 60})
	px := math.Hypot(x1-x0, y1-y0)
	want := GreatCircle(60, 39.5, 60, 40.5)
	if got := gr * px; math.Abs(got-want)/want > 0.01 {
		t.Errorf("1° of longitude at 60°N: %v m by the scale, %v m true", got, want)
	}
	if math.Abs(want-55600) > 300 {
		t.Errorf("great circle %v", want)
	}
}

func TestScaleBar(t *testing.T) {
	for _, tc := range []struct{ gr, max, km float64 }{
		{1000, 120, 100}, {1000, 250, 200}, {5000, 120, 500}, {60, 120, 5}, {20000, 100, 2000},
	} {
		km, px := ScaleBar(tc.gr, tc.max)
		if km != tc.km || px > tc.max || math.Abs(px-km*1000/tc.gr) > 1e-9 {
			t.Errorf("ScaleBar(%v, %v) = %v km, %v px; want %v km", tc.gr, tc.max, km, px, tc.km)
		}
	}
}
