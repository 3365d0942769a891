package geodata

import (
	"fmt"
	"math"
	"sort"

	"github.com/paulmach/orb/planar"

	"github.com/frontiers-atlas/frontiers/geodata/internal/scan"
	"github.com/frontiers-atlas/frontiers/internal/problem"
)

// Territories may not claim the same land on the same day. New checks it
// by rasterizing every piece on a grid of n×n pixels over the data (n is
// 64·√pieces, between 128 and overlapGrid): a pair of pieces covering the
// centres of at least overlapMinPixels common pixels, both valid on some
// day and both containing such a centre, is a problem. The tolerance is
// therefore about overlapMinPixels pixels of that grid (for the bundled
// data, all of Europe at 1024 pixels, a few hundred km²): hair-width
// overlaps along shared borders, left by rounding, pass.
const (
	overlapGrid      = 1024
	overlapMinPixels = 3
)

type piecePair struct{ a, b int }

// overlaps returns a problem for every pair of territories that cover the
// same land on the same day.
func (a *Atlas) overlaps(file string) Problems {
	if len(a.pieces) < 2 {
		return nil
	}
	b := a.pieces[0].ProjectedBound
	for _, p := range a.pieces[1:] {
		b = b.Union(p.ProjectedBound)
	}
	n := int(min(overlapGrid, max(128, 64*math.Sqrt(float64(len(a.pieces))))))
	res := max((b.Max[0]-b.Min[0])/float64(n), (b.Max[1]-b.Min[1])/float64(n), 1)
	v := View{Center: b.Center(), Res: res, Width: n + 2, Height: n + 2}
	owner := make([]int32, v.Width*v.Height)
	for i := range owner {
		owner[i] = -1
	}
	count := map[piecePair]int{}
	where := map[piecePair]int{}
	s := scan.New(0, v.Height)
	var px [][2]float64
	for pi, pc := range a.pieces {
		px = v.AppendPixels(px[:0], pc.Projected)
		s.Fill(pc.Projected, px, v.PixelBound(pc.ProjectedBound), v.Width, func(y, x0, x1 int) {
			row := owner[y*v.Width:]
			for x := x0; x < x1; x++ {
				if o := row[x]; o >= 0 && int(o) != pi {
					k := piecePair{int(o), pi}
					count[k]++
					where[k] = y*v.Width + x
					continue
				}
				row[x] = int32(pi)
			}
		})
	}
	var pairs []piecePair
	for k, n := range count {
		if n >= overlapMinPixels {
			pairs = append(pairs, k)
		}
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].a != pairs[j].a {
			return pairs[i].a < pairs[j].a
		}
		return pairs[i].b < pairs[j].b
	})
	var probs Problems
	for _, k := range pairs {
		i := where[k]
		ll := v.LonLat(float64(i%v.Width)+0.5, float64(i/v.Width)+0.5)
		pa, pb := a.pieces[k.a], a.pieces[k.b]
		if !planar.MultiPolygonContains(pa.Geometry, ll) || !planar.MultiPolygonContains(pb.Geometry, ll) {
			continue
		}
		if fa, fb, day, ok := sameDay(pa, pb); ok {
			probs = append(probs, Problem{File: file, Item: problem.Numbered("feature", fb.Index, fb.ID), Field: "geometry",
				Msg: fmt.Sprintf("covers the same land as feature %d (%s) on %s, e.g. at %.4f,%.4f (lat,lon)", fa.Index, fa.ID, day, ll[1], ll[0])})
		}
	}
	return probs
}

// sameDay returns a version of each piece valid on a common day.
func sameDay(pa, pb *Piece) (*Feature, *Feature, Day, bool) {
	for _, fa := range pa.Versions {
		for _, fb := range pb.Versions {
			lo, hi := Day(-1<<30), Day(1<<30)
			if !fa.Start.IsZero() {
				lo = fa.Start.Day
			}
			if !fb.Start.IsZero() && fb.Start.Day > lo {
				lo = fb.Start.Day
			}
			if !fa.End.IsZero() {
				hi = fa.End.Day
			}
			if !fb.End.IsZero() && fb.End.Day < hi {
				hi = fb.End.Day
			}
			if lo < hi {
				if lo == Day(-1<<30) {
					lo = min(First, hi-1)
				}
				if fb.Index < fa.Index {
					fa, fb = fb, fa
				}
				return fa, fb, lo, true
			}
		}
	}
	return nil, nil, 0, false
}
