package app

// The legend, the event details and the territory details.

import (
	"fmt"
	"image/color"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
)

// --- legend -----------------------------------------------------------------------------

// legendBox lists the holders on the map on the current day and layer,
// the grey of land outside the data and the keys of the overlays.
type legendBox struct {
	box     *fyne.Container
	key     string
	holders []string // names shown, for tests
	// The rows of the holders are kept and reused as the dates change, so
	// that moving through time creates no widgets; the other rows are
	// made again only when the style changes.
	rows          []holderRow
	styleKey      string
	before, after []fyne.CanvasObject
}

// holderRow is one legend row of a holder: a swatch and its name.
type holderRow struct {
	sw  *canvas.Rectangle
	lbl *widget.Label
	obj fyne.CanvasObject
}

func newLegendBox() *legendBox { return &legendBox{box: container.NewVBox()} }

// fixedSize gives its single object a fixed size.
type fixedSize struct{ s fyne.Size }

func (l *fixedSize) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, (size.Height-l.s.Height)/2))
		o.Resize(l.s)
	}
}

func (l *fixedSize) MinSize([]fyne.CanvasObject) fyne.Size { return l.s }

func swatch(fill color.Color, edge color.Color) fyne.CanvasObject {
	r := canvas.NewRectangle(fill)
	r.StrokeColor = edge
	r.StrokeWidth = 1
	return container.New(&fixedSize{fyne.NewSize(22, 14)}, r)
}

func lineKey(c color.Color, dashed bool, dot bool) fyne.CanvasObject {
	if dot {
		circ := canvas.NewCircle(c)
		return container.New(&fixedSize{fyne.NewSize(22, 14)}, container.NewWithoutLayout(),
			container.New(&centeredSquare{10}, circ))
	}
	if !dashed {
		l := canvas.NewLine(c)
		l.StrokeWidth = 2.5
		l.Position1, l.Position2 = fyne.NewPos(0, 7), fyne.NewPos(22, 7)
		return container.New(&fixedSize{fyne.NewSize(22, 14)}, container.NewWithoutLayout(l))
	}
	var segs []fyne.CanvasObject
	for x := float32(0); x < 22; x += 8 {
		l := canvas.NewLine(c)
		l.StrokeWidth = 2
		l.Position1, l.Position2 = fyne.NewPos(x, 7), fyne.NewPos(min(x+5, 22), 7)
		segs = append(segs, l)
	}
	return container.New(&fixedSize{fyne.NewSize(22, 14)}, container.NewWithoutLayout(segs...))
}

// centeredSquare centres a square of side s in a 22×14 cell.
type centeredSquare struct{ s float32 }

func (l *centeredSquare) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos((22-l.s)/2, (14-l.s)/2))
		o.Resize(fyne.NewSquareSize(l.s))
	}
}

func (l *centeredSquare) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(22, 14) }

func legendRow(key fyne.CanvasObject, text string) fyne.CanvasObject {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return container.NewBorder(nil, nil, key, nil, l)
}

type legendHolder struct {
	name string
	h    geodata.Holder
}

// update rebuilds the legend when what it lists changed.
func (l *legendBox) update(a *geodata.Atlas, d geodata.Day, s render.Style) {
	byKey := map[string]legendHolder{}
	for _, f := range a.At(d) {
		if f.Kind != geodata.KindTerritory {
			continue
		}
		h := f.Holder(s.Layer)
		k := h.Key()
		if cur, ok := byKey[k]; !ok || len(h.Name) < len(cur.name) {
			byKey[k] = legendHolder{h.Name, h}
		}
	}
	hs := make([]legendHolder, 0, len(byKey))
	for _, h := range byKey {
		hs = append(hs, h)
	}
	sort.Slice(hs, func(i, j int) bool { return hs[i].name < hs[j].name })
	var kb strings.Builder
	fmt.Fprintf(&kb, "%d|%d|%v|%v|", s.Layer, s.Palette, s.Theme == render.Dark, s.Overlays)
	for _, h := range hs {
		kb.WriteString(h.h.Key() + "=" + h.name + ";")
	}
	if kb.String() == l.key {
		return
	}
	l.key = kb.String()
	th := s.Theme
	if th == (render.Theme{}) {
		th = render.Light
	}
	edge := color.NRGBA{0x40, 0x40, 0x40, 0xff}
	if sk := fmt.Sprintf("%d|%v|%v", s.Layer, s.Theme == render.Dark, s.Overlays); sk != l.styleKey {
		l.styleKey = sk
		l.buildStatic(s, th, edge)
	}
	l.holders = l.holders[:0]
	for i, h := range hs {
		if i == len(l.rows) {
			r := holderRow{sw: canvas.NewRectangle(color.Transparent), lbl: widget.NewLabel("")}
			r.sw.StrokeColor = edge
			r.sw.StrokeWidth = 1
			r.lbl.Wrapping = fyne.TextWrapWord
			r.obj = container.NewBorder(nil, nil, container.New(&fixedSize{fyne.NewSize(22, 14)}, r.sw), nil, r.lbl)
			l.rows = append(l.rows, r)
		}
		c := s.Palette.Color(h.h)
		if th == render.Dark {
			c = darken(c)
		}
		r := l.rows[i]
		if r.sw.FillColor != color.Color(c) {
			r.sw.FillColor = c
			r.sw.Refresh()
		}
		r.lbl.SetText(h.name)
		l.holders = append(l.holders, h.name)
	}
	objs := make([]fyne.CanvasObject, 0, len(l.before)+len(hs)+len(l.after))
	objs = append(objs, l.before...)
	for _, r := range l.rows[:len(hs)] {
		objs = append(objs, r.obj)
	}
	objs = append(objs, l.after...)
	l.box.Objects = objs
	l.box.Refresh()
}

// buildStatic makes the legend's rows that do not depend on the date.
func (l *legendBox) buildStatic(s render.Style, th render.Theme, edge color.Color) {
	note := widget.NewLabel(dataNote)
	note.Wrapping = fyne.TextWrapWord
	note.TextStyle = fyne.TextStyle{Italic: true}
	what := "Control: who held the ground"
	if s.Layer == geodata.Sovereignty {
		what = "Sovereignty: to whom the land belonged by treaty or annexation"
	}
	sub := wrapLabel(what)
	sub.Importance = widget.LowImportance
	l.before = []fyne.CanvasObject{note, sub}
	after := []fyne.CanvasObject{
		legendRow(swatch(th.Land, edge), "Land outside the dataset"),
		legendRow(swatch(th.Sea, edge), "Sea"),
	}
	hatch := canvas.NewRectangle(color.NRGBA{0xc0, 0xc0, 0xd8, 0xff})
	hatch.StrokeColor = color.NRGBA{0x30, 0x30, 0x90, 0xff}
	hatch.StrokeWidth = 2
	after = append(after, legendRow(container.New(&fixedSize{fyne.NewSize(22, 14)}, hatch), "Highlighted (hatched, blue edge)"))
	after = append(after, legendRow(lineKey(th.Border, true, false), "Border known only roughly (dashed)"))
	for _, k := range []struct {
		kind, text   string
		dashed, dots bool
	}{
		{geodata.KindFrontier, "Soviet frontier", false, false},
		{geodata.KindSphere, "Molotov–Ribbentrop sphere line", true, false},
		{geodata.KindBase, "Proposed base", false, true},
		{geodata.KindPassage, "Sea passage", false, false},
	} {
		if !containsString(s.Overlays, k.kind) {
			continue
		}
		after = append(after, legendRow(lineKey(render.OverlayColor(k.kind), k.dashed, k.dots), k.text))
	}
	l.after = after
}

func darken(c color.RGBA) color.RGBA {
	m := func(x uint8) uint8 { return uint8(float64(x)*0.65 + 0.5) }
	return color.RGBA{m(c.R), m(c.G), m(c.B), 0xff}
}

func containsString(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// --- event details -------------------------------------------------------------------------

type eventPanel struct {
	u                                *ui
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

func newEventPanel(u *ui) *eventPanel {
	p := &eventPanel{u: u}
	p.title = wrapLabel("")
	p.title.TextStyle = fyne.TextStyle{Bold: true}
	p.date = wrapLabel("")
	p.desc = wrapLabel("")
	p.source = wrapLabel("")
	p.source.Importance = widget.LowImportance
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
		p.title.SetText("No event yet")
		p.date.SetText("")
		p.desc.SetText("Move the timeline or pick an event from the list.")
		p.source.SetText("")
		p.dnote.SetText("")
		p.dnote.Hide()
		p.terrs.Objects = nil
		p.terrs.Refresh()
		return
	}
	p.title.SetText(e.Title)
	p.date.SetText(e.Date.Day.Long() + approxSuffix(e.Date))
	p.desc.SetText(e.Description)
	p.source.SetText("Source: " + e.Source)
	if e.DateNote != "" {
		p.dnote.SetText("Date: " + e.DateNote)
		p.dnote.Show()
	} else {
		p.dnote.SetText("")
		p.dnote.Hide()
	}
	// The links are kept and reused from event to event.
	var objs []fyne.CanvasObject
	for _, id := range e.Territories {
		hist := p.u.atlas.History(id)
		if len(hist) == 0 || hist[0].Kind != geodata.KindTerritory {
			continue
		}
		if len(objs) == len(p.links) {
			p.links = append(p.links, widget.NewHyperlink("", nil))
		}
		link := p.links[len(objs)]
		id := id
		link.OnTapped = func() { p.u.selectTerritory(id) }
		link.SetText("Show " + hist[0].Name)
		objs = append(objs, link)
	}
	p.terrs.Objects = objs
	p.terrs.Refresh()
}

// approxSuffix explains an approximate date.
func approxSuffix(d geodata.Date) string {
	switch {
	case d.Precision == geodata.PrecisionMonth:
		return " (approximate: " + d.Day.Time().Format("January 2006") + ")"
	case d.Precision == geodata.PrecisionYear:
		return " (approximate: " + d.Day.Time().Format("2006") + ")"
	case d.Approx:
		return " (approximate)"
	}
	return ""
}

// --- territory details ------------------------------------------------------------------------

type territoryPanel struct {
	u   *ui
	box *fyne.Container

	name, names, onDay, status, controller, sovereign *widget.Label
	since, until, source, note, approx                *widget.Label
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

func newTerritoryPanel(u *ui) *territoryPanel {
	p := &territoryPanel{u: u}
	p.name = wrapLabel("")
	p.name.TextStyle = fyne.TextStyle{Bold: true}
	p.name.SizeName = theme.SizeNameSubHeadingText
	p.names = wrapLabel("")
	p.names.Importance = widget.LowImportance
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
	p.historyHead = heading("History 1939–42")
	p.eventsHead = heading("Events")
	p.history = container.NewVBox()
	p.events = container.NewVBox()
	p.box = container.NewVBox(p.name, p.names, p.onDay, p.status, p.controller, p.sovereign,
		p.since, p.until, p.approx, p.source, p.note, p.historyHead, p.history, p.eventsHead, p.events)
	p.update()
	return p
}

func holderText(h geodata.Holder) string {
	if h.COW == 0 {
		return h.Name + " (no COW code)"
	}
	return fmt.Sprintf("%s (COW %d)", h.Name, h.COW)
}

// sinceText is the first day of a version, "before 1939" when it has
// none (the data starts with the state of 1 January 1939).
func sinceText(f *geodata.Feature) string {
	if f.Start.IsZero() {
		return "before 1939"
	}
	return f.Start.Long()
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
		return "after 1942"
	}
	return lastDay(f).Long()
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
	u := p.u
	lines := []*widget.Label{p.names, p.onDay, p.status, p.controller, p.sovereign, p.since, p.until, p.source, p.note, p.approx}
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
			p.name.SetText("No territory selected")
			setLine(p.onDay, "Click a territory on the map to see who held it, since when, and its history.")
			return
		}
		ll := *u.selLL
		where := "At sea"
		if u.atlas.OnLand(ll) {
			where = "Land outside the dataset"
		}
		p.name.SetText(where)
		setLine(p.onDay, fmt.Sprintf("%s, %s: no territory of the dataset here on %s.", latText(ll[1]), lonText(ll[0]), u.day.Long()))
		return
	}
	hist := u.atlas.History(u.selID)
	if len(hist) == 0 {
		blank()
		p.name.SetText("Unknown territory " + u.selID)
		return
	}
	f := u.atlas.Version(u.selID, u.day)
	head := hist[len(hist)-1]
	if f != nil {
		head = f
	}
	p.name.SetText(head.Name)
	if names := otherNames(head.Name, hist); len(names) > 0 {
		setLine(p.names, "Also: "+strings.Join(names, ", "))
	} else {
		setLine(p.names, "")
	}
	if f == nil {
		for _, l := range lines[1:] {
			setLine(l, "")
		}
		setLine(p.onDay, "Not on the map on "+u.day.Long()+".")
	} else {
		setLine(p.onDay, "On "+u.day.Long()+":")
		setLine(p.status, "Status: "+f.Status)
		setLine(p.controller, "Controller: "+holderText(f.Controller))
		setLine(p.sovereign, "Sovereign: "+holderText(f.Sovereign))
		setLine(p.since, "Since: "+sinceText(f))
		if f.End.IsZero() {
			setLine(p.until, "Until: "+untilText(f))
		} else {
			setLine(p.until, fmt.Sprintf("Until: %s (last day; from %s no longer valid)", lastDay(f).Long(), f.End.Long()))
		}
		setLine(p.source, "Source: "+f.Source)
		if f.Note != "" {
			setLine(p.note, "Note: "+f.Note)
		} else {
			setLine(p.note, "")
		}
		var apx []string
		if f.Approximate {
			apx = append(apx, "the border is known only roughly")
		}
		if f.Start.Approx || f.End.Approx {
			apx = append(apx, "the dates are approximate")
		}
		if len(apx) > 0 {
			setLine(p.approx, "≈ Approximate: "+strings.Join(apx, "; ")+".")
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
	u := p.u
	key := panelKey{u.atlas, u.selID, f}
	if p.histFor == key {
		return
	}
	p.histFor = key
	var rows []fyne.CanvasObject
	for _, v := range hist {
		v := v
		text := fmt.Sprintf("%s – %s: %s; controller %s, sovereign %s",
			sinceText(v), untilText(v), v.Status, v.Controller.Name, v.Sovereign.Name)
		l := wrapLabel(text)
		if v == f {
			l.TextStyle = fyne.TextStyle{Bold: true}
			l.Text = "Now: " + text
		}
		var row fyne.CanvasObject = l
		if !v.Start.IsZero() && v.Start.Day >= geodata.First && v.Start.Day <= geodata.Last && v != f {
			goBtn := widget.NewButton("Go", func() { u.setDay(v.Start.Day) })
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
	u := p.u
	key := panelKey{atlas: u.atlas, id: u.selID}
	if p.eventsFor == key {
		return
	}
	p.eventsFor = key
	evs := u.atlas.EventsFor(u.selID)
	all := u.atlas.Events()
	var links []fyne.CanvasObject
	for _, e := range evs {
		idx := -1
		for i := range all {
			if all[i].ID == e.ID {
				idx = i
				break
			}
		}
		link := widget.NewHyperlink(e.Date.Long()+" — "+e.Title, nil)
		link.Wrapping = fyne.TextWrapWord
		link.OnTapped = func() {
			u.gotoEvent(idx)
			u.tabs.Select(u.eventTab)
		}
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

// text returns everything the panel says, one line a label (for tests).
func (p *territoryPanel) text() string {
	var b strings.Builder
	for _, o := range p.box.Objects {
		collectText(&b, o)
	}
	return b.String()
}

func collectText(b *strings.Builder, o fyne.CanvasObject) {
	if !o.Visible() {
		return
	}
	switch o := o.(type) {
	case *widget.Label:
		b.WriteString(o.Text + "\n")
	case *widget.Hyperlink:
		b.WriteString(o.Text + "\n")
	case *widget.Button:
		b.WriteString(o.Text + "\n")
	case *fyne.Container:
		for _, c := range o.Objects {
			collectText(b, c)
		}
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
	sort.Strings(out)
	return out
}
