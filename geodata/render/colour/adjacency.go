package colour

import (
	"math"
	"sort"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// touchEps is how close, in degrees, a vertex of one territory must be to
// the boundary of another to be on it: the data's coordinates have four
// decimals, so a vertex on a neighbour's edge is within 5e-5° of it.
const touchEps = 1.5e-4

// Touching returns the pairs of territory versions of atlas a that share
// a border and are valid on some common day, each pair once, the lower
// feature index first, sorted. Territories of the dataset share their
// borders exactly, but not always vertex for vertex: a border may end on
// a neighbour's edge, between two of its vertices. So two versions touch
// when at least two distinct points of one's boundary lie on the other's
// (a shared vertex, or a vertex on an edge): one alone is a corner.
func Touching(a *geodata.Atlas) [][2]*geodata.Feature {
	var terrs []*geodata.Feature
	var rings [][][]orb.Ring
	for _, f := range a.Features() {
		if f.Kind != geodata.KindTerritory {
			continue
		}
		var rs []orb.Ring
		for _, pg := range geodata.AsMulti(f.Geometry) {
			rs = append(rs, pg...)
		}
		terrs = append(terrs, f)
		rings = append(rings, [][]orb.Ring{rs})
	}
	// The segments of every territory, by grid cell.
	const cell = 0.25
	type seg struct {
		f    int32
		a, b orb.Point
	}
	type ckey [2]int32
	cellOf := func(x, y float64) ckey { return ckey{int32(math.Floor(x / cell)), int32(math.Floor(y / cell))} }
	grid := map[ckey][]seg{}
	for i := range terrs {
		for _, r := range rings[i][0] {
			for k := 1; k < len(r); k++ {
				p, q := r[k-1], r[k]
				lo := cellOf(min(p[0], q[0])-touchEps, min(p[1], q[1])-touchEps)
				hi := cellOf(max(p[0], q[0])+touchEps, max(p[1], q[1])+touchEps)
				for cx := lo[0]; cx <= hi[0]; cx++ {
					for cy := lo[1]; cy <= hi[1]; cy++ {
						grid[ckey{cx, cy}] = append(grid[ckey{cx, cy}], seg{int32(i), p, q})
					}
				}
			}
		}
	}
	// The points of each pair's contact, quantised so that a point met
	// twice (a shared vertex, seen from both sides) counts once.
	type qpt [2]int64
	contact := map[[2]int32]map[qpt]bool{}
	for i := range terrs {
		for _, r := range rings[i][0] {
			for _, p := range r {
				for _, s := range grid[cellOf(p[0], p[1])] {
					if s.f == int32(i) || terrs[s.f].ID == terrs[i].ID || distToSegment(p, s.a, s.b) > touchEps {
						continue
					}
					k := [2]int32{int32(i), s.f}
					if k[0] > k[1] {
						k[0], k[1] = k[1], k[0]
					}
					m := contact[k]
					if m == nil {
						m = map[qpt]bool{}
						contact[k] = m
					}
					m[qpt{int64(math.Round(p[0] / touchEps)), int64(math.Round(p[1] / touchEps))}] = true
				}
			}
		}
	}
	var out [][2]*geodata.Feature
	for k, pts := range contact {
		f, g := terrs[k[0]], terrs[k[1]]
		if len(pts) < 2 || !overlapInTime(f, g) {
			continue
		}
		out = append(out, [2]*geodata.Feature{f, g})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i][0].Index != out[j][0].Index {
			return out[i][0].Index < out[j][0].Index
		}
		return out[i][1].Index < out[j][1].Index
	})
	return out
}

// distToSegment is the distance from p to segment ab, in degrees (as a
// plane: the distances that matter here are a few metres).
func distToSegment(p, a, b orb.Point) float64 {
	dx, dy := b[0]-a[0], b[1]-a[1]
	t := 0.0
	if l2 := dx*dx + dy*dy; l2 > 0 {
		t = max(0, min(1, ((p[0]-a[0])*dx+(p[1]-a[1])*dy)/l2))
	}
	return math.Hypot(p[0]-a[0]-t*dx, p[1]-a[1]-t*dy)
}

// overlapInTime reports whether two versions are valid on a common day.
func overlapInTime(f, g *geodata.Feature) bool {
	const lo, hi = math.MinInt32, math.MaxInt32
	fs, fe, gs, ge := geodata.Day(lo), geodata.Day(hi), geodata.Day(lo), geodata.Day(hi)
	if !f.Start.IsZero() {
		fs = f.Start.Day
	}
	if !f.End.IsZero() {
		fe = f.End.Day
	}
	if !g.Start.IsZero() {
		gs = g.Start.Day
	}
	if !g.End.IsZero() {
		ge = g.End.Day
	}
	return fs < ge && gs < fe
}
