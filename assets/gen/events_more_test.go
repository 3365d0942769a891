package main

import (
	"strings"
	"testing"
)

func TestDecodeMoreEvents(t *testing.T) {
	const good = `{"id":"e1","date":"1941-07-10","title":"T","description":"D","territories":["x"],"source":"S"}`
	for _, tc := range []struct {
		name, data string
		want       []string // substrings of the error; none for success
	}{
		{"good", `{"events":[` + good + `]}`, nil},
		{"good with a date note", `{"events":[{"id":"e1","date":"1941-07~","title":"T","description":"D","territories":[],"source":"S","date_note":"N"}]}`, nil},
		{"not JSON", `{"events":[`, []string{"f.json", "not valid JSON"}},
		{"no source", `{"events":[{"id":"e1","date":"1941-07-10","title":"T","description":"D","territories":[]}]}`, []string{"f.json", "event 0 (e1)", "source", "missing"}},
		{"bad date", `{"events":[{"id":"e1","date":"10 July 1941","title":"T","description":"D","territories":[],"source":"S"}]}`, []string{"event 0 (e1)", "date"}},
		{"duplicate id", `{"events":[` + good + `,` + good + `]}`, []string{"event 1 (e1)", "id", "duplicate"}},
		{"unknown field", `{"events":[{"id":"e1","date":"1941-07-10","title":"T","description":"D","territories":[],"source":"S","date_notes":"N"}]}`, []string{"event 0 (e1)", "date_notes"}},
		{"no territories", `{"events":[{"id":"e1","date":"1941-07-10","title":"T","description":"D","source":"S"}]}`, []string{"event 0 (e1)", "territories: missing"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs, err := decodeMoreEvents("f.json", []byte(tc.data))
			switch {
			case tc.want == nil && (err != nil || len(evs) != 1):
				t.Fatalf("got %d events, error %v; want 1 event", len(evs), err)
			case tc.want != nil && err == nil:
				t.Fatalf("no error, want one containing %q", tc.want)
			case tc.want != nil:
				msg := err.Error()
				for _, w := range tc.want {
					if !strings.Contains(msg, w) {
						t.Errorf("error %q does not contain %q", msg, w)
					}
				}
			}
		})
	}
}

// TestAllEventIDsUnique checks the ids of every event the generator
// collects (events.go, the regions' files and events_more.json) and that
// their territories exist; it needs no Natural Earth input.
func TestAllEventIDsUnique(t *testing.T) {
	evs := events()
	ts := territories()
	for _, r := range regions {
		if r.events != nil {
			evs = append(evs, r.events()...)
		}
		if r.territories != nil {
			ts = append(ts, r.territories()...)
		}
	}
	ids := map[string]bool{}
	for _, tr := range ts {
		ids[tr.ID] = true
	}
	for _, o := range overlays() {
		ids[o.ID] = true
	}
	for _, r := range regions {
		if r.overlays != nil {
			for _, o := range r.overlays() {
				ids[o.ID] = true
			}
		}
	}
	more := map[string]bool{}
	for _, e := range moreEvents() {
		more[e.ID] = true
	}
	seen := map[string]bool{}
	for _, e := range evs {
		if seen[e.ID] {
			t.Errorf("event id %q used twice", e.ID)
		}
		seen[e.ID] = true
		if !more[e.ID] {
			continue
		}
		for _, id := range e.Territories {
			if !ids[id] {
				t.Errorf("%s: event %q: territory %q is not in the dataset", eventsMoreFile, e.ID, id)
			}
		}
	}
}
