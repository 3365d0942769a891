package geodata

import "github.com/frontiers-atlas/frontiers/internal/problem"

// Problem is one thing wrong in a dataset, located by file, item
// ("feature 3 (ee)", "event 0 (e1)", "place 2 (vilnius)"; empty for the
// file as a whole) and field. Its Error is one line, e.g.
// "data.geojson: feature 3 (ee): end_date: 1940-02-30 is not a date".
type Problem = problem.Problem

// Problems is every problem found in a dataset, one a line. It is an
// error.
type Problems = problem.List
