package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// eventsMoreFile is the data file of events written as data rather than Go
// literals: mostly the front's movements and the administrative changes
// that the events of the regions' Go files did not name (issue 11: every
// change of holder has an event). Its format is that of
// frontiers.events.json: {"events": [{id, date, title, description,
// territories, source, date_note}, ...]}, with "territories" required (use
// [] for none) and no other fields.
const eventsMoreFile = "assets/gen/events_more.json"

//go:embed events_more.json
var eventsMoreJSON []byte

func init() { regions = append(regions, region{events: moreEvents}) }

// moreEvents returns the events of eventsMoreFile in file order. A bad file
// panics with the problems found; build turns the panic into its error.
func moreEvents() []event {
	evs, err := decodeMoreEvents(eventsMoreFile, eventsMoreJSON)
	if err != nil {
		panic(err)
	}
	return evs
}

// decodeMoreEvents reads an events file for the generator. Every event must
// pass geodata.DecodeEvents (id, date, title, description and source
// present, ids unique within the file, a valid EDTF date), have a
// territories list, and use no field the format does not know; errors name
// the file, the event's position and id, and the field.
func decodeMoreEvents(name string, data []byte) ([]event, error) {
	if _, err := geodata.DecodeEvents(name, data); err != nil {
		return nil, err
	}
	var doc struct {
		Events []json.RawMessage `json:"events"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	out := make([]event, 0, len(doc.Events))
	for i, raw := range doc.Events {
		var e event
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&e); err != nil {
			return nil, fmt.Errorf("%s: event %d (%s): %v (the fields are id, date, title, description, territories, source, date_note)", name, i, idOf(raw), err)
		}
		if e.Territories == nil {
			return nil, fmt.Errorf("%s: event %d (%s): territories: missing (list the ids of the territories the event changes or concerns, [] for none)", name, i, e.ID)
		}
		out = append(out, e)
	}
	return out, nil
}

// idOf returns the id of a raw event object, or "" when it has none.
func idOf(raw json.RawMessage) string {
	var v struct {
		ID string `json:"id"`
	}
	_ = json.Unmarshal(raw, &v)
	return v.ID
}
