package mapimage

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/app/tour"
	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/geodatatest"
	"github.com/frontiers-atlas/frontiers/geodata/render"
	"github.com/frontiers-atlas/frontiers/internal/testfile"
)

func TestStopStyle(t *testing.T) {
	s := tour.Stop{Layer: geodata.Sovereignty, Topics: []string{"baltic"}, Overlays: []string{"frontier"}, Select: []string{"westmark", "eastmark"}}
	st := StopStyle(s)
	want := render.DefaultStyle()
	want.Layer, want.Topics, want.Overlays, want.Selected = geodata.Sovereignty, []string{"baltic"}, []string{"frontier"}, "westmark"
	if !reflect.DeepEqual(st, want) {
		t.Errorf("StopStyle = %+v, want %+v", st, want)
	}
	if got := StopStyle(tour.Stop{}).Selected; got != "" {
		t.Errorf("a stop without a selection selects %q", got)
	}
}

func TestDrawStops(t *testing.T) {
	draw := DrawStops(render.New(geodatatest.Mini(t)), 120, 80)
	s := tour.Stop{Date: geodata.MustDay("1940-07-01"), View: orb.Bound{Min: orb.Point{19, 44}, Max: orb.Point{31, 56}}}
	path := filepath.Join(t.TempDir(), "01.png")
	if err := draw(context.Background(), 0, s, path); err != nil {
		t.Fatal(err)
	}
	if b := testfile.PNG(t, testfile.Read(t, path)).Bounds(); b.Dx() != 120 || b.Dy() != 80 {
		t.Errorf("image %v, want 120×80", b)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := draw(ctx, 0, s, filepath.Join(t.TempDir(), "02.png")); !errors.Is(err, context.Canceled) {
		t.Errorf("after the end of its context: %v", err)
	}
}
