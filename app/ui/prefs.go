package ui

// What the window remembers between sessions, in the Fyne preferences.

import (
	"math"

	"fyne.io/fyne/v2"
	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// Preference keys.
const (
	prefDate    = "date"               // ISO day, e.g. 1942-05-26
	prefCenterX = "view.center_x"      // projected metres
	prefCenterY = "view.center_y"      // projected metres
	prefRes     = "view.resolution"    // metres per logical pixel; 0: fit Europe
	prefLayer   = "layer"              // "control" or "sovereignty"
	prefTopic   = "highlight."         // + topic ("baltic", ...): bool
	prefOverlay = "overlay."           // + kind ("frontier", "sphere"): bool
	prefTab     = "side_panel.tab"     // "events" or "territory"
	prefSelID   = "selected.territory" // id of the selected territory
)

// restore applies the saved preferences; date, when not 0, overrides the
// saved day (the --date flag). The first time the atlas opens on the day
// of the signing.
func (u *ui) restore(date geodata.Day) {
	p := u.prefs
	// Nothing is saved while restoring: u.restored is still false.
	defer func() { u.restored = true }()

	if l, ok := geodata.ParseLayer(p.StringWithFallback(prefLayer, "control")); ok {
		u.setLayer(l)
	}
	for _, t := range highlightToggles {
		on := p.BoolWithFallback(prefTopic+t.Topic, true)
		u.checks["highlight."+t.Topic].SetChecked(on)
		u.setTopic(t.Topic, on)
	}
	for _, t := range overlayToggles {
		on := p.BoolWithFallback(prefOverlay+t.Kind, true)
		u.checks["overlay."+t.Kind].SetChecked(on)
		u.setOverlay(t.Kind, on)
	}
	u.setGraticule(p.BoolWithFallback(prefGraticule, false))
	u.setColorBlind(p.BoolWithFallback(prefColorBlind, false))
	res := p.FloatWithFallback(prefRes, 0)
	cx, cy := p.FloatWithFallback(prefCenterX, 0), p.FloatWithFallback(prefCenterY, 0)
	if res > 0 && !math.IsNaN(cx+cy) && math.Abs(cx) < 2e7 && math.Abs(cy) < 2e7 {
		u.mapw.SetView(orb.Point{cx, cy}, res)
	}
	if id := p.String(prefSelID); id != "" && len(u.atlas.History(id)) > 0 {
		u.selectTerritory(id)
	}
	if p.String(prefTab) != "territory" {
		u.tabs.Select(u.eventTab)
	}

	d := date
	if d == 0 {
		d = geodata.Signing
		if s := p.String(prefDate); s != "" {
			if pd, err := geodata.ParseDay(s); err == nil {
				d = pd
			}
		}
	}
	u.setDay(clampDay(d))
}

// save writes the preferences.
func (u *ui) save() {
	p := u.prefs
	p.SetString(prefDate, u.day.String())
	p.SetString(prefLayer, u.layer.String())
	for _, t := range highlightToggles {
		p.SetBool(prefTopic+t.Topic, u.topics[t.Topic])
	}
	for _, t := range overlayToggles {
		p.SetBool(prefOverlay+t.Kind, u.overlays[t.Kind])
	}
	p.SetBool(prefGraticule, u.graticule)
	p.SetBool(prefColorBlind, u.colorBlind)
	if v := u.mapw.View(); v.Res > 0 {
		p.SetFloat(prefCenterX, v.Center[0])
		p.SetFloat(prefCenterY, v.Center[1])
		p.SetFloat(prefRes, v.Res)
	}
	p.SetString(prefSelID, u.selID)
	tab := "events"
	if u.tabs != nil && u.tabs.Selected() == u.terrTab {
		tab = "territory"
	}
	p.SetString(prefTab, tab)
	if err := p.Save(); err != nil {
		fyne.LogError("saving the preferences", err)
	}
}
