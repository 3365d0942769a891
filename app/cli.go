package app

// The command line: `frontiers` opens the window; render, export, query,
// events and check answer from the same geodata engine without one.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"io"
	"maps"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
	"golang.org/x/image/font/basicfont"
	"golang.org/x/image/math/fixed"

	"github.com/frontiers-atlas/frontiers/assets"
	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
	"github.com/frontiers-atlas/frontiers/geodata/render/label"
	"github.com/frontiers-atlas/frontiers/internal/pngenc"
)

// Usage is the text of `frontiers help`.
const Usage = `Frontiers: Europe's borders day by day, 1939-01-01 to 1942-12-31.

Usage:
  frontiers [--date YYYY-MM-DD] [--data FILE]
        open the atlas window (on the day of the last session, or on
        26 May 1942, the day of the Anglo-Soviet Treaty)
  frontiers render --date YYYY-MM-DD -o FILE.png [--width W] [--height H]
                   [--bbox MINLON,MINLAT,MAXLON,MAXLAT] [--layer control|sovereignty]
                   [--labels FILE.json]
        draw the map of a day as a PNG (default 1600x1200 pixels, all of
        Europe, control layer); -o - writes the PNG to standard output;
        --labels writes the labels placed as JSON
        [{"text","tier","lon","lat","x","y"}]
  frontiers export --date YYYY-MM-DD [--layer control|sovereignty] [--all]
        print the territories valid on a day as a GeoJSON FeatureCollection
        with their properties as in the data; --layer adds "holder" and
        "holder_cow", --all adds the overlays (frontiers, spheres, bases...)
  frontiers query --date YYYY-MM-DD --at LAT,LON
        print as JSON the territory at a point on a day, its history and
        its events; "until" is exclusive: the first day the version no
        longer holds (null while open)
  frontiers diff --from YYYY-MM-DD --to YYYY-MM-DD [--layer control|sovereignty] [--json]
        list the territories whose holder changed from one day to the
        other, largest first, with their areas in km² (on the equal-area
        projection) and each holder's gains and losses
  frontiers animate --from YYYY-MM-DD --to YYYY-MM-DD -o FILE.gif [--step 7d]
                    [--width W] [--height H] [--bbox MINLON,MINLAT,MAXLON,MAXLAT]
                    [--layer control|sovereignty]
        draw the map every step (Nd days, Nw weeks or Nm months; default
        7d) from one day to the other as an animated GIF, each frame
        captioned with its date (default 800x600 pixels, all of Europe)
  frontiers events [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]
        list the events from one day to another, both included; ~ marks an
        approximate date (default 1939-01-01 to 1942-12-31 for the bundled
        data, every event for --data)
  frontiers check [FILE]
        validate a dataset and the events file beside it (x.events.json
        for x.geojson); without FILE, the bundled data
  frontiers help
        show this help

Every command takes --data FILE to use a dataset of your own (a GeoJSON
FeatureCollection in the format of package geodata) instead of the
bundled one. Flags may be written with one dash or two.

Exit status: 0 on success, 1 on a failure (no territory at the point,
invalid data, a file that cannot be read or written), 2 on a usage error.
`

// Render defaults and limits.
const (
	defaultWidth  = 1600
	defaultHeight = 1200
	maxSide       = 10000
	maxPixels     = 40_000_000
)

// runWindow opens the window; tests replace it.
var runWindow = Run

// Main runs the command line with args (without the program name) and
// returns the exit status: 0 on success, 1 on a failure, 2 on a usage error.
func Main(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || (strings.HasPrefix(args[0], "-") && !cliIsHelp(args[0])) {
		return cmdWindow(&cliCmd{name: "frontiers", stdout: stdout, stderr: stderr}, args)
	}
	if cliIsHelp(args[0]) || args[0] == "help" {
		fmt.Fprint(stdout, Usage)
		return 0
	}
	run, ok := cliCommands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "frontiers: unknown command %q (run frontiers help)\n", args[0])
		return 2
	}
	return run(&cliCmd{name: "frontiers " + args[0], stdout: stdout, stderr: stderr}, args[1:])
}

var cliCommands map[string]func(*cliCmd, []string) int

func init() {
	cliCommands = map[string]func(*cliCmd, []string) int{
		"render":  cmdRender,
		"export":  cmdExport,
		"query":   cmdQuery,
		"events":  cmdEvents,
		"diff":    cmdDiff,
		"animate": cmdAnimate,
		"check":   cmdCheck,
	}
}

func cliIsHelp(s string) bool { return s == "-h" || s == "-help" || s == "--help" }

// cliCmd is one run of a command: its name for messages and its outputs.
type cliCmd struct {
	name           string
	stdout, stderr io.Writer
}

// usage reports a usage error on one line and returns 2.
func (c *cliCmd) usage(format string, a ...any) int {
	fmt.Fprintf(c.stderr, "%s: %s\n", c.name, cliOneLine(fmt.Sprintf(format, a...)))
	return 2
}

// fail reports a failure on one line and returns 1.
func (c *cliCmd) fail(format string, a ...any) int {
	fmt.Fprintf(c.stderr, "%s: %s\n", c.name, cliOneLine(fmt.Sprintf(format, a...)))
	return 1
}

func cliOneLine(s string) string {
	s = strings.TrimRight(s, "\n")
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i] + fmt.Sprintf(" (and %d more lines)", strings.Count(s[i:], "\n"))
	}
	return s
}

// flags returns a flag set for the command that reports nothing itself:
// parse reports its error on one line.
func (c *cliCmd) flags() *flag.FlagSet {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// parse parses args into fs. done is true when the command should return
// code at once: after -h (usage, 0) or a bad flag or argument (2).
func (c *cliCmd) parse(fs *flag.FlagSet, args []string, positional bool) (code int, done bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(c.stdout, Usage)
			return 0, true
		}
		return c.usage("%v", err), true
	}
	if !positional && fs.NArg() > 0 {
		return c.usage("unexpected argument %q (flags come as --name value)", fs.Arg(0)), true
	}
	return 0, false
}

// flagDay parses the value of the date flag --name.
func flagDay(name, s string) (geodata.Day, error) {
	d, err := geodata.ParseDay(s)
	if err != nil {
		// geodata's messages start with the quoted value; say it once.
		msg := strings.TrimPrefix(err.Error(), strconv.Quote(s))
		msg = strings.TrimLeft(msg, ": ")
		msg = strings.TrimPrefix(strings.TrimPrefix(msg, "is "), "has ")
		return 0, fmt.Errorf("--%s %q: %s", name, s, msg)
	}
	return d, nil
}

// flagLayer parses the value of --layer.
func flagLayer(s string) (geodata.Layer, error) {
	l, ok := geodata.ParseLayer(s)
	if !ok {
		return 0, fmt.Errorf("--layer %q: want control or sovereignty", s)
	}
	return l, nil
}

// loadAtlas returns the dataset: the file given with --data, or the bundled one.
func loadAtlas(data string) (*geodata.Atlas, error) {
	if data == "" {
		return assets.Load()
	}
	return geodata.LoadFile(data, assets.Land())
}

// loadFailed reports why a dataset could not be loaded, on one line.
func (c *cliCmd) loadFailed(data string, err error) int {
	var ps geodata.Problems
	if errors.As(err, &ps) && len(ps) > 0 {
		file := data
		if file != "" {
			file = " " + file
		}
		if len(ps) == 1 {
			return c.fail("%v", ps[0])
		}
		return c.fail("%v (and %d more problems: run frontiers check%s)", ps[0], len(ps)-1, file)
	}
	if data == "" {
		return c.fail("bundled data: %v", err)
	}
	return c.fail("%s: %v", data, err)
}

// cmdWindow opens the window: frontiers [--date D] [--data FILE].
func cmdWindow(c *cliCmd, args []string) int {
	fs := c.flags()
	date := fs.String("date", "", "")
	data := fs.String("data", "", "")
	if code, done := c.parse(fs, args, false); done {
		return code
	}
	// Without --date the window opens on the day of the last session,
	// else on 26 May 1942 (Options.Date 0).
	var d geodata.Day
	if *date != "" {
		var err error
		if d, err = flagDay("date", *date); err != nil {
			return c.usage("%v", err)
		}
	}
	if *data != "" {
		if _, err := os.Stat(*data); err != nil {
			return c.fail("--data %q: %v", *data, pathErrText(err))
		}
	}
	if err := runWindow(Options{Date: d, DataFile: *data}); err != nil {
		// Every line: the window reports the file's and the bundled
		// data's problems together.
		for _, line := range strings.Split(strings.TrimRight(err.Error(), "\n"), "\n") {
			fmt.Fprintf(c.stderr, "%s: %s\n", c.name, line)
		}
		return 1
	}
	return 0
}

// cmdRender draws a day's map into a PNG file.
func cmdRender(c *cliCmd, args []string) int {
	fs := c.flags()
	date := fs.String("date", "", "")
	out := fs.String("o", "", "")
	mf := addMapFlags(fs, defaultWidth, defaultHeight)
	data := fs.String("data", "", "")
	labelsOut := fs.String("labels", "", "")
	if code, done := c.parse(fs, args, false); done {
		return code
	}
	d, err := requiredDay("date", *date)
	if err != nil {
		return c.usage("%v", err)
	}
	l, w, h, b, err := mf.parse()
	if err != nil {
		return c.usage("%v", err)
	}
	if w*h > maxPixels {
		return c.usage("%dx%d is more than the %d pixels a map may have", w, h, maxPixels)
	}
	if *out == "" {
		return c.usage("-o FILE.png is required (-o - for standard output)")
	}
	defer oneShotGC()()
	a, err := loadAtlas(*data)
	if err != nil {
		return c.loadFailed(*data, err)
	}
	img, placed := RenderMapLabels(a, d, l, b, w, h)
	if *labelsOut != "" {
		if placed == nil {
			placed = []label.Placed{}
		}
		if err := writeFileAtomic(*labelsOut, func(w io.Writer) error { return writeIndentedJSON(w, placed) }); err != nil {
			return c.fail("%v", err)
		}
	}
	if *out == "-" {
		bw := bufio.NewWriter(c.stdout)
		if err := pngenc.Encode(bw, img); err != nil {
			return c.fail("writing standard output: %v", err)
		}
		if err := bw.Flush(); err != nil {
			return c.fail("writing standard output: %v", err)
		}
		return 0
	}
	if err := writeFileAtomic(*out, func(w io.Writer) error { return pngenc.Encode(w, img) }); err != nil {
		return c.fail("%v", err)
	}
	return 0
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

// mapFlags are the flags that frame a map: its size, its extent and its
// layer (render and animate).
type mapFlags struct {
	width, height, bbox, layer *string
}

func addMapFlags(fs *flag.FlagSet, w, h int) *mapFlags {
	return &mapFlags{
		width:  fs.String("width", strconv.Itoa(w), ""),
		height: fs.String("height", strconv.Itoa(h), ""),
		bbox:   fs.String("bbox", "", ""),
		layer:  fs.String("layer", "control", ""),
	}
}

// parse checks the map flags; its error is a usage message.
func (m *mapFlags) parse() (l geodata.Layer, w, h int, b orb.Bound, err error) {
	if l, err = flagLayer(*m.layer); err != nil {
		return
	}
	if w, err = flagPixels("width", *m.width); err != nil {
		return
	}
	if h, err = flagPixels("height", *m.height); err != nil {
		return
	}
	b = geodata.Europe
	if *m.bbox != "" {
		if b, err = ParseBBox(*m.bbox); err != nil {
			err = fmt.Errorf("--bbox %q: %v", *m.bbox, err)
		}
	}
	return
}

// requiredDay parses a day flag that must be given.
func requiredDay(name, s string) (geodata.Day, error) {
	if s == "" {
		return 0, fmt.Errorf("--%s YYYY-MM-DD is required", name)
	}
	return flagDay(name, s)
}

func flagPixels(name, s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > maxSide {
		return 0, fmt.Errorf("--%s %q: want a whole number of pixels from 1 to %d", name, s, maxSide)
	}
	return n, nil
}

// ParseBBox parses "minLon,minLat,maxLon,maxLat" in degrees.
func ParseBBox(s string) (orb.Bound, error) {
	parts := strings.Split(s, ",")
	if len(parts) != 4 {
		return orb.Bound{}, fmt.Errorf("want minLon,minLat,maxLon,maxLat, have %d value%s", len(parts), cliPlural(len(parts)))
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

// ParseLatLon parses "LAT,LON" in decimal degrees (latitude first, as
// people write it) and returns the point in orb's order, {lon, lat}.
func ParseLatLon(s string) (orb.Point, error) {
	parts := strings.Split(s, ",")
	if len(parts) != 2 {
		return orb.Point{}, fmt.Errorf("want LAT,LON in degrees (e.g. 59.4370,24.7536), have %d value%s", len(parts), cliPlural(len(parts)))
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

// RenderMap draws day d of a on layer l, showing bound b (lon/lat), into a
// new w×h image with the labels and a caption, as `frontiers render` does.
func RenderMap(a *geodata.Atlas, d geodata.Day, l geodata.Layer, b orb.Bound, w, h int) *image.RGBA {
	img, _ := RenderMapLabels(a, d, l, b, w, h)
	return img
}

// RenderMapLabels is RenderMap that also returns the labels it placed.
func RenderMapLabels(a *geodata.Atlas, d geodata.Day, l geodata.Layer, b orb.Bound, w, h int) (*image.RGBA, []label.Placed) {
	st := render.DefaultStyle()
	st.Layer = l
	return RenderViewLabels(render.New(a), d, st, geodata.Fit(b, w, h))
}

// RenderView draws day d in style st for view v with r into a new image,
// with the labels and the caption: the drawing of `frontiers render`, of
// the window's exported images and of each animation frame.
func RenderView(r *render.Renderer, d geodata.Day, st render.Style, v geodata.View) *image.RGBA {
	img, _ := RenderViewLabels(r, d, st, v)
	return img
}

// RenderViewLabels is RenderView that also returns the labels drawn.
func RenderViewLabels(r *render.Renderer, d geodata.Day, st render.Style, v geodata.View) (*image.RGBA, []label.Placed) {
	r.SetView(v)
	img := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	th := st.Theme
	if th == (render.Theme{}) {
		th = render.Light
	}
	placed := r.Draw(img, d, st)
	cliDrawCaption(img, fmt.Sprintf("Frontiers — %s — %s", d.Time().Format("2 January 2006"), st.Layer), th)
	return img, placed
}

// Face7x13 has glyphs for ASCII only.
const (
	glyphW      = 7
	glyphH      = 13
	glyphAscent = 11
)

// cliDrawText draws s (ASCII, see Fold) with its baseline starting at (x, y).
// Dashes are drawn as rules, since the font has none.
func cliDrawText(dst draw.Image, x, y int, s string, c color.Color) {
	src := image.NewUniform(c)
	face := basicfont.Face7x13
	for _, r := range s {
		switch r {
		case '—', '–':
			draw.Draw(dst, image.Rect(x, y-5, x+glyphW, y-4), src, image.Point{}, draw.Over)
		default:
			dr, mask, mp, _, ok := face.Glyph(fixed.P(x, y), r)
			if ok && !dr.Empty() {
				draw.DrawMask(dst, dr, src, image.Point{}, mask, mp, draw.Over)
			}
		}
		x += glyphW
	}
}

// straightColor reads a theme colour whose channels exceed its alpha, which
// cannot be alpha-premultiplied, as a non-premultiplied colour: Light.Halo
// is written {0xff, 0xff, 0xff, 0xc0}, meaning white at 75%.
func straightColor(c color.RGBA) color.Color {
	if c.R > c.A || c.G > c.A || c.B > c.A {
		return color.NRGBA(c)
	}
	return c
}

// Caption box layout.
const (
	captionMargin = 8
	captionPadX   = 6
	captionPadY   = 4
)

// cliDrawCaption draws text on a white box in the bottom-left corner.
func cliDrawCaption(dst *image.RGBA, text string, th render.Theme) {
	s := Fold(text)
	bounds := dst.Bounds()
	w := utf8.RuneCountInString(s)*glyphW + 2*captionPadX
	h := glyphH + 2*captionPadY
	box := image.Rect(captionMargin, bounds.Dy()-captionMargin-h, captionMargin+w, bounds.Dy()-captionMargin).Add(bounds.Min)
	draw.Draw(dst, box.Inset(-1), image.NewUniform(color.RGBA{0x80, 0x80, 0x80, 0xff}), image.Point{}, draw.Src)
	draw.Draw(dst, box, image.NewUniform(color.White), image.Point{}, draw.Src)
	cliDrawText(dst, box.Min.X+captionPadX, box.Min.Y+captionPadY+glyphAscent, s, straightColor(th.Label))
}

// Fold replaces the letters basicfont cannot draw by their nearest ASCII
// letters ("Klaipėda" → "Klaipeda"), keeping em and en dashes, and any
// other character by "?".
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf || r == '—' || r == '–':
			b.WriteRune(r)
		case cliFoldMulti[r] != "":
			b.WriteString(cliFoldMulti[r])
		case r >= 0xc0 && r < 0x180 && cliFoldLatin[r-0xc0] != '?':
			b.WriteByte(cliFoldLatin[r-0xc0])
		case r >= 0x218 && r <= 0x21b: // Ș ș Ț ț
			b.WriteByte("SsTt"[r-0x218])
		default:
			b.WriteByte('?')
		}
	}
	return b.String()
}

// cliFoldLatin maps U+00C0..U+017F (Latin-1 letters and Latin Extended-A) to
// ASCII, 16 a row; ? where nothing fits.
const cliFoldLatin = "" +
	"AAAAAAACEEEEIIII" + // U+00C0
	"DNOOOOOxOUUUUYTs" + // U+00D0
	"aaaaaaaceeeeiiii" + // U+00E0
	"dnooooo/ouuuuyty" + // U+00F0
	"AaAaAaCcCcCcCcDd" + // U+0100
	"DdEeEeEeEeEeGgGg" + // U+0110
	"GgGgHhHhIiIiIiIi" + // U+0120
	"IiIiJjKkkLlLlLlL" + // U+0130
	"lLlNnNnNnnNnOoOo" + // U+0140
	"OoOoRrRrRrSsSsSs" + // U+0150
	"SsTtTtTtUuUuUuUu" + // U+0160
	"UuUuWwYyYZzZzZzs" //   U+0170

var cliFoldMulti = map[rune]string{
	'Æ': "AE", 'æ': "ae", 'ß': "ss", 'Þ': "Th", 'þ': "th", 'Œ': "OE", 'œ': "oe",
	'‘': "'", '’': "'", '“': `"`, '”': `"`, '„': `"`, '«': `"`, '»': `"`,
	'…': "...", '\u00a0': " ", '·': ".", '°': "o",
}

// writeFileAtomic writes a file through a temporary file in the same
// directory and renames it into place, so that no reader sees half a file.
func writeFileAtomic(path string, write func(io.Writer) error) (err error) {
	mode := os.FileMode(0o644)
	if st, err := os.Stat(path); err == nil {
		if !st.Mode().IsRegular() {
			return fmt.Errorf("%s: not a regular file", path)
		}
		mode = st.Mode().Perm()
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("%s: %v", path, pathErrText(err))
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriter(tmp)
	if err = write(bw); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	if err = bw.Flush(); err != nil {
		return fmt.Errorf("%s: %v", path, pathErrText(err))
	}
	if err = tmp.Chmod(mode); err != nil {
		return fmt.Errorf("%s: %v", path, pathErrText(err))
	}
	if err = tmp.Sync(); err != nil { // on disk before it takes the name
		return fmt.Errorf("%s: %v", path, pathErrText(err))
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("%s: %v", path, pathErrText(err))
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("%s: %v", path, pathErrText(err))
	}
	return nil
}

func pathErrText(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err.Error()
	}
	return err.Error()
}

// writeIndentedJSON writes v indented, without escaping <, > and &.
func writeIndentedJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// cowCode returns a holder's COW code for JSON: null when it has none.
func cowCode(h geodata.Holder) *int {
	if h.COW == 0 {
		return nil
	}
	n := h.COW
	return &n
}

// versionDate returns a date as written in the data (the property's own
// text when there is one), or nil when open.
func versionDate(f *geodata.Feature, prop string, d geodata.Date) *string {
	if d.IsZero() {
		return nil
	}
	if s, ok := f.Properties[prop].(string); ok && s != "" {
		return &s
	}
	s := d.String()
	return &s
}

// cmdExport prints the features valid on a day as GeoJSON.
func cmdExport(c *cliCmd, args []string) int {
	fs := c.flags()
	date := fs.String("date", "", "")
	lay := fs.String("layer", "", "")
	all := fs.Bool("all", false, "")
	data := fs.String("data", "", "")
	if code, done := c.parse(fs, args, false); done {
		return code
	}
	d, err := requiredDay("date", *date)
	if err != nil {
		return c.usage("%v", err)
	}
	var l geodata.Layer
	if *lay != "" {
		if l, err = flagLayer(*lay); err != nil {
			return c.usage("%v", err)
		}
	}
	a, err := loadAtlas(*data)
	if err != nil {
		return c.loadFailed(*data, err)
	}
	if err := Export(c.stdout, a, d, *lay != "", l, *all); err != nil {
		return c.fail("writing standard output: %v", err)
	}
	return 0
}

// Export writes the territories valid on day d (with all, every feature
// valid on d) as a GeoJSON FeatureCollection, one feature a line, each with
// its properties as read. With withHolder, territories get "holder" and
// "holder_cow": who holds them on layer l.
func Export(w io.Writer, a *geodata.Atlas, d geodata.Day, withHolder bool, l geodata.Layer, all bool) error {
	type feature struct {
		Type       string            `json:"type"`
		ID         string            `json:"id"`
		Properties map[string]any    `json:"properties"`
		Geometry   *geojson.Geometry `json:"geometry"`
	}
	bw := bufio.NewWriter(w)
	head := fmt.Sprintf(`{"type":"FeatureCollection","date":%q,`, d.String())
	if withHolder {
		head += fmt.Sprintf(`"layer":%q,`, l.String())
	}
	bw.WriteString(head + `"features":[`)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	n := 0
	for _, f := range a.At(d) {
		if f.Kind != geodata.KindTerritory && !all {
			continue
		}
		props := make(map[string]any, len(f.Properties)+2)
		maps.Copy(props, f.Properties)
		if withHolder && f.Kind == geodata.KindTerritory {
			h := f.Holder(l)
			props["holder"] = h.Name
			props["holder_cow"] = cowCode(h)
		}
		buf.Reset()
		if err := enc.Encode(feature{"Feature", f.ID, props, geojson.NewGeometry(f.Geometry)}); err != nil {
			return err
		}
		if n > 0 {
			bw.WriteByte(',')
		}
		bw.WriteByte('\n')
		bw.Write(bytes.TrimRight(buf.Bytes(), "\n"))
		n++
	}
	bw.WriteString("\n]}\n")
	return bw.Flush()
}

// QueryResult is what `frontiers query` prints: what the details panel
// shows for the territory at a point on a day.
type QueryResult struct {
	Date          string            `json:"date"`
	Lat           float64           `json:"lat"`
	Lon           float64           `json:"lon"`
	ID            string            `json:"id"`
	Name          string            `json:"name"`
	Names         map[string]string `json:"names,omitempty"`
	Controller    string            `json:"controller"`
	ControllerCOW *int              `json:"controller_cow"`
	Sovereign     string            `json:"sovereign"`
	SovereignCOW  *int              `json:"sovereign_cow"`
	Status        string            `json:"status"`
	// Since is the first day of the version (inclusive), Until the first
	// day it no longer holds (exclusive); nil when open.
	Since          *string        `json:"since"`
	Until          *string        `json:"until"`
	UntilExclusive bool           `json:"until_exclusive"`
	Source         string         `json:"source"`
	Note           string         `json:"note"`
	Approximate    bool           `json:"approximate"`
	Topics         []string       `json:"topics"`
	History        []QueryVersion `json:"history"`
	Events         []QueryEvent   `json:"events"`
}

// QueryVersion is one version of the territory, oldest first.
type QueryVersion struct {
	Since         *string `json:"since"`
	Until         *string `json:"until"`
	Controller    string  `json:"controller"`
	ControllerCOW *int    `json:"controller_cow"`
	Sovereign     string  `json:"sovereign"`
	SovereignCOW  *int    `json:"sovereign_cow"`
	Status        string  `json:"status"`
	Source        string  `json:"source"`
	// Current marks the version valid on the queried day.
	Current bool `json:"current"`
}

// QueryEvent is an event that names the territory.
type QueryEvent struct {
	ID    string `json:"id"`
	Date  string `json:"date"`
	Title string `json:"title"`
}

// Query returns what the details panel shows for the territory at p
// ({lon, lat}) on day d, or nil at sea or outside the data.
func Query(a *geodata.Atlas, d geodata.Day, p orb.Point) *QueryResult {
	f := a.TerritoryAt(d, p)
	if f == nil {
		return nil
	}
	q := &QueryResult{
		Date: d.String(), Lat: p[1], Lon: p[0],
		ID: f.ID, Name: f.Name, Names: f.Names,
		Controller: f.Controller.Name, ControllerCOW: cowCode(f.Controller),
		Sovereign: f.Sovereign.Name, SovereignCOW: cowCode(f.Sovereign),
		Status: f.Status,
		Since:  versionDate(f, "start_date", f.Start), Until: versionDate(f, "end_date", f.End), UntilExclusive: true,
		Source: f.Source, Note: f.Note, Approximate: f.Approximate,
		Topics:  append([]string{}, f.Topics...),
		History: []QueryVersion{}, Events: []QueryEvent{},
	}
	for _, v := range a.History(f.ID) {
		q.History = append(q.History, QueryVersion{
			Since: versionDate(v, "start_date", v.Start), Until: versionDate(v, "end_date", v.End),
			Controller: v.Controller.Name, ControllerCOW: cowCode(v.Controller),
			Sovereign: v.Sovereign.Name, SovereignCOW: cowCode(v.Sovereign),
			Status: v.Status, Source: v.Source, Current: v == f,
		})
	}
	for _, e := range a.EventsFor(f.ID) {
		q.Events = append(q.Events, QueryEvent{ID: e.ID, Date: eventDate(e.Date), Title: e.Title})
	}
	return q
}

// cmdQuery prints the territory at a point on a day.
func cmdQuery(c *cliCmd, args []string) int {
	fs := c.flags()
	date := fs.String("date", "", "")
	at := fs.String("at", "", "")
	data := fs.String("data", "", "")
	if code, done := c.parse(fs, args, false); done {
		return code
	}
	d, err := requiredDay("date", *date)
	if err != nil {
		return c.usage("%v", err)
	}
	if *at == "" {
		return c.usage("--at LAT,LON is required")
	}
	p, err := ParseLatLon(*at)
	if err != nil {
		return c.usage("--at %q: %v", *at, err)
	}
	a, err := loadAtlas(*data)
	if err != nil {
		return c.loadFailed(*data, err)
	}
	q := Query(a, d, p)
	if q == nil {
		return c.fail("no territory at %.4f,%.4f on %s (at sea or outside the data)", p[1], p[0], d)
	}
	if err := writeIndentedJSON(c.stdout, q); err != nil {
		return c.fail("writing standard output: %v", err)
	}
	return 0
}

// eventDate formats an event's date as in the data, with a trailing ~
// when it is approximate ("1941-07~").
func eventDate(d geodata.Date) string {
	s := d.String()
	if d.Approx && !strings.HasSuffix(s, "~") {
		s += "~"
	}
	return s
}

// EventJSON is an event as `frontiers events --json` prints it.
type EventJSON struct {
	ID   string `json:"id"`
	Date string `json:"date"`
	// Day is the day the event is filed under (the first day of a month
	// or year for a reduced-precision date).
	Day         string   `json:"day"`
	Approximate bool     `json:"approximate"`
	Title       string   `json:"title"`
	Description string   `json:"description"`
	Territories []string `json:"territories"`
	Source      string   `json:"source"`
	DateNote    string   `json:"date_note,omitempty"`
}

// cmdEvents lists the events between two days.
func cmdEvents(c *cliCmd, args []string) int {
	fs := c.flags()
	from := fs.String("from", "", "")
	to := fs.String("to", "", "")
	asJSON := fs.Bool("json", false, "")
	data := fs.String("data", "", "")
	if code, done := c.parse(fs, args, false); done {
		return code
	}
	lo, hi := geodata.Day(math.MinInt32), geodata.Day(math.MaxInt32)
	if *data == "" {
		lo, hi = geodata.First, geodata.Last
	}
	var err error
	if *from != "" {
		if lo, err = flagDay("from", *from); err != nil {
			return c.usage("%v", err)
		}
	}
	if *to != "" {
		if hi, err = flagDay("to", *to); err != nil {
			return c.usage("%v", err)
		}
	}
	if lo > hi {
		return c.usage("--from %s is after --to %s", lo, hi)
	}
	a, err := loadAtlas(*data)
	if err != nil {
		return c.loadFailed(*data, err)
	}
	evs := a.EventsBetween(lo, hi)
	if *asJSON {
		out := make([]EventJSON, 0, len(evs))
		for _, e := range evs {
			out = append(out, EventJSON{ID: e.ID, Date: eventDate(e.Date), Day: e.Date.Day.String(),
				Approximate: e.Date.Approx, Title: e.Title, Description: e.Description,
				Territories: append([]string{}, e.Territories...), Source: e.Source, DateNote: e.DateNote})
		}
		err = writeIndentedJSON(c.stdout, out)
	} else {
		bw := bufio.NewWriter(c.stdout)
		for _, e := range evs {
			fmt.Fprintf(bw, "%-11s %s\n", eventDate(e.Date), e.Title)
		}
		err = bw.Flush()
	}
	if err != nil {
		return c.fail("writing standard output: %v", err)
	}
	return 0
}

// cmdCheck validates a dataset file and its events file.
func cmdCheck(c *cliCmd, args []string) int {
	fs := c.flags()
	data := fs.String("data", "", "")
	if code, done := c.parse(fs, args, true); done {
		return code
	}
	file := *data
	switch {
	case fs.NArg() > 1:
		return c.usage("unexpected argument %q (check takes one FILE)", fs.Arg(1))
	case fs.NArg() == 1 && file != "" && fs.Arg(0) != file:
		return c.usage("two files to check: %q and --data %q", fs.Arg(0), file)
	case fs.NArg() == 1:
		file = fs.Arg(0)
	}
	var res cliCheckResult
	if file == "" {
		res = cliCheckBundled()
		file = "assets/" + assets.TerritoriesFile
	} else {
		res = cliCheckFile(file)
	}
	if len(res.problems) > 0 {
		bw := bufio.NewWriter(c.stdout)
		for _, p := range res.problems {
			fmt.Fprintln(bw, p.Error())
		}
		bw.Flush()
		n := len(res.problems)
		return c.fail("%s: %d problem%s", file, n, cliPlural(n))
	}
	fmt.Fprintf(c.stdout, "%s: %d feature%s, %d event%s, no problems\n",
		file, res.features, cliPlural(res.features), res.events, cliPlural(res.events))
	return 0
}

func cliPlural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

type cliCheckResult struct {
	features, events int
	problems         geodata.Problems
}

// add appends the problems of err (a geodata.Problems or another error
// about file).
func (r *cliCheckResult) add(file string, err error) {
	if err == nil {
		return
	}
	var ps geodata.Problems
	if errors.As(err, &ps) {
		r.problems = append(r.problems, ps...)
		return
	}
	r.problems = append(r.problems, geodata.Problem{File: file, Index: -1, Msg: err.Error()})
}

// EventsPath returns the events file beside a dataset file, as
// geodata.LoadFile looks for it: x.events.json for x.geojson or x.json.
func EventsPath(path string) string {
	return strings.TrimSuffix(strings.TrimSuffix(path, filepath.Ext(path)), ".geo") + ".events.json"
}

func cliCheckFile(path string) cliCheckResult {
	var r cliCheckResult
	var data []byte
	st, err := os.Stat(path)
	switch {
	case err != nil:
		r.add(path, errors.New("cannot read: "+pathErrText(err)))
		return r
	case st.IsDir():
		r.add(path, errors.New("is a directory"))
		return r
	case st.Size() > geodata.MaxFileSize:
		r.add(path, fmt.Errorf("%d MB is larger than the %d MB a dataset may have", st.Size()>>20, geodata.MaxFileSize>>20))
		return r
	}
	if data, err = os.ReadFile(path); err != nil {
		r.add(path, errors.New("cannot read: "+pathErrText(err)))
		return r
	}
	evPath := EventsPath(path)
	evData, err := os.ReadFile(evPath)
	if err != nil {
		if !errors.Is(err, os.ErrNotExist) {
			r.add(evPath, errors.New("cannot read: "+pathErrText(err)))
		}
		evData = nil
	}
	r.check(path, data, evPath, evData)
	return r
}

func cliCheckBundled() cliCheckResult {
	var r cliCheckResult
	data, err := assets.Raw(assets.TerritoriesFile)
	if err != nil {
		r.add("assets/"+assets.TerritoriesFile, err)
		return r
	}
	evData, err := assets.Raw(assets.EventsFile)
	if err != nil {
		r.add("assets/"+assets.EventsFile, err)
	}
	r.check("assets/"+assets.TerritoriesFile, data, "assets/"+assets.EventsFile, evData)
	return r
}

// check decodes a dataset and its events (evData nil: none) and indexes
// them, collecting every problem.
func (r *cliCheckResult) check(path string, data []byte, evPath string, evData []byte) {
	feats, err := geodata.DecodeFeatures(path, data)
	r.add(path, err)
	featsOK := err == nil
	r.features = len(feats)
	var events []geodata.Event
	if evData != nil {
		events, err = geodata.DecodeEvents(evPath, evData)
		r.add(evPath, err)
		r.events = len(events)
	}
	if !featsOK {
		// Events naming a feature that did not decode would be reported
		// as naming no feature: check them once the features are clean.
		events = nil
	}
	_, err = geodata.New(path, feats, events, nil)
	r.add(path, err)
}
