package dialect

import (
	"strings"

	"github.com/frontiers-atlas/frontiers/internal/problem"
)

// Problem is one thing wrong in a file, located by file, feature
// ("feature 3 (ee)"; empty for the file as a whole) and field, e.g.
// "x.geojson: feature 3 (ee): start_date: …". It is geodata.Problem.
type Problem = problem.Problem

// Problems is every problem found in a file, one a line. It is an error.
type Problems = problem.List

// dateAdvice is what a date must look like.
const dateAdvice = "dates are YYYY-MM-DD or EDTF like 1941-07~"

// geometryAdvice is what a feature without geometry needs.
const geometryAdvice = "every feature needs a geometry (a Polygon or MultiPolygon for a territory)"

// Advice returns msg, the decoder's description of what is wrong with
// field, followed by what to do about it where msg does not say. It leaves
// a message that already says it alone.
func Advice(field, msg string) string {
	add := func(a string) string { return msg + ": " + a }
	switch {
	case strings.Contains(msg, ": add ") || strings.Contains(msg, dateAdvice):
		return msg
	case field == "id" && msg == "missing":
		return add("add an id property or a Feature id")
	case field == "name" && (msg == "missing" || msg == "empty"):
		return add("add a name property (the name in English)")
	case field == "source" && (msg == "missing" || msg == "empty"):
		return add("add a source property: the treaty, act or event behind this version")
	case (field == "controller" || field == "sovereign") && (msg == "missing" || msg == "empty"):
		return add("add a " + field + " property: the name of the state that held it")
	case field == "status" && msg == "missing":
		return add("add a status property, e.g. \"integral\" or \"occupied\"")
	case field == "geometry" && msg == "missing":
		return add(geometryAdvice)
	case field == "kind" && strings.HasPrefix(msg, "missing"):
		return add("add a kind property: frontier or passage for a line, base or city for a point")
	case (field == "start_date" || field == "end_date") && strings.Contains(msg, "is not a date"):
		return add(dateAdvice)
	}
	return msg
}
