package tour

import (
	"fmt"
	"math"
	"time"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// DefaultDuration is how long a transition between two stops lasts.
const DefaultDuration = time.Second

// Player steps through a tour. It is a pure state machine: the window
// calls Next, Prev or Go on a key or button, then Frame on every tick
// with the time since that call, and draws the day and view it returns
// until done. A Player is not safe for concurrent use.
type Player struct {
	tour *Tour
	cur  int
	// Duration is the length of a transition; 0 means DefaultDuration.
	Duration time.Duration

	// The transition: from what was shown to stop cur.
	fromDay  geodata.Day
	fromView orb.Bound
	moving   bool
	// Where the last Frame left the map, the start of the next transition.
	lastDay  geodata.Day
	lastView orb.Bound
}

// NewPlayer returns a player at the first stop of t, with no transition
// under way. t must have at least one stop (as every parsed tour has).
func NewPlayer(t *Tour) *Player {
	p := &Player{tour: t}
	if len(t.Stops) > 0 {
		p.lastDay, p.lastView = t.Stops[0].Date, t.Stops[0].View
	}
	return p
}

// Tour returns the tour played.
func (p *Player) Tour() *Tour { return p.tour }

// Len returns the number of stops N.
func (p *Player) Len() int { return len(p.tour.Stops) }

// Index returns the current stop's index, from 0 (the stop a transition
// under way goes to).
func (p *Player) Index() int { return p.cur }

// Stop returns the current stop: its text is shown from the start of the
// transition to it.
func (p *Player) Stop() Stop { return p.tour.Stops[p.cur] }

// Position says where the tour is, "stop 3 of 17".
func (p *Player) Position() string { return fmt.Sprintf("stop %d of %d", p.cur+1, p.Len()) }

// Next goes to the following stop; false (and nothing changes) at the last.
func (p *Player) Next() bool { return p.Go(p.cur + 1) }

// Prev goes to the previous stop; false (and nothing changes) at the first.
func (p *Player) Prev() bool { return p.Go(p.cur - 1) }

// Go starts a transition to stop i (from 0) from where the map is now,
// which may be part way through another transition. It returns false,
// changing nothing, if i is out of range or already the current stop.
func (p *Player) Go(i int) bool {
	if i < 0 || i >= p.Len() || i == p.cur {
		return false
	}
	p.fromDay, p.fromView = p.lastDay, p.lastView
	p.cur = i
	to := p.tour.Stops[i]
	p.moving = p.fromDay != to.Date || p.fromView != to.View
	if !p.moving {
		p.lastDay, p.lastView = to.Date, to.View
	}
	return true
}

// Moving reports whether a transition is under way.
func (p *Player) Moving() bool { return p.moving }

// Skip ends the transition under way: the next Frame is the stop itself.
func (p *Player) Skip() {
	s := p.Stop()
	p.moving = false
	p.lastDay, p.lastView = s.Date, s.View
}

// duration returns the transition's length.
func (p *Player) duration() time.Duration {
	if p.Duration <= 0 {
		return DefaultDuration
	}
	return p.Duration
}

// Frame returns the day and view t into the transition under way, and
// done once t reaches the transition's end (or it was skipped, or there
// was none): then day and view are the current stop's, and the transition
// is over. The date moves day by day from the earlier stop's to the new
// one's, and the view flies: its centre moves along the straight line in
// longitude/latitude while its size grows to take in both views halfway
// and shrinks again to the new one, both eased in and out.
func (p *Player) Frame(t time.Duration) (day geodata.Day, view orb.Bound, done bool) {
	to := p.Stop()
	if !p.moving || t >= p.duration() {
		p.moving = false
		p.lastDay, p.lastView = to.Date, to.View
		return to.Date, to.View, true
	}
	s := math.Max(0, float64(t)/float64(p.duration()))
	e := ease(s)
	day = p.fromDay + geodata.Day(math.Round(float64(to.Date-p.fromDay)*e))
	view = flyTo(p.fromView, to.View, e, s)
	p.lastDay, p.lastView = day, view
	return day, view, false
}

// ease is the smoothstep ease-in-out: 0 at 0, 1 at 1, flat at both ends.
func ease(s float64) float64 { return s * s * (3 - 2*s) }

// flyTo is the view at eased fraction e (raw fraction s) of the flight
// from a to b. The half-sizes are interpolated, plus a bump, largest at
// s = 1/2, that makes the view halfway as large as the union of a and b
// (when that is larger than their mean): the map zooms out, then in.
func flyTo(a, b orb.Bound, e, s float64) orb.Bound {
	ca, cb := a.Center(), b.Center()
	c := orb.Point{ca[0] + (cb[0]-ca[0])*e, ca[1] + (cb[1]-ca[1])*e}
	wa, ha := a.Max[0]-a.Min[0], a.Max[1]-a.Min[1]
	wb, hb := b.Max[0]-b.Min[0], b.Max[1]-b.Min[1]
	u := a.Union(b)
	wu, hu := u.Max[0]-u.Min[0], u.Max[1]-u.Min[1]
	// The zoom-out factor halfway: the union's size over the mean size,
	// the same for both axes so that the view keeps its shape.
	mw, mh := (wa+wb)/2, (ha+hb)/2
	k := math.Max(1, math.Max(wu/mw, hu/mh))
	bump := 1 + (k-1)*4*s*(1-s)
	w := (wa + (wb-wa)*e) * bump
	h := (ha + (hb-ha)*e) * bump
	v := orb.Bound{Min: orb.Point{c[0] - w/2, c[1] - h/2}, Max: orb.Point{c[0] + w/2, c[1] + h/2}}
	// Stay on the globe.
	v.Min[0], v.Max[0] = math.Max(-180, v.Min[0]), math.Min(180, v.Max[0])
	v.Min[1], v.Max[1] = math.Max(-90, v.Min[1]), math.Min(90, v.Max[1])
	return v
}
