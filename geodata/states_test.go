package geodata_test

import (
	"math"
	"strings"
	"testing"

	"github.com/frontiers-atlas/frontiers/assets"
	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render/label"
)

// Land passing between two holders of one state is no gain or loss of the
// state; totals by topic add up the land of the topic that changed hands.
func TestDiffStatesMini(t *testing.T) {
	a, err := geodata.LoadFile("testdata/mini.geojson", nil)
	if err != nil {
		t.Fatal(err)
	}
	d := a.Compare(geodata.MustDay("1939-03-01"), geodata.MustDay("1942-05-26"), geodata.Control)
	if len(d.States) != 3 {
		t.Errorf("by holder name: %+v", d.States)
	}
	union := d.WithStates(func(h string) string {
		if h == "West" || h == "East" {
			return "Union"
		}
		return h
	})
	// Westmark went from West to East (one state): only Southmark's
	// arrival counts.
	if len(union.States) != 1 || union.States[0].State != "South" || union.States[0].Gained != d.Changes[0].AreaKm2 {
		t.Errorf("states %+v", union.States)
	}
	if len(union.Holders) != len(d.Holders) {
		t.Errorf("holders changed: %+v", union.Holders)
	}
	for _, tt := range union.Topics {
		sum := 0.0
		for _, c := range d.Changes {
			for _, ct := range c.Topics {
				if ct == tt.Topic {
					sum += c.AreaKm2
				}
			}
		}
		if tt.ChangedKm2 != sum || sum == 0 {
			t.Errorf("topic %s: %v km², want %v", tt.Topic, tt.ChangedKm2, sum)
		}
	}
}

// On the bundled data, all of Germany's gains are under "Germany", and
// Bessarabia's change of hands in 1940 has one total.
func TestDiffStatesBundled(t *testing.T) {
	a, err := assets.Load()
	if err != nil {
		t.Fatal(err)
	}
	names, err := label.LoadNames(assets.Names())
	if err != nil {
		t.Fatal(err)
	}
	d := a.Compare(geodata.MustDay("1939-08-01"), geodata.MustDay("1941-07-15"), geodata.Control).WithStates(names.StateOf)
	var germany *geodata.StateBalance
	for i, b := range d.States {
		if strings.HasPrefix(b.State, "Germany (") {
			t.Errorf("state %q: an occupation regime, not a state", b.State)
		}
		if b.State == "Germany" {
			germany = &d.States[i]
		}
	}
	if germany == nil || germany.Gained < 100000 {
		t.Fatalf("Germany: %+v", germany)
	}
	// Every holder row is counted in one state row.
	gained := map[string]float64{}
	for _, h := range d.Holders {
		gained[names.StateOf(h.Holder.Name)] += h.Gained
	}
	if gained["Germany"] < germany.Gained-1 {
		t.Errorf("Germany's holders gained %v km², the state %v", gained["Germany"], germany.Gained)
	}

	b := a.Compare(geodata.MustDay("1940-06-01"), geodata.MustDay("1940-07-15"), geodata.Control).WithStates(names.StateOf)
	var bess *geodata.TopicTotal
	for i := range b.Topics {
		if b.Topics[i].Topic == "bessarabia" {
			bess = &b.Topics[i]
		}
	}
	if bess == nil || bess.ChangedKm2 < 10000 {
		t.Fatalf("Bessarabia 1940: %+v", bess)
	}
	var lost, won float64
	for _, s := range bess.States {
		lost += s.Lost
		won += s.Gained
	}
	if math.Abs(lost-bess.ChangedKm2) > 1 || math.Abs(won-bess.ChangedKm2) > 1 {
		t.Errorf("Bessarabia: %v km² changed, %v lost, %v gained: %+v", bess.ChangedKm2, lost, won, bess.States)
	}
}
