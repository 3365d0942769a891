package ui

// Secondary text (sources, other names, subtitles, search details) in
// the foreground colour at the caption size: Fyne's low importance and
// disabled colours are too faint to read on either theme.

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// secondaryLabel is a wrapped label of secondary text.
func secondaryLabel(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	l.SizeName = theme.SizeNameCaptionText
	return l
}
