package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/wkb"
	"github.com/paulmach/orb/geojson"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// The binary snapshots the application starts from (see
// geodata.EncodeSnapshot): made from the GeoJSON just written, read back
// through the same decoder the application uses for GeoJSON, so that they
// hold exactly what it would read (assets' TestSnapshots checks it).
const (
	snapshotFile = "frontiers.snapshot"
	landWKBFile  = "land.wkb"
)

// writeWithSnapshots writes the dataset into dir, then its snapshots.
func writeWithSnapshots(ds *dataset, dir string) error {
	if err := ds.write(dir); err != nil {
		return err
	}
	return writeSnapshots(dir)
}

// writeSnapshots writes frontiers.snapshot from frontiers.geojson and
// land.wkb (one WKB MultiPolygon) from land.geojson, both in dir.
func writeSnapshots(dir string) error {
	path := filepath.Join(dir, "frontiers.geojson")
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	feats, err := geodata.DecodeFeatures(path, data)
	if err != nil {
		return err
	}
	snap, err := geodata.EncodeSnapshot(feats)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := os.WriteFile(filepath.Join(dir, snapshotFile), snap, 0o644); err != nil {
		return err
	}
	path = filepath.Join(dir, "land.geojson")
	if data, err = os.ReadFile(path); err != nil {
		return err
	}
	fc, err := geojson.UnmarshalFeatureCollection(data)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	// The generator writes the land as one feature.
	if len(fc.Features) != 1 {
		return fmt.Errorf("%s: %d features, want the land's one", path, len(fc.Features))
	}
	land := fc.Features[0].Geometry
	if pg, ok := land.(orb.Polygon); ok {
		land = orb.MultiPolygon{pg}
	}
	b, err := wkb.Marshal(land)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return os.WriteFile(filepath.Join(dir, landWKBFile), b, 0o644)
}
