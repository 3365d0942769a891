package register

import (
	"testing"

	"github.com/frontiers-atlas/frontiers/internal/testfile"
)

func FuzzDecode(f *testing.F) {
	testfile.Seed(f,
		[]byte(klin),
		[]byte(`{"zone":"z","title":"T","start":"1940-01-01","end":"1940-02-01","sources":{"A":"a"},"places":[{"id":"p","name":"P","lat":1,"lon":2,"initial":"Germany","changes":[{"date":"1940-01-05","to":"Italy","source":"A"}]}]}`),
		[]byte(`{"places":[{}]}`),
		[]byte(`[`))
	f.Fuzz(func(t *testing.T, data []byte) {
		z, err := Decode("fuzz.json", data)
		if testfile.Refused(t, err) {
			return
		}
		// What decodes keeps the format's promises.
		for _, p := range z.Places {
			if !IsState(p.Initial) {
				t.Fatalf("%s: initial %q is not a state", p.ID, p.Initial)
			}
			prev := p.Initial
			for i, c := range p.Changes {
				if c.Date < z.Start || c.Date >= z.End || (i > 0 && c.Date <= p.Changes[i-1].Date) {
					t.Fatalf("%s: change %d on %s out of order or outside [%s, %s)", p.ID, i, c.Date, z.Start, z.End)
				}
				if c.To == prev || !IsState(c.To) || c.From != prev {
					t.Fatalf("%s: change %d from %q to %q", p.ID, i, c.From, c.To)
				}
				prev = c.To
			}
			if h, ok := p.ControllerOn(z.End - 1); !ok || h != prev {
				t.Fatalf("%s: holder at the end %q, %v; want %q", p.ID, h, ok, prev)
			}
			_ = Format(p, p.Changes)
		}
	})
}
