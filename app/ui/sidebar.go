package ui

// The side panels: on the left the search box, the map settings and the
// legend; on the right the events (a list and the details of one) and
// the territory details, in tabs.

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/app/places"
	"github.com/frontiers-atlas/frontiers/geodata"
)

func heading(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.TextStyle = fyne.TextStyle{Bold: true}
	return l
}

func (u *ui) buildLeft() fyne.CanvasObject {
	st := u.st
	layers := []string{lang.L("Control"), lang.L("Sovereignty")}
	u.layerRadio = widget.NewRadioGroup(layers, func(s string) {
		l := geodata.Control
		if s == layers[1] {
			l = geodata.Sovereignty
		}
		st.setLayer(l)
	})
	u.layerRadio.Required = true
	u.layerRadio.SetSelected(layers[0])
	u.search = newSearchBox(st, u.pickResult)
	box := container.NewVBox(u.search.entry, u.search.list, heading(lang.L("Map layer")), u.layerRadio, heading(lang.L("Highlight")))
	u.search.parent = box
	for _, t := range highlightToggles {
		topic := t.Topic
		c := widget.NewCheck(lang.L(t.Label), func(on bool) { st.setTopic(topic, on) })
		c.Checked = true
		u.checks["highlight."+topic] = c
		box.Add(c)
	}
	box.Add(heading(lang.L("Overlays")))
	for _, t := range overlayToggles {
		kind := t.Kind
		c := widget.NewCheck(lang.L(t.Label), func(on bool) { st.setOverlay(kind, on) })
		c.Checked = true
		u.checks["overlay."+kind] = c
		box.Add(c)
	}
	box.Add(heading(lang.L("Legend")))
	u.legend = newLegendBox()
	box.Add(u.legend.box)
	return container.NewVScroll(box)
}

func (u *ui) buildRight() fyne.CanvasObject {
	u.eventList = widget.NewList(
		func() int { return len(u.st.atlas.Events()) },
		func() fyne.CanvasObject {
			date := widget.NewLabel("c. 30 September 1942")
			title := widget.NewLabel("title")
			title.Truncation = fyne.TextTruncateEllipsis
			dateBox := container.New(&fixedWidth{140}, date)
			// Objects: the date's box, then the title.
			return container.New(layout.NewBorderLayout(nil, nil, dateBox, nil), dateBox, title)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			evs := u.st.atlas.Events()
			if id < 0 || id >= len(evs) {
				return
			}
			e := evs[id]
			c := o.(*fyne.Container)
			c.Objects[0].(*fyne.Container).Objects[0].(*widget.Label).SetText(dateText(e.Date))
			c.Objects[1].(*widget.Label).SetText(e.Title)
		})
	u.eventList.OnSelected = u.eventSelected
	u.eventList.OnUnselected = func(widget.ListItemID) {}
	u.event = newEventPanel(u.st, u.selectTerritory)
	u.terr = newTerritoryPanel(u.st, u.st.setDay, func(i int) {
		u.gotoEvent(i)
		u.tabs.Select(u.eventTab)
	})

	evSplit := container.NewVSplit(u.eventList, container.NewVScroll(u.event.box))
	evSplit.Offset = 0.55
	u.eventTab = container.NewTabItem(lang.L("Events"), evSplit)
	u.terrTab = container.NewTabItem(lang.L("Territory"), u.terr.scroll)
	u.tabs = container.NewAppTabs(u.eventTab, u.terrTab)
	return u.tabs
}

func (u *ui) eventSelected(id widget.ListItemID) {
	if u.syncing {
		return
	}
	u.gotoEvent(id)
	u.unfocus()
}

// gotoEvent selects event i and moves the timeline to its date.
func (u *ui) gotoEvent(i int) {
	evs := u.st.atlas.Events()
	if i < 0 || i >= len(evs) {
		return
	}
	u.eventSel = i
	u.syncing = true
	u.eventList.Select(i)
	u.eventList.ScrollTo(i)
	u.syncing = false
	u.event.show(&evs[i])
	u.st.setDay(evs[i].Date.Day)
	u.timeline.setSelected(i)
}

// syncEvent selects the latest event on or before the day, unless the
// selected one is on that date already (events may share a date).
func (u *ui) syncEvent() {
	evs := u.st.atlas.Events()
	idx := u.st.atlas.EventIndex(u.st.day)
	if u.eventSel >= 0 && u.eventSel < len(evs) && idx >= 0 && u.eventSel <= idx &&
		evs[u.eventSel].Date.Day == evs[idx].Date.Day {
		return
	}
	u.eventSel = idx
	u.syncing = true
	if idx < 0 {
		u.eventList.UnselectAll()
		u.event.show(nil)
	} else {
		u.eventList.Select(idx)
		u.eventList.ScrollTo(idx)
		u.event.show(&evs[idx])
	}
	u.syncing = false
	u.timeline.setSelected(idx)
}

func (u *ui) prevEvent() {
	evs := u.st.atlas.Events()
	i := u.eventSel
	if i >= 0 && i < len(evs) && evs[i].Date.Day < u.st.day {
		u.gotoEvent(i)
		return
	}
	if i-1 >= 0 {
		u.gotoEvent(i - 1)
	}
}

func (u *ui) nextEvent() {
	if j := u.eventSel + 1; j < len(u.st.atlas.Events()) {
		u.gotoEvent(j)
	}
}

// mapTapped selects the territory f tapped at ll (f nil: none there;
// then the nearest land within a few pixels, sea.go).
func (u *ui) mapTapped(f *geodata.Feature, ll orb.Point) {
	if u.skipTourAnim() {
		return
	}
	if f == nil {
		f = u.nearestLand(ll)
	}
	id := ""
	if f != nil {
		id = f.ID
	}
	u.st.selectAt(id, &ll)
	u.tabs.Select(u.terrTab)
}

// selectTerritory shows the territory id in the details panel.
func (u *ui) selectTerritory(id string) {
	u.st.selectAt(id, nil)
	u.tabs.Select(u.terrTab)
}

// pickResult shows a search result: the map centres on it and the
// details panel shows the territory there on the day shown.
func (u *ui) pickResult(r places.Result) {
	m := u.mapw
	if r.Place != nil {
		if v := m.View(); v.Res > 3000 {
			m.SetView(geodata.Project(r.At), 3000)
		}
		m.CenterOn(r.At)
		u.mapTapped(u.st.atlas.TerritoryAt(u.st.day, r.At), r.At)
		return
	}
	m.CenterOn(r.At)
	u.selectTerritory(r.ID)
}
