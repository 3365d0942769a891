package ui

// Presenter mode (F11, View → Present): full screen, the menus, side
// panels, timeline and tour bar hidden, the map with a caption in large
// type over its foot: the stop's title, date and text while touring, the
// date and the latest event otherwise. Esc or F11 restores everything as
// it was.

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// presentFactor is how much larger than the theme's the caption's text is
// on a screen 1080 logical pixels high (scaled with the height, between
// presentMinFactor and presentMaxFactor): 14 × 1.9 ≈ 27 for the body text,
// over the 24 points a classroom's back row needs.
const (
	presentFactor    = 1.9
	presentMinFactor = 1.4
	presentMaxFactor = 3.2
)

type presenter struct {
	u  *ui
	on bool

	// layer lies over the map: the caption at its foot.
	layer    *fyne.Container
	override *container.ThemeOverride
	bg       *canvas.Rectangle
	title    *widget.Label
	line     *widget.Label
	text     *widget.Label
	factor   float32

	// What presenting hid, to restore: the panels' visibility, the menu,
	// full screen.
	panels     []fyne.CanvasObject
	wasVisible []bool
	menu       *fyne.MainMenu
	wasFull    bool
}

func newPresenter(u *ui) *presenter {
	p := &presenter{u: u, factor: presentFactor}
	p.title = wrapLabel("")
	p.title.SizeName = theme.SizeNameHeadingText
	p.title.TextStyle = fyne.TextStyle{Bold: true}
	p.line = wrapLabel("")
	p.line.TextStyle = fyne.TextStyle{Italic: true}
	p.text = wrapLabel("")
	p.bg = canvas.NewRectangle(color.Transparent)
	p.bg.CornerRadius = 8
	box := container.NewVBox(p.title, p.line, p.text)
	p.override = container.NewThemeOverride(box, scaledTheme{u.app.Settings().Theme(), p.factor})
	p.layer = container.New(&captionLayout{p: p}, container.NewStack(p.bg, container.NewPadded(p.override)))
	p.layer.Hide()
	return p
}

// presentCenter puts the presenter's caption over the centre (the map).
func (u *ui) presentCenter(center fyne.CanvasObject) fyne.CanvasObject {
	return container.NewStack(center, u.teach.present.layer)
}

func (u *ui) presenting() bool { return u.teach.present.on }

// setPresent enters or leaves presenter mode.
func (u *ui) setPresent(on bool) {
	p := u.teach.present
	if on == p.on {
		return
	}
	p.on = on
	if on {
		p.wasVisible = p.wasVisible[:0]
		for _, o := range p.panels {
			p.wasVisible = append(p.wasVisible, o.Visible())
			o.Hide()
		}
		p.menu = u.win.MainMenu()
		p.wasFull = u.win.FullScreen()
		u.win.SetMainMenu(nil)
		u.win.SetFullScreen(true)
		p.update()
		p.layer.Show()
	} else {
		p.layer.Hide()
		for i, o := range p.panels {
			if i < len(p.wasVisible) && p.wasVisible[i] {
				o.Show()
			}
		}
		u.win.SetMainMenu(p.menu)
		u.win.SetFullScreen(p.wasFull)
	}
	if c := u.win.Content(); c != nil {
		c.Refresh()
	}
	u.unfocus()
}

// update shows the stop, or the day, in the caption.
func (p *presenter) update() {
	if p == nil || !p.on {
		return
	}
	u := p.u
	th := u.app.Settings().Theme()
	v := u.app.Settings().ThemeVariant()
	bg := th.Color(theme.ColorNameBackground, v)
	r, g, b, _ := bg.RGBA()
	p.bg.FillColor = color.NRGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), 0xe0}
	p.bg.Refresh()
	if pl := u.teach.player; pl != nil {
		s := pl.Stop()
		p.title.SetText(s.Title)
		p.line.SetText(longDay(s.Date) + " · " + stopPosition(pl) + " · " + pl.Tour().Title)
		p.text.SetText(s.Text)
	} else {
		p.title.SetText(longDay(u.st.day))
		p.line.SetText("")
		p.text.SetText(u.nowLabel.Text)
	}
	for _, l := range []*widget.Label{p.line, p.text} {
		if l.Text == "" {
			l.Hide()
		} else {
			l.Show()
		}
	}
	p.layer.Refresh()
}

// textSize is the size of the caption's body text, in logical pixels.
func (p *presenter) textSize() float32 {
	return p.override.Theme.Size(theme.SizeNameText)
}

// setFactor scales the caption's text for a screen h logical pixels high.
func (p *presenter) setFactor(h float32) {
	f := min(max(presentFactor*h/1080, presentMinFactor), presentMaxFactor)
	if d := f - p.factor; d > -0.01 && d < 0.01 {
		return
	}
	p.factor = f
	p.override.Theme = scaledTheme{p.u.app.Settings().Theme(), f}
	p.override.Refresh()
}

// captionLayout puts the caption along the foot of the map, as high as
// its text (at most half the map).
type captionLayout struct {
	p    *presenter
	last fyne.Size
}

func (l *captionLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	l.p.setFactor(size.Height)
	if size != l.last {
		// The map has grown to the screen: show the stop's view again.
		l.last = size
		if pl := l.p.u.teach.player; pl != nil && !pl.Moving() {
			l.p.u.showTourView(pl.Stop().View)
		}
	}
	m := theme.Padding() * 4
	w := max(0, size.Width-2*m)
	for _, o := range objs {
		o.Resize(fyne.NewSize(w, o.MinSize().Height))
		h := min(o.MinSize().Height, size.Height/2)
		o.Resize(fyne.NewSize(w, h))
		o.Move(fyne.NewPos(m, size.Height-h-m))
	}
}

func (l *captionLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(0, 0) }

// scaledTheme is a theme with its text sizes times f.
type scaledTheme struct {
	fyne.Theme
	f float32
}

func (t scaledTheme) Size(n fyne.ThemeSizeName) float32 {
	s := t.Theme.Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText,
		theme.SizeNameCaptionText, theme.SizeNamePadding, theme.SizeNameInnerPadding, theme.SizeNameLineSpacing:
		return s * t.f
	}
	return s
}
