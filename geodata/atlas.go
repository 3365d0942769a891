package geodata

import (
	"fmt"
	"slices"
	"sort"
	"sync"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata/internal/parallel"
)

// Atlas is a loaded dataset: its features, indexed by day and place, and
// its events. An Atlas is read-only after New and safe for concurrent use.
type Atlas struct {
	// Name says where the data came from (a file name or "bundled").
	Name string
	// Notes say how a foreign file was read (see DecodeFeaturesNoted);
	// nil for a file in the Frontiers format.
	Notes    []string
	features []*Feature
	events   []Event // sorted by date
	byID     map[string][]*Feature
	// bounds are the change days, sorted: epoch e (1 ≤ e ≤ len(bounds)) is
	// [bounds[e-1], bounds[e]); epoch 0 is everything before bounds[0].
	bounds []Day
	epochs [][]*Feature // features valid in each epoch, in file order

	// Territory pieces: features that share a geometry form one piece.
	pieces []*Piece
	// pieceOf[e][p] is the feature valid on piece p in epoch e, or nil.
	pieceOf [][]*Feature
	grid    grid
	edges   []pieceEdges // by piece, for TerritoryAt
	// land is the backdrop: land the dataset does not (yet) cover is drawn
	// grey from it. May be empty.
	land     orb.MultiPolygon
	landP    orb.MultiPolygon // projected
	landGrid grid
	// landBounds and landEdges are the bound and the edge index of each
	// polygon of land, for OnLand, which makes the index on first use
	// (most sessions never ask: 1.3 MB).
	landBounds []orb.Bound
	landEdges  func() []*edgeIndex
}

// New indexes features and events into an Atlas. It checks what no single
// feature shows: versions of one territory overlapping in time, two
// versions of one territory with different geometry, events naming unknown
// features. land, optional, is the backdrop of land outside the data.
func New(name string, features []*Feature, events []Event, land orb.MultiPolygon) (*Atlas, error) {
	a := &Atlas{Name: name, features: features, byID: map[string][]*Feature{}, land: land}
	var probs Problems
	bad := func(f *Feature, field, msg string, args ...any) {
		probs = append(probs, Problem{File: name, Index: f.Index, What: "feature", ID: f.ID, Field: field, Msg: fmt.Sprintf(msg, args...)})
	}
	for _, f := range features {
		a.byID[f.ID] = append(a.byID[f.ID], f)
	}
	for _, vs := range a.byID {
		sort.SliceStable(vs, func(i, j int) bool { return startKey(vs[i]) < startKey(vs[j]) })
		for i := 1; i < len(vs); i++ {
			prev, cur := vs[i-1], vs[i]
			if prev.End.IsZero() || cur.Start.IsZero() || cur.Start.Day < prev.End.Day {
				bad(cur, "start_date", "overlaps feature %d of the same id (%s to %s); versions of one id must follow each other", prev.Index, openDate(prev.Start), openDate(prev.End))
			}
			if prev.Kind != cur.Kind {
				bad(cur, "kind", "%q differs from %q of feature %d of the same id", cur.Kind, prev.Kind, prev.Index)
			}
		}
	}
	for _, e := range events {
		for _, id := range e.Territories {
			if _, ok := a.byID[id]; !ok {
				file := e.File
				if file == "" {
					file = name
				}
				probs = append(probs, Problem{File: file, Index: e.Index, What: "event", ID: e.ID, Field: "territories", Msg: fmt.Sprintf("no feature has id %q", id)})
			}
		}
	}
	a.events = append([]Event(nil), events...)
	sort.SliceStable(a.events, func(i, j int) bool { return a.events[i].Date.Day < a.events[j].Date.Day })

	a.indexDays()
	a.indexPieces()
	probs = append(probs, a.overlaps(name)...)
	if len(probs) > 0 {
		return a, probs
	}
	if land != nil {
		a.landP = projectMulti(land)
		a.landBounds = make([]orb.Bound, len(land))
		for i, pg := range land {
			a.landBounds[i] = multiBound(orb.MultiPolygon{pg})
		}
		a.landGrid = gridOf(a.landBounds)
		a.landEdges = sync.OnceValue(func() []*edgeIndex {
			ix := make([]*edgeIndex, len(land))
			parallel.For(len(land), func(i int) { ix[i] = newEdgeIndex(orb.MultiPolygon{land[i]}) })
			return ix
		})
	}
	return a, nil
}

func startKey(f *Feature) Day {
	if f.Start.IsZero() {
		return -1 << 30
	}
	return f.Start.Day
}

// openDate formats a date, "open" when it is absent.
func openDate(d Date) string {
	if d.IsZero() {
		return "open"
	}
	return d.String()
}

func (a *Atlas) indexDays() {
	set := map[Day]bool{}
	for _, f := range a.features {
		if !f.Start.IsZero() {
			set[f.Start.Day] = true
		}
		if !f.End.IsZero() {
			set[f.End.Day] = true
		}
	}
	a.bounds = make([]Day, 0, len(set))
	for d := range set {
		a.bounds = append(a.bounds, d)
	}
	slices.Sort(a.bounds)
	a.epochs = make([][]*Feature, len(a.bounds)+1)
	for _, f := range a.features {
		lo, hi := 0, len(a.bounds)+1
		if !f.Start.IsZero() {
			lo = a.Epoch(f.Start.Day)
		}
		if !f.End.IsZero() {
			hi = a.Epoch(f.End.Day)
		}
		for e := lo; e < hi; e++ {
			a.epochs[e] = append(a.epochs[e], f)
		}
	}
}

// Epoch returns the number of change days (see ChangeDays) on or before
// d. Days of one epoch have the same features valid: At and
// PieceVersions return the same for them.
func (a *Atlas) Epoch(d Day) int {
	return sort.Search(len(a.bounds), func(i int) bool { return a.bounds[i] > d })
}

// Features returns every feature, in file order. Do not modify the slice.
func (a *Atlas) Features() []*Feature { return a.features }

// Feature returns the feature at index i of the file.
func (a *Atlas) Feature(i int) *Feature {
	if i < 0 || i >= len(a.features) {
		return nil
	}
	return a.features[i]
}

// At returns the features valid on day d, of every kind, in file order,
// without scanning the features. Do not modify the slice.
func (a *Atlas) At(d Day) []*Feature { return a.epochs[a.Epoch(d)] }

// ChangeDays returns the days on which any feature starts or ends, sorted.
func (a *Atlas) ChangeDays() []Day { return a.bounds }

// History returns every version of the feature id, oldest first.
func (a *Atlas) History(id string) []*Feature { return a.byID[id] }

// Version returns the version of id valid on day d, or nil.
func (a *Atlas) Version(id string, d Day) *Feature {
	for _, f := range a.byID[id] {
		if f.ValidOn(d) {
			return f
		}
	}
	return nil
}

// Events returns every event, sorted by date.
func (a *Atlas) Events() []Event { return a.events }

// EventsBetween returns the events from day from to day to, both inclusive.
func (a *Atlas) EventsBetween(from, to Day) []Event {
	lo := sort.Search(len(a.events), func(i int) bool { return a.events[i].Date.Day >= from })
	hi := sort.Search(len(a.events), func(i int) bool { return a.events[i].Date.Day > to })
	if hi < lo {
		return nil
	}
	return a.events[lo:hi]
}

// EventIndex returns the index in Events of the latest event on or before
// d, or -1 if d is before every event.
func (a *Atlas) EventIndex(d Day) int {
	return sort.Search(len(a.events), func(i int) bool { return a.events[i].Date.Day > d }) - 1
}

// EventsFor returns the events that name the feature id, by date.
func (a *Atlas) EventsFor(id string) []Event {
	var out []Event
	for _, e := range a.events {
		if slices.Contains(e.Territories, id) {
			out = append(out, e)
		}
	}
	return out
}

// Bound returns the lon/lat bound of all territories.
func (a *Atlas) Bound() orb.Bound {
	var b orb.Bound
	for i, p := range a.pieces {
		if i == 0 {
			b = p.Bound
		} else {
			b = b.Union(p.Bound)
		}
	}
	return b
}
