package ui

// File → Export tour… (the handout of the tour played, or of the bundled
// treaty tour, through handout.Export on a goroutine with a progress bar
// and Cancel) and the vector formats of File → Export image… (.svg and
// .pdf through vector.Render).

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/frontiers-atlas/frontiers/app/cite"
	"github.com/frontiers-atlas/frontiers/app/handout"
	"github.com/frontiers-atlas/frontiers/app/mapimage"
	"github.com/frontiers-atlas/frontiers/app/tour"
	"github.com/frontiers-atlas/frontiers/app/vector"
	"github.com/frontiers-atlas/frontiers/assets"
	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
)

// The size of a handout's images, as `frontiers tour --export` draws them.
const handoutWidth, handoutHeight = 1200, 800

// exportExts are the file types File → Export image… writes.
var exportExts = []string{".png", ".svg", ".pdf"}

// writeExport writes the current view to path: a w×h PNG, or by its
// extension an SVG or PDF page.
func (u *ui) writeExport(path string, w, h int) error {
	f, ok := vector.FormatOf(path)
	if !ok {
		return u.writeImage(path, w, h)
	}
	st := u.exportStyle()
	o := vector.Options{
		Layer: st.Layer, Palette: st.Palette, Topics: st.Topics, Overlays: st.Overlays,
		Land: assets.Land(),
	}
	if err := vector.Render(path, u.st.atlas, u.st.day, u.exportView(w, h).Bound(), o); err != nil {
		return fmt.Errorf("writing the %s: %w", strings.ToUpper(string(f)), err)
	}
	return nil
}

// exported confirms an export.
func (u *ui) exported(path string) {
	dialog.ShowInformation(lang.L("Export image"), lang.L("Wrote {{.File}} in {{.Dir}}.", map[string]any{"File": filepath.Base(path), "Dir": filepath.Dir(path)}), u.win)
}

// stopStyle is how a tour stop is drawn in a handout, as by `frontiers
// tour --export`: its layer, highlights, overlays and first selection.
func stopStyle(s tour.Stop) render.Style {
	st := render.DefaultStyle()
	st.Layer = s.Layer
	st.Topics = s.Topics
	st.Overlays = s.Overlays
	if len(s.Select) > 0 {
		st.Selected = s.Select[0]
	}
	return st
}

// handoutJob is a handout being exported.
type handoutJob struct {
	cancel   context.CancelFunc
	done     chan struct{} // closed when the goroutine ends
	bar      *widget.ProgressBar
	status   *widget.Label
	dlg      *dialog.CustomDialog
	finished bool // on the UI goroutine, once the result is shown
	err      error
}

// exportTour is the tour File → Export tour… writes: the one played, or
// the bundled treaty tour.
func (u *ui) exportTour() (*tour.Tour, error) {
	if u.touring() {
		return u.teach.player.Tour(), nil
	}
	return tour.Bundled(tour.DefaultBundled)
}

func (u *ui) showExportTour() {
	t, err := u.exportTour()
	if err != nil {
		u.showTourProblems(lang.L("Cannot export the tour"), err)
		return
	}
	d := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
		if err != nil {
			dialog.ShowError(err, u.win)
			return
		}
		if l == nil {
			return
		}
		u.startHandout(t, l.Path())
	}, u.win)
	d.Resize(fyne.NewSize(800, 560))
	d.Show()
}

// startHandout writes the handout of t into dir on a goroutine, with a
// progress bar; Cancel stops it before index.html is written.
func (u *ui) startHandout(t *tour.Tour, dir string) *handoutJob {
	ctx, cancel := context.WithCancel(context.Background())
	job := &handoutJob{cancel: cancel, done: make(chan struct{}), bar: widget.NewProgressBar()}
	job.status = widget.NewLabel(lang.L("Drawing {{.Count}} stops of {{.Title}}…", map[string]any{"Count": len(t.Stops), "Title": t.Title}))
	job.dlg = dialog.NewCustom(lang.L("Export tour"), lang.L("Cancel"), container.NewVBox(job.status, widget.NewLabel(dir), job.bar), u.win)
	job.dlg.SetOnClosed(cancel)
	job.dlg.Resize(fyne.NewSize(480, 0))
	job.dlg.Show()
	u.teach.handout = job
	atlas := u.st.atlas
	eng := render.New(atlas)
	draw := func(ctx context.Context, _ int, s tour.Stop, path string) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		img := mapimage.Render(eng, s.Date, stopStyle(s), geodata.Fit(s.View, handoutWidth, handoutHeight))
		return mapimage.SavePNG(path, img)
	}
	info := handout.Info{Dataset: cite.DatasetOf(atlas).Name, Version: cite.Version}
	go func() {
		defer close(job.done)
		err := handout.Export(ctx, t, dir, draw, info, func(done, total int) {
			uiDo(func() {
				job.bar.SetValue(float64(done) / float64(total))
				job.status.SetText(lang.L("Stop {{.Done}} of {{.Total}} drawn", map[string]any{"Done": done, "Total": total}))
			})
		})
		uiDo(func() {
			job.err, job.finished = err, true
			job.dlg.Hide()
			switch {
			case errors.Is(err, context.Canceled):
			case err != nil:
				dialog.ShowError(err, u.win)
			default:
				dialog.ShowInformation(lang.L("Export tour"), lang.L("Wrote {{.Count}} images and {{.Index}} in {{.Dir}}.",
					map[string]any{"Count": len(t.Stops), "Index": handout.IndexFile, "Dir": dir}), u.win)
			}
		})
	}()
	return job
}
