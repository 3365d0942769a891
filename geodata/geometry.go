package geodata

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
)

// geometryTypes are the geometry types of GeoJSON.
var geometryTypes = []string{"Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"}

// geomResult is a feature's geometry as decoded and checked: geom is nil
// when it could not be decoded; msg is what is wrong with it, or "".
type geomResult struct {
	geom  orb.Geometry
	bound orb.Bound
	msg   string
}

// decodeGeometry decodes and checks a feature's geometry, raw as read
// (empty when there is none).
func decodeGeometry(raw json.RawMessage) geomResult {
	if len(raw) == 0 || string(raw) == "null" {
		return geomResult{msg: "missing"}
	}
	g, err := geojson.UnmarshalGeometry(raw)
	if err != nil {
		var head struct {
			Type string `json:"type"`
		}
		_ = json.Unmarshal(raw, &head)
		switch te, ok := err.(*json.UnmarshalTypeError); {
		case ok:
			return geomResult{msg: typeErr(te)}
		case !slices.Contains(geometryTypes, head.Type):
			return geomResult{msg: fmt.Sprintf("unknown geometry type %q", head.Type)}
		default:
			return geomResult{msg: err.Error()}
		}
	}
	if g.Coordinates == nil {
		return geomResult{msg: fmt.Sprintf("unsupported geometry type %q", g.Type)}
	}
	if msg := checkGeometry(g.Coordinates); msg != "" {
		return geomResult{geom: g.Coordinates, msg: msg}
	}
	return geomResult{geom: g.Coordinates, bound: g.Coordinates.Bound()}
}

// geomType names a geometry's type in problems.
func geomType(g orb.Geometry) string {
	if g == nil {
		return "missing geometry"
	}
	return g.GeoJSONType()
}

// kindFits reports whether a feature of the kind may have geometry g.
func kindFits(kind string, g orb.Geometry) bool {
	switch g.(type) {
	case orb.Polygon, orb.MultiPolygon:
		return kind == KindTerritory || kind == KindSphere || kind == KindPassage || kind == KindBase
	case orb.LineString, orb.MultiLineString:
		return kind == KindFrontier || kind == KindPassage || kind == KindFront
	case orb.Point, orb.MultiPoint:
		return kind == KindBase || kind == KindCity
	}
	return false
}

// checkGeometry returns what is wrong with g's coordinates, or "".
func checkGeometry(g orb.Geometry) string {
	checkPt := func(p orb.Point) string {
		if math.IsNaN(p[0]) || math.IsNaN(p[1]) || math.IsInf(p[0], 0) || math.IsInf(p[1], 0) {
			return "a coordinate is not a number"
		}
		if p[0] < -180 || p[0] > 180 || p[1] < -90 || p[1] > 90 {
			return fmt.Sprintf("[%g, %g] is outside longitude -180..180, latitude -90..90", p[0], p[1])
		}
		return ""
	}
	checkPts := func(ps []orb.Point) string {
		for _, p := range ps {
			if m := checkPt(p); m != "" {
				return m
			}
		}
		return ""
	}
	checkRing := func(r orb.Ring, where string) string {
		if len(r) < 4 {
			return fmt.Sprintf("%s has %d positions; a ring needs at least 4", where, len(r))
		}
		if r[0] != r[len(r)-1] {
			return fmt.Sprintf("%s is not closed (first position %v, last %v)", where, r[0], r[len(r)-1])
		}
		if m := checkPts(r); m != "" {
			return where + ": " + m
		}
		if i, j := ringCrossing(r); i >= 0 {
			return fmt.Sprintf("%s crosses itself: its edge %d (from %v) crosses edge %d (from %v)", where, i, r[i], j, r[j])
		}
		return ""
	}
	checkPoly := func(pg orb.Polygon, where string) string {
		if len(pg) == 0 {
			return strings.TrimSpace("polygon "+where) + " has no rings"
		}
		for j, r := range pg {
			if m := checkRing(r, fmt.Sprintf("%sring %d", where, j)); m != "" {
				return m
			}
		}
		return ""
	}
	switch g := g.(type) {
	case orb.Point:
		return checkPt(g)
	case orb.MultiPoint:
		if len(g) == 0 {
			return "empty MultiPoint"
		}
		return checkPts(g)
	case orb.LineString:
		if len(g) < 2 {
			return "a LineString needs at least 2 positions"
		}
		return checkPts(g)
	case orb.MultiLineString:
		if len(g) == 0 {
			return "empty MultiLineString"
		}
		for _, ls := range g {
			if m := checkGeometry(ls); m != "" {
				return m
			}
		}
	case orb.Polygon:
		return checkPoly(g, "")
	case orb.MultiPolygon:
		if len(g) == 0 {
			return "empty MultiPolygon"
		}
		for j, pg := range g {
			if m := checkPoly(pg, fmt.Sprintf("polygon %d ", j)); m != "" {
				return m
			}
		}
	default:
		return fmt.Sprintf("unsupported geometry type %s", g.GeoJSONType())
	}
	return ""
}
