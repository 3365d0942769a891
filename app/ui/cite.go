package ui

// Citations: Help → Cite this map… (the sources behind the map of the day
// in the view shown, through cite.Collect, as text, BibTeX or CSL-JSON,
// with Copy) and the details panel's "Copy citation" for the selected
// territory.

import (
	"bytes"
	"fmt"
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/app/cite"
	"github.com/frontiers-atlas/frontiers/geodata"
)

// citeBound is the lon/lat bound of the map shown, to 0.1°.
func (u *ui) citeBound() orb.Bound {
	v := u.mapw.View()
	if v.Res <= 0 || v.Width <= 0 {
		return u.st.atlas.Bound()
	}
	b := v.Bound()
	r := func(x float64) float64 { return math.Round(x*10) / 10 }
	return orb.Bound{
		Min: orb.Point{max(r(b.Min[0]), -180), max(r(b.Min[1]), -90)},
		Max: orb.Point{min(r(b.Max[0]), 180), min(r(b.Max[1]), 90)},
	}
}

// citationText is the citation of the map shown in format f.
func (u *ui) citationText(f cite.Format) (string, error) {
	c := cite.Collect(u.st.atlas, u.st.day, u.st.layer, u.citeBound())
	var b bytes.Buffer
	if err := c.Write(&b, f); err != nil {
		return "", err
	}
	return b.String(), nil
}

// citeDialog is Help → Cite this map… as shown.
type citeDialog struct {
	format *widget.Select
	body   *widget.Label
	copyB  *widget.Button
	dlg    dialog.Dialog
}

func (u *ui) showCite() *citeDialog {
	cd := &citeDialog{}
	cd.body = widget.NewLabel("")
	cd.body.Wrapping = fyne.TextWrapWord
	cd.body.Selectable = true
	set := func(name string) {
		f, _ := cite.ParseFormat(name)
		text, err := u.citationText(f)
		if err != nil {
			text = err.Error()
		}
		cd.body.TextStyle = fyne.TextStyle{Monospace: f != cite.Text}
		cd.body.SetText(text)
	}
	names := make([]string, len(cite.Formats))
	for i, f := range cite.Formats {
		names[i] = string(f)
	}
	cd.format = widget.NewSelect(names, set)
	cd.copyB = widget.NewButtonWithIcon(lang.L("Copy"), theme.ContentCopyIcon(), func() {
		u.app.Clipboard().SetContent(cd.body.Text)
	})
	head := wrapLabel(lang.L("The sources behind the map of {{.Date}} ({{.Layer}}), in the view shown, and how to cite Frontiers.", map[string]any{"Date": longDay(u.st.day), "Layer": layerTitle(u.st.layer)}))
	top := container.NewBorder(nil, nil, widget.NewLabel(lang.L("Format:")), cd.copyB, cd.format)
	content := container.NewBorder(container.NewVBox(head, top), nil, nil, nil, container.NewVScroll(cd.body))
	cd.format.SetSelected(string(cite.Text))
	cd.dlg = dialog.NewCustom(lang.L("Cite this map"), lang.L("Close"), content, u.win)
	cd.dlg.Resize(fyne.NewSize(820, 560))
	cd.dlg.Show()
	return cd
}

// territoryCitation is how to cite the selected territory as the map
// shows it on the day: its version's source, and Frontiers with its data.
func (u *ui) territoryCitation() string {
	st := u.st
	f := st.atlas.Version(st.selID, st.day)
	if f == nil {
		return ""
	}
	ds := cite.DatasetOf(st.atlas)
	data := ds.Name
	if ds.Version != "" {
		data += ", version " + ds.Version
	}
	return fmt.Sprintf("%s, %s – %s: %s; controller %s, sovereign %s. Source: %s.\n"+
		"Map: %s (version %s), map of %s, %s layer. Data: %s. Accessed %s.",
		f.Name, sinceText(f), untilText(f), f.Status, f.Controller.Name, f.Sovereign.Name, f.Source,
		cite.AppTitle, cite.Version, st.day.Time().Format("2 January 2006"), st.layer, data,
		time.Now().Format("2 January 2006"))
}

// setupCopyCitation puts "Copy citation" into the territory panel, shown
// when a territory on the map that day is selected.
func (u *ui) setupCopyCitation() {
	b := widget.NewButtonWithIcon(lang.L("Copy citation"), theme.ContentCopyIcon(), func() {
		if text := u.territoryCitation(); text != "" {
			u.app.Clipboard().SetContent(text)
		}
	})
	b.Importance = widget.LowImportance
	u.teach.copyCite = b
	box := u.terr.box
	// After the source line.
	for i, o := range box.Objects {
		if o == u.terr.note {
			box.Objects = append(box.Objects[:i+1], append([]fyne.CanvasObject{b}, box.Objects[i+1:]...)...)
			break
		}
	}
	show := func() {
		if u.st.selID != "" && u.st.atlas.Version(u.st.selID, u.st.day) != nil {
			b.Show()
		} else {
			b.Hide()
		}
	}
	show()
	u.st.listen(func(c stateChange) {
		if c&(dayChanged|selectionChanged|atlasChanged) != 0 {
			show()
		}
	})
}

// layerTitle names a layer as the View menu does ("Control layer").
func layerTitle(l geodata.Layer) string {
	if l == geodata.Sovereignty {
		return lang.L("Sovereignty layer")
	}
	return lang.L("Control layer")
}
