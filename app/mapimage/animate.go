package mapimage

// Animations: the map every few days from one date to another, each frame
// captioned with its date, as an animated GIF.

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/gif"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
	"github.com/frontiers-atlas/frontiers/internal/atomicfile"
)

// Animation sizes and limits.
const (
	// DefaultAnimWidth and DefaultAnimHeight are the size of a frame.
	DefaultAnimWidth  = 800
	DefaultAnimHeight = 600
	// maxFrames bounds an animation (1939–42 day by day is 1,461).
	maxFrames = 1500
	// maxAnimPixels bounds the pixels of all frames together.
	maxAnimPixels = 1_500_000_000
)

// frameDelay and lastDelay are in hundredths of a second.
const (
	frameDelay = 25
	lastDelay  = 200
)

// Step is the time between two frames: N days, or N months.
type Step struct {
	N      int
	Months bool
}

// ParseStep parses "7d", "2w", "1m" or a bare number of days.
func ParseStep(s string) (Step, error) {
	t := strings.TrimSpace(strings.ToLower(s))
	mult, months := 1, false
	switch {
	case strings.HasSuffix(t, "d"):
		t = t[:len(t)-1]
	case strings.HasSuffix(t, "w"):
		t, mult = t[:len(t)-1], 7
	case strings.HasSuffix(t, "m"):
		t, months = t[:len(t)-1], true
	}
	n, err := strconv.Atoi(t)
	if err != nil || n < 1 || n > 1500 {
		return Step{}, errors.New("want a number of days (7d), weeks (2w) or months (1m) from 1 to 1500")
	}
	return Step{N: n * mult, Months: months}, nil
}

// String formats the step as ParseStep reads it.
func (s Step) String() string {
	if s.Months {
		return strconv.Itoa(s.N) + "m"
	}
	return strconv.Itoa(s.N) + "d"
}

// frames returns the days of the frames: from, then every step while
// before to, then to. It stops after maxFrames+1 days.
func frames(from, to geodata.Day, step Step) []geodata.Day {
	if step.N < 1 || to < from {
		return nil
	}
	var days []geodata.Day
	for d, i := from, 0; d < to; i++ {
		days = append(days, d)
		if len(days) > maxFrames {
			return days
		}
		if step.Months {
			d = from.AddMonths((i + 1) * step.N)
		} else {
			d += geodata.Day(step.N)
		}
	}
	return append(days, to)
}

// Plan checks an animation's dates and size (w×h pixels a frame) against
// the limits and returns the days of its frames.
func Plan(from, to geodata.Day, step Step, w, h int) ([]geodata.Day, error) {
	if to < from {
		return nil, fmt.Errorf("%s is after %s", from, to)
	}
	days := frames(from, to, step)
	if len(days) > maxFrames {
		return nil, fmt.Errorf("%s to %s every %s is more than %d frames", from, to, step, maxFrames)
	}
	if w*h > MaxPixels || w*h*len(days) > maxAnimPixels {
		return nil, fmt.Errorf("%d frames of %dx%d are more than the %d pixels an animation may have", len(days), w, h, maxAnimPixels)
	}
	return days, nil
}

// Animate draws the frames of days in style st for view v as Render does,
// each captioned with its date, into an animated GIF with a palette of its
// own for each frame. progress, if not nil, is called after each frame
// with the frames done and their number. It stops with ctx's error when
// ctx is done.
func Animate(ctx context.Context, a *geodata.Atlas, days []geodata.Day, st render.Style, v geodata.View, progress func(done, total int)) (*gif.GIF, error) {
	if len(days) == 0 {
		return nil, errors.New("no frames")
	}
	if len(days) > maxFrames {
		return nil, fmt.Errorf("%d frames are more than the %d an animation may have", len(days), maxFrames)
	}
	r := render.New(a)
	g := &gif.GIF{LoopCount: 0}
	for i, d := range days {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		g.Image = append(g.Image, quantize(Render(r, d, st, v)))
		delay := frameDelay
		if i == len(days)-1 {
			delay = lastDelay
		}
		g.Delay = append(g.Delay, delay)
		if progress != nil {
			progress(i+1, len(days))
		}
	}
	return g, nil
}

// SaveGIF writes an animation as a GIF file at path, atomically (see
// SavePNG).
func SaveGIF(path string, g *gif.GIF) error {
	return atomicfile.Write(path, func(w io.Writer) error { return gif.EncodeAll(w, g) })
}

// quantize converts a frame to a paletted image with its 256 most common
// colours; the others (antialiased edges and text) take the nearest of
// them. Maps are flat fills, so no dithering is needed.
func quantize(img *image.RGBA) *image.Paletted {
	b := img.Bounds()
	counts := map[uint32]int{}
	for y := range b.Dy() {
		row := img.Pix[y*img.Stride : y*img.Stride+4*b.Dx()]
		for i := 0; i < len(row); i += 4 {
			counts[uint32(row[i])|uint32(row[i+1])<<8|uint32(row[i+2])<<16]++
		}
	}
	cols := slices.SortedFunc(maps.Keys(counts), func(x, y uint32) int {
		if c := cmp.Compare(counts[y], counts[x]); c != 0 {
			return c // the most common first
		}
		return cmp.Compare(x, y)
	})
	if len(cols) > 256 {
		cols = cols[:256]
	}
	pal := make(color.Palette, len(cols))
	index := make(map[uint32]uint8, len(counts))
	for i, c := range cols {
		pal[i] = color.RGBA{uint8(c), uint8(c >> 8), uint8(c >> 16), 0xff}
		index[c] = uint8(i)
	}
	nearest := func(c uint32) uint8 {
		best, bd := 0, int(^uint(0)>>1)
		r, g, bl := int(uint8(c)), int(uint8(c>>8)), int(uint8(c>>16))
		for i, p := range cols {
			dr, dg, db := r-int(uint8(p)), g-int(uint8(p>>8)), bl-int(uint8(p>>16))
			if d := 2*dr*dr + 4*dg*dg + 3*db*db; d < bd {
				best, bd = i, d
			}
		}
		return uint8(best)
	}
	out := image.NewPaletted(image.Rect(0, 0, b.Dx(), b.Dy()), pal)
	for y := range b.Dy() {
		row := img.Pix[y*img.Stride : y*img.Stride+4*b.Dx()]
		orow := out.Pix[y*out.Stride : y*out.Stride+b.Dx()]
		var lc uint32
		var li uint8
		have := false
		for x := range orow {
			i := 4 * x
			c := uint32(row[i]) | uint32(row[i+1])<<8 | uint32(row[i+2])<<16
			if have && c == lc {
				orow[x] = li
				continue
			}
			k, ok := index[c]
			if !ok {
				k = nearest(c)
				index[c] = k
			}
			orow[x], lc, li, have = k, c, k, true
		}
	}
	return out
}
