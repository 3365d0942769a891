package ui

// The event details and the territory details.

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/frontiers-atlas/frontiers/geodata"
)

type eventPanel struct {
	st *viewState
	// showTerritory shows a territory of the event.
	showTerritory                    func(id string)
	box                              *fyne.Container
	title, date, desc, source, dnote *widget.Label
	terrs                            *fyne.Container
	links                            []*widget.Hyperlink
}

func wrapLabel(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

func newEventPanel(st *viewState, showTerritory func(id string)) *eventPanel {
	p := &eventPanel{st: st, showTerritory: showTerritory}
	p.title = wrapLabel("")
	p.title.TextStyle = fyne.TextStyle{Bold: true}
	p.date = wrapLabel("")
	p.desc = wrapLabel("")
	p.source = secondaryLabel("")
	p.dnote = wrapLabel("")
	p.dnote.TextStyle = fyne.TextStyle{Italic: true}
	p.terrs = container.NewVBox()
	p.box = container.NewVBox(p.title, p.date, p.desc, p.source, p.dnote, p.terrs)
	p.show(nil)
	return p
}

// show shows event e (nil: none).
func (p *eventPanel) show(e *geodata.Event) {
	if e == nil {
		p.title.SetText(lang.L("No event yet"))
		p.date.SetText("")
		p.desc.SetText(lang.L("Move the timeline or pick an event from the list."))
		p.source.SetText("")
		p.dnote.SetText("")
		p.dnote.Hide()
		p.terrs.Objects = nil
		p.terrs.Refresh()
		return
	}
	p.title.SetText(e.Title)
	p.date.SetText(longDay(e.Date.Day) + approxSuffix(e.Date))
	p.desc.SetText(e.Description)
	p.source.SetText(lang.L("Source: {{.Source}}", map[string]any{"Source": e.Source}))
	if e.DateNote != "" {
		p.dnote.SetText(lang.L("Date: {{.Note}}", map[string]any{"Note": e.DateNote}))
		p.dnote.Show()
	} else {
		p.dnote.SetText("")
		p.dnote.Hide()
	}
	// The links are kept and reused from event to event.
	var objs []fyne.CanvasObject
	for _, id := range e.Territories {
		hist := p.st.atlas.History(id)
		if len(hist) == 0 || hist[0].Kind != geodata.KindTerritory {
			continue
		}
		if len(objs) == len(p.links) {
			l := widget.NewHyperlink("", nil)
			p.links = append(p.links, l)
		}
		link := p.links[len(objs)]
		link.OnTapped = func() { p.showTerritory(id) }
		// Shortened: a long link would widen the panel and clip it (a
		// truncating Hyperlink mis-sizes the wrapped labels above it).
		link.SetText(ellipsize(lang.L("Show {{.Name}}", map[string]any{"Name": nameIn(hist[0])}), 36))
		objs = append(objs, link)
	}
	p.terrs.Objects = objs
	p.terrs.Refresh()
}

// approxSuffix explains an approximate date.
func approxSuffix(d geodata.Date) string {
	switch {
	case d.Precision == geodata.PrecisionMonth:
		return " " + lang.L("(approximate: {{.Date}})", map[string]any{"Date": dateText(geodata.Date{Day: d.Day, Precision: d.Precision})})
	case d.Precision == geodata.PrecisionYear:
		return " " + lang.L("(approximate: {{.Date}})", map[string]any{"Date": dateText(geodata.Date{Day: d.Day, Precision: d.Precision})})
	case d.Approx:
		return " " + lang.L("(approximate)")
	}
	return ""
}

type territoryPanel struct {
	st *viewState
	// goDay moves to a day, showEvent to event i of the atlas.
	goDay     func(geodata.Day)
	showEvent func(i int)
	box       *fyne.Container
	// scroll holds box; it goes back to the top for another territory.
	scroll *container.Scroll

	name, names, onDay, status, controller, sovereign *widget.Label
	since, until, source, note, approx                *widget.Label
	extra                                             *widget.Label // a foreign file's other properties (extra.go)
	historyHead, eventsHead                           *widget.Label
	history, events                                   *fyne.Container
	// What history and events show: they are rebuilt only when it
	// changes, not every day (while playing, new widgets every day
	// piled up in Fyne's caches, Go heap and GL textures, for a minute).
	histFor, eventsFor panelKey
}

// panelKey is what the history or the event rows were built for: the
// atlas, the territory and (history) the version shown in bold.
type panelKey struct {
	atlas *geodata.Atlas
	id    string
	cur   *geodata.Feature
}

// newTerritoryPanel shows the territory selected in st, as it is on the
// day shown.
func newTerritoryPanel(st *viewState, goDay func(geodata.Day), showEvent func(i int)) *territoryPanel {
	p := &territoryPanel{st: st, goDay: goDay, showEvent: showEvent}
	p.name = wrapLabel("")
	p.name.TextStyle = fyne.TextStyle{Bold: true}
	p.name.SizeName = theme.SizeNameSubHeadingText
	p.names = secondaryLabel("")
	p.onDay = wrapLabel("")
	p.status = wrapLabel("")
	p.controller = wrapLabel("")
	p.sovereign = wrapLabel("")
	p.since = wrapLabel("")
	p.until = wrapLabel("")
	p.source = wrapLabel("")
	p.note = wrapLabel("")
	p.note.TextStyle = fyne.TextStyle{Italic: true}
	p.approx = wrapLabel("")
	p.approx.Importance = widget.WarningImportance
	p.extra = newExtraLabel()
	p.historyHead = heading(lang.L("History 1939–42"))
	p.eventsHead = heading(lang.L("Events"))
	p.history = container.NewVBox()
	p.events = container.NewVBox()
	p.box = container.NewVBox(p.name, p.names, p.onDay, p.status, p.controller, p.sovereign,
		p.since, p.until, p.approx, p.source, p.note, p.extra, p.historyHead, p.history, p.eventsHead, p.events)
	p.scroll = container.NewVScroll(p.box)
	p.update()
	st.listen(func(c stateChange) {
		if c&(dayChanged|selectionChanged|atlasChanged) != 0 {
			p.update()
		}
		if c&(selectionChanged|atlasChanged) != 0 {
			p.scroll.ScrollToTop()
		}
	})
	return p
}

func holderText(h geodata.Holder, d geodata.Day) string {
	if h.COW == 0 {
		return lang.L("{{.Name}} (no COW code)", map[string]any{"Name": holderLabel(h, d)})
	}
	return lang.L("{{.Name}} (COW {{.COW}})", map[string]any{"Name": holderLabel(h, d), "COW": h.COW})
}

// versionDay is a day the version v was valid, for its holders' names.
func versionDay(v *geodata.Feature) geodata.Day {
	if v.Start.IsZero() {
		return geodata.First
	}
	return max(v.Start.Day, geodata.First)
}

// sinceText is the first day of a version, "before 1939" when it has
// none (the data starts with the state of 1 January 1939).
func sinceText(f *geodata.Feature) string {
	if f.Start.IsZero() {
		return lang.L("before 1939")
	}
	return dateText(f.Start)
}

// lastDay returns the last day a version is valid: the day before its
// end, which is the first day no longer valid.
func lastDay(f *geodata.Feature) geodata.Date {
	e := f.End
	return geodata.Date{Day: e.Day - 1, Precision: geodata.PrecisionDay, Approx: e.Approx}
}

// untilText is the last day of a version, "after 1942" when it is open.
func untilText(f *geodata.Feature) string {
	if f.End.IsZero() {
		return lang.L("after 1942")
	}
	return dateText(lastDay(f))
}

func setLine(l *widget.Label, text string) {
	l.SetText(text)
	if text == "" {
		l.Hide()
	} else {
		l.Show()
	}
}

// update shows the selected territory on the current day.
func (p *territoryPanel) update() {
	u := p.st
	lines := []*widget.Label{p.names, p.onDay, p.status, p.controller, p.sovereign, p.since, p.until, p.source, p.note, p.approx, p.extra}
	blank := func() {
		for _, l := range lines {
			setLine(l, "")
		}
		p.history.Objects = nil
		p.history.Refresh()
		p.events.Objects = nil
		p.events.Refresh()
		p.histFor, p.eventsFor = panelKey{}, panelKey{}
		p.historyHead.Hide()
		p.eventsHead.Hide()
	}
	if u.selID == "" {
		blank()
		if u.selLL == nil {
			p.name.SetText(lang.L("No territory selected"))
			setLine(p.onDay, lang.L("Click a territory on the map to see who held it, since when, and its history."))
			return
		}
		ll := *u.selLL
		where := lang.L("At sea")
		if u.atlas.OnLand(ll) {
			where = lang.L("Land outside the dataset")
		}
		p.name.SetText(where + " — " + longDay(u.day))
		setLine(p.onDay, lang.L("{{.Lat}}, {{.Lon}}: no territory of the dataset here on {{.Date}}.", map[string]any{"Lat": latText(ll[1]), "Lon": lonText(ll[0]), "Date": longDay(u.day)}))
		return
	}
	hist := u.atlas.History(u.selID)
	if len(hist) == 0 {
		blank()
		p.name.SetText(lang.L("Unknown territory {{.ID}}", map[string]any{"ID": u.selID}))
		return
	}
	f := u.atlas.Version(u.selID, u.day)
	head := hist[len(hist)-1]
	if f != nil {
		head = f
	}
	p.name.SetText(nameIn(head))
	if names := otherNames(nameIn(head), hist); len(names) > 0 {
		setLine(p.names, lang.L("Also: {{.Names}}", map[string]any{"Names": strings.Join(names, ", ")}))
	} else {
		setLine(p.names, "")
	}
	if f == nil {
		for _, l := range lines[1:] {
			setLine(l, "")
		}
		setLine(p.onDay, lang.L("Not on the map on {{.Date}}.", map[string]any{"Date": longDay(u.day)}))
	} else {
		onDay := lang.L("On {{.Date}}:", map[string]any{"Date": longDay(u.day)})
		if sea := seaNote(u.atlas, u.day, f, u.selLL); sea != "" {
			onDay = sea + "\n" + onDay
		}
		setLine(p.onDay, onDay)
		setLine(p.status, lang.L("Status: {{.Status}}", map[string]any{"Status": f.Status}))
		setLine(p.controller, lang.L("Controller: {{.Holder}}", map[string]any{"Holder": holderText(f.Controller, u.day)}))
		setLine(p.sovereign, lang.L("Sovereign: {{.Holder}}", map[string]any{"Holder": holderText(f.Sovereign, u.day)}))
		setLine(p.since, lang.L("Since: {{.Date}}", map[string]any{"Date": sinceText(f)}))
		if f.End.IsZero() {
			setLine(p.until, lang.L("Until: {{.Date}}", map[string]any{"Date": untilText(f)}))
		} else {
			setLine(p.until, lang.L("Until: {{.Last}} (last day; from {{.End}} no longer valid)", map[string]any{"Last": dateText(lastDay(f)), "End": dateText(f.End)}))
		}
		setLine(p.source, lang.L("Source: {{.Source}}", map[string]any{"Source": f.Source}))
		setLine(p.extra, extraText(f))
		if f.Note != "" {
			setLine(p.note, lang.L("Note: {{.Note}}", map[string]any{"Note": f.Note}))
		} else {
			setLine(p.note, "")
		}
		var apx []string
		if f.Approximate {
			apx = append(apx, lang.L("the border is known only roughly"))
		}
		if f.Start.Approx || f.End.Approx {
			apx = append(apx, lang.L("the dates are approximate"))
		}
		if len(apx) > 0 {
			setLine(p.approx, "≈ "+lang.L("Approximate: {{.What}}.", map[string]any{"What": strings.Join(apx, "; ")}))
		} else {
			setLine(p.approx, "")
		}
	}

	p.updateHistory(hist, f)
	p.updateEvents()
}

// updateHistory lists the versions of the selected territory, f (the one
// of the day, or nil) in bold.
func (p *territoryPanel) updateHistory(hist []*geodata.Feature, f *geodata.Feature) {
	u := p.st
	key := panelKey{u.atlas, u.selID, f}
	if p.histFor == key {
		return
	}
	p.histFor = key
	var rows []fyne.CanvasObject
	for _, v := range hist {
		text := lang.L("{{.Since}} – {{.Until}}: {{.Status}}; controller {{.Controller}}, sovereign {{.Sovereign}}", map[string]any{
			"Since": sinceText(v), "Until": untilText(v), "Status": v.Status, "Controller": holderName(v.Controller, versionDay(v)), "Sovereign": holderName(v.Sovereign, versionDay(v))})
		l := wrapLabel(text)
		if v == f {
			l.TextStyle = fyne.TextStyle{Bold: true}
			l.Text = lang.L("Now: {{.Text}}", map[string]any{"Text": text})
		}
		var row fyne.CanvasObject = l
		if !v.Start.IsZero() && v.Start.Day >= geodata.First && v.Start.Day <= geodata.Last && v != f {
			goBtn := widget.NewButton(lang.L("Go to"), func() { p.goDay(v.Start.Day) })
			goBtn.Importance = widget.LowImportance
			row = container.NewBorder(nil, nil, nil, goBtn, l)
		}
		rows = append(rows, row)
	}
	p.history.Objects = rows
	p.history.Refresh()
	p.historyHead.Show()
}

// updateEvents lists the events of the selected territory.
func (p *territoryPanel) updateEvents() {
	u := p.st
	key := panelKey{atlas: u.atlas, id: u.selID}
	if p.eventsFor == key {
		return
	}
	p.eventsFor = key
	evs := u.atlas.EventsFor(u.selID)
	all := u.atlas.Events()
	var links []fyne.CanvasObject
	for _, e := range evs {
		idx := slices.IndexFunc(all, func(x geodata.Event) bool { return x.ID == e.ID })
		link := widget.NewHyperlink(dateText(e.Date)+" — "+e.Title, nil)
		link.Wrapping = fyne.TextWrapWord
		link.OnTapped = func() { p.showEvent(idx) }
		links = append(links, link)
	}
	p.events.Objects = links
	p.events.Refresh()
	if len(links) > 0 {
		p.eventsHead.Show()
	} else {
		p.eventsHead.Hide()
	}
}

func latText(lat float64) string {
	if lat < 0 {
		return fmt.Sprintf("%.2f°S", -lat)
	}
	return fmt.Sprintf("%.2f°N", lat)
}

func lonText(lon float64) string {
	if lon < 0 {
		return fmt.Sprintf("%.2f°W", -lon)
	}
	return fmt.Sprintf("%.2f°E", lon)
}

// otherNames returns the names of every version of a territory but name,
// sorted, without duplicates.
func otherNames(name string, hist []*geodata.Feature) []string {
	seen := map[string]bool{name: true}
	var out []string
	for _, v := range hist {
		for _, n := range v.AllNames() {
			if !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	slices.Sort(out)
	return out
}
