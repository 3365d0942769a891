package geodata

import (
	"encoding/json"
	"unicode/utf8"

	"github.com/frontiers-atlas/frontiers/internal/problem"
)

// Event is something that happened on a day: a treaty, an invasion, a
// declaration. Territories are the ids of the features it changes or concerns.
type Event struct {
	// File and Index say where the event was read: its file and position.
	File        string
	Index       int
	ID          string
	Date        Date
	Title       string
	Description string
	Territories []string
	Source      string
	// DateNote says where sources differ on the date.
	DateNote string
}

// EventJSON is an event as an events file holds it (dates as written).
type EventJSON struct {
	ID          string   `json:"id"`
	Date        string   `json:"date"`
	Title       string   `json:"title"`
	Description string   `json:"description"`
	Territories []string `json:"territories"`
	Source      string   `json:"source"`
	DateNote    string   `json:"date_note,omitempty"`
}

// DecodeEvents reads an events file: {"events": [...]}.
func DecodeEvents(name string, data []byte) ([]Event, error) {
	if len(data) > MaxFileSize {
		return nil, Problems{{File: name, Msg: "file too large"}}
	}
	if !utf8.Valid(data) {
		return nil, Problems{{File: name, Msg: "not UTF-8 text"}}
	}
	var doc struct {
		Events []json.RawMessage `json:"events"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, Problems{{File: name, Msg: "not valid JSON: " + jsonErr(data, err)}}
	}
	var probs Problems
	var out []Event
	seen := map[string]bool{}
	for i, raw := range doc.Events {
		var r EventJSON
		bad := func(field, msg string, a ...any) {
			probs.Add(name, problem.Numbered("event", i, r.ID), field, msg, a...)
		}
		if err := json.Unmarshal(raw, &r); err != nil {
			bad("", "not an event object: %v", err)
			continue
		}
		n := len(probs)
		if r.ID == "" {
			bad("id", "missing")
		} else if seen[r.ID] {
			bad("id", "duplicate id")
		}
		seen[r.ID] = true
		d, err := ParseDate(r.Date)
		if r.Date == "" {
			bad("date", "missing")
		} else if err != nil {
			bad("date", "%v", err)
		}
		if r.Title == "" {
			bad("title", "missing")
		}
		if r.Description == "" {
			bad("description", "missing")
		}
		if r.Source == "" {
			bad("source", "missing")
		}
		if len(probs) > n {
			continue
		}
		out = append(out, Event{File: name, Index: i, ID: r.ID, Date: d, Title: r.Title, Description: r.Description,
			Territories: r.Territories, Source: r.Source, DateNote: r.DateNote})
	}
	if len(probs) > 0 {
		return out, probs
	}
	return out, nil
}
