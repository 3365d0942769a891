package ui

// Keys for dialogs and the search box: Escape closes the dialog on top
// (or clears Find), Enter confirms it; the keyboard-shortcut dialog in
// two aligned columns.

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// shortcutRows are the keyboard shortcuts: keys, then what they do
// (both translation keys).
var shortcutRows = [][2]string{
	{"←  →", "one day back / forward"},
	{"Shift+←  Shift+→", "one month back / forward"},
	{"Page Up / Page Down", "previous / next event"},
	{"Home / End", "first / last day"},
	{"Space", "play / pause"},
	{"Ctrl+G", "go to a date (or click the date)"},
	{"Ctrl+O", "open a dataset"},
	{"Ctrl+E", "export an image of the map"},
	{"Ctrl+F", "find a place or territory"},
	{"Escape", "close a dialog, clear Find"},
	{"+  −", "zoom in / out"},
	{"0", "reset the view"},
	{"F11", "present (full screen, large text); Esc leaves"},
	{"N or →, P or ←", "while touring: next / previous stop; Esc leaves the tour"},
}

// shortcutsGrid is the shortcuts in two aligned columns.
func shortcutsGrid() *fyne.Container {
	var objs []fyne.CanvasObject
	for _, r := range shortcutRows {
		k := widget.NewLabel(lang.L(r[0]))
		k.TextStyle = fyne.TextStyle{Bold: true}
		objs = append(objs, k, widget.NewLabel(lang.L(r[1])))
	}
	grid := container.New(layout.NewFormLayout(), objs...)
	note := wrapLabel(lang.L("Drag the map to pan it, scroll to zoom, click a territory for its details."))
	return container.NewVBox(grid, note)
}

// dialogKeys is the dialog on top that Escape closes and Enter
// confirms: confirm is nil for a dialog with nothing to confirm.
type dialogKeys struct {
	dlg     dialog.Dialog
	confirm func()
}

// trackDialog has Escape close d and Enter run confirm (nil: close).
func (u *ui) trackDialog(d dialog.Dialog, confirm func()) {
	k := &dialogKeys{dlg: d, confirm: confirm}
	u.dialogs = append(u.dialogs, k)
	d.SetOnClosed(func() {
		for i, x := range u.dialogs {
			if x == k {
				u.dialogs = append(u.dialogs[:i], u.dialogs[i+1:]...)
				break
			}
		}
	})
}

// escape closes the dialog on top, else clears and leaves Find.
func (u *ui) escape() {
	if n := len(u.dialogs); n > 0 {
		u.dialogs[n-1].dlg.Hide()
		return
	}
	if u.search.entry.Text != "" {
		u.search.entry.SetText("")
	}
	u.unfocus()
}

// enter confirms the dialog on top; it reports whether there was one.
func (u *ui) enter() bool {
	n := len(u.dialogs)
	if n == 0 {
		return false
	}
	k := u.dialogs[n-1]
	if k.confirm != nil {
		k.confirm()
	} else {
		k.dlg.Hide()
	}
	return true
}

// goToItem is the Go menu's "Go to date…".
func goToItem(u *ui) *fyne.MenuItem {
	it := fyne.NewMenuItem(lang.L("Go to date…"), u.showGoTo)
	it.Shortcut = shortcutGoTo
	return it
}

// ellipsize shortens s to n runes, with an ellipsis.
func ellipsize(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
