package ui

import (
	"os"
	"runtime/debug"
)

// The window's memory budget: under 200 MB resident with the bundled
// dataset, idle and while the timeline plays (bench/rss.sh measures it).
// The binary is built with -tags no_emoji: Fyne then bundles no colour
// emoji font, which it would otherwise parse for every text style the
// window uses (~5 MB of heap each) for glyphs the atlas never shows.

// gcPercent is the window's GOGC. The live heap is ~26 MB (fonts, atlas,
// frame buffers) and playing or panning allocates 5–40 MB/s, mostly
// garbage of the frame being drawn: at the default 100 the heap grows to
// twice the live heap (~55 MB) before a collection, at 25 to ~33 MB, for
// a collection every few frames that costs no measurable CPU. A GOGC
// rather than a memory limit (SetMemoryLimit): a limit below what is
// live makes the collector run without pause (GOMEMLIMIT=48MiB did while
// playing), where GOGC grows with the data, a larger --data file
// included.
const gcPercent = 25

// tuneMemory sets the window's GOGC unless GOGC is in the environment; it
// runs before the Fyne app is made.
func tuneMemory() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
}
