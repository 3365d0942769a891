// Package assets embeds the bundled dataset: the territories
// (frontiers.geojson), their events (frontiers.events.json) and the land
// backdrop (land.geojson), all made by the generator in assets/gen
// (`make data`), and the map's colours, sides and holders (palette.json,
// written by hand; package geodata/render/colour reads it).
package assets

import (
	"embed"
	"sync"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"github.com/frontiers-atlas/frontiers/geodata"
)

//go:embed frontiers.geojson frontiers.events.json land.geojson palette.json
var files embed.FS

// The embedded file names.
const (
	TerritoriesFile = "frontiers.geojson"
	EventsFile      = "frontiers.events.json"
	LandFile        = "land.geojson"
	PaletteFile     = "palette.json"
)

var land = sync.OnceValues(func() (orb.MultiPolygon, error) {
	data, err := files.ReadFile(LandFile)
	if err != nil {
		return nil, err
	}
	if mp, ok := geodata.ReadPolygons(data); ok {
		return mp, nil
	}
	return landJSON(data)
})

// landJSON reads the land backdrop with orb/geojson.
func landJSON(data []byte) (orb.MultiPolygon, error) {
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

// Load parses and indexes the bundled dataset.
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

	data, err := files.ReadFile(TerritoriesFile)
	if err != nil {
		return nil, err
	}
	feats, err := geodata.DecodeFeatures("assets/"+TerritoriesFile, data)
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
