package label

import (
	"math"
	"reflect"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

func rect(x0, y0, x1, y1 float64) orb.Ring {
	return orb.Ring{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}}
}

func TestPoleOf(t *testing.T) {
	lShape := orb.Polygon{{{0, 0}, {100, 0}, {100, 20}, {20, 20}, {20, 100}, {0, 100}, {0, 0}}}
	// A square with a square hole in the middle: the pole is in the frame.
	holed := orb.Polygon{rect(0, 0, 100, 100), rect(20, 20, 80, 80)}
	// A C-shape, whose centroid lies outside it.
	cShape := orb.Polygon{{{0, 0}, {100, 0}, {100, 10}, {10, 10}, {10, 90}, {100, 90}, {100, 100}, {0, 100}, {0, 0}}}
	tests := []struct {
		name  string
		poly  orb.Polygon
		want  orb.Point
		dist  float64
		tol   float64
		check func(orb.Point) bool
	}{
		{"square", orb.Polygon{rect(0, 0, 100, 100)}, orb.Point{50, 50}, 50, 1, nil},
		{"wide rectangle", orb.Polygon{rect(0, 0, 200, 40)}, orb.Point{}, 20, 0.5, func(p orb.Point) bool { return math.Abs(p[1]-20) < 1 }},
		// In the Ls corner, the pole is equidistant from both outer walls and
		// the inner corner: x = 20√2/(1+√2).
		{"L shape", lShape, orb.Point{}, 11.716, 0.2, func(p orb.Point) bool { return planar.PolygonContains(lShape, p) }},
		{"holed square", holed, orb.Point{}, 11.716, 0.2, func(p orb.Point) bool { return planar.PolygonContains(holed, p) }},
		{"C shape", cShape, orb.Point{}, 5.858, 0.2, func(p orb.Point) bool { return planar.PolygonContains(cShape, p) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, d := PoleOf(tc.poly, 0.1)
			if math.Abs(d-tc.dist) > tc.tol {
				t.Errorf("distance %v, want %v", d, tc.dist)
			}
			if tc.check != nil {
				if !tc.check(p) {
					t.Errorf("pole %v fails the check", p)
				}
			} else if planar.Distance(p, tc.want) > tc.tol {
				t.Errorf("pole %v, want %v", p, tc.want)
			}
		})
	}
	t.Run("centroid outside", func(t *testing.T) {
		c, _ := planar.CentroidArea(cShape)
		if planar.PolygonContains(cShape, c) {
			t.Fatalf("test shape's centroid %v is inside; the case tests nothing", c)
		}
	})
	t.Run("degenerate", func(t *testing.T) {
		if p, d := PoleOf(nil, 1); p != (orb.Point{}) || d != 0 {
			t.Errorf("PoleOf(nil) = %v, %v", p, d)
		}
		line := orb.Polygon{{{0, 0}, {10, 0}, {0, 0}}}
		if p, d := PoleOf(line, 1); d != 0 || p != (orb.Point{0, 0}) {
			t.Errorf("PoleOf(flat) = %v, %v", p, d)
		}
	})
}

func TestChordWidth(t *testing.T) {
	lShape := orb.Polygon{{{0, 0}, {100, 0}, {100, 20}, {20, 20}, {20, 100}, {0, 100}, {0, 0}}}
	tests := []struct {
		name string
		p    orb.Point
		want float64
	}{
		{"foot of the L", orb.Point{50, 10}, 100},
		{"stem of the L", orb.Point{10, 50}, 20},
		{"outside", orb.Point{50, 50}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := ChordWidth(lShape, tc.p); math.Abs(got-tc.want) > 1e-9 {
				t.Errorf("ChordWidth = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestAreas(t *testing.T) {
	b := func(x0, x1 float64) orb.Bound { return orb.Bound{Min: orb.Point{x0, 0}, Max: orb.Point{x1, 10}} }
	pieces := []Piece{
		{Index: 10, Holder: "Poland", Neighbours: []int{11, 20}, Area: 100, Anchor: orb.Point{5, 5}, Bounds: b(0, 10)},
		{Index: 11, Holder: "Poland", Neighbours: []int{10, 12}, Area: 300, Anchor: orb.Point{15, 5}, Room: 9, Bounds: b(10, 20)},
		{Index: 12, Holder: "Poland", Neighbours: []int{11}, Area: 50, Anchor: orb.Point{25, 5}, Bounds: b(20, 30)},
		// Same holder but not touching: an area of its own.
		{Index: 13, Holder: "Poland", Area: 40, Anchor: orb.Point{95, 5}, Bounds: b(90, 100)},
		// Touching, other holder: never merged.
		{Index: 20, Holder: "Germany (General Government)", Neighbours: []int{10, 21, 99}, Area: 200, Anchor: orb.Point{35, 5}, Bounds: b(30, 40)},
		{Index: 21, Holder: "Germany", Neighbours: []int{20}, Area: 500, Anchor: orb.Point{45, 5}, Bounds: b(40, 50)},
	}
	got := Areas(pieces)
	// The areas but for their bounds and alternates, checked below.
	var gb []Area
	for _, a := range got {
		a.Bounds, a.Alt = orb.Bound{}, nil
		gb = append(gb, a)
	}
	want := []Area{
		{Holder: "Germany", Pieces: []int{21}, Area: 500, Largest: 21, Anchor: orb.Point{45, 5}, Room: 10},
		{Holder: "Poland", Pieces: []int{10, 11, 12}, Area: 450, Largest: 11, Anchor: orb.Point{15, 5}, Room: 9},
		{Holder: "Germany (General Government)", Pieces: []int{20}, Area: 200, Largest: 20, Anchor: orb.Point{35, 5}, Room: 10},
		{Holder: "Poland", Pieces: []int{13}, Area: 40, Largest: 13, Anchor: orb.Point{95, 5}, Room: 10},
	}
	if !reflect.DeepEqual(gb, want) {
		t.Errorf("Areas =\n%+v\nwant\n%+v", gb, want)
	}
	if got[1].Bounds != (orb.Bound{Min: orb.Point{0, 0}, Max: orb.Point{30, 10}}) {
		t.Errorf("Poland's bounds %v", got[1].Bounds)
	}
	c := got[1].Candidate("Poland")
	if c.Tier != 0 || c.Priority != 450 || c.X != 15 || c.MaxWidth != 9 || c.ID != "Poland#11" {
		t.Errorf("Candidate = %+v", c)
	}
}

func TestNewPieceAndNeighbours(t *testing.T) {
	// Three squares in a row on a 100×40 frame; the third reaches out of
	// the frame and is clipped; a fourth lies outside.
	sq := func(x0, x1 float64) orb.MultiPolygon { return orb.MultiPolygon{{rect(x0, 0, x1, 40)}} }
	pieces := []Piece{
		NewPiece(1, "A", sq(0, 30), 100, 40),
		NewPiece(2, "A", sq(30, 60), 100, 40),
		NewPiece(3, "B", sq(60, 160), 100, 40),
		NewPiece(4, "B", sq(200, 260), 100, 40),
	}
	t.Run("clipped", func(t *testing.T) {
		if p := pieces[2]; math.Abs(p.Area-40*40) > 1e-6 || p.Bounds.Max[0] != 100 {
			t.Errorf("clipped piece: area %v, bounds %v", p.Area, p.Bounds)
		}
		if p := pieces[2]; math.Abs(p.Anchor[0]-80) > 1.5 || math.Abs(p.Room-40) > 1e-6 {
			t.Errorf("clipped piece: anchor %v, room %v; want about (80,20), 40", p.Anchor, p.Room)
		}
		if pieces[3].Area != 0 {
			t.Errorf("piece outside the frame has area %v", pieces[3].Area)
		}
	})
	LinkNeighbours(pieces)
	t.Run("neighbours", func(t *testing.T) {
		want := [][]int{{2}, {1, 3}, {2}, {}}
		for i, p := range pieces {
			if len(p.Neighbours) == 0 && len(want[i]) == 0 {
				continue
			}
			if !reflect.DeepEqual(p.Neighbours, want[i]) {
				t.Errorf("piece %d: neighbours %v, want %v", p.Index, p.Neighbours, want[i])
			}
		}
	})
	t.Run("room across pieces", func(t *testing.T) {
		as := Areas(pieces[:3])
		var a Area
		for _, x := range as {
			if x.Holder == "A" {
				a = x
			}
		}
		// Each square of A is 30 px wide; together they give 60.
		if math.Abs(a.Room-60) > 1e-6 || len(a.Alt) != 1 {
			t.Errorf("area A: room %v, alternates %v; want 60 and one", a.Room, a.Alt)
		}
	})
}

// BenchmarkNewPiece makes the piece of a 20 000-vertex wiggly disc 600 px
// across, as a large state's coast at a European scale.
func BenchmarkNewPiece(b *testing.B) {
	var ring orb.Ring
	const n = 20000
	for i := 0; i <= n; i++ {
		a := 2 * math.Pi * float64(i%n) / n
		r := 300 + 20*math.Sin(40*a) + 3*math.Sin(700*a)
		ring = append(ring, orb.Point{400 + r*math.Cos(a), 400 + r*math.Sin(a)})
	}
	shape := orb.MultiPolygon{{ring}}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p := NewPiece(1, "A", shape, 1920, 1080)
		if p.Area == 0 {
			b.Fatal("no area")
		}
	}
}

func TestNewPieceDenseOutline(t *testing.T) {
	// A disc of radius 100 drawn with 10 000 vertices (many per pixel).
	var ring orb.Ring
	const n = 10000
	for i := 0; i <= n; i++ {
		a := 2 * math.Pi * float64(i%n) / n
		ring = append(ring, orb.Point{200 + 100*math.Cos(a), 150 + 100*math.Sin(a)})
	}
	p := NewPiece(7, "A", orb.MultiPolygon{{ring}}, 400, 300)
	if d := planar.Distance(p.Anchor, orb.Point{200, 150}); d > 4 {
		t.Errorf("anchor %v is %.1f px from the centre", p.Anchor, d)
	}
	if math.Abs(p.Room-200) > 4 || math.Abs(p.Area-math.Pi*100*100) > 100 {
		t.Errorf("room %v, area %v; want about 200 and %v", p.Room, p.Area, math.Pi*1e4)
	}
	if got := len(thin(orb.Polygon{ring}, 1)[0]); got > 700 {
		t.Errorf("thinned ring has %d vertices, want about 630", got)
	}
}
