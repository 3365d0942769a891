package ui

// The problems of a file that did not open, or of a tour held against
// the data: one dialog for datasets (dataset.go) and tours (tour.go), the
// problems in a scrollable list of selectable rows, and a Copy button
// that puts them all on the clipboard.

import (
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The problems dialog's size, in logical pixels.
const (
	problemsWidth  = 900
	problemsHeight = 420
)

// problemsDialog is a shown list of problems.
type problemsDialog struct {
	dlg *dialog.CustomDialog
	// problems are the problems, one a row of the list.
	problems []string
	list     *widget.List
	copyBtn  *widget.Button
}

// problemLines returns the problems of err, one a line (geodata.Problems
// and tour.Problems print one a line).
func problemLines(err error) []string {
	var out []string
	for _, l := range strings.Split(err.Error(), "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// showProblemList shows the problems of err under title: head (how
// many, what happens now) above, the problems in a list, a row each,
// selectable and wrapped at the list's width, Copy and Close below.
func (u *ui) showProblemList(title, head string, err error) *problemsDialog {
	p := &problemsDialog{problems: problemLines(err)}
	style := fyne.TextStyle{Monospace: true}
	newRow := func() *widget.Label {
		l := widget.NewLabel("")
		l.TextStyle = style
		l.Wrapping = fyne.TextWrapWord
		l.Selectable = true
		return l
	}
	p.list = widget.NewList(
		func() int { return len(p.problems) },
		func() fyne.CanvasObject { return newRow() },
		func(id widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(p.problems[id]) })
	// Each row is as high as its lines: the characters a line holds are
	// the list's width, less the padding and the scroll bar, over a
	// monospace character's width (a few less, as words wrap early).
	one := widget.NewLabelWithStyle("M", fyne.TextAlignLeading, style).MinSize().Height
	two := widget.NewLabelWithStyle("M\nM", fyne.TextAlignLeading, style).MinSize().Height
	cw := fyne.MeasureText("M", theme.TextSize(), style).Width
	cols := max(int((problemsWidth-8*theme.Padding()-theme.ScrollBarSize())/cw)-4, 20)
	for i, l := range p.problems {
		if n := len(wrapColumns(l, cols)); n > 1 {
			p.list.SetItemHeight(i, one+float32(n-1)*(two-one))
		}
	}
	p.copyBtn = widget.NewButtonWithIcon(lang.L("Copy"), theme.ContentCopyIcon(), func() {
		u.app.Clipboard().SetContent(strings.Join(p.problems, "\n") + "\n")
		p.copyBtn.SetText(lang.L("Copied"))
	})
	closeBtn := widget.NewButton(lang.L("Close"), func() { p.dlg.Hide() })
	closeBtn.Importance = widget.HighImportance
	content := container.NewBorder(wrapLabel(head), nil, nil, nil, p.list)
	p.dlg = dialog.NewCustomWithoutButtons(title, content, u.win)
	p.dlg.SetButtons([]fyne.CanvasObject{p.copyBtn, closeBtn})
	p.dlg.Resize(fyne.NewSize(problemsWidth, problemsHeight))
	p.dlg.Show()
	return p
}

// wrapColumns cuts line into rows of at most cols characters, at a space
// where there is one, as word wrapping does.
func wrapColumns(line string, cols int) []string {
	var rows []string
	for {
		if utf8.RuneCountInString(line) <= cols {
			return append(rows, line)
		}
		cut := byteOfRune(line, cols)
		if sp := strings.LastIndexByte(line[:cut], ' '); sp > 0 {
			cut = sp + 1
		}
		rows = append(rows, strings.TrimRight(line[:cut], " "))
		line = line[cut:]
	}
}

// byteOfRune is the byte offset of the n-th rune of s (len(s) past its
// end).
func byteOfRune(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}
