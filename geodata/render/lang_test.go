package render

import (
	"testing"

	"github.com/frontiers-atlas/frontiers/geodata"
)

func TestNameIn(t *testing.T) {
	f := &geodata.Feature{Name: "Poland", Names: map[string]string{"de": "Polen", "ru": "Польша", "en": "Poland (English)"}}
	for lang, want := range map[string]string{"": "Poland", "en": "Poland", "de": "Polen", "ru": "Польша", "fi": "Poland"} {
		if got := NameIn(f, lang); got != want {
			t.Errorf("NameIn(%q) = %q, want %q", lang, got, want)
		}
	}
}
