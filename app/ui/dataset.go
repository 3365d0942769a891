package ui

// Opening a dataset: File → Open dataset…, Ctrl+O, a file dropped on the
// window; the problems of one that does not load, in a dialog.

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/frontiers-atlas/frontiers/assets"
	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
)

func (u *ui) openDataset() {
	u.chooseFile([]string{".geojson", ".json"}, func(path string) { u.loadDataset(path) })
}

// chooseFile asks for a file to open with one of extensions exts, and
// calls open with its path (not when the dialog is cancelled).
func (u *ui) chooseFile(exts []string, open func(path string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		switch {
		case err != nil:
			dialog.ShowError(err, u.win)
		case r != nil:
			path := r.URI().Path()
			r.Close()
			open(path)
		}
	}, u.win)
	d.SetFilter(storage.NewExtensionFileFilter(exts))
	d.Resize(fyne.NewSize(800, 560))
	d.Show()
}

// loadDataset reads the dataset in path on a goroutine of its own,
// showing a progress dialog meanwhile, then shows it (or its problems)
// as openDatasetFile does. The window stays responsive while a large file
// loads. done, when not nil, is called on the UI goroutine at the end.
func (u *ui) loadDataset(path string, done ...func(error)) {
	u.loadFile(path, func(a *geodata.Atlas, err error) {
		err = u.showLoaded(path, a, err)
		for _, f := range done {
			f(err)
		}
	})
}

// loadFile reads the dataset in path on a goroutine of its own behind a
// progress dialog, then calls then on the UI goroutine with the atlas or
// the problems.
func (u *ui) loadFile(path string, then func(*geodata.Atlas, error)) {
	bar := widget.NewProgressBarInfinite()
	prog := dialog.NewCustomWithoutButtons(lang.L("Opening {{.File}}…", map[string]any{"File": filepath.Base(path)}),
		container.NewVBox(widget.NewLabel(path), bar), u.win)
	prog.Show()
	u.loading = path
	go func() {
		a, err := geodata.LoadFile(path, assets.Land())
		uiDo(func() {
			u.loading = ""
			bar.Stop()
			prog.Hide()
			then(a, err)
		})
	}()
}

// openDatasetFile shows the dataset in path, or a dialog listing its
// problems while the current data stays.
func (u *ui) openDatasetFile(path string) error { return readNow(path, u.showLoaded) }

// readNow reads the dataset in path on the UI goroutine and hands it, or
// its problems, to then.
func readNow(path string, then func(path string, a *geodata.Atlas, err error) error) error {
	a, err := geodata.LoadFile(path, assets.Land())
	return then(path, a, err)
}

// showLoaded shows a loaded atlas, or the problems of one that did not
// load while the current data stays.
func (u *ui) showLoaded(path string, a *geodata.Atlas, err error) error {
	if err := u.loaded(path, a, err, lang.L("The current data is kept.")); err != nil {
		return err
	}
	u.st.setAtlas(a)
	return nil
}

// loaded returns err, having listed its problems (consequence says what
// happens now) when there are some; else it prepares the drawing of a,
// loaded from path.
func (u *ui) loaded(path string, a *geodata.Atlas, err error, consequence string) error {
	if err != nil {
		u.showProblems(lang.L("Cannot open {{.File}}", map[string]any{"File": path}), consequence, err)
		return err
	}
	go render.SceneOf(a).Prepare()
	return nil
}

// showProblems lists what is wrong with a dataset, one problem a line,
// in the problems dialog (problems.go).
func (u *ui) showProblems(title, consequence string, err error) {
	n := len(problemLines(err))
	u.showProblemList(title, lang.N("{{.Count}} problems.", n, map[string]any{"Count": n})+" "+consequence, err)
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
		dialog.ShowInformation(lang.L("Not a dataset"), lang.L("Drop a GeoJSON dataset (.geojson) to open it."), u.win)
	}
}
