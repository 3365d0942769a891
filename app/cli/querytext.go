package cli

// frontiers query --text: what query prints, as lines of text.

import (
	"bufio"
	"fmt"
	"io"
	"maps"
	"slices"
)

// writeQueryText writes q as "field: value" lines, the details panel's
// order: the territory and its version of the day, the extra properties
// of a foreign file (sorted by key, each "extra.key: value"), then one
// line per version of its history and per event.
func writeQueryText(w io.Writer, q *queryResult) error {
	bw := bufio.NewWriter(w)
	line := func(k, v string) {
		if v != "" {
			fmt.Fprintf(bw, "%s: %s\n", k, v)
		}
	}
	opt := func(s *string) string {
		if s == nil {
			return "open"
		}
		return *s
	}
	holder := func(name string, cow *int) string {
		if cow == nil {
			return name + " (no COW code)"
		}
		return fmt.Sprintf("%s (COW %d)", name, *cow)
	}
	line("date", q.Date)
	line("at", fmt.Sprintf("%.4f,%.4f", q.Lat, q.Lon))
	line("id", q.ID)
	line("name", q.Name)
	for _, k := range slices.Sorted(maps.Keys(q.Names)) {
		line("name:"+k, q.Names[k])
	}
	line("label", q.Label)
	line("status", q.Status)
	line("controller", holder(q.Controller, q.ControllerCOW))
	line("sovereign", holder(q.Sovereign, q.SovereignCOW))
	line("since", opt(q.Since))
	if q.Until != nil {
		line("until", *q.Until+" (exclusive: the first day it no longer holds)")
	} else {
		line("until", "open")
	}
	line("source", q.Source)
	line("note", q.Note)
	if q.Approximate {
		line("approximate", "yes")
	}
	if n := q.NearestLand; n != nil {
		line("nearest_land", fmt.Sprintf("the point is at sea; %s is %.2f km away", n.Name, n.DistanceKm))
	}
	for _, k := range slices.Sorted(maps.Keys(q.Extra)) {
		line("extra."+k, q.Extra[k])
	}
	for _, v := range q.History {
		cur := ""
		if v.Current {
			cur = " (this day)"
		}
		line("version", fmt.Sprintf("%s to %s: %s, %s%s", opt(v.Since), opt(v.Until), holder(v.Controller, v.ControllerCOW), v.Status, cur))
	}
	for _, e := range q.Events {
		line("event", e.Date+" "+e.Title)
	}
	return bw.Flush()
}
