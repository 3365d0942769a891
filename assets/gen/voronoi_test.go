package main

import (
	"math"
	"math/rand"
	"testing"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/register"
)

func vRingArea(r []vxy) float64 {
	s := 0.0
	for i := range r {
		a, b := r[i], r[(i+1)%len(r)]
		s += a.X*b.Y - b.X*a.Y
	}
	return s / 2
}

func inRing(r []vxy, p vxy) bool {
	for i := range r {
		a, b := r[i], r[(i+1)%len(r)]
		if (b.X-a.X)*(p.Y-a.Y)-(b.Y-a.Y)*(p.X-a.X) < -1e-9 {
			return false
		}
	}
	return true
}

// TestVoronoiTiles: the cells of random sites tile the box, each holds its
// site, every point is in the cell of its nearest site, and shared edges
// join sites whose cells touch.
func TestVoronoiTiles(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	sites := make([]vxy, 300)
	for i := range sites {
		sites[i] = vxy{20 + 20*rng.Float64(), 45 + 15*rng.Float64()}
	}
	sites = append(sites, sites[7]) // a duplicate gets no cell
	const lat0 = 52
	cells := voronoiCells(sites, lat0, 19, 44, 41, 61)
	if len(cells[len(sites)-1]) != 0 {
		t.Errorf("the duplicate site has a cell")
	}
	k := math.Cos(lat0 * math.Pi / 180)
	total := 0.0
	for i, c := range cells[:len(sites)-1] {
		if len(c) < 3 {
			t.Fatalf("site %d has no cell", i)
		}
		if a := vRingArea(c); a <= 0 {
			t.Errorf("cell %d not counter-clockwise (area %g)", i, a)
		} else {
			total += a
		}
		if !inRing(c, sites[i]) {
			t.Errorf("site %d outside its cell", i)
		}
	}
	if want := 22.0 * 17; math.Abs(total-want) > 1e-6*want {
		t.Errorf("cells cover %g deg², box is %g", total, want)
	}
	for n := 0; n < 2000; n++ {
		p := vxy{19 + 22*rng.Float64(), 44 + 17*rng.Float64()}
		best, bd := -1, math.Inf(1)
		for i, s := range sites[:len(sites)-1] {
			if d := math.Hypot((s.X-p.X)*k, s.Y-p.Y); d < bd {
				best, bd = i, d
			}
		}
		if !inRing(cells[best], p) {
			t.Fatalf("point %v not in the cell of its nearest site %d", p, best)
		}
	}
	edges := voronoiEdges(sites, cells, lat0)
	if len(edges) < 2*len(sites) {
		t.Errorf("only %d shared edges for %d sites", len(edges), len(sites))
	}
	for _, e := range edges {
		m := vxy{(e.A.X + e.B.X) / 2, (e.A.Y + e.B.Y) / 2}
		di := math.Hypot((sites[e.I].X-m.X)*k, sites[e.I].Y-m.Y)
		dj := math.Hypot((sites[e.J].X-m.X)*k, sites[e.J].Y-m.Y)
		if math.Abs(di-dj) > 1e-6 {
			t.Errorf("edge %d–%d is not on their bisector", e.I, e.J)
		}
	}
}

// TestPartVersions: a cell follows its piece outside the zone and its
// place inside, keeping the piece's sovereign and administration.
func TestPartVersions(t *testing.T) {
	z := frontZone{ID: "t", Start: "1941-06-22", End: "1943-01-01"}
	ussr := geodata.Holder{Name: "Soviet Union", COW: 365}
	germanyMil := geodata.Holder{Name: "Germany (military administration)", COW: 255}
	rkUkraine := geodata.Holder{Name: "Germany (Reichskommissariat Ukraine)", COW: 255}
	piece := &territory{ID: "ua-x", Name: "Somewhere", Versions: []version{
		{End: "1941-08-01", Ctrl: ussr, Sov: ussr, Status: "integral", Source: "SSR"},
		{Start: "1941-08-01", End: "1941-09-01", Ctrl: germanyMil, Sov: ussr, Status: "occupied", Source: "hand-cut"},
		{Start: "1941-09-01", Ctrl: rkUkraine, Sov: ussr, Status: "occupied", Source: "RKU"},
	}}
	rz := &register.Zone{ID: "t", Title: "Test front", Start: geodata.MustDay(z.Start), End: geodata.MustDay(z.End),
		Sources: map[string]string{"GH": "Glantz and House"}}
	p := &register.Place{ID: "town", Name: "Town", Initial: "Soviet Union", Zone: rz, Changes: []register.Change{
		{Date: geodata.MustDay("1941-07-10"), From: "Soviet Union", To: "Germany", Source: "GH ch. 4"},
		{Date: geodata.MustDay("1941-12-20"), From: "Germany", To: "Soviet Union", Source: "GH ch. 6"},
	}}
	rz.Places = []*register.Place{p}
	vs := partVersions(z, cellPart{place: p, piece: piece, id: "cell-town"}, map[string]geodata.Holder{"Germany": germanyMil, "Soviet Union": ussr})
	type want struct{ start, ctrl, status string }
	wants := []want{
		{"", "Soviet Union", "integral"},
		{"1941-06-22", "Soviet Union", "integral"},
		{"1941-07-10", "Germany (military administration)", "occupied"},
		{"1941-09-01", "Germany (Reichskommissariat Ukraine)", "occupied"},
		{"1941-12-20", "Soviet Union", "integral"},
		{"1943-01-01", "Germany (Reichskommissariat Ukraine)", "occupied"},
	}
	if len(vs) != len(wants) {
		for _, v := range vs {
			t.Logf("%s..%s %s %s", v.Start, v.End, v.Ctrl.Name, v.Status)
		}
		t.Fatalf("%d versions, want %d", len(vs), len(wants))
	}
	for i, w := range wants {
		v := vs[i]
		if v.Start != w.start || v.Ctrl.Name != w.ctrl || v.Status != w.status || v.Sov != ussr {
			t.Errorf("version %d: %s %s %s (sovereign %s), want %s %s %s", i, v.Start, v.Ctrl.Name, v.Status, v.Sov.Name, w.start, w.ctrl, w.status)
		}
		if i > 0 && vs[i-1].End != v.Start {
			t.Errorf("version %d does not start where %d ends", i, i-1)
		}
	}
	if vs[2].Source != "Glantz and House, ch. 4" || vs[2].Name != "Town area" || vs[2].Precision != "approximate" {
		t.Errorf("derived version: source %q, name %q, precision %q", vs[2].Source, vs[2].Name, vs[2].Precision)
	}
	if vs[0].Name != "Somewhere" || vs[5].Name != "Somewhere" {
		t.Errorf("outside the zone the cell should carry its piece's name, got %q, %q", vs[0].Name, vs[5].Name)
	}
}
