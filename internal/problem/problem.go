// Package problem is the one shape of what is wrong with an input file
// (a dataset, an events file, a places register, a tour, a palette): each
// problem names the file, the item in it, the field and what is wrong,
// with what to do about it, on one line. The packages that read files
// (geodata, geodata/dialect, geodata/register, geodata/render/colour,
// app/tour) collect a List and return it as their error, under their own
// name for it (geodata.Problems, tour.Problems, ...).
package problem

import (
	"fmt"
	"strings"
)

// Problem is one thing wrong in a file, located by item and field.
type Problem struct {
	File string
	// Item is the part of the file the problem is in, as the file's
	// reader words it: "feature 3 (ee)", `stop 2 ("Barbarossa")`,
	// `state "Germany"` (Numbered makes the numbered ones); empty for the
	// file as a whole.
	Item string
	// Field is the field of the item, e.g. "end_date" or
	// "colour-blind.dark"; empty for the item as a whole.
	Field string
	// Msg is what is wrong and, where that does not make it plain, what
	// to do about it.
	Msg string
}

// Error formats the problem on one line, the parts that are there joined
// by ": ", e.g. "data.geojson: feature 3 (ee): end_date: 1940-02-30 is
// not a date".
func (p Problem) Error() string {
	var b strings.Builder
	b.WriteString(p.File)
	for _, s := range [...]string{p.Item, p.Field} {
		if s != "" {
			b.WriteString(": " + s)
		}
	}
	b.WriteString(": " + p.Msg)
	return b.String()
}

// Numbered names item n of a kind, with its name in parentheses when it
// has one: Numbered("feature", 3, "ee") is "feature 3 (ee)". A negative n
// is no item (the file as a whole): "".
func Numbered(kind string, n int, name string) string {
	switch {
	case n < 0:
		return ""
	case name == "":
		return fmt.Sprintf("%s %d", kind, n)
	}
	return fmt.Sprintf("%s %d (%s)", kind, n, name)
}

// List is every problem found, in the order found. It is an error (nil
// when empty, through Err).
type List []Problem

// Add appends a problem whose message is format with args, as
// fmt.Sprintf makes it.
func (l *List) Add(file, item, field, format string, args ...any) {
	*l = append(*l, Problem{File: file, Item: item, Field: field, Msg: fmt.Sprintf(format, args...)})
}

// Err returns the list as an error, or nil when it holds no problem
// (never a nil List in a non-nil error).
func (l List) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Error lists the problems, one a line.
func (l List) Error() string {
	lines := make([]string, len(l))
	for i, p := range l {
		lines[i] = p.Error()
	}
	return strings.Join(lines, "\n")
}
