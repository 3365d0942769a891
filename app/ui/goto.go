package ui

// Go to a date: Ctrl+G or a click on the date opens an entry taking ISO
// (1942-05-26), "26 May 1942" or "May 1942" (the 1st); Escape cancels,
// Enter goes. Also the entry that knows Escape, and a tappable wrapper
// for the date.

import (
	"errors"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// Ctrl+G (Cmd+G): go to a date.
var shortcutGoTo = &desktop.CustomShortcut{KeyName: fyne.KeyG, Modifier: fyne.KeyModifierShortcutDefault}

// goDateHint says what the go-to entry takes.
const goDateHint = "type a day from 1939 to 1942: 1942-05-26, 26 May 1942 or May 1942"

// goDateLayouts are the forms a date may be typed in; month names in
// any case (time.Parse matches them so).
var goDateLayouts = []struct {
	layout  string
	monthly bool // no day: the 1st of the month
}{
	{"2006-01-02", false}, {"2 January 2006", false}, {"2 Jan 2006", false},
	{"January 2 2006", false}, {"Jan 2 2006", false}, {"Monday 2 January 2006", false},
	{"2006-01", true}, {"January 2006", true}, {"Jan 2006", true},
}

// parseGoDate reads a typed date: ISO, "26 May 1942" or "May 1942" (the
// 1st), within the atlas's period.
func parseGoDate(s string) (geodata.Day, error) {
	s = strings.Join(strings.Fields(strings.NewReplacer(",", " ", ".", " ").Replace(s)), " ")
	if s == "" {
		return 0, errors.New(lang.L(goDateHint))
	}
	for _, l := range goDateLayouts {
		t, err := time.Parse(l.layout, s)
		if err != nil {
			continue
		}
		d := geodata.DayOf(t)
		if d < geodata.First || d > geodata.Last {
			return 0, errors.New(lang.L("{{.Date}} is outside the atlas: {{.Hint}}", map[string]any{"Date": s, "Hint": lang.L(goDateHint)}))
		}
		return d, nil
	}
	return 0, errors.New(lang.L("not a date: {{.Hint}}", map[string]any{"Hint": lang.L(goDateHint)}))
}

// escEntry is an entry that does something on Escape (Fyne's does
// nothing).
type escEntry struct {
	widget.Entry
	onEscape func()
}

func newEscEntry(onEscape func()) *escEntry {
	e := &escEntry{onEscape: onEscape}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey handles Escape, and passes the other keys to the entry.
func (e *escEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && e.onEscape != nil {
		e.onEscape()
		return
	}
	e.Entry.TypedKey(k)
}

// goTo is the go-to-date dialog while it is open.
type goTo struct {
	entry *escEntry
	dlg   dialog.Dialog
}

// showGoTo opens the go-to-date dialog on the day shown.
func (u *ui) showGoTo() {
	if u.goTo != nil {
		// Open already (Ctrl+G comes through the menu and the canvas).
		u.win.Canvas().Focus(u.goTo.entry)
		return
	}
	g := &goTo{}
	g.entry = newEscEntry(func() { g.dlg.Hide() })
	g.entry.SetText(u.st.day.Long())
	g.entry.SetPlaceHolder("1942-05-26, 26 May 1942 or May 1942")
	g.entry.Validator = func(s string) error { _, err := parseGoDate(s); return err }
	hint := widget.NewLabel(lang.L("Type a day from 1939 to 1942:\n1942-05-26, 26 May 1942 or May 1942 (the 1st)."))
	items := []*widget.FormItem{widget.NewFormItem(lang.L("Date"), g.entry)}
	items[0].HintText = ""
	items = append(items, widget.NewFormItem("", hint))
	go0 := func(ok bool) {
		if !ok {
			return
		}
		if d, err := parseGoDate(g.entry.Text); err == nil {
			u.st.setDay(d)
		}
	}
	f := dialog.NewForm(lang.L("Go to date"), lang.L("Go"), lang.L("Cancel"), items, go0, u.win)
	g.dlg = f
	g.entry.OnSubmitted = func(s string) {
		if _, err := parseGoDate(s); err != nil {
			g.entry.SetValidationError(err)
			return
		}
		f.Submit()
	}
	f.Resize(fyne.NewSize(440, 0))
	u.goTo = g
	u.trackDialog(f, f.Submit)
	f.SetOnClosed(func() {
		if u.goTo == g {
			u.goTo = nil
		}
	})
	f.Show()
	u.win.Canvas().Focus(g.entry)
	g.entry.TypedShortcut(&fyne.ShortcutSelectAll{})
}

// tapTarget is an object that calls OnTapped when tapped (the date).
type tapTarget struct {
	widget.BaseWidget
	obj      fyne.CanvasObject
	OnTapped func()
}

func newTapTarget(obj fyne.CanvasObject, tapped func()) *tapTarget {
	t := &tapTarget{obj: obj, OnTapped: tapped}
	t.ExtendBaseWidget(t)
	return t
}

// Tapped calls OnTapped.
func (t *tapTarget) Tapped(*fyne.PointEvent) {
	if t.OnTapped != nil {
		t.OnTapped()
	}
}

// Cursor is the pointer's: the date is a link.
func (t *tapTarget) Cursor() desktop.Cursor { return desktop.PointerCursor }

func (t *tapTarget) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(t.obj) }

var (
	_ fyne.Tappable      = (*tapTarget)(nil)
	_ desktop.Cursorable = (*tapTarget)(nil)
)
