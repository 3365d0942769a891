package main

import (
	"github.com/peterstace/simplefeatures/geom"

	"github.com/frontiers-atlas/frontiers/geodata"
)

func pointGeom(lon, lat float64) geom.Geometry {
	return geom.NewPoint(geom.Coordinates{XY: geom.XY{X: lon, Y: lat}, Type: geom.DimXY}).AsGeometry()
}

func lineGeom(pts ...[2]float64) geom.Geometry {
	flat := make([]float64, 0, 2*len(pts))
	for _, p := range pts {
		flat = append(flat, p[0], p[1])
	}
	return geom.NewLineString(geom.NewSequence(flat, geom.DimXY)).AsGeometry()
}

// sovereignOn returns, for each territory, its de jure holder on day.
func sovereignOn(d *dataset, day string) map[string]geodata.Holder {
	out := map[string]geodata.Holder{}
	for _, t := range d.territories {
		for _, v := range t.Versions {
			if dayIn(day, v.Start, v.End) {
				out[t.ID] = v.Sov
			}
		}
	}
	return out
}

// frontierOn traces the land boundary between the land of sovereign and the
// rest on day, from our territories and the context regions around them
// (those in contexts count as sovereign's).
func frontierOn(b *builder, d *dataset, sovereign geodata.Holder, day string, contexts map[string]bool) geom.Geometry {
	sov := sovereignOn(d, day)
	var s, n []geom.Geometry
	for _, t := range d.territories {
		if sov[t.ID] == sovereign {
			s = append(s, t.geom)
		} else {
			n = append(n, t.geom)
		}
	}
	ctx := map[string]geom.Geometry{
		"russia": b.russiaInterior(), "kaliningrad": b.kaliningrad(), "poland": b.C("Poland"),
		"belarus": b.C("Belarus"), "ukraine": diff(b.ukraineRest(), b.galicia()), "galicia": b.galicia(),
	}
	// A context region stands only for land that no territory covers (regions
	// added later, e.g. Poland, Belarus and Ukraine, tile parts of them).
	var covered []geom.Geometry
	for _, t := range d.territories {
		covered = append(covered, t.geom)
	}
	cov := union(covered...)
	for _, name := range []string{"russia", "kaliningrad", "poland", "belarus", "ukraine", "galicia"} {
		g := dropSlivers(diff(snapped(ctx[name]), cov))
		if g.IsEmpty() {
			continue
		}
		if contexts[name] {
			s = append(s, g)
		} else {
			n = append(n, g)
		}
	}
	S := union(s...)
	N := union(n...)
	line := linear(must(geom.Intersection(S.Boundary(), N.Boundary())))
	// Keep only the stretches that bound our own territories (not, say, the
	// Poland–Belarus border between two context regions).
	// (A territory's own boundary, not that of their union: once regions tile
	// the land, the frontier runs inside the union.)
	var edges []geom.Geometry
	for _, t := range d.territories {
		edges = append(edges, t.geom.Boundary())
	}
	line = linear(must(geom.Intersection(line, must(geom.UnionMany(edges)))))
	return mergeLines(line)
}

// dropSlivers removes polygons under 1e-4 deg² (rounding leftovers).
func dropSlivers(g geom.Geometry) geom.Geometry {
	var keep []geom.Geometry
	for _, p := range g.Dump() {
		if p.Area() >= 1e-4 {
			keep = append(keep, p)
		}
	}
	return union(keep...)
}

// mergeLines joins touching segments into longer lines so the output stays small.
func mergeLines(g geom.Geometry) geom.Geometry {
	if g.IsEmpty() {
		return g
	}
	var segs [][][2]float64
	for _, part := range g.Dump() {
		if ls, ok := part.AsLineString(); ok {
			if r := roundSeq(ls.Coordinates()); len(r) >= 2 {
				segs = append(segs, r)
			}
		}
	}
	// Greedy chaining on equal end points.
	used := make([]bool, len(segs))
	var out []geom.LineString
	for i := range segs {
		if used[i] {
			continue
		}
		used[i] = true
		chain := append([][2]float64{}, segs[i]...)
		for changed := true; changed; {
			changed = false
			for j := range segs {
				if used[j] {
					continue
				}
				s := segs[j]
				switch {
				case chain[len(chain)-1] == s[0]:
					chain = append(chain, s[1:]...)
				case chain[len(chain)-1] == s[len(s)-1]:
					for k := len(s) - 2; k >= 0; k-- {
						chain = append(chain, s[k])
					}
				case chain[0] == s[len(s)-1]:
					chain = append(append([][2]float64{}, s[:len(s)-1]...), chain...)
				case chain[0] == s[0]:
					var rev [][2]float64
					for k := len(s) - 1; k >= 1; k-- {
						rev = append(rev, s[k])
					}
					chain = append(rev, chain...)
				default:
					continue
				}
				used[j] = true
				changed = true
			}
		}
		flat := make([]float64, 0, 2*len(chain))
		for _, p := range chain {
			flat = append(flat, p[0], p[1])
		}
		out = append(out, geom.NewLineString(geom.NewSequence(flat, geom.DimXY)))
	}
	return geom.NewMultiLineString(out).AsGeometry()
}

func unionOf(d *dataset, ids ...string) geom.Geometry {
	var gs []geom.Geometry
	for _, id := range ids {
		found := false
		for _, t := range d.territories {
			if t.ID == id {
				gs = append(gs, t.geom)
				found = true
			}
		}
		if !found {
			panic("unionOf: no territory " + id)
		}
	}
	return union(gs...)
}
