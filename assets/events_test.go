package assets

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// Every change of holder must be explained by an event (issue 11, "Events:
// every change explained").
const (
	// eventSlack is how far, in days, an event naming a territory may lie
	// from the change it explains.
	eventSlack = 3
	// notedSlack is the larger gap allowed when the event's date_note
	// explains it: the note names the day of the change ("occupation
	// completed on 1 July 1941"), as where sources disagree or a change is
	// spread over days.
	notedSlack = 31
)

// holderChange is one change of controller or sovereign of a territory.
type holderChange struct {
	id       string
	day      geodata.Day
	from, to string
}

func (c holderChange) String() string {
	return fmt.Sprintf("%s %s: %s → %s", c.id, c.day, c.from, c.to)
}

func holders(f *geodata.Feature) string {
	if f == nil {
		return "—"
	}
	if f.Controller.Name == f.Sovereign.Name {
		return f.Controller.Name
	}
	return f.Controller.Name + " (sov. " + f.Sovereign.Name + ")"
}

// holderChanges lists every version boundary of a territory where its
// controller or sovereign changes, and every territory that appears after
// the atlas's first day, in order of day and territory.
func holderChanges(a *geodata.Atlas) []holderChange {
	ids := map[string]bool{}
	for _, f := range a.Features() {
		ids[f.ID] = ids[f.ID] || f.Kind == geodata.KindTerritory
	}
	var out []holderChange
	for id, territory := range ids {
		if !territory {
			continue
		}
		h := a.History(id)
		if s := h[0].Start; !s.IsZero() && s.Day > geodata.First && s.Day <= geodata.Last {
			out = append(out, holderChange{id, s.Day, holders(nil), holders(h[0])})
		}
		for i := 1; i < len(h); i++ {
			p, v := h[i-1], h[i]
			if v.Start.Day > geodata.Last || v.Start.Day < geodata.First {
				continue
			}
			if p.Controller.Name != v.Controller.Name || p.Sovereign.Name != v.Sovereign.Name {
				out = append(out, holderChange{id, v.Start.Day, holders(p), holders(v)})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].day != out[j].day {
			return out[i].day < out[j].day
		}
		return out[i].id < out[j].id
	})
	return out
}

// explains reports whether e explains the change c: it names c's territory,
// has a source, and lies within eventSlack days of c, or within notedSlack
// days with a date_note that names c's day.
func explains(e geodata.Event, c holderChange) bool {
	if strings.TrimSpace(e.Source) == "" {
		return false
	}
	gap := int(e.Date.Day - c.day)
	if gap < 0 {
		gap = -gap
	}
	if gap > eventSlack && (gap > notedSlack || !namesDay(e.DateNote, c.day)) {
		return false
	}
	for _, id := range e.Territories {
		if id == c.id {
			return true
		}
	}
	return false
}

// namesDay reports whether note names day d, as "1 July" (any year or
// none) or as 1941-07-01.
func namesDay(note string, d geodata.Day) bool {
	tm := d.Time()
	if strings.Contains(note, d.String()) {
		return true
	}
	dm := fmt.Sprintf("%d %s", tm.Day(), tm.Month())
	for i := 0; ; {
		j := strings.Index(note[i:], dm)
		if j < 0 {
			return false
		}
		j += i
		if j == 0 || note[j-1] < '0' || note[j-1] > '9' {
			return true
		}
		i = j + 1
	}
}

func TestEveryChangeHasAnEvent(t *testing.T) {
	a := testAtlas(t)
	changes := holderChanges(a)
	if len(changes) < 300 {
		t.Fatalf("only %d changes of holder found: the bundled atlas did not load", len(changes))
	}
	var missing []string
	for _, c := range changes {
		ok := false
		for _, e := range a.EventsFor(c.id) {
			if explains(e, c) {
				ok = true
				break
			}
		}
		if !ok {
			missing = append(missing, c.String())
		}
	}
	if len(missing) > 0 {
		t.Errorf("%d of %d changes of holder have no event naming the territory within %d days (or %d with a date_note naming the day) and with a source:\n%s",
			len(missing), len(changes), eventSlack, notedSlack, strings.Join(missing, "\n"))
	}
}

// TestExplainsTable checks the matching rule on hand-made events.
func TestExplainsTable(t *testing.T) {
	c := holderChange{id: "x", day: geodata.MustDay("1941-07-10")}
	ev := func(date, note, source string, ids ...string) geodata.Event {
		d, err := geodata.ParseDate(date)
		if err != nil {
			t.Fatal(err)
		}
		return geodata.Event{ID: "e", Date: d, Territories: ids, Source: source, DateNote: note}
	}
	for _, tc := range []struct {
		name string
		e    geodata.Event
		want bool
	}{
		{"same day", ev("1941-07-10", "", "s", "x"), true},
		{"three days before", ev("1941-07-07", "", "s", "y", "x"), true},
		{"three days after", ev("1941-07-13", "", "s", "x"), true},
		{"four days after", ev("1941-07-14", "", "s", "x"), false},
		{"four days with a note naming the day", ev("1941-07-14", "The town fell on 10 July.", "s", "x"), true},
		{"four days with an ISO date", ev("1941-07-14", "Occupied 1941-07-10.", "s", "x"), true},
		{"four days with a note naming another day", ev("1941-07-14", "The town fell on 20 July.", "s", "x"), false},
		{"a note's 110 July is not 10 July", ev("1941-07-14", "Day 110 July.", "s", "x"), false},
		{"too far even with a note", ev("1941-08-20", "The town fell on 10 July.", "s", "x"), false},
		{"other territory", ev("1941-07-10", "", "s", "y"), false},
		{"no source", ev("1941-07-10", "", " ", "x"), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := explains(tc.e, c); got != tc.want {
				t.Errorf("explains = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestEventsWellFormed checks every bundled event: a unique id, a title, a
// description and a source, and territories that exist.
func TestEventsWellFormed(t *testing.T) {
	a := testAtlas(t)
	ids := map[string]bool{}
	for _, f := range a.Features() {
		ids[f.ID] = true
	}
	seen := map[string]int{}
	for i, e := range a.Events() {
		if j, dup := seen[e.ID]; dup {
			t.Errorf("event %d %q: id already used by event %d", i, e.ID, j)
		}
		seen[e.ID] = i
		for field, v := range map[string]string{"title": e.Title, "description": e.Description, "source": e.Source} {
			if strings.TrimSpace(v) == "" {
				t.Errorf("event %q: empty %s", e.ID, field)
			}
		}
		for _, id := range e.Territories {
			if !ids[id] {
				t.Errorf("event %q: territory %q is not in the atlas", e.ID, id)
			}
		}
	}
}
