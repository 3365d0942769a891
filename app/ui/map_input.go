package ui

// The map's pointer input: drag to pan, scroll to zoom around the
// pointer, tap to select, hover for the territory's name. (The map takes
// no focus: its keys are the window's.)

import (
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

var (
	_ fyne.Draggable    = (*Map)(nil)
	_ fyne.Scrollable   = (*Map)(nil)
	_ fyne.Tappable     = (*Map)(nil)
	_ desktop.Hoverable = (*Map)(nil)
)

// Dragged pans the map with the pointer.
func (m *Map) Dragged(e *fyne.DragEvent) {
	if m.res == 0 {
		return
	}
	v := m.View().Pan(float64(e.Dragged.DX), float64(e.Dragged.DY))
	m.center = v.Center
	m.auto = false
	// The tip hides while panning; the next move of the pointer shows it
	// for what is under it then.
	m.hoverPos = e.Position
	m.hovering = false
	if m.r != nil {
		m.r.showTip("")
	}
	m.viewChanged(true)
}

// DragEnd ends a pan.
func (m *Map) DragEnd() {}

// Scrolled zooms around the pointer.
func (m *Map) Scrolled(e *fyne.ScrollEvent) {
	d := e.Scrolled.DY
	if d == 0 {
		return
	}
	m.zoomAt(math.Pow(scrollZoomBase, float64(d)/scrollNotch), e.Position.X, e.Position.Y)
}

// Tapped selects the territory under the pointer.
func (m *Map) Tapped(e *fyne.PointEvent) {
	if m.res == 0 {
		return
	}
	ll := m.LonLatAt(e.Position)
	f := m.FeatureAt(e.Position)
	if m.OnSelected != nil {
		m.OnSelected(f, ll)
	}
}

// MouseIn starts the hover tip.
func (m *Map) MouseIn(e *desktop.MouseEvent) { m.MouseMoved(e) }

// MouseMoved shows the name of the territory under the pointer.
func (m *Map) MouseMoved(e *desktop.MouseEvent) {
	m.hovering = true
	m.hoverPos = e.Position
	m.hoverChanged()
}

// MouseOut hides the hover tip.
func (m *Map) MouseOut() {
	m.hovering = false
	if m.r != nil {
		m.r.showTip("")
	}
}

// hoverChanged shows the tip of what is under the pointer, if it hovers.
func (m *Map) hoverChanged() {
	if m.hovering && m.r != nil {
		m.r.showTip(m.hoverText())
	}
}

// hoverText is the tip's text for the territory under the pointer: its
// name, then its holder on the map's layer and its status where they
// say more than the name ("Turkey (independent)", not "Turkey — Turkey
// (independent)"); "" for none.
func (m *Map) hoverText() string {
	f := m.FeatureAt(m.hoverPos)
	if f == nil {
		return ""
	}
	return tipText(nameIn(f), holderLabel(f.Holder(m.style.Layer), m.day), f.Status)
}

// tipText is name, with holder when it differs from it and status when
// the name does not already say it.
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
