package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// The window's memory budget: under 200 MB resident with the bundled
// dataset (bench/rss.sh measures it). What it costs and what this file
// does about it is in README.md ("Memory").

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
