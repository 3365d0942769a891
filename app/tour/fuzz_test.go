package tour

import (
	"reflect"
	"testing"

	"github.com/frontiers-atlas/frontiers/internal/testfile"
)

// FuzzParse: no input panics Parse, and a tour it accepts survives
// Marshal and Parse unchanged.
func FuzzParse(f *testing.F) {
	f.Add([]byte(good))
	testfile.SeedFiles(f, "testdata/bad/*.json")
	f.Fuzz(func(t *testing.T, data []byte) {
		tr, err := Parse("f.json", data)
		if err != nil {
			return
		}
		out, err := tr.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		back, err := Parse("f.json", out)
		if err != nil {
			t.Fatalf("marshalled tour does not parse: %v\n%s", err, out)
		}
		if !reflect.DeepEqual(normal(back), normal(tr)) {
			t.Fatalf("round trip changed the tour\n%+v\n%+v", tr, back)
		}
	})
}

// normal makes empty lists nil, as Marshal leaves them out.
func normal(t *Tour) *Tour {
	c := *t
	c.Stops = append([]Stop(nil), t.Stops...)
	for i := range c.Stops {
		s := &c.Stops[i]
		for _, l := range []*[]string{&s.Topics, &s.Overlays, &s.Select, &s.Sources} {
			if len(*l) == 0 {
				*l = nil
			}
		}
	}
	return &c
}
