package app

// What the window (package app/ui) takes from the command line's code,
// until that code has packages of its own: the window may import this
// package, this package does not import the window (main connects the
// two through Window).

import "github.com/frontiers-atlas/frontiers/geodata"

// Limits and defaults of exported images and animations, as the command
// line's.
const (
	MaxImagePixels    = maxPixels
	MaxAnimPixels     = maxAnimPixels
	MaxFrames         = maxFrames
	DefaultWidth      = defaultWidth
	DefaultHeight     = defaultHeight
	DefaultAnimWidth  = defaultAnimWidth
	DefaultAnimHeight = defaultAnimHeight
)

// ParsePixels parses an image side in pixels, as --width does.
func ParsePixels(s string) (int, error) { return flagPixels("size", s) }

// FormatKm2 writes a whole number of km² with thousands separators.
func FormatKm2(x float64) string { return formatKm2(x) }

// HolderName returns a holder's name, or "—" for a territory not on the
// map, as `frontiers diff` writes it.
func HolderName(h geodata.Holder) string { return diffHolder(h) }
