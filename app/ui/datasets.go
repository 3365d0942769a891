package ui

// Which dataset the window shows, and the others it can show: File →
// Open bundled data (back without a restart), File → Open recent
// (recent.go), and View → Compare datasets…, where date A is of the
// dataset shown and date B of another (the bundled data, or a file).

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/frontiers-atlas/frontiers/assets"
	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
)

// bundledName is the Name of the bundled atlas (assets.Load).
const bundledName = "bundled"

// datasetState is what the window knows of the datasets besides the one
// it shows.
type datasetState struct {
	// bundled is the bundled atlas once loaded (nil before).
	bundled *geodata.Atlas
	// loadBundled loads the bundled atlas (assets.Load; tests swap it).
	loadBundled func() (*geodata.Atlas, error)
	// recent are the dataset files opened last, the latest first
	// (Settings.Recent).
	recent []string
	// The File menu's items: Open bundled data, Open recent.
	bundledItem, recentItem *fyne.MenuItem
}

// initDatasets starts the datasets' state of a window showing atlas,
// with the recent files of the preferences.
func (u *ui) initDatasets(atlas *geodata.Atlas) {
	u.data.loadBundled = assets.Load
	if isBundled(atlas) {
		u.data.bundled = atlas
	}
	u.data.recent = cleanRecent(u.prefs.saved.Recent)
}

// isBundled reports whether a is the bundled dataset.
func isBundled(a *geodata.Atlas) bool { return a.Name == bundledName }

// datasetLabel names a dataset as the window does: "bundled data", or
// the file's name without its folder.
func datasetLabel(a *geodata.Atlas) string {
	if isBundled(a) {
		return lang.L("bundled data")
	}
	return filepath.Base(a.Name)
}

// withDataset is the status line's text: the dataset shown, then text
// (when there is some).
func (u *ui) withDataset(text string) string {
	name := lang.L("Dataset: {{.Name}}", map[string]any{"Name": datasetLabel(u.st.atlas)})
	if text == "" {
		return name
	}
	return name + " · " + text
}

// withBundled calls f with the bundled atlas: at once when it is loaded,
// else once loaded on a goroutine of its own behind a progress dialog. A
// bundled atlas that does not load is reported.
func (u *ui) withBundled(f func(*geodata.Atlas)) {
	if u.data.bundled != nil {
		f(u.data.bundled)
		return
	}
	bar := widget.NewProgressBarInfinite()
	prog := dialog.NewCustomWithoutButtons(lang.L("Opening the bundled data…"), bar, u.win)
	prog.Show()
	go func() {
		a, err := u.data.loadBundled()
		uiDo(func() {
			bar.Stop()
			prog.Hide()
			if err != nil {
				u.showProblems(lang.L("Cannot open the bundled data"), lang.L("The current data is kept."), err)
				return
			}
			go render.SceneOf(a).Prepare()
			u.data.bundled = a
			f(a)
		})
	}()
}

// openBundled shows the bundled data again (File → Open bundled data).
func (u *ui) openBundled() {
	u.withBundled(u.showAtlas)
}

// showAtlas shows a, a dataset already loaded.
func (u *ui) showAtlas(a *geodata.Atlas) {
	if a != u.st.atlas {
		u.st.setAtlas(a)
	}
}

// datasetShown is called when the window shows another dataset: the
// menu's items follow, a file goes first in Open recent.
func (u *ui) datasetShown() {
	if !isBundled(u.st.atlas) {
		u.addRecent(u.st.atlas.Name)
	}
	u.refreshDatasetMenu()
}

// datasetMenuItems are the File menu's items after Open dataset…: Open
// recent and Open bundled data.
func (u *ui) datasetMenuItems() []*fyne.MenuItem {
	u.data.recentItem = fyne.NewMenuItem(lang.L("Open recent"), nil)
	u.data.bundledItem = fyne.NewMenuItem(lang.L("Open bundled data"), u.openBundled)
	u.fillRecentMenu()
	u.data.bundledItem.Disabled = isBundled(u.st.atlas)
	return []*fyne.MenuItem{u.data.recentItem, u.data.bundledItem}
}

// refreshDatasetMenu shows in the File menu the recent files and whether
// the bundled data is shown.
func (u *ui) refreshDatasetMenu() {
	if u.data.recentItem == nil {
		return
	}
	u.fillRecentMenu()
	u.data.bundledItem.Disabled = isBundled(u.st.atlas)
	if u.menu != nil {
		u.menu.Refresh()
	}
}

// compareDatasetsItem is View → Compare datasets….
func (u *ui) compareDatasetsItem() *fyne.MenuItem {
	return fyne.NewMenuItem(lang.L("Compare datasets…"), u.showCompareDatasets)
}

// showCompareDatasets asks which dataset date B is to be of: the bundled
// data (unless it is shown), a recent file, or a file to choose.
func (u *ui) showCompareDatasets() {
	var d dialog.Dialog
	pick := func(f func()) func() { return func() { d.Hide(); f() } }
	box := container.NewVBox(wrapLabel(lang.L("Date A is of the dataset shown ({{.Name}}). Date B of:", map[string]any{"Name": datasetLabel(u.st.atlas)})))
	if !isBundled(u.st.atlas) {
		box.Add(widget.NewButton(lang.L("the bundled data"), pick(func() { u.withBundled(u.compareWith) })))
	}
	shown, _ := filepath.Abs(u.st.atlas.Name)
	for _, path := range u.data.recent {
		if path == shown {
			continue
		}
		box.Add(widget.NewButton(filepath.Base(path), pick(func() { u.loadOther(path) })))
	}
	box.Add(widget.NewButton(lang.L("A file…"), pick(u.chooseOther)))
	d = dialog.NewCustom(lang.L("Compare datasets"), lang.L("Cancel"), box, u.win)
	d.Resize(fyne.NewSize(460, 0))
	d.Show()
}

// chooseOther asks for the file date B is to be of.
func (u *ui) chooseOther() {
	u.chooseFile([]string{".geojson", ".json"}, u.loadOther)
}

// loadOther loads the dataset in path on a goroutine of its own and
// compares the dataset shown with it; one that does not load is reported
// and nothing changes.
func (u *ui) loadOther(path string) {
	u.loadFile(path, func(a *geodata.Atlas, err error) { u.compareLoaded(path, a, err) })
}

// compareWithFile compares the dataset shown with the one in path, read
// on the UI goroutine (as openDatasetFile opens one).
func (u *ui) compareWithFile(path string) error { return readNow(path, u.compareLoaded) }

// compareLoaded compares with a, loaded from path, or reports err.
func (u *ui) compareLoaded(path string, a *geodata.Atlas, err error) error {
	if err := u.loaded(path, a, err, lang.L("Nothing was changed.")); err != nil {
		return err
	}
	u.addRecent(path)
	u.refreshDatasetMenu()
	u.compareWith(a)
	return nil
}

// compareWith opens compare mode with date B of dataset b, both dates
// the day shown.
func (u *ui) compareWith(b *geodata.Atlas) {
	u.setCompare(true)
	u.compare.setOther(b)
}

// setOther makes date B of dataset b (nil: the dataset shown), both
// dates the day of date B.
func (p *comparePanel) setOther(b *geodata.Atlas) {
	if b == p.st.atlas {
		b = nil
	}
	p.atlasB = b
	p.dayA = p.dayB
	p.entryA.SetText(p.dayA.String())
	p.update()
}

// atlasOfB is the dataset of date B.
func (p *comparePanel) atlasOfB() *geodata.Atlas {
	if p.atlasB != nil {
		return p.atlasB
	}
	return p.st.atlas
}

// compareDays compares date A with date B: of one dataset by its ids
// (Atlas.Compare), of two by their land (geodata.CompareAtlases).
// changedB are the territories of B drawn in full, the others faded.
func (p *comparePanel) compareDays() (d geodata.Diff, changedB map[string]bool) {
	if p.atlasB == nil {
		d = p.st.atlas.Compare(p.dayA, p.dayB, p.st.layer)
		return d, d.IDs()
	}
	return geodata.CompareAtlases(p.st.atlas, p.dayA, p.atlasB, p.dayB, p.st.layer)
}

// sideTitle is the title above the map of date A or B: the side, its
// dataset, its date (without the weekday, for room).
func (p *comparePanel) sideTitle(side string, a *geodata.Atlas, d geodata.Day) string {
	return side + ": " + datasetLabel(a) + " — " + dayText(d)
}

// datasetsSummary says what the comparison of two datasets found.
func (p *comparePanel) datasetsSummary() string {
	total := 0.0
	for _, c := range p.diff.Changes {
		total += c.AreaKm2
	}
	n := len(p.diff.Changes)
	text := lang.N("{{.Count}} territories of A are held otherwise in B: {{.Area}} km²; the rest is faded.", n,
		map[string]any{"Count": n, "Area": geodata.FormatKm2(total)})
	parts := []string{text}
	hs := p.diff.Holders
	if len(hs) > 0 && hs[0].Net() > 0 {
		parts = append(parts, lang.L("Largest excess in B: {{.Holder}} +{{.Area}} km².",
			map[string]any{"Holder": holderName(hs[0].Holder, p.dayB), "Area": geodata.FormatKm2(hs[0].Net())}))
	}
	if last := len(hs) - 1; last >= 0 && hs[last].Net() < 0 {
		parts = append(parts, lang.L("Largest shortfall in B: {{.Holder}} {{.Area}} km².",
			map[string]any{"Holder": holderName(hs[last].Holder, p.dayA), "Area": geodata.FormatKm2(hs[last].Net())}))
	}
	return strings.Join(parts, " ")
}

// atlasOf is the dataset of the map m of the panel.
func (p *comparePanel) atlasOf(m *Map) *geodata.Atlas {
	if m == p.mapB {
		return p.atlasOfB()
	}
	return p.st.atlas
}
