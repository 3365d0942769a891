package main

import (
	"math"
	"sort"
)

// Voronoi cells of the register's places.
//
// simplefeatures (v0.50) has no Delaunay triangulation nor Voronoi diagram,
// so this file writes its own: each site's cell is a box clipped by the
// half-plane of points nearer to it than to each other site, the other sites
// taken nearest first and the loop stopped once a site is more than twice
// the cell's radius away (no farther site can cut it). That is O(n·k) for k
// neighbours and exact up to floating point; the cells of two sites share
// their common edge computed from the same bisector, so they tile the box.
//
// The plane is an equirectangular one: x = lon·cos(lat0), y = lat, which
// keeps distances within a few per cent over a front's span of latitudes.

// vxy is a point of the Voronoi plane.
type vxy struct{ X, Y float64 }

// voronoiCells returns the cell of each site (lon/lat) as a convex ring in
// lon/lat, counter-clockwise, not closed, clipped to the box
// [x0,x1]×[y0,y1]. lat0 is the latitude whose scale is kept. Sites at the
// same position as an earlier one get an empty cell.
func voronoiCells(sites []vxy, lat0, x0, y0, x1, y1 float64) [][]vxy {
	k := math.Cos(lat0 * math.Pi / 180)
	ps := make([]vxy, len(sites))
	for i, s := range sites {
		ps[i] = vxy{s.X * k, s.Y}
	}
	boxRing := []vxy{{x0 * k, y0}, {x1 * k, y0}, {x1 * k, y1}, {x0 * k, y1}}
	// Sites ordered by x, to find near ones without testing all pairs.
	order := make([]int, len(ps))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return ps[order[a]].X < ps[order[b]].X })
	dup := make([]bool, len(ps))
	for i := range ps {
		for j := 0; j < i; j++ {
			if ps[i] == ps[j] {
				dup[i] = true
				break
			}
		}
	}
	out := make([][]vxy, len(ps))
	type cand struct {
		j int
		d float64
	}
	for i, p := range ps {
		if dup[i] {
			continue
		}
		cands := make([]cand, 0, len(ps))
		for j, q := range ps {
			if j == i || dup[j] {
				continue
			}
			cands = append(cands, cand{j, (q.X-p.X)*(q.X-p.X) + (q.Y-p.Y)*(q.Y-p.Y)})
		}
		sort.Slice(cands, func(a, b int) bool {
			if cands[a].d != cands[b].d {
				return cands[a].d < cands[b].d
			}
			return cands[a].j < cands[b].j
		})
		cell := append([]vxy(nil), boxRing...)
		r2 := ringRadius2(cell, p)
		for _, c := range cands {
			if c.d > 4*r2 {
				break
			}
			cell = clipHalfPlane(cell, p, ps[c.j])
			if len(cell) < 3 {
				break
			}
			r2 = ringRadius2(cell, p)
		}
		for n := range cell {
			cell[n].X /= k
		}
		out[i] = cell
	}
	return out
}

// ringRadius2 is the squared distance from p to the farthest vertex.
func ringRadius2(r []vxy, p vxy) float64 {
	m := 0.0
	for _, v := range r {
		if d := (v.X-p.X)*(v.X-p.X) + (v.Y-p.Y)*(v.Y-p.Y); d > m {
			m = d
		}
	}
	return m
}

// clipHalfPlane keeps the part of the convex ring nearer to p than to q
// (Sutherland–Hodgman against the bisector of p and q).
func clipHalfPlane(r []vxy, p, q vxy) []vxy {
	// Inside when (v-m)·(q-p) <= 0, m the midpoint.
	m := vxy{(p.X + q.X) / 2, (p.Y + q.Y) / 2}
	n := vxy{q.X - p.X, q.Y - p.Y}
	side := func(v vxy) float64 { return (v.X-m.X)*n.X + (v.Y-m.Y)*n.Y }
	var out []vxy
	for i := range r {
		a, b := r[i], r[(i+1)%len(r)]
		sa, sb := side(a), side(b)
		if sa <= 0 {
			out = append(out, a)
		}
		if (sa < 0 && sb > 0) || (sa > 0 && sb < 0) {
			t := sa / (sa - sb)
			out = append(out, vxy{a.X + t*(b.X-a.X), a.Y + t*(b.Y-a.Y)})
		}
	}
	return out
}

// voronoiEdge is the edge two cells share, in lon/lat.
type voronoiEdge struct {
	I, J int
	A, B vxy
}

// voronoiEdges returns the edges shared by two cells (i < j): the segment
// of cell i's ring that lies on the bisector of sites i and j.
func voronoiEdges(sites []vxy, cells [][]vxy, lat0 float64) []voronoiEdge {
	k := math.Cos(lat0 * math.Pi / 180)
	var out []voronoiEdge
	for i, ci := range cells {
		if len(ci) < 3 {
			continue
		}
		p := vxy{sites[i].X * k, sites[i].Y}
		for n := range ci {
			a, b := ci[n], ci[(n+1)%len(ci)]
			pa, pb := vxy{a.X * k, a.Y}, vxy{b.X * k, b.Y}
			mid := vxy{(pa.X + pb.X) / 2, (pa.Y + pb.Y) / 2}
			// The neighbour across the edge is the other site as near to
			// the edge's midpoint as p.
			dp := math.Hypot(mid.X-p.X, mid.Y-p.Y)
			best, bestErr := -1, 1e-7*math.Max(1, dp)
			for j, s := range sites {
				if j == i || len(cells[j]) < 3 {
					continue
				}
				q := vxy{s.X * k, s.Y}
				if e := math.Abs(math.Hypot(mid.X-q.X, mid.Y-q.Y) - dp); e < bestErr {
					best, bestErr = j, e
				}
			}
			if best > i {
				out = append(out, voronoiEdge{I: i, J: best, A: a, B: b})
			}
		}
	}
	return out
}
