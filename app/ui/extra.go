package ui

// The properties of a foreign file that Frontiers' format does not have
// (Feature.Extra: an OpenHistoricalMap tag, a CShapes field), shown in
// the details panel under the source.

import (
	"maps"
	"slices"
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// newExtraLabel is the details panel's line of extra properties.
func newExtraLabel() *widget.Label {
	l := wrapLabel("")
	l.Selectable = true
	return l
}

// extraText is f's extra properties under a heading, one "key: value"
// line each, sorted by key; "" when it has none.
func extraText(f *geodata.Feature) string {
	if len(f.Extra) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(lang.L("Other properties in the file:"))
	for _, k := range slices.Sorted(maps.Keys(f.Extra)) {
		b.WriteString("\n" + k + ": " + f.Extra[k])
	}
	return b.String()
}
