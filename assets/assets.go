// Package assets embeds the bundled dataset: the territories
// (frontiers.geojson), their events (frontiers.events.json) and the land
// backdrop (land.geojson), all made by the generator in assets/gen
// (`make data`) with binary snapshots of the territories and the land
// (frontiers.snapshot, land.wkb) that Load and Land read, and the map's
// colours, sides and holders (palette.json, written by hand; package
// geodata/render/colour reads it).
package assets

import (
	"embed"
	"fmt"
	"io/fs"
	"sync"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/wkb"
	"github.com/paulmach/orb/geojson"

	"github.com/frontiers-atlas/frontiers/geodata"
)

//go:embed frontiers.geojson frontiers.events.json land.geojson palette.json frontiers.snapshot land.wkb
var files embed.FS

// names holds the dated labels of holders and regions (names/holders.json,
// names/regions.json), read by label.LoadNames.
//
//go:embed names/*.json
var nameFiles embed.FS

// Names returns the file system holding names/holders.json and
// names/regions.json, for label.LoadNames.
func Names() fs.FS { return nameFiles }

//go:embed tours/*.json
var tourFiles embed.FS

// TourNames returns the file names of the bundled tours (such as
// "pact-to-treaty.json"), sorted.
func TourNames() []string {
	entries, _ := tourFiles.ReadDir("tours")
	names := make([]string, len(entries))
	for i, e := range entries {
		names[i] = e.Name()
	}
	return names
}

// TourData returns the bytes of the bundled tour file name (one of
// TourNames).
func TourData(name string) ([]byte, error) { return tourFiles.ReadFile("tours/" + name) }

// The embedded file names.
const (
	TerritoriesFile = "frontiers.geojson"
	EventsFile      = "frontiers.events.json"
	LandFile        = "land.geojson"
	PaletteFile     = "palette.json"
	// SnapshotFile holds the territories of TerritoriesFile and LandWKBFile
	// the land of LandFile, in binary (made by the generator with them, see
	// geodata.EncodeSnapshot): what Load and Land read.
	SnapshotFile = "frontiers.snapshot"
	LandWKBFile  = "land.wkb"
)

var land = sync.OnceValues(func() (orb.MultiPolygon, error) {
	data, err := files.ReadFile(LandWKBFile)
	if err != nil {
		return nil, err
	}
	g, err := wkb.Unmarshal(data)
	if err != nil {
		return nil, fmt.Errorf("assets/%s: %w", LandWKBFile, err)
	}
	mp, ok := g.(orb.MultiPolygon)
	if !ok {
		return nil, fmt.Errorf("assets/%s: a %s, not a MultiPolygon", LandWKBFile, g.GeoJSONType())
	}
	return mp, nil
})

// polygons reads the polygons of a GeoJSON FeatureCollection, such as the
// land backdrop: those of each Polygon or MultiPolygon feature in file
// order; other geometries are skipped.
func polygons(data []byte) (orb.MultiPolygon, error) {
	fc, err := geojson.UnmarshalFeatureCollection(data)
	if err != nil {
		return nil, err
	}
	var mp orb.MultiPolygon
	for _, f := range fc.Features {
		switch g := f.Geometry.(type) {
		case orb.Polygon:
			mp = append(mp, g)
		case orb.MultiPolygon:
			mp = append(mp, g...)
		}
	}
	return mp, nil
}

// Land returns the land backdrop: the coastlines of the whole extent,
// drawn grey where the dataset has no territory.
func Land() orb.MultiPolygon {
	mp, err := land()
	if err != nil {
		return nil
	}
	return mp
}

// Load reads and indexes the bundled dataset, from its snapshot.
func Load() (*geodata.Atlas, error) {
	// The events and the land are read while the territories are.
	type evResult struct {
		events []geodata.Event
		err    error
	}
	evc := make(chan evResult, 1)
	go func() {
		evData, err := files.ReadFile(EventsFile)
		if err != nil {
			evc <- evResult{err: err}
			return
		}
		events, err := geodata.DecodeEvents("assets/"+EventsFile, evData)
		evc <- evResult{events, err}
	}()
	landc := make(chan orb.MultiPolygon, 1)
	go func() { landc <- Land() }()

	data, err := files.ReadFile(SnapshotFile)
	if err != nil {
		return nil, err
	}
	feats, err := geodata.DecodeSnapshot("assets/"+SnapshotFile, data)
	ev := <-evc
	land := <-landc
	if err != nil {
		return nil, err
	}
	if ev.err != nil {
		return nil, ev.err
	}
	return geodata.New("bundled", feats, ev.events, land)
}

// Raw returns the bytes of an embedded file.
func Raw(name string) ([]byte, error) { return files.ReadFile(name) }
