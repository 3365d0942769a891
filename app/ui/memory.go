package ui

import (
	"os"
	"runtime/debug"
	"time"
	_ "unsafe" // go:linkname

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// The window's memory budget: under 200 MB resident with the bundled
// dataset, idle and while the timeline plays (bench/rss.sh measures it).
// What the memory goes to and what this file does about it: README.md,
// "Memory".

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

// fyneCacheLife is how long Fyne keeps what nothing on screen used
// lately: textures (of each distinct text drawn, too), renderers of
// widgets gone, SVGs. Fyne's default, a minute, is ~100 MB while the
// timeline plays: every day shows new texts (the date, "N days after",
// "On <day>:"), each kept as its own texture, 30 a second.
const fyneCacheLife = 3 * time.Second

// fyneCacheValidDuration and fyneCacheCleanInterval are Fyne's cache
// lifetime (set from FYNE_CACHE when the package initialises, before
// main runs) and how often it sweeps. TestFyneCacheLinked checks that
// they are Fyne's variables.
//
//go:linkname fyneCacheValidDuration fyne.io/fyne/v2/internal/cache.ValidDuration
var fyneCacheValidDuration time.Duration

//go:linkname fyneCacheCleanInterval fyne.io/fyne/v2/internal/cache.cleanTaskInterval
var fyneCacheCleanInterval time.Duration

// tuneMemory sets up the window's memory use; it runs before the Fyne
// app is made. GOGC and FYNE_CACHE in the environment win.
func tuneMemory() {
	dropEmojiFont()
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if os.Getenv("FYNE_CACHE") == "" {
		fyneCacheValidDuration = fyneCacheLife
		fyneCacheCleanInterval = fyneCacheLife / 2
	}
}

// dropEmojiFont stops Fyne from parsing its bundled colour emoji font
// (EmojiOneColor.otf, 4.2 MB). Fyne parses it once for every text style
// a window uses (regular, bold, italic, ...) as the last fallback after
// the text font, and each parse keeps ~5 MB of tables on the Go heap: ~20
// MB resident for a font whose glyphs the atlas never shows. Its content
// is swapped for the tiny bundled symbol font, so the fallback chain keeps
// a valid face and runes missing from the text font still go on to the
// system fonts. (Building with -tags no_emoji has the same effect.)
func dropEmojiFont() {
	if r, ok := theme.DefaultEmojiFont().(*fyne.StaticResource); ok && r != nil {
		r.StaticContent = theme.DefaultSymbolFont().Content()
	}
}
