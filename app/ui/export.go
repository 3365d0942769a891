package ui

// Exporting from the window: File → Export image… (a PNG of the current
// view) and File → Export animation… (an animated GIF from one date to
// another, drawn on a goroutine with a progress bar and a Cancel button).

import (
	"context"
	"errors"
	"math"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/frontiers-atlas/frontiers/app/mapimage"
	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
)

// exportView returns the view of the map on screen fitted into w×h
// pixels: the same centre, showing at least what the map shows.
func (u *ui) exportView(w, h int) geodata.View {
	v := u.mapw.View()
	if v.Res <= 0 || v.Width <= 0 || v.Height <= 0 {
		return geodata.Fit(geodata.Europe, w, h)
	}
	res := math.Max(v.Res*float64(v.Width)/float64(w), v.Res*float64(v.Height)/float64(h))
	return geodata.View{Center: v.Center, Res: res, Width: w, Height: h}
}

// exportStyle is the map's style without the selection.
func (u *ui) exportStyle() render.Style {
	st := u.style()
	st.Selected = ""
	return st
}

// writeImage writes the current view on the current day as a w×h PNG,
// through a temporary file and a rename.
func (u *ui) writeImage(path string, w, h int) error {
	img := mapimage.Render(render.New(u.st.atlas), u.st.day, u.exportStyle(), u.exportView(w, h))
	return mapimage.SavePNG(path, img)
}

func pixelsEntry(n int) *widget.Entry {
	e := widget.NewEntry()
	e.SetText(strconv.Itoa(n))
	e.Validator = func(s string) error { _, err := mapimage.ParseSide(s); return err }
	return e
}

func entryInt(e *widget.Entry) int { n, _ := strconv.Atoi(e.Text); return n }

// saveAs asks where to save a file named name with one of extensions exts.
func (u *ui) saveAs(name string, exts []string, save func(path string)) {
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			dialog.ShowError(err, u.win)
			return
		}
		if wc == nil {
			return
		}
		path := wc.URI().Path()
		// The dialog made the file; it is written again atomically.
		wc.Close()
		save(path)
	}, u.win)
	d.SetFileName(name)
	d.SetFilter(storage.NewExtensionFileFilter(exts))
	d.Resize(fyne.NewSize(800, 560))
	d.Show()
}

// showExportImage asks for the image size, then for the file.
func (u *ui) showExportImage() {
	we, he := pixelsEntry(mapimage.DefaultWidth), pixelsEntry(mapimage.DefaultHeight)
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("Width (pixels)"), we),
		widget.NewFormItem(lang.L("Height (pixels)"), he),
	}
	d := dialog.NewForm(lang.L("Export image of {{.Date}}", map[string]any{"Date": longDay(u.st.day)}), lang.L("Save as…"), lang.L("Cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		w, h := entryInt(we), entryInt(he)
		if w*h > mapimage.MaxPixels {
			dialog.ShowError(errors.New(lang.L("{{.W}}×{{.H}} is more than the {{.Max}} pixels an image may have", map[string]any{"W": w, "H": h, "Max": mapimage.MaxPixels})), u.win)
			return
		}
		u.saveAs("frontiers-"+u.st.day.String()+".png", exportExts, func(path string) {
			if err := u.writeExport(path, w, h); err != nil {
				dialog.ShowError(err, u.win)
				return
			}
			u.exported(path)
		})
	}, u.win)
	u.trackDialog(d, d.Submit)
	d.Show()
}

// animJob is an animation being drawn.
type animJob struct {
	cancel   context.CancelFunc
	done     chan struct{} // closed when the goroutine ends
	bar      *widget.ProgressBar
	status   *widget.Label
	dlg      *dialog.CustomDialog
	finished bool // on the UI goroutine, once the result is shown
	err      error
}

// showExportAnimation asks for the dates, the step and the size, then
// for the file.
func (u *ui) showExportAnimation() {
	from := dayEntry(geodata.MustDay("1939-08-23"), func(geodata.Day) {})
	to := dayEntry(u.st.day, func(geodata.Day) {})
	if u.st.day <= geodata.MustDay("1939-08-23") {
		to.SetText(geodata.Last.String())
	}
	step := widget.NewEntry()
	step.SetText("7d")
	step.Validator = func(s string) error { _, err := mapimage.ParseStep(s); return err }
	we, he := pixelsEntry(mapimage.DefaultAnimWidth), pixelsEntry(mapimage.DefaultAnimHeight)
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("From"), from),
		widget.NewFormItem(lang.L("To"), to),
		widget.NewFormItem(lang.L("Step (7d, 2w, 1m)"), step),
		widget.NewFormItem(lang.L("Width (pixels)"), we),
		widget.NewFormItem(lang.L("Height (pixels)"), he),
	}
	d := dialog.NewForm(lang.L("Export animation"), lang.L("Save as…"), lang.L("Cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		d0, _ := parseDayInRange(from.Text)
		d1, _ := parseDayInRange(to.Text)
		st, _ := mapimage.ParseStep(step.Text)
		w, h := entryInt(we), entryInt(he)
		days, err := mapimage.Plan(d0, d1, st, w, h)
		if err != nil {
			dialog.ShowError(err, u.win)
			return
		}
		u.saveAs("frontiers-"+d0.String()+"-"+d1.String()+".gif", []string{".gif"}, func(path string) {
			u.startAnimation(path, days, u.exportView(w, h))
		})
	}, u.win)
	d.Resize(fyne.NewSize(420, 0))
	u.trackDialog(d, d.Submit)
	d.Show()
}

// startAnimation draws the frames of days for view v on a goroutine and
// writes them to path, with a progress bar; Cancel stops it and writes
// nothing. The goroutine changes the UI only through fyne.Do.
func (u *ui) startAnimation(path string, days []geodata.Day, v geodata.View) *animJob {
	ctx, cancel := context.WithCancel(context.Background())
	job := &animJob{cancel: cancel, done: make(chan struct{}), bar: widget.NewProgressBar()}
	job.status = widget.NewLabel(lang.L("Drawing {{.Count}} frames, {{.From}} to {{.To}}…", map[string]any{"Count": len(days), "From": days[0], "To": days[len(days)-1]}))
	job.dlg = dialog.NewCustom(lang.L("Export animation"), lang.L("Cancel"), container.NewVBox(job.status, job.bar), u.win)
	job.dlg.SetOnClosed(cancel)
	job.dlg.Resize(fyne.NewSize(420, 0))
	job.dlg.Show()
	u.anim = job
	atlas, st := u.st.atlas, u.exportStyle()
	go func() {
		defer close(job.done)
		g, err := mapimage.Animate(ctx, atlas, days, st, v, func(i, n int) {
			uiDo(func() {
				job.bar.SetValue(float64(i) / float64(n))
				job.status.SetText(lang.L("Frame {{.I}} of {{.N}}: {{.Day}}", map[string]any{"I": i, "N": n, "Day": days[i-1]}))
			})
		})
		if err == nil {
			err = ctx.Err()
		}
		if err == nil {
			err = mapimage.SaveGIF(path, g)
		}
		uiDo(func() {
			job.err, job.finished = err, true
			job.dlg.Hide()
			switch {
			case errors.Is(err, context.Canceled):
			case err != nil:
				dialog.ShowError(err, u.win)
			default:
				dialog.ShowInformation(lang.L("Export animation"), lang.L("Wrote {{.Count}} frames to {{.Path}}.", map[string]any{"Count": len(days), "Path": path}), u.win)
			}
		})
	}()
	return job
}
