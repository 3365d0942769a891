package colour

import (
	"sync"

	"github.com/frontiers-atlas/frontiers/assets"
)

// bundled is the scheme of the embedded assets/palette.json, parsed once.
var bundled = sync.OnceValues(func() (*Scheme, error) {
	data, err := assets.Raw(assets.PaletteFile)
	if err != nil {
		return nil, err
	}
	return Parse("assets/"+assets.PaletteFile, data)
})

// Bundled returns the scheme of the palette file embedded in the program
// (assets/palette.json), parsed on the first call. Its tests hold it to
// the thresholds of the package documentation, so an error here means a
// broken build, not bad input.
func Bundled() (*Scheme, error) { return bundled() }

// MustBundled is Bundled for package initialisation: it panics, naming
// the file and every problem, if the embedded palette does not parse.
func MustBundled() *Scheme {
	s, err := bundled()
	if err != nil {
		panic("colour: the embedded palette does not parse (fix assets/palette.json): " + err.Error())
	}
	return s
}
