package ui

// The play speed: how far one tick of play moves (a day, a week, a
// month), remembered in the settings; and the bottom row's buttons.

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// playSteps are the play speeds, slowest first: the label of the
// control (a translation key), the settings' name and the step of one
// tick.
var playSteps = []struct {
	label, name string
	step        func(geodata.Day) geodata.Day
}{
	{"1 day a tick", "day", func(d geodata.Day) geodata.Day { return d + 1 }},
	{"1 week a tick", "week", func(d geodata.Day) geodata.Day { return d + 7 }},
	{"1 month a tick", "month", func(d geodata.Day) geodata.Day { return d.AddMonths(1) }},
}

// playNext is the day after d at the play speed.
func (u *ui) playNext(d geodata.Day) geodata.Day {
	for _, s := range playSteps {
		if s.name == u.playSpeed {
			return min(s.step(d), geodata.Last)
		}
	}
	return min(d+1, geodata.Last)
}

// setPlaySpeed sets the speed by its settings name (unknown: a day).
func (u *ui) setPlaySpeed(name string) {
	label := lang.L(playSteps[0].label)
	u.playSpeed = playSteps[0].name
	for _, s := range playSteps {
		if s.name == name {
			label, u.playSpeed = lang.L(s.label), s.name
		}
	}
	if u.speedSel != nil && u.speedSel.Selected != label {
		u.speedSel.SetSelected(label)
	}
}

// buildSpeed makes the play-speed control.
func (u *ui) buildSpeed() fyne.CanvasObject {
	labels := make([]string, len(playSteps))
	for i, s := range playSteps {
		labels[i] = lang.L(s.label)
	}
	u.speedSel = widget.NewSelect(labels, func(l string) {
		for _, s := range playSteps {
			if lang.L(s.label) == l && u.playSpeed != s.name {
				u.playSpeed = s.name
				u.changed()
			}
		}
		u.unfocus()
	})
	u.setPlaySpeed(u.playSpeed)
	return u.speedSel
}

// fixedPlayButton holds the play button at the width of its widest
// text, so that Play → Pause does not shift the buttons after it.
func fixedPlayButton(b *widget.Button) fyne.CanvasObject {
	w := float32(0)
	for _, text := range []string{"Play", "Pause"} {
		m := widget.NewButtonWithIcon(lang.L(text), theme.MediaPlayIcon(), nil)
		w = max(w, m.MinSize().Width)
	}
	return container.New(&fixedWidth{w}, b)
}

// treatyHint says what the Treaty day button does; it shows in place of
// the latest event while the pointer is on the button.
const treatyHint = "Treaty day: jump to 26 May 1942, the signing of the Anglo-Soviet Treaty in London"

// hintButton is a button that shows a hint while the pointer is on it.
type hintButton struct {
	widget.Button
	hint string
	show func(hint string) // "" when the pointer leaves
}

// treatyButton jumps to the signing of the Anglo-Soviet Treaty.
func (u *ui) treatyButton() *hintButton {
	b := &hintButton{hint: lang.L(treatyHint), show: func(h string) {
		if h == "" {
			u.updateNow()
			return
		}
		u.nowLabel.SetText(h)
	}}
	b.Text, b.Icon = lang.L("Treaty day"), theme.HistoryIcon()
	b.OnTapped = func() { u.st.setDay(geodata.Signing) }
	b.ExtendBaseWidget(b)
	return b
}

// MouseIn shows the hint.
func (b *hintButton) MouseIn(e *desktop.MouseEvent) {
	b.Button.MouseIn(e)
	b.show(b.hint)
}

// MouseOut hides the hint.
func (b *hintButton) MouseOut() {
	b.Button.MouseOut()
	b.show("")
}
