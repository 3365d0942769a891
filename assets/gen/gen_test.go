package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/peterstace/simplefeatures/geom"

	"github.com/frontiers-atlas/frontiers/geodata"
)

const neDir = "../../build/npm/node_modules/world-atlas"

// built is the dataset built once for every test of the package (building
// it from Natural Earth 1:10m takes a while).
var built struct {
	once sync.Once
	ds   *dataset
	err  error
}

func buildForTest(t *testing.T) *dataset {
	t.Helper()
	if _, err := os.Stat(filepath.Join(neDir, "countries-50m.json")); err != nil {
		// make test sets FRONTIERS_REQUIRE_NE, so CI never skips these.
		msg := fmt.Sprintf("Natural Earth input not installed: %v (run make npm-world-atlas or make data, which install the npm package world-atlas)", err)
		if os.Getenv("FRONTIERS_REQUIRE_NE") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	built.once.Do(func() {
		w, err := loadWorld(neDir)
		if err != nil {
			built.err = err
			return
		}
		d, err := loadData(dataFS, regions)
		if err != nil {
			built.err = err
			return
		}
		built.ds, built.err = build(w, d)
	})
	if built.err != nil {
		t.Fatal(built.err)
	}
	return built.ds
}

// TestDataset checks the built dataset, the pieces derived from the register
// with FRONTIERS_FRONTS too: sources, statuses, version order, event ids,
// and that no two territories overlap (the loader checks the data files
// themselves, TestLoadDataErrors).
func TestDataset(t *testing.T) {
	ds := buildForTest(t)
	ids := map[string]bool{}
	days := map[string]bool{"1939-01-01": true}
	for _, tr := range ds.territories {
		if ids[tr.ID] {
			t.Errorf("duplicate territory %s", tr.ID)
		}
		ids[tr.ID] = true
		prevEnd := ""
		for i, v := range tr.Versions {
			if v.Source == "" || v.Ctrl.Name == "" || v.Sov.Name == "" || !slices.Contains(geodata.Statuses, v.Status) {
				t.Errorf("%s version %d: missing source/holder or bad status %q", tr.ID, i, v.Status)
			}
			if i > 0 && v.Start != prevEnd {
				t.Errorf("%s version %d starts %q but previous ends %q", tr.ID, i, v.Start, prevEnd)
			}
			if i == 0 && v.Start != "" || i == len(tr.Versions)-1 && v.End != "" {
				t.Errorf("%s: first version must have an open start and the last an open end", tr.ID)
			}
			if v.Start != "" && v.End != "" && trimEDTF(v.Start) >= trimEDTF(v.End) {
				t.Errorf("%s version %d: empty interval %s..%s", tr.ID, i, v.Start, v.End)
			}
			prevEnd = v.End
			if v.Start != "" {
				days[trimEDTF(v.Start)] = true
			}
		}
	}
	for _, o := range ds.overlays {
		if o.Source == "" || ids[o.ID] {
			t.Errorf("overlay %s: no source or duplicate id", o.ID)
		}
		ids[o.ID] = true
	}
	for _, e := range ds.events {
		if e.Source == "" || e.Title == "" || e.Description == "" {
			t.Errorf("event %s incomplete", e.ID)
		}
		for _, id := range e.Territories {
			if !ids[id] {
				t.Errorf("event %s names unknown feature %s", e.ID, id)
			}
		}
	}
	if len(ds.events) < 40 {
		t.Errorf("only %d events", len(ds.events))
	}
	// Pieces never overlap (their geometry is fixed, so checking once suffices
	// for every day).
	for i, a := range ds.territories {
		for _, b := range ds.territories[i+1:] {
			if !a.geom.Envelope().Intersects(b.geom.Envelope()) {
				continue
			}
			x, err := geom.Intersection(a.geom, b.geom)
			if err != nil {
				t.Fatal(err)
			}
			// Natural Earth borders rounded to 4 decimals may cross by a hair
			// (well under 1 km²); anything larger is an authoring error.
			if ar := x.Area(); ar > 1e-4 {
				t.Errorf("%s and %s overlap (%.6f deg²)", a.ID, b.ID, ar)
			}
		}
	}
}

// TestDeterministic: regenerating gives the committed files byte for byte.
func TestDeterministic(t *testing.T) {
	ds := buildForTest(t)
	dir := t.TempDir()
	if err := ds.write(dir); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"frontiers.geojson", "frontiers.events.json", "land.geojson"} {
		got, _ := os.ReadFile(filepath.Join(dir, f))
		want, err := os.ReadFile(filepath.Join("..", f))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("assets/%s is stale: run make data", f)
		}
	}
}
