package render

import (
	"hash/fnv"
	"image/color"
	"math"
	"strconv"
	"strings"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// Palette chooses the fill colours of holders.
type Palette uint8

// The palettes.
const (
	// Standard uses muted atlas colours, one per state.
	Standard Palette = iota
	// ColorBlind uses colours told apart with any common colour-vision
	// deficiency (after Okabe and Ito, and Paul Tol's muted scheme).
	ColorBlind
)

// Fixed colours for the states of this story, by COW code, so that a
// state has the same colour on every date and in every map.
var standardColors = map[int]color.RGBA{
	255: {0xa3, 0x9e, 0x93, 0xff}, // Germany: field grey
	365: {0xd9, 0x7b, 0x6c, 0xff}, // USSR: red
	375: {0x8d, 0xb6, 0xdb, 0xff}, // Finland: light blue
	366: {0x5f, 0xa8, 0x9a, 0xff}, // Estonia: teal
	367: {0xb5, 0x7f, 0x9f, 0xff}, // Latvia: carmine-mauve
	368: {0xe2, 0xc2, 0x5a, 0xff}, // Lithuania: yellow
	360: {0xd8, 0xa4, 0x6a, 0xff}, // Romania: ochre
	310: {0x88, 0xb0, 0x6e, 0xff}, // Hungary: green
	355: {0xb9, 0xc9, 0x7c, 0xff}, // Bulgaria: olive
	290: {0xe6, 0xa0, 0xb4, 0xff}, // Poland: pink
	380: {0xf0, 0xda, 0x8c, 0xff}, // Sweden: pale yellow
	385: {0x9d, 0xb3, 0xc4, 0xff}, // Norway: slate
	200: {0xe3, 0x8f, 0x8f, 0xff}, // United Kingdom: rose
	325: {0x9c, 0xc3, 0x93, 0xff}, // Italy: sage
	390: {0xc9, 0xa9, 0xd6, 0xff}, // Denmark: lilac
	315: {0x8e, 0xa4, 0xd2, 0xff}, // Czechoslovakia: blue
	220: {0x8f, 0xa8, 0xe0, 0xff}, // France: blue
	640: {0xd6, 0xb0, 0x8c, 0xff}, // Turkey: tan
	225: {0xe8, 0xb4, 0xa0, 0xff}, // Switzerland
	230: {0xe9, 0xce, 0x9a, 0xff}, // Spain
	235: {0xa6, 0xc9, 0xb8, 0xff}, // Portugal
	205: {0x9f, 0xcf, 0x9f, 0xff}, // Ireland
	630: {0xc8, 0xb6, 0x7e, 0xff}, // Iran
	// The colours these had from their names before they got their codes
	// (issue 10), kept so the map does not change.
	344: {0xca, 0x94, 0x90, 0xff}, // Independent State of Croatia
	317: {0xcb, 0x93, 0xd1, 0xff}, // Slovak Republic
	395: {0x8e, 0x9a, 0xd6, 0xff}, // Iceland
	339: {0xde, 0xa0, 0xa8, 0xff}, // Albania
}

// Okabe–Ito and Tol's muted colours, lightened for fills.
var blindSafe = []color.RGBA{
	{0xe6, 0x9f, 0x00, 0xff}, {0x56, 0xb4, 0xe9, 0xff}, {0x00, 0x9e, 0x73, 0xff},
	{0xf0, 0xe4, 0x42, 0xff}, {0x00, 0x72, 0xb2, 0xff}, {0xd5, 0x5e, 0x00, 0xff},
	{0xcc, 0x79, 0xa7, 0xff}, {0x88, 0xcc, 0xee, 0xff}, {0x44, 0xaa, 0x99, 0xff},
	{0xdd, 0xcc, 0x77, 0xff}, {0xcc, 0x66, 0x77, 0xff}, {0xaa, 0x44, 0x99, 0xff},
	{0xbb, 0xbb, 0xbb, 0xff},
}

var blindFixed = map[int]int{255: 12, 365: 5, 375: 1, 366: 2, 367: 6, 368: 3, 360: 0, 310: 8, 355: 9, 290: 10, 380: 7, 385: 4,
	// As they were from their names before they got their codes.
	344: 9, 317: 6, 395: 4, 339: 4}

// Color returns the fill colour of a holder: fixed for the states of this
// story, else derived from its COW code (its name when it has none), so
// the same on every date and the same for every holder of one code (a
// mandate or protectorate in its power's colour; their border is kept by
// Holder.Key).
func (pal Palette) Color(h geodata.Holder) color.RGBA {
	if pal == ColorBlind {
		if i, ok := blindFixed[h.COW]; ok {
			return blindSafe[i]
		}
		return blindSafe[hash(colourKey(h))%uint32(len(blindSafe))]
	}
	if c, ok := standardColors[h.COW]; ok {
		return c
	}
	// A muted colour from the code (the name without one).
	x := hash(colourKey(h))
	return hsl(float64(x%360), 0.35+float64(x>>9%20)/100, 0.68+float64(x>>17%10)/100)
}

// colourKey is what a colour not fixed by code is derived from: "cow:N"
// for a holder with a COW code, "name:" and its lower-cased name
// otherwise.
func colourKey(h geodata.Holder) string {
	if h.COW != 0 {
		return "cow:" + strconv.Itoa(h.COW)
	}
	return "name:" + strings.ToLower(h.Name)
}

// hash is the FNV-1a hash of s.
func hash(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

// hsl returns the colour of hue h (degrees), saturation s and lightness l.
func hsl(h, s, l float64) color.RGBA {
	c := (1 - math.Abs(2*l-1)) * s
	hp := h / 60
	x := c * (1 - math.Abs(math.Mod(hp, 2)-1))
	var r, g, b float64
	switch {
	case hp < 1:
		r, g = c, x
	case hp < 2:
		r, g = x, c
	case hp < 3:
		g, b = c, x
	case hp < 4:
		g, b = x, c
	case hp < 5:
		r, b = x, c
	default:
		r, b = c, x
	}
	m := l - c/2
	return color.RGBA{uint8((r + m) * 255), uint8((g + m) * 255), uint8((b + m) * 255), 0xff}
}
