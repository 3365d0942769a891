package main

import (
	"encoding/json"
	"fmt"
	"os"
)

// A minimal TopoJSON reader: enough for world-atlas (quantized transform,
// delta-encoded arcs, Polygon / MultiPolygon geometries in a collection).

type topology struct {
	Type      string                  `json:"type"`
	Transform *topoTransform          `json:"transform"`
	Arcs      [][][2]float64          `json:"arcs"`
	Objects   map[string]topoGeometry `json:"objects"`
}

type topoTransform struct {
	Scale     [2]float64 `json:"scale"`
	Translate [2]float64 `json:"translate"`
}

type topoGeometry struct {
	Type       string          `json:"type"`
	ID         json.RawMessage `json:"id"`
	Properties map[string]any  `json:"properties"`
	Arcs       json.RawMessage `json:"arcs"`
	Geometries []topoGeometry  `json:"geometries"`
}

// ring is a closed ring of lon/lat points (first == last).
type ring [][2]float64

// polygon is an exterior ring followed by holes.
type polygon []ring

// topoFeature is one decoded geometry of a collection.
type topoFeature struct {
	Name     string
	Polygons []polygon
}

func readTopology(path string) (*topology, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var t topology
	if err := json.Unmarshal(b, &t); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &t, nil
}

// decodeArcs turns the delta-encoded, quantized arcs into absolute lon/lat.
func (t *topology) decodeArcs() [][][2]float64 {
	out := make([][][2]float64, len(t.Arcs))
	for i, arc := range t.Arcs {
		pts := make([][2]float64, len(arc))
		var x, y float64
		for j, p := range arc {
			if t.Transform != nil {
				x += p[0]
				y += p[1]
				pts[j] = [2]float64{x*t.Transform.Scale[0] + t.Transform.Translate[0], y*t.Transform.Scale[1] + t.Transform.Translate[1]}
			} else {
				pts[j] = p
			}
		}
		out[i] = pts
	}
	return out
}

// ringFromArcs stitches arc indices into a ring; a negative index ~i means
// arc i reversed. Consecutive arcs share their joining point.
func ringFromArcs(arcs [][][2]float64, idx []int) ring {
	var r ring
	for k, a := range idx {
		var pts [][2]float64
		if a >= 0 {
			pts = arcs[a]
		} else {
			src := arcs[^a]
			pts = make([][2]float64, len(src))
			for i := range src {
				pts[i] = src[len(src)-1-i]
			}
		}
		if k > 0 && len(pts) > 0 {
			pts = pts[1:]
		}
		r = append(r, pts...)
	}
	return r
}

// features decodes the named GeometryCollection object.
// readFeatures reads the features of one object of a TopoJSON file.
func readFeatures(path, object string) ([]topoFeature, error) {
	t, err := readTopology(path)
	if err != nil {
		return nil, err
	}
	return t.features(object)
}

func (t *topology) features(object string) ([]topoFeature, error) {
	obj, ok := t.Objects[object]
	if !ok {
		return nil, fmt.Errorf("topology has no object %q", object)
	}
	arcs := t.decodeArcs()
	geoms := obj.Geometries
	if obj.Type != "GeometryCollection" {
		geoms = []topoGeometry{obj}
	}
	var out []topoFeature
	for _, g := range geoms {
		f := topoFeature{}
		if n, ok := g.Properties["name"].(string); ok {
			f.Name = n
		}
		switch g.Type {
		case "Polygon":
			var rings [][]int
			if err := json.Unmarshal(g.Arcs, &rings); err != nil {
				return nil, err
			}
			f.Polygons = append(f.Polygons, polyFromArcs(arcs, rings))
		case "MultiPolygon":
			var polys [][][]int
			if err := json.Unmarshal(g.Arcs, &polys); err != nil {
				return nil, err
			}
			for _, p := range polys {
				f.Polygons = append(f.Polygons, polyFromArcs(arcs, p))
			}
		case "", "null":
			continue
		default:
			return nil, fmt.Errorf("unsupported TopoJSON geometry type %q", g.Type)
		}
		out = append(out, f)
	}
	return out, nil
}

func polyFromArcs(arcs [][][2]float64, rings [][]int) polygon {
	p := make(polygon, 0, len(rings))
	for _, r := range rings {
		p = append(p, ringFromArcs(arcs, r))
	}
	return p
}
