package main

import (
	"github.com/peterstace/simplefeatures/geom"
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
func sovereignOn(d *dataset, day string) map[string]holder {
	out := map[string]holder{}
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
func frontierOn(b *builder, d *dataset, sovereign holder, day string, contexts map[string]bool) geom.Geometry {
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

var (
	finlandIDs   = []string{"fi-finland", "fi-hanko", "fi-karelian-isthmus-south", "fi-karelian-isthmus", "fi-ladoga-karelia", "fi-ladoga-karelia-east", "fi-salla-kuusamo", "fi-petsamo", "fi-rybachy"}
	estLatIDs    = []string{"ee-north", "ee-south", "ee-saaremaa", "ee-hiiumaa", "ee-petseri", "ee-narvataguse", "lv-latvia", "lv-abrene"}
	bessarabiaID = []string{"md-bessarabia", "ua-southern-bessarabia", "ua-khotyn"}
)

const (
	srcBasesFRUS = "Eden's report of his Moscow talks with Stalin, 16–20 December 1941; US telegrams on the talks, FRUS 1941 vol. I"
	noteBases    = "Approximate placement for display only. The sources say no more than that Stalin would support British bases in western European countries (France, Belgium, the Netherlands — 'Holland or elsewhere on the Atlantic coast') and in Norway and Denmark; no ports or sites are named. The idea was dropped: the treaty signed on 26 May 1942 has no territorial clauses."
	notePassage  = "Our seed text speaks of British naval bases and maritime passage through the English Channel, the North Sea and the Baltic; no route is defined in the sources, so this line is only indicative."
)

func overlays() []*overlay {
	base := func(id, name string, lon, lat float64) *overlay {
		return &overlay{ID: id, Name: name, Kind: "base", Start: "1941-12-16~", End: "1942-05-26", Source: srcBasesFRUS, Note: noteBases,
			Precision: "approximate", Topics: []string{"bases"}, Geom: func(*builder, *dataset) geom.Geometry { return pointGeom(lon, lat) }}
	}
	passage := func(id, name string, pts ...[2]float64) *overlay {
		return &overlay{ID: id, Name: name, Kind: "passage", Start: "1941-12-16~", End: "1942-05-26", Source: srcBasesFRUS + "; seed text on the 1942 treaty", Note: notePassage,
			Precision: "approximate", Topics: []string{"bases"}, Geom: func(*builder, *dataset) geom.Geometry { return lineGeom(pts...) }}
	}
	return []*overlay{
		{ID: "frontier-ussr-1939", Name: "Soviet western frontier of 1 September 1939", Kind: "frontier", End: "1939-09-17",
			Source: "Treaties of Tartu (Estonia, 2 Feb 1920; Finland, 14 Oct 1920), Riga (Latvia, 11 Aug 1920; Poland, 18 Mar 1921) and the Dniester line with Romania (never recognised by the USSR as a border)",
			Note:   "Traced only where it bounds the territories of this dataset (Finland, Estonia, Latvia, Poland, the Dniester). It changed on 17 September 1939 with the invasion of Poland.",
			Topics: []string{"finland", "baltic", "bessarabia"},
			Geom: func(b *builder, d *dataset) geom.Geometry {
				return frontierOn(b, d, ussr, "1939-09-01", map[string]bool{"russia": true, "ukraine": true})
			}},
		{ID: "frontier-ussr-1941", Name: "Soviet western frontier of 22 June 1941", Kind: "frontier", Start: "1941-06-22",
			Source: "Soviet frontier on the eve of the German invasion, after the Moscow Peace Treaty (12 Mar 1940), the annexation of the Baltic states (3–6 Aug 1940) and of Bessarabia and Northern Bukovina (28 Jun – 2 Aug 1940); Stalin asked Britain to recognise it in December 1941 and again in spring 1942",
			Note:   "The frontier Stalin wanted recognised in the Anglo-Soviet treaty; Britain would not commit itself and the treaty of 26 May 1942 left frontiers out. Traced only where it bounds the territories of this dataset.",
			Topics: []string{"finland", "baltic", "bessarabia"},
			Geom: func(b *builder, d *dataset) geom.Geometry {
				return frontierOn(b, d, ussr, "1941-06-21", map[string]bool{"russia": true, "ukraine": true, "galicia": true, "belarus": true})
			}},
		{ID: "sphere-soviet-1939-08", Name: "Soviet sphere of influence (secret protocol of 23 August 1939)", Kind: "sphere", Start: "1939-08-23", End: "1939-09-28",
			Source: "Secret Additional Protocol to the German–Soviet Non-Aggression Pact, 23 August 1939, art. 1 and 3 (Finland, Estonia, Latvia; Soviet interest in Bessarabia)",
			Note:   "Approximate: the protocol drew the line along the northern border of Lithuania and named Bessarabia; it drew no lines in Romania.", Precision: "approximate",
			Topics: []string{"finland", "baltic", "bessarabia"},
			Geom: func(b *builder, d *dataset) geom.Geometry {
				return unionOf(d, append(append(append([]string{}, finlandIDs...), estLatIDs...), bessarabiaID...)...)
			}},
		{ID: "sphere-german-lithuania-1939-08", Name: "German sphere: Lithuania (secret protocol of 23 August 1939)", Kind: "sphere", Start: "1939-08-23", End: "1939-09-28",
			Source: "Secret Additional Protocol, 23 August 1939, art. 1 (Lithuania in the German sphere; both parties recognised Lithuania's interest in Vilnius)",
			Note:   "Moved to the Soviet sphere by the protocol of 28 September 1939.", Precision: "approximate", Topics: []string{"baltic"},
			Geom: func(b *builder, d *dataset) geom.Geometry { return unionOf(d, "lt-lithuania", "lt-vilnius") }},
		{ID: "sphere-soviet-1939-09", Name: "Soviet sphere of influence (amended 28 September 1939)", Kind: "sphere", Start: "1939-09-28", End: "1941-06-22",
			Source: "Secret protocol to the German–Soviet Boundary and Friendship Treaty, 28 September 1939 (Lithuania moved to the Soviet sphere in exchange for Lublin and part of Warsaw province)",
			Note:   "Approximate: a strip of south-western Lithuania was reserved to Germany by the same protocol (the USSR bought it back on 10 January 1941); it is not drawn separately.", Precision: "approximate",
			Topics: []string{"finland", "baltic", "bessarabia"},
			Geom: func(b *builder, d *dataset) geom.Geometry {
				return unionOf(d, append(append(append([]string{"lt-lithuania", "lt-vilnius"}, finlandIDs...), estLatIDs...), bessarabiaID...)...)
			}},
		base("base-netherlands-coast", "Proposed British base: Dutch coast", 4.12, 52.0),
		base("base-belgian-coast", "Proposed British base: Belgian coast", 2.92, 51.23),
		base("base-channel-coast", "Proposed British base: French Channel coast (Boulogne area)", 1.6, 50.73),
		base("base-norway-coast", "Proposed British base: Norwegian coast", 5.3, 60.4),
		base("base-denmark", "Proposed British base: Denmark (Skagerrak)", 10.55, 57.72),
		passage("passage-channel", "Maritime passage: English Channel", [2]float64{-5.5, 49.6}, [2]float64{-1.0, 50.1}, [2]float64{1.4, 50.9}, [2]float64{2.4, 51.4}),
		passage("passage-north-sea", "Maritime passage: North Sea to the Skagerrak", [2]float64{2.4, 51.4}, [2]float64{3.5, 54.0}, [2]float64{6.5, 57.6}, [2]float64{10.0, 57.95}),
		passage("passage-baltic-entrances", "Maritime passage: Baltic entrances (Kattegat, Øresund)", [2]float64{10.6, 57.9}, [2]float64{11.6, 57.0}, [2]float64{12.6, 56.1}, [2]float64{12.75, 55.6}, [2]float64{13.5, 55.2}),
	}
}
