package ui

import (
	"fmt"
	"os"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// The bottom row's buttons, speed selector, date and latest event do not
// overlap, at the smallest window and at full HD, in every language on
// the day of its longest date, and Play→Pause moves no button.
func TestDateRowNoOverlap(t *testing.T) {
	t.Setenv("LANGUAGE", os.Getenv("LANGUAGE"))
	u := newTestUI(t, test.NewTempApp(t), geodata.Signing)
	t.Cleanup(func() { applyLanguage(""); u.pause() })
	for _, code := range []string{"en", "de", "ru", "pl", "fi"} {
		u.setLanguage(code)
		// The day whose long date is widest in this language.
		long, wide := geodata.MustDay("1939-01-01"), float32(0)
		for d := long; d <= geodata.MustDay("1942-12-31"); d++ {
			if w := fyne.MeasureText(longDay(d), 20, fyne.TextStyle{Bold: true}).Width; w > wide {
				long, wide = d, w
			}
		}
		for _, sz := range []fyne.Size{{Width: 1024, Height: 700}, {Width: 1920, Height: 1080}} {
			t.Run(fmt.Sprintf("%s/%vx%v", code, sz.Width, sz.Height), func(t *testing.T) {
				u.win.Resize(sz)
				u.st.setDay(long)
				u.win.Content().Refresh()
				boxes := func() map[string][2]fyne.Position {
					out := map[string][2]fyne.Position{}
					for name, o := range map[string]fyne.CanvasObject{
						"play": u.playBtn, "speed": u.speedSel, "date": u.dateLabel, "now": u.nowLabel,
					} {
						p := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
						w := o.Size().Width
						if name == "date" {
							w = u.dateLabel.MinSize().Width // the text, centred in its box
							p.X += (o.Size().Width - w) / 2
						}
						out[name] = [2]fyne.Position{p, p.AddXY(w, o.Size().Height)}
					}
					return out
				}
				b := boxes()
				win := u.win.Canvas().Size()
				order := []string{"play", "speed", "date", "now"}
				for i, n := range order {
					if b[n][1].X > win.Width+0.5 || b[n][0].X < -0.5 {
						t.Errorf("%s (%v–%v) outside the window's %v", n, b[n][0].X, b[n][1].X, win.Width)
					}
					if i > 0 && u.nowLabel.Text != "" || i > 0 && i < 3 {
						if prev := order[i-1]; b[prev][1].X > b[n][0].X+0.5 {
							t.Errorf("%s ends at %v, %s starts at %v (%q)", prev, b[prev][1].X, n, b[n][0].X, longDay(long))
						}
					}
				}
				u.play()
				after := boxes()
				u.pause()
				for _, n := range []string{"speed", "date"} {
					if after[n][0] != b[n][0] {
						t.Errorf("Play→Pause moved %s from %v to %v", n, b[n][0], after[n][0])
					}
				}
			})
		}
	}
}
