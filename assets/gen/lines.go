package main

import (
	"fmt"

	"github.com/peterstace/simplefeatures/geom"
)

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
