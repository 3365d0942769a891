package ui

// What the window remembers between sessions: one Settings value, saved
// whole as JSON in the app's storage folder through an atomic write
// (debounced by the window: ui.changed). A file that cannot be read is
// reported and the window starts afresh.

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"

	"fyne.io/fyne/v2"
	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/internal/atomicfile"
)

// prefsFileName is the name of the preferences file in the app's storage.
const prefsFileName = "frontiers-preferences.json"

// Settings are the window's preferences. A zero field means the default:
// a zero Settings is a first start.
type Settings struct {
	// Date is the day shown, ISO (1942-05-26).
	Date string `json:"date,omitempty"`
	// Layer is "control" or "sovereignty".
	Layer string `json:"layer,omitempty"`
	// Topics and Overlays say which highlights and overlays are shown;
	// those missing are.
	Topics   map[string]bool `json:"highlights,omitempty"`
	Overlays map[string]bool `json:"overlays,omitempty"`
	// View is the map's view; nil fits Europe.
	View *ViewSettings `json:"view,omitempty"`
	// Graticule shows the graticule.
	Graticule bool `json:"graticule,omitempty"`
	// Palette is "standard" or "colour-blind".
	Palette string `json:"palette,omitempty"`
	// Tab is the side panel shown, "events" or "territory".
	Tab string `json:"tab,omitempty"`
	// Selected is the id of the selected territory.
	Selected string `json:"selected,omitempty"`
	// Language is the language chosen in View → Language ("de"); empty:
	// the system's.
	Language string `json:"language,omitempty"`
	// Recent are the dataset files opened last, the latest first, at
	// most 5 (File → Open recent).
	Recent []string `json:"recent,omitempty"`
	// Panes are the side panels' splits (panes.go); PlaySpeed is
	// "day", "week" or "month" a tick (speed.go).
	Panes     *PaneSettings `json:"panes,omitempty"`
	PlaySpeed string        `json:"play_speed,omitempty"`
}

// ViewSettings is the map's view: its centre in projected metres and
// its resolution in metres per logical pixel.
type ViewSettings struct {
	CenterX    float64 `json:"center_x"`
	CenterY    float64 `json:"center_y"`
	Resolution float64 `json:"resolution"`
}

// The palettes' names in Settings.
const (
	paletteStandard   = "standard"
	paletteColorBlind = "colour-blind"
)

// prefsFile is the preferences file and what it holds.
type prefsFile struct {
	path string
	// saved is what the file holds (what was read, then what was saved).
	saved Settings
	// loadErr says why the file could not be read, if it could not.
	loadErr error
}

// openPrefs reads the preferences in path; a missing file is a first
// start, a damaged one too, with loadErr set (the file is left alone
// until the next save).
func openPrefs(path string) *prefsFile {
	p := &prefsFile{path: path}
	data, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		p.loadErr = err
	default:
		if err := json.Unmarshal(data, &p.saved); err != nil {
			p.loadErr = fmt.Errorf("%s: %v", path, err)
			p.saved = Settings{}
		}
	}
	return p
}

// save writes s in place of the file, atomically.
func (p *prefsFile) save(s Settings) error {
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	if err := atomicfile.Write(p.path, func(w io.Writer) error {
		_, err := w.Write(append(data, '\n'))
		return err
	}); err != nil {
		return err
	}
	p.saved = s
	return nil
}

// settings are the window's settings now.
func (u *ui) settings() Settings {
	st := u.st
	s := Settings{
		Date: st.day.String(), Layer: st.layer.String(),
		Topics: map[string]bool{}, Overlays: map[string]bool{},
		Graticule: st.graticule, Palette: paletteStandard,
		Tab: "events", Selected: st.selID, Language: u.langChoice,
		Recent: u.data.recent,
	}
	for _, t := range highlightToggles {
		s.Topics[t.Topic] = st.topics[t.Topic]
	}
	for _, t := range overlayToggles {
		s.Overlays[t.Kind] = st.overlays[t.Kind]
	}
	if st.colorBlind {
		s.Palette = paletteColorBlind
	}
	if v := u.mapw.View(); v.Res > 0 {
		s.View = &ViewSettings{CenterX: v.Center[0], CenterY: v.Center[1], Resolution: v.Res}
	}
	if u.tabs.Selected() == u.terrTab {
		s.Tab = "territory"
	}
	s.Panes, s.PlaySpeed = u.paneSettings(), u.playSpeed
	return s
}

// save writes the preferences.
func (u *ui) save() {
	if err := u.prefs.save(u.settings()); err != nil {
		fyne.LogError("saving the preferences", err)
	}
}

// restore applies the saved preferences; date, when not 0, overrides the
// saved day (the --date flag). The first time the atlas opens on the day
// of the signing.
func (u *ui) restore(date geodata.Day) {
	s, st := u.prefs.saved, u.st
	// Nothing is saved while restoring: u.restored is still false.
	defer func() { u.restored = true }()

	if l, ok := geodata.ParseLayer(s.Layer); ok {
		st.setLayer(l)
	}
	for _, t := range highlightToggles {
		on, ok := s.Topics[t.Topic]
		st.setTopic(t.Topic, on || !ok)
	}
	for _, t := range overlayToggles {
		on, ok := s.Overlays[t.Kind]
		st.setOverlay(t.Kind, on || !ok)
	}
	st.setGraticule(s.Graticule)
	u.restorePanes(s.Panes)
	u.setPlaySpeed(s.PlaySpeed)
	st.setColorBlind(s.Palette == paletteColorBlind)
	if v := s.View; v != nil && v.Resolution > 0 && !math.IsNaN(v.CenterX+v.CenterY) && math.Abs(v.CenterX) < 2e7 && math.Abs(v.CenterY) < 2e7 {
		u.mapw.SetView(orb.Point{v.CenterX, v.CenterY}, v.Resolution)
	}
	if id := s.Selected; id != "" && len(st.atlas.History(id)) > 0 {
		u.selectTerritory(id)
	}
	if s.Tab != "territory" {
		u.tabs.Select(u.eventTab)
	}

	d := date
	if d == 0 {
		d = geodata.Signing
		if pd, err := geodata.ParseDay(s.Date); err == nil {
			d = pd
		}
	}
	st.setDay(d)
}
