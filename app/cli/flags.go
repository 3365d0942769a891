package cli

// The flags the commands share. Each is declared on a call with a usage
// string whose `quoted` word names its value in the help; its value is
// checked once all flags are parsed, in the order declared, and a bad
// one is a usage error naming the flag.

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/app/mapimage"
	"github.com/frontiers-atlas/frontiers/geodata"
)

// flag declares the string flag --name with default def.
func (c *call) flag(name, def, usage string) *string {
	c.order = append(c.order, name)
	return c.fs.String(name, def, usage)
}

// bool declares the boolean flag --name.
func (c *call) bool(name, usage string) *bool {
	c.order = append(c.order, name)
	return c.fs.Bool(name, false, usage)
}

// boolTrue declares the boolean flag --name, on unless --name=false.
func (c *call) boolTrue(name, usage string) *bool {
	c.order = append(c.order, name)
	return c.fs.Bool(name, true, usage)
}

// need marks the flag --name as required: without it (or with an empty
// value) the command is not run, and the usage error says so, with hint
// in parentheses if not "".
func (c *call) need(name, hint string) {
	c.required[name] = true
	f := c.fs.Lookup(name)
	c.check(func() error {
		if f.Value.String() != "" {
			return nil
		}
		if hint != "" {
			return usagef("%s is required (%s)", flagSynopsis(f), hint)
		}
		return usagef("%s is required", flagSynopsis(f))
	})
}

// check adds a check of the flags' values.
func (c *call) check(f func() error) { c.checks = append(c.checks, f) }

// dayFlag is a date flag: the text given, and its day once checked (0
// when not given).
type dayFlag struct {
	text *string
	day  geodata.Day
}

func (f *dayFlag) given() bool { return *f.text != "" }

// day declares the date flag --name (YYYY-MM-DD), required or not.
func (c *call) day(name, usage string, required bool) *dayFlag {
	f := &dayFlag{text: c.flag(name, "", usage)}
	if required {
		c.need(name, "")
	}
	c.check(func() (err error) {
		if f.given() {
			f.day, err = parseDay(name, *f.text)
		}
		return err
	})
	return f
}

// span declares --from and --to. When required, the command needs both.
func (c *call) span(fromUsage, toUsage string, required bool) (from, to *dayFlag) {
	from = c.day("from", fromUsage, false)
	to = c.day("to", toUsage, false)
	if required {
		c.required["from"], c.required["to"] = true, true
		c.check(func() error {
			if !from.given() || !to.given() {
				return usagef("--from YYYY-MM-DD and --to YYYY-MM-DD are required")
			}
			return nil
		})
	}
	return from, to
}

// parseDay parses the value of the date flag --name.
func parseDay(name, s string) (geodata.Day, error) {
	d, err := geodata.ParseDay(s)
	if err != nil {
		// geodata's messages start with the quoted value; say it once.
		msg := strings.TrimPrefix(err.Error(), strconv.Quote(s))
		msg = strings.TrimLeft(msg, ": ")
		msg = strings.TrimPrefix(strings.TrimPrefix(msg, "is "), "has ")
		return 0, usagef("--%s %q: %s", name, s, msg)
	}
	return d, nil
}

// layerFlag is --layer: the text given and the layer once checked.
type layerFlag struct {
	text  *string
	layer geodata.Layer
}

func (f *layerFlag) given() bool { return *f.text != "" }

// layer declares --layer control|sovereignty with default def ("" for
// none: the command does without a layer unless given one).
func (c *call) layer(def, usage string) *layerFlag {
	f := &layerFlag{text: c.flag("layer", def, usage)}
	c.check(func() error {
		if !f.given() {
			return nil
		}
		l, ok := geodata.ParseLayer(*f.text)
		if !ok {
			return usagef("--layer %q: want control or sovereignty", *f.text)
		}
		f.layer = l
		return nil
	})
	return f
}

// frame is the frame of a map: its size in pixels and the area it shows
// (--width, --height and --bbox).
type frame struct {
	width, height int
	bbox          orb.Bound
}

// view returns the view that fits the area into the frame.
func (f *frame) view() geodata.View { return geodata.Fit(f.bbox, f.width, f.height) }

// bbox declares --bbox, the area shown (default all of Europe).
func (c *call) bbox() *orb.Bound {
	b := geodata.Europe
	text := c.flag("bbox", "", "show the area `MINLON,MINLAT,MAXLON,MAXLAT`, in degrees (default: all of Europe)")
	c.check(func() (err error) {
		if *text != "" {
			if b, err = parseBBox(*text); err != nil {
				return usagef("--bbox %q: %v", *text, err)
			}
		}
		return nil
	})
	return &b
}

// frame declares --width, --height (defaults w and h) and --bbox.
func (c *call) frame(w, h int, what string) *frame {
	f := &frame{}
	width := c.flag("width", strconv.Itoa(w), "make the "+what+" `W` pixels wide")
	height := c.flag("height", strconv.Itoa(h), "make the "+what+" `H` pixels high")
	bbox := c.bbox()
	c.check(func() (err error) {
		if f.width, err = mapimage.ParseSide(*width); err != nil {
			return usagef("--width %q: %v", *width, err)
		}
		if f.height, err = mapimage.ParseSide(*height); err != nil {
			return usagef("--height %q: %v", *height, err)
		}
		f.bbox = *bbox
		return nil
	})
	return f
}

// parseBBox parses "minLon,minLat,maxLon,maxLat" in degrees.
func parseBBox(s string) (orb.Bound, error) {
	parts := strings.Split(s, ",")
	if len(parts) != 4 {
		return orb.Bound{}, fmt.Errorf("want minLon,minLat,maxLon,maxLat, have %d value%s", len(parts), plural(len(parts)))
	}
	names := [4]string{"minLon", "minLat", "maxLon", "maxLat"}
	var v [4]float64
	for i, p := range parts {
		x, err := parseDegrees(p)
		if err != nil {
			return orb.Bound{}, fmt.Errorf("%s: %v", names[i], err)
		}
		v[i] = x
	}
	for _, i := range []int{0, 2} {
		if v[i] < -180 || v[i] > 180 {
			return orb.Bound{}, fmt.Errorf("%s %g is outside -180..180", names[i], v[i])
		}
	}
	for _, i := range []int{1, 3} {
		if v[i] < -90 || v[i] > 90 {
			return orb.Bound{}, fmt.Errorf("%s %g is outside -90..90", names[i], v[i])
		}
	}
	if v[0] >= v[2] {
		return orb.Bound{}, fmt.Errorf("minLon %g is not less than maxLon %g", v[0], v[2])
	}
	if v[1] >= v[3] {
		return orb.Bound{}, fmt.Errorf("minLat %g is not less than maxLat %g", v[1], v[3])
	}
	return orb.Bound{Min: orb.Point{v[0], v[1]}, Max: orb.Point{v[2], v[3]}}, nil
}

// parseDegrees parses one finite decimal number.
func parseDegrees(s string) (float64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, errors.New("empty")
	}
	x, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
		return 0, fmt.Errorf("%q is not a number of degrees", s)
	}
	return x, nil
}

// parseLatLon parses "LAT,LON" in decimal degrees (latitude first, as
// people write it) and returns the point in orb's order, {lon, lat}.
func parseLatLon(s string) (orb.Point, error) {
	parts := strings.Split(s, ",")
	if len(parts) != 2 {
		return orb.Point{}, fmt.Errorf("want LAT,LON in degrees (e.g. 59.4370,24.7536), have %d value%s", len(parts), plural(len(parts)))
	}
	lat, err := parseDegrees(parts[0])
	if err != nil {
		return orb.Point{}, fmt.Errorf("latitude: %v", err)
	}
	lon, err := parseDegrees(parts[1])
	if err != nil {
		return orb.Point{}, fmt.Errorf("longitude: %v", err)
	}
	if lat < -90 || lat > 90 {
		return orb.Point{}, fmt.Errorf("latitude %g is outside -90..90", lat)
	}
	if lon < -180 || lon > 180 {
		return orb.Point{}, fmt.Errorf("longitude %g is outside -180..180", lon)
	}
	return orb.Point{lon, lat}, nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
