package cli

// frontiers render and frontiers animate: the map of a day as a PNG, the
// maps of a run of days as an animated GIF.

import (
	"bufio"
	"context"
	"encoding/json"
	"image"
	"os"
	"runtime/debug"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/app/mapimage"
	"github.com/frontiers-atlas/frontiers/app/vector"
	"github.com/frontiers-atlas/frontiers/assets"
	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
	"github.com/frontiers-atlas/frontiers/geodata/render/label"
)

const layerUsage = "colour the land by who controls it or by who is sovereign (`control|sovereignty`)"

var renderCommand = command{
	name:    "render",
	summary: "draw the map of a day as a PNG, an SVG or a PDF",
	about:   "Draw the map of a day as a PNG, with its labels and a caption with the date and the layer; -o map.svg or -o map.pdf draws it as vector paths and text, with its legend, scale bar and caption, the PDF on an A4 or Letter page.",
	define: func(c *call) func() error {
		date := c.day("date", "draw the map of day `YYYY-MM-DD`", true)
		fr := c.frame(mapimage.DefaultWidth, mapimage.DefaultHeight, "image")
		lay := c.layer("control", layerUsage)
		lang := c.lang()
		out := c.flag("o", "", "write the map to `FILE` (.png, .svg or .pdf by its extension); -o - writes a PNG to standard output")
		c.need("o", "-o - for standard output")
		page := c.flag("page", "a4", "with .svg or .pdf: the page, `a4|letter`, landscape")
		legend := c.boolTrue("legend", "with .svg or .pdf: draw the legend (--legend=false leaves it out)")
		labelsOut := c.flag("labels", "", "with a PNG: write the labels placed to `FILE.json` as [{\"text\",\"tier\",\"lon\",\"lat\",\"x\",\"y\"}]")
		caption := c.boolTrue("caption", "with .svg or .pdf: draw the caption with the date, the layer and the data's source (--caption=false leaves it out)")
		var pg vector.Page
		c.check(func() error {
			var ok bool
			if pg, ok = vector.PageNamed(*page); !ok {
				return usagef("--page %q: want a4 or letter", *page)
			}
			return nil
		})
		return func() error {
			if _, ok := vector.FormatOf(*out); ok {
				a, err := c.atlas()
				if err != nil {
					return err
				}
				return vector.Render(*out, a, date.day, fr.bbox, vector.Options{Page: pg, Layer: lay.layer, Land: assets.Land(),
					Topics: render.DefaultStyle().Topics, Overlays: render.DefaultStyle().Overlays, NoLegend: !*legend, NoCaption: !*caption})
			}
			if fr.width*fr.height > mapimage.MaxPixels {
				return usagef("%dx%d is more than the %d pixels a map may have", fr.width, fr.height, mapimage.MaxPixels)
			}
			defer oneShotGC()()
			a, err := c.atlas()
			if err != nil {
				return err
			}
			img, placed := renderMap(a, date.day, lay.layer, *lang, fr.bbox, fr.width, fr.height)
			if *labelsOut != "" {
				if placed == nil {
					placed = []label.Placed{}
				}
				data, err := json.MarshalIndent(placed, "", "  ")
				if err != nil {
					return err
				}
				if err := os.WriteFile(*labelsOut, append(data, '\n'), 0o644); err != nil {
					return err
				}
			}
			if *out != "-" {
				return mapimage.SavePNG(*out, img)
			}
			bw := bufio.NewWriter(c.stdout)
			if err := mapimage.WritePNG(bw, img); err != nil {
				return writeStdout(err)
			}
			return writeStdout(bw.Flush())
		}
	},
}

// renderMap draws day d of a on layer l, showing bound b (lon/lat), into
// a new w×h image with the labels (in language lang, falling back to
// English) and the caption; it returns the image and the labels drawn.
func renderMap(a *geodata.Atlas, d geodata.Day, l geodata.Layer, lang string, b orb.Bound, w, h int) (*image.RGBA, []label.Placed) {
	st := render.DefaultStyle()
	st.Layer = l
	st.Lang = lang
	return mapimage.RenderLabels(render.New(a), d, st, geodata.Fit(b, w, h))
}

// oneShotHeap is the heap a one-shot command grows to before the garbage
// collector runs (see oneShotGC).
const oneShotHeap = 1 << 30

// oneShotGC sets the garbage collector for a command that draws once and
// exits: no collection while the heap grows (render needs about 80 MB for
// a 1920x1080 map) until it nears oneShotHeap, or a lower GOMEMLIMIT. It
// returns what restores the settings.
func oneShotGC() (restore func()) {
	pct := debug.SetGCPercent(-1)
	limit := debug.SetMemoryLimit(-1)
	if limit > oneShotHeap {
		debug.SetMemoryLimit(oneShotHeap)
	}
	return func() {
		debug.SetGCPercent(pct)
		debug.SetMemoryLimit(limit)
	}
}

var animateCommand = command{
	name:    "animate",
	summary: "draw the map from one day to another as an animated GIF",
	about:   "Draw the map every step from one day to the other as an animated GIF, each frame captioned with its date.",
	define: func(c *call) func() error {
		from, to := c.span("draw the first frame on day `YYYY-MM-DD`", "draw the last frame on day `YYYY-MM-DD`", true)
		stepText := c.flag("step", "7d", "draw a frame every `STEP`: Nd days, Nw weeks or Nm months")
		var step mapimage.Step
		c.check(func() (err error) {
			if step, err = mapimage.ParseStep(*stepText); err != nil {
				return usagef("--step %q: %v", *stepText, err)
			}
			return nil
		})
		fr := c.frame(mapimage.DefaultAnimWidth, mapimage.DefaultAnimHeight, "frames")
		lay := c.layer("control", layerUsage)
		out := c.flag("o", "", "write the GIF to `FILE.gif`")
		c.need("o", "")
		return func() error {
			if to.day < from.day {
				return usagef("--from %s is after --to %s", from.day, to.day)
			}
			days, err := mapimage.Plan(from.day, to.day, step, fr.width, fr.height)
			if err != nil {
				return usageError{err.Error()}
			}
			a, err := c.atlas()
			if err != nil {
				return err
			}
			st := render.DefaultStyle()
			st.Layer = lay.layer
			g, err := mapimage.Animate(context.Background(), a, days, st, fr.view(), nil)
			if err != nil {
				return err
			}
			return mapimage.SaveGIF(*out, g)
		}
	},
}
