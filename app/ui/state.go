package ui

// The window's view state: what it shows (dataset, day, layer,
// highlights, overlays, reading aids, selection), with typed change
// notifications. The panels read it and listen to it; they change it
// only through the callbacks the window gives them. The map's view
// (centre and scale) is the map widget's own.

import (
	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
)

// stateChange says what changed in a viewState; several may be set.
type stateChange uint8

const (
	dayChanged       stateChange = 1 << iota
	styleChanged                 // layer, highlights, overlays or reading aids
	selectionChanged             // the selected territory or point
	atlasChanged                 // another dataset
)

// viewState is the state of the window. Every method runs on the UI
// goroutine.
type viewState struct {
	atlas    *geodata.Atlas
	day      geodata.Day
	layer    geodata.Layer
	topics   map[string]bool // highlight layers shown
	overlays map[string]bool // overlay toggles shown
	// Reading aids.
	graticule, colorBlind bool
	// The selected territory ("" for none) and where it was tapped (nil
	// when it was picked otherwise).
	selID string
	selLL *orb.Point

	listeners []func(stateChange)
}

// Highlight and overlay toggles, in the order shown.
var (
	highlightToggles = []struct{ Topic, Label string }{
		{"baltic", "Baltic states"},
		{"bessarabia", "Moldavia / Bessarabia"},
		{"finland", "Finland and its ceded areas"},
		{"bases", "Proposed British bases"},
	}
	overlayToggles = []struct{ Kind, Label string }{
		{geodata.KindFrontier, "Soviet frontiers (1939, 1941)"},
		{geodata.KindSphere, "Molotov–Ribbentrop spheres"},
	}
)

// newViewState is atlas on day d, every highlight and overlay shown.
func newViewState(a *geodata.Atlas, d geodata.Day) *viewState {
	s := &viewState{atlas: a, day: d, topics: map[string]bool{}, overlays: map[string]bool{}}
	for _, t := range highlightToggles {
		s.topics[t.Topic] = true
	}
	for _, t := range overlayToggles {
		s.overlays[t.Kind] = true
	}
	return s
}

// listen calls f after every change, in the order listen was called.
func (s *viewState) listen(f func(stateChange)) { s.listeners = append(s.listeners, f) }

func (s *viewState) notify(c stateChange) {
	for _, f := range s.listeners {
		f(c)
	}
}

// setDay shows day d, clamped to the period.
func (s *viewState) setDay(d geodata.Day) {
	d = clampDay(d)
	if d == s.day {
		return
	}
	s.day = d
	s.notify(dayChanged)
}

func clampDay(d geodata.Day) geodata.Day { return min(max(d, geodata.First), geodata.Last) }

func (s *viewState) setLayer(l geodata.Layer) {
	if l != s.layer {
		s.layer = l
		s.notify(styleChanged)
	}
}

func (s *viewState) setTopic(t string, on bool) {
	if s.topics[t] != on {
		s.topics[t] = on
		s.notify(styleChanged)
	}
}

func (s *viewState) setOverlay(k string, on bool) {
	if s.overlays[k] != on {
		s.overlays[k] = on
		s.notify(styleChanged)
	}
}

func (s *viewState) setGraticule(on bool) {
	if s.graticule != on {
		s.graticule = on
		s.notify(styleChanged)
	}
}

func (s *viewState) setColorBlind(on bool) {
	if s.colorBlind != on {
		s.colorBlind = on
		s.notify(styleChanged)
	}
}

// selectAt selects the territory id ("" for none) tapped at ll (nil:
// picked otherwise).
func (s *viewState) selectAt(id string, ll *orb.Point) {
	s.selID, s.selLL = id, ll
	s.notify(selectionChanged)
}

// setAtlas shows another dataset, with nothing selected.
func (s *viewState) setAtlas(a *geodata.Atlas) {
	s.atlas = a
	s.selID, s.selLL = "", nil
	s.notify(atlasChanged | selectionChanged | dayChanged)
}

// style is the map style of the settings, in the engine's default colours
// (the map widget takes its own from the theme).
func (s *viewState) style() render.Style {
	st := render.DefaultStyle()
	st.Layer = s.layer
	st.Topics = nil
	for _, t := range highlightToggles {
		if s.topics[t.Topic] {
			st.Topics = append(st.Topics, t.Topic)
		}
	}
	st.Overlays = nil
	for _, t := range overlayToggles {
		if s.overlays[t.Kind] {
			st.Overlays = append(st.Overlays, t.Kind)
		}
	}
	// Bases and passages are drawn with the bases highlight.
	if s.topics["bases"] {
		st.Overlays = append(st.Overlays, geodata.KindBase, geodata.KindPassage)
	}
	if s.colorBlind {
		st.Palette = render.ColorBlind
	}
	if s.graticule {
		// Switched on at 10°; the map draws 5° lines when zoomed in.
		st.Graticule = 10
	}
	st.Selected = s.selID
	return st
}
