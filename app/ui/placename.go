package ui

import (
	"strings"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
)

// mapName is what the map calls the land of territory f on day d in layer
// l, in the window's language, for the hover tip and the details panel's
// header: the label the map prints on its holder's land that day
// (assets/names through render.DefaultNames and its LabelKey, so
// "General Government", "Algeria", "Italian-occupied Greece"), after the
// name of the region of that day whose label lies in f where the names say
// the region bore that name that day ("Bessarabia — Romania"). A holder
// the names do not know (a dataset of the user's own) is named as the data
// spells it after the territory's own name (tipText), as is land with no
// holder in l. The region is left out where it says what the holder's
// label says, so nothing is said twice.
func mapName(a *geodata.Atlas, f *geodata.Feature, l geodata.Layer, d geodata.Day) string {
	if f == nil {
		return ""
	}
	if text, ok := mapLabel(a, f, l, d); ok {
		return text
	}
	// Not the bundled data's holder (a dataset of the user's own, with no
	// dated names): the territory's name and its holder's.
	return tipText(nameIn(f), holderLabel(f.Holder(l), d), f.Status)
}

// mapLabel is mapName for a holder the names know, false for another
// (or for land with no holder in l).
func mapLabel(a *geodata.Atlas, f *geodata.Feature, l geodata.Layer, d geodata.Day) (string, bool) {
	h := f.Holder(l).Name
	names := render.DefaultNames()
	if h == "" || names == nil {
		return "", false
	}
	code := currentLang()
	key := names.LabelKey(h, f.ID)
	if names.Holder(key) == nil {
		return "", false
	}
	text, ok := names.HolderLabel(key, d, code)
	if !ok {
		text = holderLabel(f.Holder(l), d)
	}
	if a == nil {
		return text, true
	}
	for _, r := range names.Regions(d, code) {
		if strings.EqualFold(r.Text, text) {
			continue
		}
		if g := a.TerritoryAt(d, orb.Point{r.Lon, r.Lat}); g != nil && g.ID == f.ID {
			return r.Text + " — " + text, true
		}
	}
	return text, true
}

// tipText is name, with holder when it differs from it and status when
// the name does not already say it: "Westmark — East (annexed)", not
// "Turkey — Turkey (independent)".
func tipText(name, holder, status string) string {
	text := name
	if holder != "" && !strings.EqualFold(holder, name) {
		text += " — " + holder
	}
	if status != "" && !strings.Contains(strings.ToLower(text), strings.ToLower(status)) {
		text += " (" + status + ")"
	}
	return text
}
