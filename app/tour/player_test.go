package tour

import (
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
)

func testTour(t *testing.T) *Tour {
	tr, err := Parse("t.json", []byte(good))
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func TestPlayerSteps(t *testing.T) {
	tr := testTour(t)
	p := NewPlayer(tr)
	if p.Len() != 3 || p.Index() != 0 || p.Position() != "stop 1 of 3" || p.Stop().Text != "One." {
		t.Fatalf("start: %s %q", p.Position(), p.Stop().Text)
	}
	if d, v, done := p.Frame(0); !done || d != tr.Stops[0].Date || v != tr.Stops[0].View {
		t.Errorf("no transition at the start: %v %v %v", d, v, done)
	}
	if p.Prev() {
		t.Error("Prev at the first stop")
	}
	if !p.Next() || p.Position() != "stop 2 of 3" || p.Stop().Text != "Two." || !p.Moving() {
		t.Fatalf("after Next: %s %q moving=%v", p.Position(), p.Stop().Text, p.Moving())
	}
	from, to := tr.Stops[0], tr.Stops[1]
	d0, v0, done := p.Frame(0)
	if done || d0 != from.Date || v0 != from.View {
		t.Errorf("t=0: %v %v %v", d0, v0, done)
	}
	// The date sweeps day by day, never backwards; the view passes through
	// sizes at least as large as both ends' near the middle.
	prev := d0
	for ms := 50; ms < 1000; ms += 50 {
		d, v, done := p.Frame(time.Duration(ms) * time.Millisecond)
		if done {
			t.Fatalf("done at %d ms", ms)
		}
		if d < prev || d < from.Date || d > to.Date {
			t.Errorf("%d ms: day %v after %v", ms, d, prev)
		}
		prev = d
		if ms == 500 {
			mid := from.Date + (to.Date-from.Date)/2
			if d < mid-1 || d > mid+1 {
				t.Errorf("halfway day %v, want about %v", d, mid)
			}
			// The union of both views fits in the view halfway.
			u := from.View.Union(to.View)
			if v.Max[0]-v.Min[0] < u.Max[0]-u.Min[0]-1e-9 {
				t.Errorf("halfway view %v is narrower than both views %v: no zoom out", v, u)
			}
		}
	}
	d, v, done := p.Frame(time.Second)
	if !done || d != to.Date || v != to.View || p.Moving() {
		t.Errorf("end: %v %v %v", d, v, done)
	}
}

func TestPlayerEase(t *testing.T) {
	p := NewPlayer(testTour(t))
	p.Next()
	// Eased: slow at the start, so after a tenth of the time less than a
	// tenth of the days have passed.
	from, to := p.tour.Stops[0].Date, p.tour.Stops[1].Date
	d, _, _ := p.Frame(100 * time.Millisecond)
	if frac := float64(d-from) / float64(to-from); frac >= 0.1 || frac <= 0 {
		t.Errorf("after 10%% of the time %.3f of the days", frac)
	}
}

func TestPlayerSkipAndGo(t *testing.T) {
	tr := testTour(t)
	p := NewPlayer(tr)
	p.Duration = 2 * time.Second
	p.Go(2)
	p.Frame(time.Second) // halfway
	p.Skip()
	if d, v, done := p.Frame(time.Millisecond); !done || d != tr.Stops[2].Date || v != tr.Stops[2].View {
		t.Errorf("after Skip: %v %v %v", d, v, done)
	}
	// A transition started part way through another starts where the map is.
	p.Go(0)
	mid, midView, _ := p.Frame(time.Second)
	p.Go(1)
	if d, v, _ := p.Frame(0); d != mid || v != midView {
		t.Errorf("restart from %v %v, want %v %v", d, v, mid, midView)
	}
	if p.Go(1) || p.Go(3) || p.Go(-1) {
		t.Error("Go to the current stop or out of range")
	}
	if p.Next(); p.Next() {
		t.Error("Next past the end")
	}
}

func TestPlayerSameView(t *testing.T) {
	b := orb.Bound{Min: orb.Point{10, 50}, Max: orb.Point{20, 55}}
	tr := &Tour{Title: "x", Stops: []Stop{{Date: geodata.Signing, View: b, Title: "a", Text: "a"}, {Date: geodata.Signing, View: b, Title: "b", Text: "b"}}}
	p := NewPlayer(tr)
	p.Next()
	if p.Moving() {
		t.Error("moving between identical stops")
	}
	if _, _, done := p.Frame(0); !done {
		t.Error("not done")
	}
	if p.Stop().Text != "b" {
		t.Error("text not the second stop's")
	}
}
