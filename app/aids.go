package app

// Reading aids: the graticule, the colour-blind-safe palette and the map
// theme following Fyne's light or dark theme (the scale bar is part of
// the map widget); and opening a dataset dropped on the window.

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"

	"github.com/frontiers-atlas/frontiers/geodata/render"
)

// Preference keys of the reading aids.
const (
	prefGraticule  = "view.graticule"   // bool
	prefColorBlind = "view.color_blind" // bool
)

// isDark reports whether Fyne shows its dark theme.
func (u *ui) isDark() bool {
	if u.darkTheme != nil {
		return u.darkTheme()
	}
	return u.app != nil && u.app.Settings().ThemeVariant() == theme.VariantDark
}

// setGraticule shows or hides the graticule.
func (u *ui) setGraticule(on bool) {
	if u.graticule == on {
		return
	}
	u.graticule = on
	if u.graticuleItem != nil {
		u.graticuleItem.Checked = on
		u.refreshMenu()
	}
	u.styleChanged()
}

// setColorBlind switches between the standard and the colour-blind-safe
// palette.
func (u *ui) setColorBlind(on bool) {
	if u.colorBlind == on {
		return
	}
	u.colorBlind = on
	if u.colorBlindItem != nil {
		u.colorBlindItem.Checked = on
		u.refreshMenu()
	}
	u.styleChanged()
}

// aidsMenuItems are the View menu's items of the reading aids.
func (u *ui) aidsMenuItems() []*fyne.MenuItem {
	u.graticuleItem = fyne.NewMenuItem("Graticule", func() { u.setGraticule(!u.graticule) })
	u.colorBlindItem = fyne.NewMenuItem("Colour-blind palette", func() { u.setColorBlind(!u.colorBlind) })
	return []*fyne.MenuItem{u.graticuleItem, u.colorBlindItem}
}

// followTheme redraws the maps and the date when Fyne's theme changes.
func (u *ui) followTheme() {
	u.app.Settings().AddListener(func(fyne.Settings) {
		uiDo(func() {
			if u.closed {
				return
			}
			if u.dateLabel != nil {
				u.dateLabel.Color = theme.Color(theme.ColorNameForeground)
				u.dateLabel.Refresh()
			}
			u.styleChanged()
		})
	})
}

// applyAids sets the style's reading aids: Graticule is switched on at
// 10°; the map widget draws 5° lines when zoomed in.
func (u *ui) applyAids(s *render.Style) {
	if u.colorBlind {
		s.Palette = render.ColorBlind
	}
	if u.graticule {
		s.Graticule = 10
	}
	if u.isDark() {
		s.Theme = render.Dark
	} else {
		s.Theme = render.Light
	}
}

// dropped opens the first dataset (.geojson or .json) dropped on the
// window, as File → Open dataset… does.
func (u *ui) dropped(_ fyne.Position, items []fyne.URI) {
	for _, it := range items {
		switch strings.ToLower(it.Extension()) {
		case ".geojson", ".json":
			if it.Scheme() == "file" {
				u.loadDataset(it.Path())
				return
			}
		}
	}
	if len(items) > 0 {
		dialog.ShowInformation("Not a dataset", "Drop a GeoJSON dataset (.geojson) to open it.", u.win)
		u.lastProblems = "not a dataset: " + items[0].Name()
	}
}
