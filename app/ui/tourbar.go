package ui

// The tour bar, above the timeline while touring: Previous and Next,
// "stop n of N", the stop's title, text and sources, and Leave.

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/frontiers-atlas/frontiers/app/tour"
)

type tourBar struct {
	u   *ui
	box *fyne.Container

	prev, next, leave *widget.Button
	tourTitle, pos    *widget.Label
	title             *widget.Label
	text, sources     *widget.Label
}

func newTourBar(u *ui) *tourBar {
	b := &tourBar{u: u}
	b.prev = widget.NewButtonWithIcon(lang.L("Previous"), theme.NavigateBackIcon(), func() { u.tourPrev(); u.unfocus() })
	b.next = widget.NewButtonWithIcon(lang.L("Next"), theme.NavigateNextIcon(), func() { u.tourNext(); u.unfocus() })
	b.next.IconPlacement = widget.ButtonIconTrailingText
	b.next.Importance = widget.HighImportance
	b.leave = widget.NewButtonWithIcon(lang.L("Leave tour"), theme.CancelIcon(), u.leaveTour)
	b.tourTitle = widget.NewLabel("")
	b.tourTitle.Importance = widget.LowImportance
	b.tourTitle.Truncation = fyne.TextTruncateEllipsis
	b.pos = widget.NewLabel("")
	b.pos.TextStyle = fyne.TextStyle{Bold: true}
	b.title = wrapLabel("")
	b.title.TextStyle = fyne.TextStyle{Bold: true}
	b.title.SizeName = theme.SizeNameSubHeadingText
	b.text = wrapLabel("")
	b.sources = wrapLabel("")
	b.sources.Importance = widget.LowImportance
	b.sources.TextStyle = fyne.TextStyle{Italic: true}

	nav := container.NewVBox(container.NewHBox(b.prev, b.pos, b.next), b.tourTitle, b.leave)
	body := container.NewVScroll(container.NewVBox(b.title, b.text, b.sources))
	b.box = container.NewBorder(widget.NewSeparator(), widget.NewSeparator(), nil,
		container.New(&fixedWidth{300}, nav), container.New(&minHeight{150}, body))
	b.box.Hide()
	return b
}

func (b *tourBar) show() { b.box.Show(); b.update() }
func (b *tourBar) hide() { b.box.Hide() }

// update shows the current stop.
func (b *tourBar) update() {
	p := b.u.teach.player
	if p == nil {
		return
	}
	s := p.Stop()
	b.tourTitle.SetText(p.Tour().Title)
	b.pos.SetText(stopPosition(p))
	b.title.SetText(s.Title)
	b.text.SetText(s.Text)
	if s.Text == "" {
		b.text.Hide()
	} else {
		b.text.Show()
	}
	b.sources.SetText(sourcesText(s.Sources))
	if len(s.Sources) == 0 {
		b.sources.Hide()
	} else {
		b.sources.Show()
	}
	if p.Index() == 0 {
		b.prev.Disable()
	} else {
		b.prev.Enable()
	}
	if p.Index() == p.Len()-1 {
		b.next.Disable()
	} else {
		b.next.Enable()
	}
}

// sourcesText is a stop's sources, one a line.
func sourcesText(src []string) string {
	if len(src) == 0 {
		return ""
	}
	if len(src) == 1 {
		return lang.L("Source: {{.Source}}", map[string]any{"Source": src[0]})
	}
	return lang.L("Sources: {{.Sources}}", map[string]any{"Sources": strings.Join(src, "\n")})
}

// stopPosition is where the player is in its tour, "stop 2 of 9", in the
// window's language.
func stopPosition(p *tour.Player) string {
	return lang.L("stop {{.N}} of {{.Total}}", map[string]any{"N": p.Index() + 1, "Total": p.Len()})
}
