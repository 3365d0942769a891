package ui

// The side panels in splits the user can drag and collapse (View →
// Left panel / Right panel): the settings and legend on the left, the
// events and details on the right, the map between them keeping most of
// the width (two thirds at 1024 pixels). The offsets and what is shown
// are remembered.

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
)

// Default split offsets: the left panel's share of the window, then the
// map's share of what is right of it.
const (
	defaultLeftOffset  = 0.14
	defaultRightOffset = 0.83
)

// Narrowest the panels may be dragged, in logical pixels.
const (
	leftMinWidth  = 130
	rightMinWidth = 140
)

// panes holds the map and the side panels.
type panes struct {
	root               *fyne.Container
	left, right, mid   fyne.CanvasObject
	outer, inner       *container.Split
	leftOn, rightOn    bool
	leftItem, rightItm *fyne.MenuItem
}

// newPanes puts left, center and right in splits.
func newPanes(left, center, right fyne.CanvasObject) *panes {
	p := &panes{
		left:   container.New(&softWidth{leftMinWidth}, left),
		right:  container.New(&softWidth{rightMinWidth}, right),
		mid:    center,
		leftOn: true, rightOn: true,
	}
	p.inner = container.NewHSplit(p.mid, p.right)
	p.inner.Offset = defaultRightOffset
	p.outer = container.NewHSplit(p.left, p.inner)
	p.outer.Offset = defaultLeftOffset
	p.root = container.NewStack()
	p.arrange()
	return p
}

// arrange shows the panels that are on.
func (p *panes) arrange() {
	var top fyne.CanvasObject
	switch {
	case p.leftOn && p.rightOn:
		p.inner.Leading, p.inner.Trailing = p.mid, p.right
		p.outer.Leading, p.outer.Trailing = p.left, p.inner
		top = p.outer
	case p.leftOn:
		p.outer.Leading, p.outer.Trailing = p.left, p.mid
		top = p.outer
	case p.rightOn:
		p.inner.Leading, p.inner.Trailing = p.mid, p.right
		top = p.inner
	default:
		top = p.mid
	}
	p.root.Objects = []fyne.CanvasObject{top}
	p.outer.Refresh()
	p.inner.Refresh()
	p.root.Refresh()
	if p.leftItem != nil {
		p.leftItem.Checked, p.rightItm.Checked = p.leftOn, p.rightOn
	}
}

// show turns the panels on or off.
func (p *panes) show(left, right bool) {
	if left == p.leftOn && right == p.rightOn {
		return
	}
	p.leftOn, p.rightOn = left, right
	p.arrange()
}

// menuItems are the View menu's toggles.
func (u *ui) paneMenuItems() []*fyne.MenuItem {
	p := u.panes
	p.leftItem = fyne.NewMenuItem(lang.L("Left panel (settings, legend)"), func() {
		p.show(!p.leftOn, p.rightOn)
		u.refreshMenu()
		u.changed()
	})
	p.rightItm = fyne.NewMenuItem(lang.L("Right panel (events, details)"), func() {
		p.show(p.leftOn, !p.rightOn)
		u.refreshMenu()
		u.changed()
	})
	p.leftItem.Checked, p.rightItm.Checked = p.leftOn, p.rightOn
	return []*fyne.MenuItem{p.leftItem, p.rightItm}
}

func (u *ui) refreshMenu() {
	if u.menu != nil {
		u.menu.Refresh()
	}
}

// PaneSettings are the side panels' splits: the offsets (0: default)
// and which panels are hidden.
type PaneSettings struct {
	LeftOffset  float64 `json:"left_offset,omitempty"`
	RightOffset float64 `json:"right_offset,omitempty"`
	LeftHidden  bool    `json:"left_hidden,omitempty"`
	RightHidden bool    `json:"right_hidden,omitempty"`
}

// paneSettings are the panels' settings now.
func (u *ui) paneSettings() *PaneSettings {
	p := u.panes
	return &PaneSettings{LeftOffset: p.outer.Offset, RightOffset: p.inner.Offset, LeftHidden: !p.leftOn, RightHidden: !p.rightOn}
}

// restorePanes applies saved panel settings (nil: the defaults).
func (u *ui) restorePanes(s *PaneSettings) {
	if s == nil {
		return
	}
	p := u.panes
	if s.LeftOffset > 0.02 && s.LeftOffset < 0.98 {
		p.outer.SetOffset(s.LeftOffset)
	}
	if s.RightOffset > 0.02 && s.RightOffset < 0.98 {
		p.inner.SetOffset(s.RightOffset)
	}
	p.show(!s.LeftHidden, !s.RightHidden)
	u.refreshMenu()
}

// softWidth gives its objects a small minimum width, so that a split
// may narrow them (their content wraps or scrolls), and their own
// minimum height.
type softWidth struct{ w float32 }

func (l *softWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (l *softWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(l.w, h)
}

// rightWidth is the width the panels' golden image is drawn at.
const rightWidth = 360
