package render

import (
	"cmp"
	"runtime"
	"runtime/debug"
	"slices"
	"sync"
	"weak"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// Scene is what every view of an atlas draws from: its pieces and land in
// projected metres, simplified for coarse resolutions (levels of detail)
// keeping the borders the pieces share identical, and the topology of
// each level (what lies across each ring segment). Levels are made on
// first use. A Scene is read-only and safe for concurrent use; the
// renderers of one atlas share its scene (see SceneOf).
type Scene struct {
	pieces    []orb.MultiPolygon // projected, by piece
	bounds    []orb.Bound        // of pieces
	rough     []bool             // by piece: some version approximate
	land      orb.MultiPolygon   // projected, may be nil
	landBound orb.Bound
	order     []int   // the pieces from west to east
	levels    []level // by lodTolerances
	full      level   // the full geometry
	// labelPoles are the pieces' label anchors, made on first use.
	labelPoles labelPoles
}

// lodTolerances are the tolerances, in projected metres, of the
// simplified versions of the geometry drawn at coarse resolutions: a view
// of resolution res uses the coarsest level whose tolerance is at most
// res·lodRes (a fraction of a pixel), else the full geometry.
// From 1 km they grow by √2, so that the level a view uses has about as
// few points as the ¾ pixel allows (within a factor √2 of the tolerance);
// below, where a view shows a small part of the map, by 2, which keeps
// the memory of the finest levels (the largest) to one.
var lodTolerances = []float64{500, 1000, 1414, 2000, 2828, 4000, 5657, 8000}

// lodRes is the fraction of a pixel a simplification may move a border.
const lodRes = 0.75

// level is the geometry drawn at one level of detail, made on first use.
type level struct {
	once   sync.Once
	pieces []orb.MultiPolygon // by piece
	land   orb.MultiPolygon
	topo   topology
}

// scenes are the scenes of the atlases in use. A scene refers to its
// atlas's geometry, not to the atlas, so that it goes when the atlas does.
var scenes struct {
	sync.Mutex
	m map[weak.Pointer[geodata.Atlas]]*Scene
}

// SceneOf returns the scene of a, made the first time it is asked for.
func SceneOf(a *geodata.Atlas) *Scene {
	k := weak.Make(a)
	scenes.Lock()
	defer scenes.Unlock()
	if s, ok := scenes.m[k]; ok {
		return s
	}
	if scenes.m == nil {
		scenes.m = map[weak.Pointer[geodata.Atlas]]*Scene{}
	}
	s := newScene(a)
	scenes.m[k] = s
	runtime.AddCleanup(a, func(k weak.Pointer[geodata.Atlas]) {
		scenes.Lock()
		delete(scenes.m, k)
		scenes.Unlock()
	}, k)
	return s
}

func newScene(a *geodata.Atlas) *Scene {
	ps := a.Pieces()
	s := &Scene{
		pieces: make([]orb.MultiPolygon, len(ps)),
		bounds: make([]orb.Bound, len(ps)),
		rough:  make([]bool, len(ps)),
		land:   a.ProjectedLand(),
		levels: make([]level, len(lodTolerances)),
		order:  make([]int, len(ps)),
	}
	for i, p := range ps {
		s.pieces[i], s.bounds[i], s.rough[i], s.order[i] = p.Projected, p.ProjectedBound, p.Approximate, i
	}
	if s.land != nil {
		s.landBound = s.land.Bound()
	}
	slices.SortStableFunc(s.order, func(i, j int) int { return cmp.Compare(s.bounds[i].Min[0], s.bounds[j].Min[0]) })
	return s
}

// Prepare makes now (e.g. in the background after loading) the labels'
// anchors and the levels of detail of the views of the whole map and of
// moderate zooms (tolerances of prepareFrom and more), rather than for
// the first view that needs them; the finer levels, for views of a small
// part of the map, are made on first use (a few hundred ms once), which
// keeps the window's memory ~10 MB lower. Making a level takes several
// times its size for a moment: Prepare then gives what it freed back to
// the system (debug.FreeOSMemory), so that the process's memory is not
// sized by that moment until the collector next runs.
func (s *Scene) Prepare() {
	for i, tol := range lodTolerances {
		if tol >= prepareFrom {
			s.levelOfDetail(i)
		}
	}
	s.poles()
	debug.FreeOSMemory()
}

// prepareFrom is the finest tolerance Prepare makes, in metres: the level
// of a view at 1.9 km a pixel (Europe at about 3,000 pixels wide).
const prepareFrom = 1414

// levelOfDetail returns the pieces and the land simplified at
// lodTolerances[i], keeping the borders the pieces share identical.
func (s *Scene) levelOfDetail(i int) *level {
	l := &s.levels[i]
	l.once.Do(func() {
		polys := slices.Clone(s.pieces)
		if s.land != nil {
			// The land with the pieces, so that the coasts they share stay
			// shared.
			polys = append(polys, s.land)
		}
		polys = compact(simplifyShared(polys, lodTolerances[i]))
		l.pieces = polys[:len(s.pieces)]
		if s.land != nil {
			l.land = polys[len(s.pieces)]
		}
		l.topo = topologyOf(l.pieces, l.land)
	})
	return l
}

// compact returns polys with every point in one array (the rings slices
// of it), so that a level of detail is a few large blocks of memory
// rather than thousands of small ones among the garbage of making it.
func compact(polys []orb.MultiPolygon) []orb.MultiPolygon {
	n, rings, pgs := 0, 0, 0
	for _, mp := range polys {
		pgs += len(mp)
		for _, pg := range mp {
			rings += len(pg)
			n += points(orb.MultiPolygon{pg})
		}
	}
	pts := make([]orb.Point, 0, n)
	ringStore := make([]orb.Ring, 0, rings)
	pgStore := make([]orb.Polygon, 0, pgs)
	out := make([]orb.MultiPolygon, len(polys))
	for i, mp := range polys {
		if mp == nil {
			continue
		}
		omp := orb.MultiPolygon(pgStore[len(pgStore) : len(pgStore)+len(mp) : len(pgStore)+len(mp)])
		for j, pg := range mp {
			opg := orb.Polygon(ringStore[len(ringStore) : len(ringStore)+len(pg) : len(ringStore)+len(pg)])
			for k, r := range pg {
				start := len(pts)
				pts = append(pts, r...)
				opg[k] = orb.Ring(pts[start:len(pts):len(pts)])
			}
			ringStore = ringStore[:len(ringStore)+len(pg)]
			omp[j] = opg
		}
		pgStore = pgStore[:len(pgStore)+len(mp)]
		out[i] = omp
	}
	return out
}

// geometry returns the pieces and the land drawn at resolution res, and
// their topology.
func (s *Scene) geometry(res float64) *level {
	if i := lodLevel(res); i >= 0 {
		return s.levelOfDetail(i)
	}
	l := &s.full
	l.once.Do(func() {
		l.pieces, l.land = s.pieces, s.land
		l.topo = topologyOf(l.pieces, l.land)
	})
	return l
}

// lodLevel returns the level of detail for resolution res: an index into
// lodTolerances, or -1 for the full geometry.
func lodLevel(res float64) int {
	level := -1
	for i, tol := range lodTolerances {
		if tol <= res*lodRes {
			level = i
		}
	}
	return level
}

// partition splits the pieces, and the land (index len(pieces)), into n
// groups of about the same number of segments (largest first), the same
// way every time.
func (l *level) partition(n int) [][]int {
	type item struct{ i, cost int }
	items := make([]item, 0, len(l.pieces)+1)
	for i, mp := range l.pieces {
		items = append(items, item{i, points(mp)})
	}
	items = append(items, item{len(l.pieces), points(l.land)})
	slices.SortStableFunc(items, func(a, b item) int { return b.cost - a.cost })
	out := make([][]int, n)
	load := make([]int, n)
	for _, it := range items {
		k := 0
		for j := range load {
			if load[j] < load[k] {
				k = j
			}
		}
		out[k] = append(out[k], it.i)
		load[k] += it.cost
	}
	return out
}

// points returns the number of points of mp, rings' closing points
// included.
func points(mp orb.MultiPolygon) int {
	n := 0
	for _, pg := range mp {
		for _, ring := range pg {
			n += len(ring)
		}
	}
	return n
}
