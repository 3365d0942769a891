package register

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// The bundled dataset, seen from this package's folder.
const (
	datasetFile    = "../../assets/frontiers.geojson"
	mismatchesFile = "../../build/register-mismatches.txt"
)

var datasetOnce = sync.OnceValues(func() (*geodata.Atlas, error) {
	return geodata.LoadFile(datasetFile, nil)
})

// dataset loads the bundled dataset, skipping the test when it is absent.
func dataset(t *testing.T) *geodata.Atlas {
	t.Helper()
	if _, err := os.Stat(datasetFile); err != nil {
		t.Skipf("no bundled dataset at %s: %v", datasetFile, err)
	}
	a, err := datasetOnce()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestStatesAreTheDatasets checks that States is exactly the set of plain
// state names of the bundled dataset's controllers and sovereigns.
func TestStatesAreTheDatasets(t *testing.T) {
	a := dataset(t)
	inData := map[string]bool{}
	for _, f := range a.Features() {
		for _, h := range []string{f.Controller.Name, f.Sovereign.Name} {
			if h == "" {
				continue
			}
			for _, s := range StateOf(h) {
				inData[s] = true
			}
		}
	}
	for s := range inData {
		if !IsState(s) {
			t.Errorf("the dataset names state %q, which States lacks; add it", s)
		}
	}
	for _, s := range States {
		if !inData[s] {
			t.Errorf("States has %q, which no holder of the dataset names; drop it", s)
		}
	}
}

// sides returns the register states a dataset holder counts as. A
// mandate, protectorate or personal union counts as its power too ("Syria
// (French mandate)" is France's, "Albania (in personal union with Italy)"
// Italy's), and an administration "with Allied forces" or "with British
// forces" as the Allies'.
func sides(holder string) []string {
	out := StateOf(holder)
	_, paren, ok := strings.Cut(holder, " (")
	if !ok {
		return out
	}
	for _, k := range []struct{ word, state string }{
		{"French", "France"}, {"British", "United Kingdom"}, {"Italy", "Italy"},
		{"Allied forces", "United Kingdom"}, {"Allied forces", "United States"},
	} {
		if strings.Contains(paren, k.word) {
			out = append(out, k.state)
		}
	}
	return out
}

// TestAgainstDataset queries the bundled dataset at every register place
// on the day before each change and 3 days after it (and once in the
// middle of the zone for places that never change), and writes where the
// dataset disagrees with the register to build/register-mismatches.txt.
// It reports; it does not fail on a mismatch.
func TestAgainstDataset(t *testing.T) {
	a := dataset(t)
	r := bundled(t)
	type zoneCount struct{ queries, mismatches, none int }
	counts := map[string]*zoneCount{}
	var lines []string
	for _, p := range r.Places() {
		z := p.Zone
		zc := counts[z.ID]
		if zc == nil {
			zc = &zoneCount{}
			counts[z.ID] = zc
		}
		type query struct {
			day geodata.Day
			why string
		}
		var qs []query
		for _, c := range p.Changes {
			qs = append(qs, query{c.Date - 1, "day before " + c.Date.String()}, query{c.Date + 3, "3 days after " + c.Date.String()})
		}
		if len(p.Changes) == 0 {
			mid := z.Start + (z.End-z.Start)/2
			qs = append(qs, query{mid, "middle of the zone"})
		}
		seen := map[geodata.Day]bool{}
		for _, q := range qs {
			want, ok := p.ControllerOn(q.day)
			if !ok || seen[q.day] || q.day < geodata.First || q.day > geodata.Last {
				continue
			}
			seen[q.day] = true
			zc.queries++
			f := a.TerritoryAt(q.day, orb.Point{p.Lon, p.Lat})
			got := "no territory"
			if f != nil {
				got = f.Controller.Name
				for _, s := range sides(got) {
					if s == want {
						got = ""
						break
					}
				}
				if got != "" {
					got += " [" + f.ID + "]"
				}
			} else {
				zc.none++
			}
			if got == "" {
				continue
			}
			zc.mismatches++
			lines = append(lines, fmt.Sprintf("%s\t%s\t%s (%s)\tregister: %s\tdataset: %s", z.ID, p.ID, q.day, q.why, want, got))
		}
	}
	var b strings.Builder
	b.WriteString("# Where the bundled dataset (assets/frontiers.geojson) disagrees with the register (assets/register).\n")
	b.WriteString("# Each register place is queried the day before each of its changes and 3 days after;\n")
	b.WriteString("# holders are compared by state (the part before \" (\"; a mandate or protectorate counts as its power).\n")
	b.WriteString("# zone\tplace\tday (why)\tregister\tdataset [territory id]\n#\n")
	zones := make([]string, 0, len(counts))
	for id := range counts {
		zones = append(zones, id)
	}
	sort.Strings(zones)
	var tq, tm, tn int
	for _, id := range zones {
		c := counts[id]
		fmt.Fprintf(&b, "# %-18s %4d queries, %4d mismatches (%d of them at no territory)\n", id, c.queries, c.mismatches, c.none)
		tq, tm, tn = tq+c.queries, tm+c.mismatches, tn+c.none
	}
	fmt.Fprintf(&b, "# %-18s %4d queries, %4d mismatches (%d of them at no territory)\n#\n", "total", tq, tm, tn)
	for _, l := range lines {
		b.WriteString(l + "\n")
	}
	if err := os.MkdirAll(filepath.Dir(mismatchesFile), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(mismatchesFile, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, id := range zones {
		c := counts[id]
		t.Logf("%s: %d of %d queries disagree (%d at no territory)", id, c.mismatches, c.queries, c.none)
	}
	t.Logf("total: %d of %d queries disagree with the dataset (%d at no territory); see %s", tm, tq, tn, mismatchesFile)
}
