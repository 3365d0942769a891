package ui

// The map's labels as canvas.Text objects over the frame: a halo of four
// copies and the text on top. (To go once the labels are drawn into the
// frame.)

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"

	"github.com/frontiers-atlas/frontiers/geodata/render"
)

const labelTextSize = 12

// haloOffsets are where the halo copies of a label go, around the text.
var haloOffsets = []fyne.Position{{X: -1, Y: 0}, {X: 1, Y: 0}, {X: 0, Y: -1}, {X: 0, Y: 1}}

// labelObjs is the number of canvas.Text objects per label: the halo
// copies and the text on top.
var labelObjs = len(haloOffsets) + 1

// mapLabels holds the text objects of the labels of the frame on screen;
// they are kept and reused from frame to frame.
type mapLabels struct {
	box  *fyne.Container
	objs []*canvas.Text // per label: its halo copies, then the text
}

func newMapLabels() *mapLabels { return &mapLabels{box: container.NewWithoutLayout()} }

// set shows the labels of the frame of req.
func (l *mapLabels) set(req renderRequest, labels []render.Label) {
	th := req.style.Theme
	for len(l.objs) < labelObjs*len(labels) {
		for range labelObjs {
			t := canvas.NewText("", th.Label)
			t.TextSize = labelTextSize
			t.TextStyle = fyne.TextStyle{Bold: true}
			l.objs = append(l.objs, t)
			l.box.Add(t)
		}
	}
	sc := req.scale
	if sc <= 0 {
		sc = 1
	}
	for i, lb := range labels {
		x, y := float32(lb.X)/sc, float32(lb.Y)/sc
		for j, t := range l.objs[labelObjs*i : labelObjs*(i+1)] {
			t.Text = lb.Text
			off := fyne.Position{}
			if j < len(haloOffsets) {
				t.Color = th.Halo
				off = haloOffsets[j]
			} else {
				t.Color = th.Label
			}
			s := t.MinSize()
			t.Resize(s)
			t.Move(fyne.NewPos(x-s.Width/2+off.X, y-s.Height/2+off.Y))
			t.Show()
			t.Refresh()
		}
	}
	for _, t := range l.objs[labelObjs*len(labels):] {
		t.Hide()
	}
}

// place moves the labels with the frame at pos; they show only while the
// frame is drawn at its own scale (not during a zoom).
func (l *mapLabels) place(pos fyne.Position, show bool) {
	if !show {
		hideObject(l.box)
		return
	}
	l.box.Move(pos)
	showObject(l.box)
}

// texts returns the texts of the labels on screen.
func (l *mapLabels) texts() []string {
	var out []string
	for i := labelObjs - 1; i < len(l.objs); i += labelObjs {
		if l.objs[i].Visible() {
			out = append(out, l.objs[i].Text)
		}
	}
	return out
}
