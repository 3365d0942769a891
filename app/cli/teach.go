package cli

// frontiers tour and frontiers cite: a tour's handout, and the sources
// behind a map.

import (
	"context"
	"fmt"

	"github.com/frontiers-atlas/frontiers/app/cite"
	"github.com/frontiers-atlas/frontiers/app/handout"
	"github.com/frontiers-atlas/frontiers/app/mapimage"
	"github.com/frontiers-atlas/frontiers/app/tour"
	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
)

var tourCommand = command{
	name:    "tour",
	summary: "check a guided tour, or write its handout",
	about: "Check the guided tour in FILE (without FILE, the bundled tour \"From the Pact to the Treaty\") against the data; " +
		"with --export DIR, write one PNG per stop and DIR/index.html, a handout that prints on A4 or Letter.",
	args: "[FILE]",
	define: func(c *call) func() error {
		dir := c.flag("export", "", "write the stops' images and index.html into `DIR`")
		fr := c.frame(1200, 800, "images")
		return func() error {
			if c.fs.NArg() > 1 {
				return usagef("unexpected argument %q (tour takes one FILE)", c.fs.Arg(1))
			}
			t, err := tour.Open(c.fs.Arg(0))
			if err != nil {
				return err
			}
			a, err := c.atlas()
			if err != nil {
				return err
			}
			if err := t.Check(tourName(c.fs.Arg(0)), a); err != nil {
				return err
			}
			if *dir == "" {
				_, err := fmt.Fprintf(c.stdout, "%s: %d stop%s, all valid\n", t.Title, len(t.Stops), plural(len(t.Stops)))
				return writeStdout(err)
			}
			info := handout.Info{Dataset: cite.DatasetOf(a).Name, Version: cite.Version}
			return handout.Export(context.Background(), t, *dir, mapimage.DrawStops(render.New(a), fr.width, fr.height), info, nil)
		}
	},
}

// tourName names a tour file in messages ("bundled tour" without one).
func tourName(path string) string {
	if path == "" {
		return "bundled tour"
	}
	return path
}

var citeCommand = command{
	name:    "cite",
	summary: "the sources behind the map of a day, and how to cite it",
	about:   "Print the treaties, decrees and events behind what the map of a day shows within --bbox, de-duplicated, and how to cite Frontiers and its dataset.",
	define: func(c *call) func() error {
		date := c.day("date", "cite the map of day `YYYY-MM-DD`", true)
		bbox := c.bbox()
		lay := c.layer("control", layerUsage)
		format := c.flag("format", "text", "print the citation as `text|bibtex|csl-json`")
		return c.withAtlas(func(a *geodata.Atlas) error {
			return cite.Run(c.stdout, a, date.day, lay.layer, *bbox, *format)
		})
	},
}
