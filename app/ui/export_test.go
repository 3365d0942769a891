package ui

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/color"
	"image/gif"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/frontiers-atlas/frontiers/app/mapimage"
	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
)

func TestExportImage(t *testing.T) {
	u := newTestUI(t, test.NewTempApp(t), mustDay("1940-07-01"))
	u.mapw.ZoomIn()
	dir := t.TempDir()
	out := filepath.Join(dir, "view.png")
	if err := u.writeImage(out, 320, 200); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	img := decodePNG(t, data)
	if b := img.Bounds(); b.Dx() != 320 || b.Dy() != 200 {
		t.Fatalf("image %v", b)
	}
	// The view's centre is the image's centre: same territory there.
	v := u.exportView(320, 200)
	mv := u.mapw.View()
	if v.Center != mv.Center || v.Res < mv.Res {
		t.Errorf("export view %v %v, map %v %v", v.Center, v.Res, mv.Center, mv.Res)
	}
	// The pixel sampled is the nearest to (21°E, 51°N), in Westmark, that
	// the labels drawn into the image leave as the map without labels has
	// it, off the hatching's lines.
	st := u.exportStyle()
	st.Names = nil
	bare := mapimage.Render(render.New(u.st.atlas), u.st.day, st, v)
	x, y := v.Pixel(orbPt(21, 51))
	ix, iy := -1, -1
	for r := 0; r <= 4 && ix < 0; r++ {
		for dy := -r; dy <= r && ix < 0; dy++ {
			for dx := -r; dx <= r; dx++ {
				px, py := int(x)+dx, int(y)+dy
				if (px+py)&7 != 0 && toRGBA(img.At(px, py)) == bare.RGBAAt(px, py) {
					ix, iy = px, py
					break
				}
			}
		}
	}
	if ix < 0 {
		t.Fatalf("every pixel by (%.0f, %.0f) is under a label", x, y)
	}
	if got, want := toRGBA(img.At(ix, iy)), render.Standard.Color(geodata.Holder{Name: "East", COW: 365}); got != want {
		t.Errorf("Westmark on 1 July 1940 at (%d, %d) is %v, want East's %v", ix, iy, got, want)
	}
	if got := toRGBA(img.At(captionMargin+2, 200-captionMargin-2)); got.R != 0xff || got.G != 0xff {
		t.Errorf("no caption box: %v", got)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("files left: %v", entries)
	}
	// Ctrl+E opens the export dialog; so does the menu.
	if u.win.Canvas().Overlays().Top() != nil {
		t.Fatal("a dialog is open already")
	}
	u.win.Canvas().(fyne.Shortcutable).TypedShortcut(shortcutExport)
	if u.win.Canvas().Overlays().Top() == nil {
		t.Error("Ctrl+E opened no dialog")
	}
	if it := menuItem(t, u, "File", "Export image…"); it.Shortcut != shortcutExport {
		t.Errorf("the menu item does not show Ctrl+E")
	}
	menuItem(t, u, "File", "Export animation…")
}

func TestExportAnimation(t *testing.T) {
	q := newUIQueue(t)
	u := newTestUI(t, test.NewTempApp(t), 0)
	dir := t.TempDir()
	out := filepath.Join(dir, "anim.gif")
	days, err := mapimage.Plan(mustDay("1940-06-01"), mustDay("1940-08-31"), mapimage.Step{N: 1, Months: true}, 160, 120)
	if err != nil {
		t.Fatal(err)
	}
	job := u.startAnimation(out, days, u.exportView(160, 120))
	if u.win.Canvas().Overlays().Top() == nil {
		t.Error("no progress dialog")
	}
	q.runUntil(t, "the animation", func() bool { return job.finished })
	if job.err != nil {
		t.Fatal(job.err)
	}
	if job.bar.Value != 1 {
		t.Errorf("progress %v", job.bar.Value)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	g, err := gif.DecodeAll(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Image) != 4 || !strings.Contains(overlayText(u.win), out) {
		t.Errorf("%d frames (want 1 June, July, August, 31 August), last export %q", len(g.Image), overlayText(u.win))
	}

	// Cancel: the goroutine stops and writes nothing.
	out2 := filepath.Join(dir, "cancelled.gif")
	days, _ = mapimage.Plan(geodata.First, geodata.Last, mapimage.Step{N: 1}, 320, 240)
	job = u.startAnimation(out2, days, u.exportView(320, 240))
	q.runUntil(t, "a frame", func() bool { return job.bar.Value > 0 })
	job.dlg.Hide() // the Cancel button
	q.runUntil(t, "the cancel", func() bool { return job.finished })
	<-job.done
	if !errors.Is(job.err, context.Canceled) {
		t.Errorf("err %v, want cancelled", job.err)
	}
	if _, err := os.Stat(out2); err == nil {
		t.Error("a cancelled animation was written")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("files left: %v", entries)
	}
	if _, err := mapimage.Plan(mustDay("1941-01-01"), mustDay("1940-01-01"), mapimage.Step{N: 1}, 10, 10); err == nil {
		t.Error("reversed dates accepted")
	}
}

func orbPt(lon, lat float64) [2]float64 { return [2]float64{lon, lat} }

// captionMargin is how far mapimage draws the caption's box from the
// image's bottom-left corner.
const captionMargin = 8

func decodePNG(t *testing.T, data []byte) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	return img
}

func toRGBA(c color.Color) color.RGBA {
	r, g, b, a := c.RGBA()
	return color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), uint8(a >> 8)}
}

func TestOpenShortcut(t *testing.T) {
	u := newTestUI(t, test.NewTempApp(t), 0)
	if it := menuItem(t, u, "File", "Open dataset…"); it.Shortcut != shortcutOpen {
		t.Errorf("File → Open dataset… has shortcut %v", it.Shortcut)
	}
	u.win.Canvas().(fyne.Shortcutable).TypedShortcut(shortcutOpen)
	if u.win.Canvas().Overlays().Top() == nil {
		t.Error("Ctrl+O opened no dialog")
	}
}
