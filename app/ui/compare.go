package ui

// Compare mode: two maps side by side (date A and date B) with a draggable
// divider, panned and zoomed together, the territories whose holder
// changed drawn in full and the others faded, and the table of changes.
// The timeline moves date B.

import (
	"errors"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
)

// Table columns of the changes.
var compareColumns = []struct {
	title string
	width float32
}{{"Territory", 230}, {"km²", 90}, {"On A", 140}, {"On B", 190}} // titles translated when shown

type comparePanel struct {
	st  *viewState
	cb  compareCallbacks
	box fyne.CanvasObject

	entryA, entryB *widget.Entry
	titleA, titleB *widget.Label
	mapA, mapB     *Map
	split          *container.Split
	table          *widget.Table
	summary        *widget.Label

	dayA, dayB geodata.Day
	diff       geodata.Diff
	// atlasB is the dataset of date B when it is not the window's
	// (View → Compare datasets…, datasets.go); nil otherwise.
	atlasB *geodata.Atlas
	// changedB are the territories of date B drawn in full.
	changedB map[string]bool
}

// parseDayInRange parses a day of the atlas's period (the date entries).
func parseDayInRange(s string) (geodata.Day, error) {
	d, err := geodata.ParseDay(s)
	if err != nil {
		return 0, err
	}
	if d < geodata.First || d > geodata.Last {
		return 0, errors.New(lang.L("outside 1939-01-01 to 1942-12-31"))
	}
	return d, nil
}

func dayEntry(d geodata.Day, set func(geodata.Day)) *widget.Entry {
	e := widget.NewEntry()
	e.SetPlaceHolder(lang.L("YYYY-MM-DD"))
	e.SetText(d.String())
	e.Validator = func(s string) error { _, err := parseDayInRange(s); return err }
	e.OnChanged = func(s string) {
		if d, err := parseDayInRange(s); err == nil {
			set(d)
		}
	}
	return e
}

// compareCallbacks are what the compare panel asks of the window.
type compareCallbacks struct {
	style           func() render.Style // the window's map style
	selectTerritory func(id string)
	viewChanged     func()
	close           func()
}

// newComparePanel compares day a with day b of the atlas of st, its maps
// made with opts and showing view v (when set).
func newComparePanel(st *viewState, cb compareCallbacks, a, b geodata.Day, v geodata.View, opts []MapOption) *comparePanel {
	p := &comparePanel{st: st, cb: cb, dayA: a, dayB: b}
	style := p.style()
	mk := func(d geodata.Day) *Map {
		m := NewMap(st.atlas, append(slices.Clone(opts), WithDay(d), WithStyle(style))...)
		if v.Res > 0 {
			m.SetView(v.Center, v.Res)
		}
		m.OnSelected = func(f *geodata.Feature, _ orb.Point) {
			if f != nil {
				cb.selectTerritory(f.ID)
			}
		}
		return m
	}
	p.mapA, p.mapB = mk(a), mk(b)
	p.mapA.OnViewChanged = func() { p.follow(p.mapA, p.mapB) }
	p.mapB.OnViewChanged = func() { p.follow(p.mapB, p.mapA) }

	p.entryA = dayEntry(a, func(d geodata.Day) { p.setDays(d, p.dayB) })
	p.entryB = dayEntry(b, func(d geodata.Day) { p.setDays(p.dayA, d) })
	swap := widget.NewButtonWithIcon(lang.L("Swap"), theme.ViewRefreshIcon(), func() { p.setDays(p.dayB, p.dayA) })
	closeBtn := widget.NewButtonWithIcon(lang.L("Close"), theme.CancelIcon(), cb.close)
	bar := container.NewHBox(heading(lang.L("Compare")),
		widget.NewLabel("A:"), container.New(&fixedWidth{130}, p.entryA),
		widget.NewLabel("B:"), container.New(&fixedWidth{130}, p.entryB),
		swap, closeBtn)

	p.titleA, p.titleB = widget.NewLabel(""), widget.NewLabel("")
	p.titleA.TextStyle.Bold, p.titleB.TextStyle.Bold = true, true
	p.titleA.Truncation, p.titleB.Truncation = fyne.TextTruncateEllipsis, fyne.TextTruncateEllipsis
	p.split = container.NewHSplit(
		container.NewBorder(p.titleA, nil, nil, nil, p.mapA),
		container.NewBorder(p.titleB, nil, nil, nil, p.mapB))

	p.table = widget.NewTableWithHeaders(
		func() (int, int) { return len(p.diff.Changes), len(compareColumns) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("Northern Iran (Soviet zone)")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) { o.(*widget.Label).SetText(p.cell(id.Row, id.Col)) })
	p.table.ShowHeaderColumn = false
	p.table.CreateHeader = func() fyne.CanvasObject {
		l := widget.NewLabel(lang.L("Territory"))
		l.TextStyle.Bold = true
		return l
	}
	p.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 && id.Col < len(compareColumns) {
			o.(*widget.Label).SetText(lang.L(compareColumns[id.Col].title))
		}
	}
	for i, c := range compareColumns {
		p.table.SetColumnWidth(i, c.width)
	}
	p.table.OnSelected = func(id widget.TableCellID) {
		if id.Row < 0 || id.Row >= len(p.diff.Changes) {
			return
		}
		c := p.diff.Changes[id.Row]
		cb.selectTerritory(c.ID)
		if h := st.atlas.History(c.ID); len(h) > 0 {
			p.mapA.CenterOn(h[0].Bound.Center())
		}
	}
	p.summary = wrapLabel("")
	lower := container.NewBorder(p.summary, nil, nil, nil, p.table)
	body := container.NewVSplit(p.split, lower)
	body.Offset = 0.68
	p.box = container.NewBorder(bar, nil, nil, nil, body)
	p.update()
	return p
}

// follow gives to the view of from: both maps show the same centre at
// the same scale.
func (p *comparePanel) follow(from, to *Map) {
	v := from.View()
	if v.Res > 0 {
		to.SetView(v.Center, v.Res)
	}
	p.cb.viewChanged()
}

func (p *comparePanel) style() render.Style {
	st := p.cb.style()
	st.Changed = p.diff.IDs()
	return st
}

// styleB is the style of the map of date B.
func (p *comparePanel) styleB() render.Style {
	st := p.cb.style()
	st.Changed = p.changedB
	return st
}

// setDays compares day a with day b.
func (p *comparePanel) setDays(a, b geodata.Day) {
	if a == p.dayA && b == p.dayB {
		return
	}
	p.dayA, p.dayB = a, b
	if p.entryA.Text != a.String() {
		p.entryA.SetText(a.String())
	}
	if p.entryB.Text != b.String() {
		p.entryB.SetText(b.String())
	}
	p.update()
	p.st.setDay(b)
}

// update compares again (after a change of dates, layer or data) and
// redraws both maps and the table.
func (p *comparePanel) update() {
	u := p.st
	p.diff, p.changedB = p.compareDays()
	if n := render.DefaultNames(); n != nil {
		p.diff = p.diff.WithStates(n.StateOf)
	}
	for _, m := range []*Map{p.mapA, p.mapB} {
		if a := p.atlasOf(m); m.Atlas() != a {
			m.SetAtlas(a)
		}
	}
	p.mapA.SetStyle(p.style())
	p.mapB.SetStyle(p.styleB())
	p.mapA.SetDay(p.dayA)
	p.mapB.SetDay(p.dayB)
	p.titleA.SetText(p.sideTitle("A", u.atlas, p.dayA))
	p.titleB.SetText(p.sideTitle("B", p.atlasOfB(), p.dayB))
	total := 0.0
	for _, c := range p.diff.Changes {
		total += c.AreaKm2
	}
	n := len(p.diff.Changes)
	text := lang.N("{{.Count}} territories changed {{.Layer}} ({{.Area}} km²); unchanged land is faded.", n,
		map[string]any{"Count": n, "Layer": layerText(u.layer), "Area": geodata.FormatKm2(total)})
	if hs := p.diff.Holders; len(hs) > 0 {
		gain, loss := hs[0], hs[len(hs)-1]
		if gain.Net() > 0 {
			text += " " + lang.L("Largest gain: {{.Holder}} +{{.Area}} km².", map[string]any{"Holder": holderName(gain.Holder, p.dayB), "Area": geodata.FormatKm2(gain.Net())})
		}
		if loss.Net() < 0 {
			text += " " + lang.L("Largest loss: {{.Holder}} {{.Area}} km².", map[string]any{"Holder": holderName(loss.Holder, p.dayB), "Area": geodata.FormatKm2(loss.Net())})
		}
	}
	if p.atlasB != nil {
		text = p.datasetsSummary()
	}
	p.summary.SetText(text)
	p.table.UnselectAll()
	p.table.Refresh()
}

// cell returns the text of a cell of the table of changes.
func (p *comparePanel) cell(row, col int) string {
	if row < 0 || row >= len(p.diff.Changes) {
		return ""
	}
	c := p.diff.Changes[row]
	switch col {
	case 0:
		return c.Name
	case 1:
		return geodata.FormatKm2(c.AreaKm2)
	case 2:
		return holderName(c.From, p.dayA)
	case 3:
		return holderName(c.To, p.dayB)
	}
	return ""
}

// styleChanged redraws both maps in the window's new style.
func (p *comparePanel) styleChanged() {
	if p.diff.Layer != p.st.layer {
		p.update()
		return
	}
	p.mapA.SetStyle(p.style())
	p.mapB.SetStyle(p.styleB())
}

func (p *comparePanel) close() {
	p.mapA.Close()
	p.mapB.Close()
}

// setCompare opens or closes compare mode: A is 1 September 1939 (or
// the first day when that is the day shown), B the day shown.
func (u *ui) setCompare(on bool) {
	if on == (u.compare != nil) {
		return
	}
	if on {
		a, b := geodata.MustDay("1939-09-01"), u.st.day
		if a == b {
			a = geodata.First
		}
		u.compare = newComparePanel(u.st, compareCallbacks{
			style:           u.style,
			selectTerritory: u.selectTerritory,
			viewChanged:     u.changed,
			close:           func() { u.setCompare(false) },
		}, a, b, u.mapw.View(), u.mapOpts)
		u.center.Objects = []fyne.CanvasObject{u.compare.box}
	} else {
		u.compare.close()
		u.compare = nil
		u.center.Objects = []fyne.CanvasObject{u.mapw}
	}
	u.center.Refresh()
	if u.menu != nil {
		u.compareItem.Checked = on
		u.menu.Refresh()
	}
}
