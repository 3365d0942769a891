package geodata

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
)

// Kinds of feature. Territories tile the land they cover; the others are
// overlays drawn on top of them.
const (
	KindTerritory = "territory"
	KindFrontier  = "frontier"
	KindSphere    = "sphere"
	KindBase      = "base"
	KindPassage   = "passage"
	KindCity      = "city"
	// KindFront is a front line derived from the register of places: the
	// boundary between the sides' cells on the days it is valid, approximate.
	KindFront = "front"
)

// Kinds lists the known feature kinds.
var Kinds = []string{KindTerritory, KindFrontier, KindSphere, KindBase, KindPassage, KindCity, KindFront}

// The statuses a territory may have.
const (
	StatusIndependent  = "independent"  // the territory of an independent state, held by it
	StatusIntegral     = "integral"     // an ordinary part of the state that holds it
	StatusCeded        = "ceded"        // transferred by a treaty of cession
	StatusAnnexed      = "annexed"      // incorporated unilaterally or by a contested act
	StatusOccupied     = "occupied"     // held by military occupation; sovereignty unchanged
	StatusLeased       = "leased"       // held under a lease from the sovereign
	StatusProtectorate = "protectorate" // under another state's protection
	StatusClientState  = "client state"
	StatusPuppetState  = "puppet state"
	StatusFreeCity     = "free city"
	StatusAdministered = "administered" // governed by another state under an agreement
	StatusDisputed     = "disputed"
)

// Statuses lists the statuses a territory may have.
var Statuses = []string{StatusIndependent, StatusIntegral, StatusCeded, StatusAnnexed, StatusOccupied, StatusLeased,
	StatusProtectorate, StatusClientState, StatusPuppetState, StatusFreeCity, StatusAdministered, StatusDisputed}

// Topics lists the highlight layers: the subjects of the 1941–42 talks.
var Topics = []string{"baltic", "bessarabia", "finland", "bases"}

// Holder is a state or authority that holds a territory.
type Holder struct {
	Name string
	// COW is the Correlates of War state code, 0 when the holder is not a
	// COW state (e.g. the Free City of Danzig).
	COW int
}

// Key identifies the holder for colouring, legends, diffs and border
// merging: holders with equal keys are one state of the day, drawn as one
// area without a border between them. With a COW code the key is the code
// plus the holder's base name (BaseName), so "Germany" and "Germany
// (Reichskommissariat Ostland)" share a key ("cow:255:germany") while
// "Transjordan (British mandate)" (COW 200, the mandatory power's code)
// keys apart from "United Kingdom" and keeps its border. A holder without
// a code keys by its full name, lower-cased.
func (h Holder) Key() string {
	if h.COW != 0 {
		return "cow:" + strconv.Itoa(h.COW) + ":" + strings.ToLower(h.BaseName())
	}
	return "name:" + strings.ToLower(h.Name)
}

// BaseName is the holder's name before any parenthesised qualifier,
// trimmed: "Germany" for "Germany (General Government)".
func (h Holder) BaseName() string {
	base, _, _ := strings.Cut(h.Name, " (")
	return strings.TrimSpace(base)
}

// Layer selects which holder a map shows.
type Layer uint8

// The map layers.
const (
	// Control is who actually held the ground (de facto).
	Control Layer = iota
	// Sovereignty is the state the land belonged to by treaty or annexation (de jure).
	Sovereignty
)

// String returns "control" or "sovereignty".
func (l Layer) String() string {
	if l == Sovereignty {
		return "sovereignty"
	}
	return "control"
}

// ParseLayer parses "control" or "sovereignty".
func ParseLayer(s string) (Layer, bool) {
	switch s {
	case "control":
		return Control, true
	case "sovereignty":
		return Sovereignty, true
	}
	return Control, false
}

// Feature is one dated version of a territory, line or point.
type Feature struct {
	// Index is the feature's position in its file (0-based).
	Index int
	ID    string
	Name  string
	// Names holds other names by language code.
	Names map[string]string
	Kind  string
	// Start is the first valid day (inclusive); End the first day no longer
	// valid (exclusive). A zero Date is open.
	Start, End            Date
	Controller, Sovereign Holder
	Status                string
	Source                string
	Note                  string
	// Approximate marks a border or location known only roughly.
	Approximate bool
	Topics      []string
	Geometry    orb.Geometry
	Bound       orb.Bound
	// Extra holds properties of a foreign file that the format does not
	// know (the property extra), by name, for the details panel.
	Extra map[string]string
	// Properties are the feature's properties as read, for export.
	Properties map[string]any
}

// ValidOn reports whether the feature is valid on day d.
func (f *Feature) ValidOn(d Day) bool {
	return (f.Start.IsZero() || d >= f.Start.Day) && (f.End.IsZero() || d < f.End.Day)
}

// Holder returns the controller or the sovereign.
func (f *Feature) Holder(l Layer) Holder {
	if l == Sovereignty {
		return f.Sovereign
	}
	return f.Controller
}

// HasTopic reports whether the feature belongs to the highlight layer t.
func (f *Feature) HasTopic(t string) bool { return slices.Contains(f.Topics, t) }

// AllNames returns the feature's name followed by its other names, sorted
// and without duplicates.
func (f *Feature) AllNames() []string {
	out := []string{f.Name}
	var rest []string
	for _, n := range f.Names {
		if n != f.Name {
			rest = append(rest, n)
		}
	}
	sort.Strings(rest)
	for i, n := range rest {
		if i == 0 || n != rest[i-1] {
			out = append(out, n)
		}
	}
	return out
}
