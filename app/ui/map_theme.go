package ui

// The map's colours are theme colours of names of our own, with a light
// and a dark variant, so that the map follows the Fyne theme by itself:
// the window's theme (atlasTheme, around Fyne's) knows them, and a theme
// that does not gets our variants.

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/frontiers-atlas/frontiers/geodata/render"
)

// Theme colour names of the map.
const (
	ColorNameMapSea    fyne.ThemeColorName = "frontiers.map.sea"
	ColorNameMapLand   fyne.ThemeColorName = "frontiers.map.land"
	ColorNameMapBorder fyne.ThemeColorName = "frontiers.map.border"
	ColorNameMapCoast  fyne.ThemeColorName = "frontiers.map.coast"
	ColorNameMapHatch  fyne.ThemeColorName = "frontiers.map.hatch"
	ColorNameMapSelect fyne.ThemeColorName = "frontiers.map.select"
	ColorNameMapLabel  fyne.ThemeColorName = "frontiers.map.label"
	ColorNameMapHalo   fyne.ThemeColorName = "frontiers.map.halo"
	// The hover tip, the selection marker and the scale bar.
	ColorNameMapTip       fyne.ThemeColorName = "frontiers.map.tip"
	ColorNameMapTipText   fyne.ThemeColorName = "frontiers.map.tip_text"
	ColorNameMapTipEdge   fyne.ThemeColorName = "frontiers.map.tip_edge"
	ColorNameMapMarker    fyne.ThemeColorName = "frontiers.map.marker"
	ColorNameMapScale     fyne.ThemeColorName = "frontiers.map.scale"
	ColorNameMapScaleText fyne.ThemeColorName = "frontiers.map.scale_text"
)

// mapColors are the light and dark variants of the map's colour names:
// the engine's themes (render.Light, render.Dark) and the colours of the
// overlays the widget draws itself.
var mapColors = map[fyne.ThemeColorName][2]color.Color{
	ColorNameMapSea:       {render.Light.Sea, render.Dark.Sea},
	ColorNameMapLand:      {render.Light.Land, render.Dark.Land},
	ColorNameMapBorder:    {render.Light.Border, render.Dark.Border},
	ColorNameMapCoast:     {render.Light.Coast, render.Dark.Coast},
	ColorNameMapHatch:     {render.Light.Hatch, render.Dark.Hatch},
	ColorNameMapSelect:    {render.Light.Select, render.Dark.Select},
	ColorNameMapLabel:     {render.Light.Label, render.Dark.Label},
	ColorNameMapHalo:      {render.Light.Halo, render.Dark.Halo},
	ColorNameMapTip:       {color.NRGBA{0xff, 0xff, 0xf0, 0xf0}, color.NRGBA{0xff, 0xff, 0xf0, 0xf0}},
	ColorNameMapTipText:   {color.NRGBA{0x20, 0x20, 0x20, 0xff}, color.NRGBA{0x20, 0x20, 0x20, 0xff}},
	ColorNameMapTipEdge:   {color.NRGBA{0x60, 0x60, 0x60, 0xff}, color.NRGBA{0x60, 0x60, 0x60, 0xff}},
	ColorNameMapMarker:    {color.NRGBA{0xd0, 0x20, 0x20, 0xff}, color.NRGBA{0xd0, 0x20, 0x20, 0xff}},
	ColorNameMapScale:     {color.NRGBA{0xff, 0xff, 0xff, 0xb0}, color.NRGBA{0xff, 0xff, 0xff, 0xb0}},
	ColorNameMapScaleText: {color.NRGBA{0x20, 0x20, 0x20, 0xff}, color.NRGBA{0x20, 0x20, 0x20, 0xff}},
}

// atlasTheme is a Fyne theme that knows the map's colour names, in the
// variant asked for, and asks its base theme for every other colour.
type atlasTheme struct{ fyne.Theme }

// newTheme returns base with the map's colours.
func newTheme(base fyne.Theme) fyne.Theme { return atlasTheme{base} }

func (t atlasTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if c, ok := mapColors[n]; ok {
		if v == theme.VariantDark {
			return c[1]
		}
		return c[0]
	}
	return t.Theme.Color(n, v)
}

// mapColor returns the colour of name n in theme th, in the app's
// variant; a theme that does not know the map's names gets our own.
func mapColor(th fyne.Theme, n fyne.ThemeColorName) color.Color {
	v := theme.VariantLight
	if a := fyne.CurrentApp(); a != nil {
		v = a.Settings().ThemeVariant()
	}
	if _, ok := th.(atlasTheme); !ok {
		if c := th.Color(n, v); c != nil {
			if _, _, _, a := c.RGBA(); a > 0 {
				return c
			}
		}
		th = atlasTheme{th}
	}
	return th.Color(n, v)
}

// engineTheme is the engine's map theme of Fyne theme th.
func engineTheme(th fyne.Theme) render.Theme {
	c := func(n fyne.ThemeColorName) color.RGBA {
		return color.RGBAModel.Convert(mapColor(th, n)).(color.RGBA)
	}
	return render.Theme{
		Sea: c(ColorNameMapSea), Land: c(ColorNameMapLand), Border: c(ColorNameMapBorder),
		Coast: c(ColorNameMapCoast), Hatch: c(ColorNameMapHatch), Select: c(ColorNameMapSelect),
		Label: c(ColorNameMapLabel), Halo: c(ColorNameMapHalo),
	}
}

// mapTheme is the theme of the palette the map is drawn in (its style's
// palette, light or dark as the map's Fyne theme is), so that what the
// widget draws around the frame (the sea beyond it) matches the frame.
func (m *Map) mapTheme() render.Theme {
	s := m.style
	s.Theme = engineTheme(m.Theme())
	return render.ThemeOf(s.Colours())
}
