package tour

import (
	"github.com/frontiers-atlas/frontiers/assets"
)

// DefaultBundled is the file name of the tour played when none is named:
// "From the Pact to the Treaty".
const DefaultBundled = "pact-to-treaty.json"

// BundledNames returns the file names of the bundled tours, sorted.
func BundledNames() []string { return assets.TourNames() }

// Bundled parses the bundled tour file name (one of BundledNames).
func Bundled(name string) (*Tour, error) {
	data, err := assets.TourData(name)
	if err != nil {
		return nil, err
	}
	return Parse("assets/tours/"+name, data)
}

// Open returns the tour of `frontiers tour [FILE]`: the file at path,
// validated, or with an empty path the bundled DefaultBundled.
func Open(path string) (*Tour, error) {
	if path == "" {
		return Bundled(DefaultBundled)
	}
	return Load(path)
}
