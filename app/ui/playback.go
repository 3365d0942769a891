package ui

// The bottom of the window: the buttons, the date and the latest event
// above the timeline; moving through time and playing.

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/frontiers-atlas/frontiers/geodata"
)

func (u *ui) buildTimeline() fyne.CanvasObject {
	u.timeline = newTimeline(u.st.atlas, u.st.day)
	u.timeline.OnChanged = u.st.setDay
	u.timeline.OnKey = u.typedKey
	u.timeline.OnRune = u.typedRune

	u.dateLabel = canvas.NewText(longDay(u.st.day), theme.Color(theme.ColorNameForeground))
	u.dateLabel.TextSize = 20
	u.dateLabel.TextStyle = fyne.TextStyle{Bold: true}
	u.dateLabel.Alignment = fyne.TextAlignCenter
	u.nowLabel = widget.NewLabel("")
	u.nowLabel.Truncation = fyne.TextTruncateEllipsis
	u.nowLabel.Alignment = fyne.TextAlignTrailing

	prev := widget.NewButtonWithIcon(lang.L("Previous event"), theme.MediaSkipPreviousIcon(), u.prevEvent)
	u.playBtn = widget.NewButtonWithIcon(lang.L("Play"), theme.MediaPlayIcon(), u.togglePlay)
	next := widget.NewButtonWithIcon(lang.L("Next event"), theme.MediaSkipNextIcon(), u.nextEvent)
	next.IconPlacement = widget.ButtonIconTrailingText
	buttons := container.NewHBox(prev, fixedPlayButton(u.playBtn), next, u.treatyButton(), u.buildSpeed())

	top := container.New(&dateRowLayout{}, buttons, newTapTarget(u.dateLabel, u.showGoTo), u.nowLabel)
	bar := container.New(&minHeight{64}, u.timeline)
	return container.NewVBox(top, bar)
}

// showDay shows the day of the state in the window's own widgets.
func (u *ui) showDay() {
	d := u.st.day
	u.win.SetTitle(u.title())
	u.dateLabel.Text = longDay(d)
	u.dateLabel.Refresh()
	u.timeline.setDay(d)
	u.mapw.SetDay(d)
	if u.compare != nil {
		// In compare mode the timeline moves date B.
		u.compare.setDays(u.compare.dayA, d)
	}
	u.syncEvent()
	u.updateNow()
}

// updateNow says how long ago the latest event was.
func (u *ui) updateNow() {
	text := ""
	if evs := u.st.atlas.Events(); u.eventSel >= 0 && u.eventSel < len(evs) {
		e := evs[u.eventSel]
		if n := int(u.st.day - e.Date.Day); n == 0 {
			text = lang.L("Today: {{.Title}}", map[string]any{"Title": e.Title})
		} else {
			text = lang.N("{{.Count}} days after: {{.Title}}", n, map[string]any{"Count": n, "Title": e.Title})
		}
	}
	u.nowLabel.SetText(u.withDataset(text))
}

func (u *ui) stepDays(n int)   { u.st.setDay(u.st.day + geodata.Day(n)) }
func (u *ui) stepMonths(n int) { u.st.setDay(u.st.day.AddMonths(n)) }

// togglePlay starts or pauses the animation.
func (u *ui) togglePlay() {
	if u.playing {
		u.pause()
	} else {
		u.play()
	}
}

// play animates through time, one day a tick, from a goroutine that
// changes the UI only through fyne.Do; it stops at the last day.
func (u *ui) play() {
	if u.playing {
		return
	}
	if u.st.day >= geodata.Last {
		u.st.setDay(geodata.First)
	}
	u.playing = true
	u.playBtn.SetIcon(theme.MediaPauseIcon())
	u.playBtn.SetText(lang.L("Pause"))
	stop, done := make(chan struct{}), make(chan struct{})
	u.playStop, u.playDone = stop, done
	go func() {
		defer close(done)
		t := time.NewTicker(playInterval)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
			}
			end := false
			uiDoAndWait(func() {
				if u.playStop != stop {
					end = true
					return
				}
				u.st.setDay(u.playNext(u.st.day))
				if u.st.day >= geodata.Last {
					u.pause()
					end = true
				}
			})
			if end {
				return
			}
		}
	}()
}

func (u *ui) pause() {
	if !u.playing {
		return
	}
	u.playing = false
	close(u.playStop)
	u.playStop = nil
	u.playBtn.SetIcon(theme.MediaPlayIcon())
	u.playBtn.SetText(lang.L("Play"))
}
