package register

import (
	"sort"
	"strings"
)

// States are the holder names a register accepts: the plain state names of
// the bundled dataset's controllers and sovereigns (StateOf of each), kept
// equal to them by a test.
var States = []string{
	"Afghanistan", "Albania", "Andorra", "Bahrain", "Belgium", "Bulgaria",
	"Carpatho-Ukraine", "Czechoslovakia", "Denmark", "Egypt", "Estonia",
	"Finland", "France", "Free City of Danzig", "Free France", "Germany",
	"Greece", "Hatay State", "Hungary", "Iceland", "Independent State of Croatia",
	"Iran", "Iraq", "Ireland", "Italy", "Kuwait", "Latvia", "Lebanon",
	"Liechtenstein", "Lithuania", "Luxembourg", "Monaco", "Morocco",
	"Muscat and Oman", "Netherlands", "Norway", "Palestine", "Poland",
	"Portugal", "Qatar", "Romania", "San Marino", "Saudi Arabia",
	"Slovak Republic", "Soviet Union", "Spain", "Sweden", "Switzerland",
	"Syria", "Tangier International Zone", "Transjordan", "Trucial States",
	"Tunisia", "Turkey", "United Kingdom", "United States", "Vatican City",
	"Yugoslavia",
}

var stateSet = func() map[string]bool {
	m := make(map[string]bool, len(States))
	for _, s := range States {
		m[s] = true
	}
	return m
}()

// IsState reports whether name is one of States.
func IsState(name string) bool { return stateSet[name] }

// StateOf returns the plain states of a dataset holder name: the part
// before " (", split at " and " when the holder is a joint one and both
// parts are states ("Germany (military administration)" → Germany;
// "Germany and Italy (military occupation)" → Germany, Italy; "Muscat and
// Oman" stays whole).
func StateOf(holder string) []string {
	base, _, _ := strings.Cut(holder, " (")
	if stateSet[base] {
		return []string{base}
	}
	if a, b, ok := strings.Cut(base, " and "); ok && stateSet[a] && stateSet[b] {
		return []string{a, b}
	}
	return []string{base}
}

// unknownState says what to do with a holder that is not a state.
func unknownState(name string) string {
	base, _, _ := strings.Cut(name, " (")
	if base != name && stateSet[base] {
		return "\"" + name + "\" is not a plain state name; write \"" + base + "\" (the register names states, not their administrations)"
	}
	if a, ok := aliases[strings.ToLower(name)]; ok {
		return "\"" + name + "\" is not a state name of the dataset; write \"" + a + "\""
	}
	if near := nearest(name); near != "" {
		return "\"" + name + "\" is not a known state; did you mean \"" + near + "\"? (see register.States)"
	}
	return "\"" + name + "\" is not a known state; use a plain state name of the dataset (see register.States)"
}

// nearest returns the state that differs from name only in case or
// spacing, or that name is a prefix of, or "".
func nearest(name string) string {
	n := strings.ToLower(strings.Join(strings.Fields(name), " "))
	var hits []string
	for _, s := range States {
		ls := strings.ToLower(s)
		if ls == n || (len(n) >= 3 && strings.HasPrefix(ls, n)) {
			hits = append(hits, s)
		}
	}
	sort.Strings(hits)
	if len(hits) == 1 {
		return hits[0]
	}
	return ""
}

// aliases are names a writer may reach for, with the dataset's name.
var aliases = map[string]string{
	"ussr": "Soviet Union", "soviet": "Soviet Union", "russia": "Soviet Union",
	"uk": "United Kingdom", "britain": "United Kingdom", "great britain": "United Kingdom", "british": "United Kingdom",
	"usa": "United States", "us": "United States", "america": "United States",
	"vichy france": "France", "vichy": "France", "free french": "Free France",
	"german": "Germany", "reich": "Germany", "italian": "Italy", "slovakia": "Slovak Republic",
	"croatia": "Independent State of Croatia", "ndh": "Independent State of Croatia",
	"persia": "Iran", "the netherlands": "Netherlands", "holland": "Netherlands",
}
