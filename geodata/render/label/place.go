package label

import (
	"image"
	"image/color"
	"math"
	"sort"
	"strings"
)

// Candidate is a label that may be placed.
type Candidate struct {
	Text string
	// Short is an abbreviation tried, for tier 0, when Text fits in no way
	// ("Lith." for Lithuania, as period atlases print small states).
	Short string
	// Tier is 0 for a holder (a state or an occupation regime), 1 for a
	// region name.
	Tier int
	// Priority orders candidates of one tier, larger first: the area's size
	// in px² for a holder. For tier 0 it also picks the type size.
	Priority float64
	// X, Y is the anchor in pixels: the label is centred on it.
	X, Y float64
	// MaxWidth is the room in pixels across the anchor (0: no limit). A label
	// wider than that is broken in two lines or shrunk (tier 0) or dropped.
	MaxWidth float64
	// Alt are further anchors tried, in order, when the label fits nowhere
	// at X, Y (e.g. the interior points of an area's other pieces). Placed.X
	// and Y say where it went.
	Alt []Anchor
	// Lon, Lat is the anchor on the ground, carried to Placed for export.
	Lon, Lat float64
	// ID identifies the candidate (e.g. the holder and area); it breaks ties
	// between candidates of equal priority, so placement is stable.
	ID string
}

// Line is one line of a placed label: its text (as set, in capitals for
// tier 0) and the left end of its baseline in pixels.
type Line struct {
	Text string
	X, Y float64
}

// Placed is a label that was placed. Its JSON form is what
// `frontiers render --labels FILE` writes: {"text","tier","lon","lat","x","y"}.
type Placed struct {
	// Text is the candidate's text (not in capitals, not broken).
	Text string `json:"text"`
	Tier int    `json:"tier"`
	// Lon, Lat are the candidate's; for a label placed at one of its
	// alternates they are not where it is: derive them from X, Y.
	Lon float64 `json:"lon"`
	Lat float64 `json:"lat"`
	// X, Y is the centre of the label in pixels (the candidate's anchor).
	X float64 `json:"x"`
	Y float64 `json:"y"`
	// Box is the pixels the label covers, halo included.
	Box   image.Rectangle `json:"-"`
	ID    string          `json:"-"`
	Style Style           `json:"-"`
	Lines []Line          `json:"-"`
}

// The type sizes in px at scale 1: tier 0 by steps (picked by the area's
// size), tier 1 one size.
var (
	stateSizes = []float64{10, 12, 14, 17, 21}
	// stateSides are the square roots of the area (px) from which each
	// state size step on is used.
	stateSides = []float64{0, 90, 170, 300, 520}
)

const regionSize = 11

// TierStyle returns the style of a tier-0 label at size step (0 smallest;
// clamped) or of a tier-1 label (step ignored), scale being the device's
// pixels per logical pixel. Holders are in spaced bold capitals, regions in
// italic, as in a period atlas.
func TierStyle(tier, step int, scale float64) Style {
	if !(scale > 0) {
		scale = 1
	}
	if tier == 0 {
		step = max(0, min(step, len(stateSizes)-1))
		return Style{Size: stateSizes[step] * scale, Weight: Bold, Tracking: 0.14, Upper: true, HaloWidth: 2 * scale}
	}
	return Style{Size: regionSize * scale, Weight: Italic, Tracking: 0.04, HaloWidth: 1.8 * scale}
}

// sizeStep returns the tier-0 size step for an area of priority px².
func sizeStep(priority, scale float64) int {
	side := math.Sqrt(math.Max(priority, 0)) / scale
	s := 0
	for i, t := range stateSides {
		if side >= t {
			s = i
		}
	}
	return s
}

// Place chooses, among cands, the labels to draw on a w×h frame and where:
// tier 0 before tier 1, each tier by priority (then ID, then text), each
// label centred on its anchor (or, failing that, on one of its alternates)
// and whole inside the frame, none overlapping another (with a margin). A
// text already placed at tier 0 is placed again only for an area of at
// least RepeatShare of the first one's priority, and never at tier 1. A tier-0 label wider than its MaxWidth is broken
// in two lines (before a parenthesis, else at the space that balances the
// lines best), else shrunk one size step (one line, then two), else set as
// its Short form (at its size, then one step smaller), else dropped;
// a tier-1 label is placed only where it fits as it is, and not when a
// tier-0 label of the same text was placed. The result depends only on the
// input, so the same candidates give the same labels frame after frame, and
// on a pan (anchors moved by the same offset) the labels move with the map.
func Place(cands []Candidate, w, h int, scale float64) []Placed {
	if !(scale > 0) {
		scale = 1
	}
	order := make([]int, len(cands))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		ca, cb := &cands[order[a]], &cands[order[b]]
		if ca.Tier != cb.Tier {
			return ca.Tier < cb.Tier
		}
		if ca.Priority != cb.Priority {
			return ca.Priority > cb.Priority
		}
		if ca.ID != cb.ID {
			return ca.ID < cb.ID
		}
		return ca.Text < cb.Text
	})
	frame := image.Rect(0, 0, w, h)
	var out []Placed
	var taken []image.Rectangle
	// states holds the priority of the first placed tier-0 label of each
	// text.
	states := map[string]float64{}
	for _, i := range order {
		c := &cands[i]
		if strings.TrimSpace(c.Text) == "" {
			continue
		}
		first, seen := states[c.Text]
		if seen && (c.Tier != 0 || c.Priority < first*RepeatShare) {
			continue
		}
		if p, ok := place1(c, scale, frame, taken); ok {
			taken = append(taken, p.Box)
			if c.Tier == 0 && !seen {
				states[c.Text] = c.Priority
			}
			out = append(out, p)
		}
	}
	return out
}

// RepeatShare is how large, against the first, a further area of one label
// text must be to be labelled again (East Prussia is not labelled
// "Germany" a second time; a second large part of a state is).
const RepeatShare = 0.25

// place1 returns the first way of setting c, at its anchor and then at its
// alternates, that fits its room, lies in frame and overlaps nothing taken.
func place1(c *Candidate, scale float64, frame image.Rectangle, taken []image.Rectangle) (Placed, bool) {
	margin := int(math.Ceil(2 * scale))
	if c.Tier != 0 {
		margin = int(math.Ceil(4 * scale))
	}
	at := *c
	for k := -1; k < len(c.Alt); k++ {
		if k >= 0 {
			at.X, at.Y, at.MaxWidth = c.Alt[k].X, c.Alt[k].Y, c.Alt[k].MaxWidth
		}
		for _, o := range options(&at, scale) {
			p, ok := layout(&at, o.lines, o.st)
			if ok && p.Box.In(frame) && !overlaps(p.Box.Inset(-margin), taken) {
				return p, true
			}
		}
	}
	return Placed{}, false
}

// Anchor is a place a label may be centred on, with the room across it.
type Anchor struct {
	X, Y, MaxWidth float64
}

type option struct {
	lines []string
	st    Style
}

// options lists the ways to set c, in the order they are tried.
func options(c *Candidate, scale float64) []option {
	if c.Tier != 0 {
		return []option{{[]string{c.Text}, TierStyle(1, 0, scale)}}
	}
	s := sizeStep(c.Priority, scale)
	steps := []int{s}
	if s > 0 {
		steps = append(steps, s-1)
	}
	var opts []option
	for _, step := range steps {
		st := TierStyle(0, step, scale)
		opts = append(opts, option{[]string{c.Text}, st})
		if two := breakLines(c.Text, st); two != nil {
			opts = append(opts, option{two, st})
		}
	}
	if c.Short != "" {
		for _, step := range steps {
			opts = append(opts, option{[]string{c.Short}, TierStyle(0, step, scale)})
		}
	}
	return opts
}

// layout sets lines in st centred on c's anchor; !ok when wider than
// c.MaxWidth.
func layout(c *Candidate, lines []string, st Style) (Placed, bool) {
	var widths []float64
	var m Metrics
	maxW := 0.0
	for _, l := range lines {
		m = MeasureStyle(l, st)
		widths = append(widths, m.Advance)
		maxW = math.Max(maxW, m.Advance)
	}
	if c.MaxWidth > 0 && maxW > c.MaxWidth {
		return Placed{}, false
	}
	// Capitals need no room for descenders; the line pitch is the face's
	// height, tightened a little for capitals.
	lineH := m.Height()
	if st.Upper {
		lineH *= 0.92
	}
	totalH := lineH * float64(len(lines))
	top := c.Y - totalH/2
	p := Placed{Text: c.Text, Tier: c.Tier, Lon: c.Lon, Lat: c.Lat, X: c.X, Y: c.Y, ID: c.ID, Style: st}
	for i, l := range lines {
		base := top + float64(i)*lineH + m.Ascent
		if st.Upper {
			// Centre the capitals: shift down by the unused accent room.
			base -= (m.Height() - lineH) / 2
		}
		p.Lines = append(p.Lines, Line{Text: SetText(l, st), X: c.X - widths[i]/2, Y: base})
	}
	hw := st.HaloWidth + 1
	p.Box = image.Rect(
		int(math.Floor(c.X-maxW/2-hw)), int(math.Floor(top-hw)),
		int(math.Ceil(c.X+maxW/2+hw)), int(math.Ceil(top+totalH+hw)))
	return p, true
}

// breakLines breaks text in two lines, or returns nil when it has no space.
// A break before "(" is preferred; otherwise the space that makes the wider
// line narrowest.
func breakLines(text string, st Style) []string {
	if i := strings.Index(text, " ("); i > 0 {
		return []string{text[:i], text[i+1:]}
	}
	best, bestW := -1, math.Inf(1)
	for i := 0; i < len(text); i++ {
		if text[i] != ' ' {
			continue
		}
		w := math.Max(MeasureStyle(text[:i], st).Advance, MeasureStyle(text[i+1:], st).Advance)
		if w < bestW {
			best, bestW = i, w
		}
	}
	if best < 0 {
		return nil
	}
	return []string{text[:best], text[best+1:]}
}

func overlaps(r image.Rectangle, taken []image.Rectangle) bool {
	for _, t := range taken {
		if r.Overlaps(t) {
			return true
		}
	}
	return false
}

// Ink is the colours labels are drawn in.
type Ink struct {
	// Text is the letters' colour by tier.
	Text [2]color.RGBA
	// Halo is the halo's colour (translucent, premultiplied).
	Halo color.RGBA
}

// The inks of the light and the dark theme: dark letters on a pale halo,
// pale letters on a dark halo; the region tier a little softer.
var (
	LightInk = Ink{
		Text: [2]color.RGBA{{0x22, 0x20, 0x1c, 0xff}, {0x40, 0x3c, 0x36, 0xff}},
		Halo: premul(0xfb, 0xfa, 0xf6, 0xe8),
	}
	DarkInk = Ink{
		Text: [2]color.RGBA{{0xf2, 0xf0, 0xea, 0xff}, {0xd0, 0xcc, 0xc4, 0xff}},
		Halo: premul(0x12, 0x14, 0x18, 0xe0),
	}
)

func premul(r, g, b, a uint8) color.RGBA {
	m := func(v uint8) uint8 { return uint8(uint32(v) * uint32(a) / 255) }
	return color.RGBA{m(r), m(g), m(b), a}
}

// DrawPlaced draws the placed labels into dst in ink.
func DrawPlaced(dst *image.RGBA, placed []Placed, ink Ink) {
	for i := range placed {
		p := &placed[i]
		t := max(0, min(p.Tier, 1))
		for _, l := range p.Lines {
			// Lines are already in their case; do not upper them again.
			st := p.Style
			st.Upper = false
			DrawStyle(dst, l.Text, l.X, l.Y, st, ink.Text[t], ink.Halo)
		}
	}
}
