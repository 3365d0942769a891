// Package mapimage draws a day's map, with its labels and a caption, into
// an image, and writes it as a PNG, or the maps of a run of days as an
// animated GIF: what `frontiers render` and `frontiers animate` write and
// what the window's File → Export menu saves.
package mapimage

import (
	"errors"
	"fmt"
	"image"
	"io"
	"strconv"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
	"github.com/frontiers-atlas/frontiers/geodata/render/label"
	"github.com/frontiers-atlas/frontiers/internal/atomicfile"
	"github.com/frontiers-atlas/frontiers/internal/pngenc"
)

// Image sizes and limits, in pixels.
const (
	// DefaultWidth and DefaultHeight are the size of an image.
	DefaultWidth  = 1600
	DefaultHeight = 1200
	// maxSide bounds the width and the height of an image or a frame.
	maxSide = 10000
	// MaxPixels bounds the pixels of an image or a frame.
	MaxPixels = 40_000_000
)

// Render draws day d in style st for view v with r into a new image,
// with the labels and the caption.
func Render(r *render.Renderer, d geodata.Day, st render.Style, v geodata.View) *image.RGBA {
	img, _ := RenderLabels(r, d, st, v)
	return img
}

// RenderLabels is Render that also returns the labels drawn (the
// renderer draws them into the frame).
func RenderLabels(r *render.Renderer, d geodata.Day, st render.Style, v geodata.View) (*image.RGBA, []label.Placed) {
	r.SetView(v)
	img := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	th := st.Theme
	if th == (render.Theme{}) {
		th = render.Light
	}
	placed := r.Draw(img, d, st)
	drawCaption(img, fmt.Sprintf("Frontiers — %s — %s", d.Time().Format("2 January 2006"), st.Layer), th)
	return img, placed
}

// WritePNG encodes img as a PNG.
func WritePNG(w io.Writer, img *image.RGBA) error { return pngenc.Encode(w, img) }

// SavePNG writes img as a PNG file at path, atomically: a reader never
// sees half a file, and a failure leaves the file that was there.
func SavePNG(path string, img *image.RGBA) error {
	return atomicfile.Write(path, func(w io.Writer) error { return WritePNG(w, img) })
}

// ParseSide parses the width or the height of an image: a whole number
// of pixels from 1 to maxSide.
func ParseSide(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > maxSide {
		return 0, errSide
	}
	return n, nil
}

var errSide = errors.New("want a whole number of pixels from 1 to " + strconv.Itoa(maxSide))
