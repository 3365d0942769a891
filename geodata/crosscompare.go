package geodata

import (
	"sort"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// crossSamples is the side of the grid of points a territory is sampled
// on by CompareAtlases (crossSamples² points over its bound).
const crossSamples = 8

// crossShare is the share of a territory's samples that must have
// another holder in the other dataset for it to be a change.
const crossShare = 0.25

// CompareAtlases compares two datasets: atlas a on day da with atlas b on
// day db, on layer l. The two need not share ids (Frontiers' own data
// against a CShapes or OpenHistoricalMap file), so the land is compared,
// not the ids: each territory of a valid on da is sampled on a grid of
// points inside it, each point weighing an equal share of its area, and
// b's holder on db at every point (TerritoryAt) is set against a's. Two
// holders are the same when their Keys are (the same COW code, else the
// same name).
//
// A territory is a Change when at least a quarter of it has another holder
// in b, or no territory of b: its ID and Name are a's, From a's holder, To
// the holder b gives most of the differing part (the zero Holder when
// that part is outside b's data), AreaKm2 the area of the differing part.
// Holders are what each holder has more (Gained) or less (Lost) in b than
// in a over the whole of a's land, the part outside b's data left out.
// Land b has and a does not is not compared. changedB is the set of b's
// territories (ids) that hold a differing part of a changed territory.
func CompareAtlases(a *Atlas, da Day, b *Atlas, db Day, l Layer) (d Diff, changedB map[string]bool) {
	d = Diff{From: da, To: db, Layer: l}
	changedB = map[string]bool{}
	bal := balances{}
	balance := bal.of
	for _, f := range a.At(da) {
		if f.Kind != KindTerritory {
			continue
		}
		pts := samplePoints(f.Geometry)
		if len(pts) == 0 {
			continue
		}
		area := Area(f.Geometry)
		w := area / float64(len(pts))
		ha := f.Holder(l)
		type other struct {
			h Holder
			n int
		}
		others := map[string]*other{} // b's differing holders, by Key
		var outside, differ int
		var hitIDs []string
		for _, p := range pts {
			g := b.TerritoryAt(db, p)
			if g == nil {
				outside++
				continue
			}
			hb := g.Holder(l)
			if hb.Key() == ha.Key() {
				continue
			}
			differ++
			hitIDs = append(hitIDs, g.ID)
			o := others[hb.Key()]
			if o == nil {
				o = &other{h: hb}
				others[hb.Key()] = o
			}
			o.n++
			balance(ha).Lost += w
			balance(hb).Gained += w
		}
		if float64(differ+outside) < crossShare*float64(len(pts)) {
			continue
		}
		var to Holder
		best := outside
		keys := make([]string, 0, len(others))
		for k := range others {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if o := others[k]; o.n > best {
				to, best = o.h, o.n
			}
		}
		for _, id := range hitIDs {
			changedB[id] = true
		}
		c := Change{ID: f.ID, Name: f.Name, From: ha, To: to, AreaKm2: w * float64(differ+outside)}
		for _, t := range Topics {
			if f.HasTopic(t) {
				c.Topics = append(c.Topics, t)
			}
		}
		d.Changes = append(d.Changes, c)
	}
	d.sort(bal)
	return d.WithStates(func(h string) string { return h }), changedB
}

// samplePoints returns the points of a crossSamples × crossSamples grid
// over g's bound (at the centres of its cells) that fall inside g, a
// Polygon or MultiPolygon; for a territory too thin for the grid to hit,
// the first vertex of its outer ring.
func samplePoints(g orb.Geometry) []orb.Point {
	mp := asMulti(g)
	if len(mp) == 0 || len(mp[0]) == 0 || len(mp[0][0]) == 0 {
		return nil
	}
	bd := mp.Bound()
	dx, dy := (bd.Max[0]-bd.Min[0])/crossSamples, (bd.Max[1]-bd.Min[1])/crossSamples
	var pts []orb.Point
	for i := range crossSamples {
		for j := range crossSamples {
			p := orb.Point{bd.Min[0] + (float64(i)+0.5)*dx, bd.Min[1] + (float64(j)+0.5)*dy}
			if planar.MultiPolygonContains(mp, p) {
				pts = append(pts, p)
			}
		}
	}
	if len(pts) == 0 {
		pts = append(pts, mp[0][0][0])
	}
	return pts
}
