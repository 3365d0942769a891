// Package ascii folds text to the ASCII letters nearest to it, for the
// bitmap font of the exported maps (which has glyphs for ASCII only) and
// for matching names typed without their diacritics.
package ascii

import (
	"strings"
	"unicode/utf8"
)

// Fold replaces the letters outside ASCII by their nearest ASCII letters
// ("Klaipėda" → "Klaipeda", "Großdeutsches" → "Grossdeutsches"), keeping
// em and en dashes, and any other character by "?".
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
		case foldMulti[r] != "":
			b.WriteString(foldMulti[r])
		case r >= 0xc0 && r < 0x180 && foldLatin[r-0xc0] != '?':
			b.WriteByte(foldLatin[r-0xc0])
		case r >= 0x218 && r <= 0x21b: // Ș ș Ț ț
			b.WriteByte("SsTt"[r-0x218])
		default:
			b.WriteByte('?')
		}
	}
	return b.String()
}

// foldLatin maps U+00C0..U+017F (Latin-1 letters and Latin Extended-A) to
// ASCII, 16 a row; ? where nothing fits.
const foldLatin = "" +
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

// foldMulti holds the letters and marks that fold to something else than
// one letter of foldLatin.
var foldMulti = map[rune]string{
	'Æ': "AE", 'æ': "ae", 'ß': "ss", 'Þ': "Th", 'þ': "th", 'Œ': "OE", 'œ': "oe",
	'‘': "'", '’': "'", '“': `"`, '”': `"`, '„': `"`, '«': `"`, '»': `"`,
	'…': "...", '\u00a0': " ", '·': ".", '°': "o",
}
