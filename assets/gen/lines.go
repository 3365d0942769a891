package main

import (
	"embed"
	"encoding/json"
	"fmt"
	"path"
	"sort"

	"github.com/peterstace/simplefeatures/geom"
)

//go:embed lines/*.json
var linesFS embed.FS

// refPoint is one documented place on a historical line.
type refPoint struct {
	Lon float64 `json:"lon"`
	Lat float64 `json:"lat"`
	Ref string  `json:"ref"`
}

// cutter is an authored polygon: Line is the historical line (the accurate
// side, in order), Overshoot closes the polygon well inside neighbouring land
// or sea, so that only Line matters once it is intersected with Natural Earth.
type cutter struct {
	ID        string     `json:"id"`
	Title     string     `json:"title"`
	Source    string     `json:"source"`
	Precision string     `json:"precision"`
	Note      string     `json:"note,omitempty"`
	Line      []refPoint `json:"line"`
	Overshoot []refPoint `json:"overshoot"`
}

func (c cutter) polygon() (geom.Geometry, error) {
	pts := append(append([]refPoint{}, c.Line...), c.Overshoot...)
	if len(pts) < 3 {
		return geom.Geometry{}, fmt.Errorf("cutter %s: fewer than 3 points", c.ID)
	}
	flat := make([]float64, 0, 2*len(pts)+2)
	for _, p := range pts {
		flat = append(flat, p.Lon, p.Lat)
	}
	flat = append(flat, pts[0].Lon, pts[0].Lat)
	ls := geom.NewLineString(geom.NewSequence(flat, geom.DimXY))
	g := geom.NewPolygon([]geom.LineString{ls}).AsGeometry()
	if err := g.Validate(); err != nil {
		return geom.Geometry{}, fmt.Errorf("cutter %s: %w", c.ID, err)
	}
	return g, nil
}

func loadCutters() (map[string]cutter, []string, error) {
	entries, err := linesFS.ReadDir("lines")
	if err != nil {
		return nil, nil, err
	}
	out := map[string]cutter{}
	var ids []string
	for _, e := range entries {
		b, err := linesFS.ReadFile(path.Join("lines", e.Name()))
		if err != nil {
			return nil, nil, err
		}
		var cs []cutter
		if err := json.Unmarshal(b, &cs); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", e.Name(), err)
		}
		for _, c := range cs {
			if _, dup := out[c.ID]; dup {
				return nil, nil, fmt.Errorf("duplicate line id %s", c.ID)
			}
			if c.Source == "" {
				return nil, nil, fmt.Errorf("line %s has no source", c.ID)
			}
			for _, p := range c.Line {
				if p.Ref == "" {
					return nil, nil, fmt.Errorf("line %s: point %v,%v has no ref", c.ID, p.Lon, p.Lat)
				}
			}
			out[c.ID] = c
			ids = append(ids, c.ID)
		}
	}
	sort.Strings(ids)
	return out, ids, nil
}
