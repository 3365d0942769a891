package geodata

import (
	"fmt"
	"strings"
)

// Problem is one thing wrong in a dataset, located by file, feature and field.
type Problem struct {
	File string
	// Index is the feature's (or event's) position in the file, -1 for the file as a whole.
	Index int
	// What is "feature" or "event".
	What  string
	ID    string
	Field string
	Msg   string
}

// Error formats the problem on one line, e.g.
// "data.geojson: feature 3 (ee): end_date: 1940-02-30 is not a date".
func (p Problem) Error() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Index >= 0 {
		what := p.What
		if what == "" {
			what = "feature"
		}
		fmt.Fprintf(&b, ": %s %d", what, p.Index)
		if p.ID != "" {
			fmt.Fprintf(&b, " (%s)", p.ID)
		}
	}
	if p.Field != "" {
		b.WriteString(": " + p.Field)
	}
	b.WriteString(": " + p.Msg)
	return b.String()
}

// Problems is every problem found in a dataset. It is an error.
type Problems []Problem

// Error lists the problems, one per line.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Error()
	}
	return strings.Join(lines, "\n")
}
