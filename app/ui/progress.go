package ui

// The progress dialog of the long exports (File → Export animation…,
// File → Export tour…): the work runs on a goroutine, a status line and
// a bar follow it, and Cancel stops it.

import (
	"context"
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// progressJob is an export under way.
type progressJob struct {
	cancel   context.CancelFunc
	done     chan struct{} // closed when the goroutine ends
	bar      *widget.ProgressBar
	status   *widget.Label
	dlg      *dialog.CustomDialog
	finished bool // on the UI goroutine, once the result is shown
	err      error
}

// startProgress shows a dialog titled title, width wide, with the status
// line (first saying status), the extra objects and a progress bar, and
// runs work on a goroutine with a context that Cancel (closing the
// dialog) cancels. When work returns the dialog closes, and its error is
// shown, or nothing if it was cancelled, or the message wrote returns in
// a dialog titled title.
func (u *ui) startProgress(title, status string, width float32, extra []fyne.CanvasObject,
	work func(ctx context.Context, job *progressJob) error, wrote func() string) *progressJob {
	ctx, cancel := context.WithCancel(context.Background())
	job := &progressJob{cancel: cancel, done: make(chan struct{}), bar: widget.NewProgressBar(), status: widget.NewLabel(status)}
	objs := append(append([]fyne.CanvasObject{job.status}, extra...), job.bar)
	job.dlg = dialog.NewCustom(title, lang.L("Cancel"), container.NewVBox(objs...), u.win)
	job.dlg.SetOnClosed(cancel)
	job.dlg.Resize(fyne.NewSize(width, 0))
	job.dlg.Show()
	go func() {
		defer close(job.done)
		err := work(ctx, job)
		uiDo(func() {
			job.err, job.finished = err, true
			job.dlg.Hide()
			switch {
			case errors.Is(err, context.Canceled):
			case err != nil:
				dialog.ShowError(err, u.win)
			default:
				dialog.ShowInformation(title, wrote(), u.win)
			}
		})
	}()
	return job
}

// progress shows, from the job's goroutine, the fraction done and what
// the status line says.
func (job *progressJob) progress(frac float64, status string) {
	uiDo(func() {
		job.bar.SetValue(frac)
		job.status.SetText(status)
	})
}
