package ui

// File → Open recent: the dataset files opened last, remembered in the
// preferences (Settings.Recent); one no longer there is dropped, with a
// message, when chosen.

import (
	"os"
	"path/filepath"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
)

// maxRecent is how many files Open recent lists.
const maxRecent = 5

// cleanRecent returns the files of saved (Settings.Recent) as Open
// recent lists them: absolute, without repeats or empty names, at most
// maxRecent.
func cleanRecent(saved []string) []string {
	var out []string
	for _, p := range saved {
		if p == "" {
			continue
		}
		if abs, err := filepath.Abs(p); err == nil {
			p = abs
		}
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out[:min(len(out), maxRecent)]
}

// addRecent puts the dataset file path first in Open recent.
func (u *ui) addRecent(path string) {
	u.data.recent = cleanRecent(append([]string{path}, u.data.recent...))
	u.changed()
}

// dropRecent takes path out of Open recent.
func (u *ui) dropRecent(path string) {
	u.data.recent = slices.DeleteFunc(u.data.recent, func(p string) bool { return p == path })
	u.refreshDatasetMenu()
	u.changed()
}

// openRecent opens the recent file path, or, when it is no longer
// there, drops it from the list and says so.
func (u *ui) openRecent(path string) {
	if _, err := os.Stat(path); err != nil {
		u.dropRecent(path)
		dialog.ShowInformation(lang.L("File not found"),
			lang.L("{{.File}} is no longer there: it was removed from Open recent.", map[string]any{"File": path}), u.win)
		return
	}
	u.loadDataset(path)
}

// fillRecentMenu lists the recent files under File → Open recent, each
// by its name (the folder too where two share a name), or says there
// are none.
func (u *ui) fillRecentMenu() {
	item := u.data.recentItem
	var items []*fyne.MenuItem
	for _, path := range u.data.recent {
		label := filepath.Base(path)
		for _, q := range u.data.recent {
			if q != path && filepath.Base(q) == label {
				label = path
			}
		}
		items = append(items, fyne.NewMenuItem(label, func() { u.openRecent(path) }))
	}
	if len(items) == 0 {
		none := fyne.NewMenuItem(lang.L("No recent files"), nil)
		none.Disabled = true
		items = append(items, none)
	}
	item.ChildMenu = fyne.NewMenu("", items...)
}
