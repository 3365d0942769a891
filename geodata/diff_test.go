package geodata

import (
	"math"
	"testing"
)

func TestCompare(t *testing.T) {
	a, err := LoadFile("testdata/mini.geojson", nil)
	if err != nil {
		t.Fatal(err)
	}
	westArea := Area(a.History("westmark")[0].Geometry)
	southArea := Area(a.History("southmark")[0].Geometry)
	if westArea < 1000 || southArea < 1000 {
		t.Fatalf("areas %v %v", westArea, southArea)
	}

	d := a.Compare(MustDay("1939-03-01"), MustDay("1942-05-26"), Control)
	if len(d.Changes) != 2 {
		t.Fatalf("changes %+v, want westmark and southmark", d.Changes)
	}
	// Southmark (10°×5° with a hole) is larger than Westmark (5°×5°).
	s, w := d.Changes[0], d.Changes[1]
	if s.ID != "southmark" || s.From != (Holder{}) || s.To.Name != "South" || s.AreaKm2 != southArea {
		t.Errorf("first change %+v", s)
	}
	if w.ID != "westmark" || w.From.Name != "West" || w.To.Name != "East" || w.AreaKm2 != westArea {
		t.Errorf("second change %+v", w)
	}
	want := map[string][2]float64{"East": {westArea, 0}, "South": {southArea, 0}, "West": {0, westArea}}
	if len(d.Holders) != len(want) {
		t.Fatalf("holders %+v", d.Holders)
	}
	for _, b := range d.Holders {
		wb := want[b.Holder.Name]
		if math.Abs(b.Gained-wb[0]) > 1e-6 || math.Abs(b.Lost-wb[1]) > 1e-6 {
			t.Errorf("%s: gained %v lost %v, want %v", b.Holder.Name, b.Gained, b.Lost, wb)
		}
	}
	if d.Holders[len(d.Holders)-1].Holder.Name != "West" {
		t.Errorf("the largest loser last: %+v", d.Holders)
	}
	if ids := d.IDs(); !ids["westmark"] || !ids["southmark"] || ids["eastmark"] {
		t.Errorf("ids %v", ids)
	}

	// Occupied in July 1940: a change of control, not of sovereignty.
	if d := a.Compare(MustDay("1940-06-01"), MustDay("1940-07-01"), Control); len(d.Changes) != 1 || d.Changes[0].ID != "westmark" {
		t.Errorf("control June–July 1940: %+v", d.Changes)
	}
	if d := a.Compare(MustDay("1940-06-01"), MustDay("1940-07-01"), Sovereignty); len(d.Changes) != 0 {
		t.Errorf("sovereignty June–July 1940: %+v", d.Changes)
	}
	// The same day: nothing; reversed: the opposite.
	if d := a.Compare(Signing, Signing, Control); len(d.Changes) != 0 || len(d.Holders) != 0 {
		t.Errorf("same day: %+v", d)
	}
	r := a.Compare(MustDay("1942-05-26"), MustDay("1939-03-01"), Control)
	if len(r.Changes) != 2 || r.Changes[1].From.Name != "East" || r.Changes[1].To.Name != "West" || r.Changes[0].To != (Holder{}) {
		t.Errorf("reversed: %+v", r.Changes)
	}
}

func TestFormatKm2(t *testing.T) {
	for x, want := range map[float64]string{
		0: "0", 0.4: "0", -0.4: "0", 999.5: "1,000", 12345: "12,345", -12345.4: "−12,345",
		1234567: "1,234,567", -100: "−100", 100000: "100,000",
	} {
		if got := FormatKm2(x); got != want {
			t.Errorf("FormatKm2(%v) = %q, want %q", x, got, want)
		}
	}
	if got := HolderName(Holder{}); got != "—" {
		t.Errorf("HolderName of no holder = %q", got)
	}
	if got := HolderName(Holder{Name: "East", COW: 365}); got != "East" {
		t.Errorf("HolderName(East) = %q", got)
	}
}
