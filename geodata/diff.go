package geodata

import (
	"math"
	"sort"
	"strconv"
)

// Change is a territory whose holder differs between two days.
type Change struct {
	ID   string
	Name string
	// From and To are the holders on the two days; a zero Holder means
	// the territory was not on the map that day.
	From, To Holder
	// AreaKm2 is the territory's area in square kilometres (Area of its
	// geometry on the later day, else on the earlier one).
	AreaKm2 float64
}

// HolderBalance is what one holder gained and lost between two days, in
// square kilometres.
type HolderBalance struct {
	Holder       Holder
	Gained, Lost float64
}

// Net is Gained minus Lost.
func (b HolderBalance) Net() float64 { return b.Gained - b.Lost }

// Diff is the comparison of two days on one layer.
type Diff struct {
	From, To Day
	Layer    Layer
	// Changes are sorted by area, largest first, then by name.
	Changes []Change
	// Holders are sorted by net change, largest gain first, then by name.
	Holders []HolderBalance
}

// IDs returns the set of the changed territories' ids.
func (d Diff) IDs() map[string]bool {
	m := make(map[string]bool, len(d.Changes))
	for _, c := range d.Changes {
		m[c.ID] = true
	}
	return m
}

// Compare lists the territories whose holder on layer l differs between
// day from and day to, with the gains and losses of each holder. Two
// holders are the same when their Keys are (a state and its
// administrative units share a COW code), as on the map, where a border
// is drawn only between different holders.
func (a *Atlas) Compare(from, to Day, l Layer) Diff {
	d := Diff{From: from, To: to, Layer: l}
	seen := map[string]bool{}
	bal := balances{}
	balance := bal.of
	for _, f := range a.features {
		if f.Kind != KindTerritory || seen[f.ID] {
			continue
		}
		seen[f.ID] = true
		va, vb := a.Version(f.ID, from), a.Version(f.ID, to)
		if va == nil && vb == nil {
			continue
		}
		var ha, hb Holder
		if va != nil {
			ha = va.Holder(l)
		}
		if vb != nil {
			hb = vb.Holder(l)
		}
		if va != nil && vb != nil && ha.Key() == hb.Key() {
			continue
		}
		v := vb
		if v == nil {
			v = va
		}
		c := Change{ID: f.ID, Name: v.Name, From: ha, To: hb, AreaKm2: Area(v.Geometry)}
		d.Changes = append(d.Changes, c)
		if va != nil {
			balance(ha).Lost += c.AreaKm2
		}
		if vb != nil {
			balance(hb).Gained += c.AreaKm2
		}
	}
	d.sort(bal)
	return d
}

// balances are the holders' balances by Key.
type balances map[string]*HolderBalance

// of is h's balance, named by the shortest name of its Key's holders
// ("Germany" before its units).
func (m balances) of(h Holder) *HolderBalance {
	k := h.Key()
	b, ok := m[k]
	if !ok {
		b = &HolderBalance{Holder: h}
		m[k] = b
	} else if len(h.Name) < len(b.Holder.Name) {
		b.Holder = h
	}
	return b
}

// sort orders d's changes by area, largest first, then by name, and
// sets its holders from bal, by net change, largest gain first, then by
// name.
func (d *Diff) sort(bal balances) {
	sort.SliceStable(d.Changes, func(i, j int) bool {
		ci, cj := d.Changes[i], d.Changes[j]
		if ci.AreaKm2 != cj.AreaKm2 {
			return ci.AreaKm2 > cj.AreaKm2
		}
		return ci.Name < cj.Name
	})
	for _, b := range bal {
		d.Holders = append(d.Holders, *b)
	}
	sort.Slice(d.Holders, func(i, j int) bool {
		bi, bj := d.Holders[i], d.Holders[j]
		if bi.Net() != bj.Net() {
			return bi.Net() > bj.Net()
		}
		return bi.Holder.Name < bj.Holder.Name
	})
}

// FormatKm2 formats an area, or a change of area, as the comparison shows
// it: whole square kilometres with thousands separators and a minus sign
// (−) when negative, "12,345" or "−12,345".
func FormatKm2(x float64) string {
	n := int64(math.Round(math.Abs(x)))
	s := strconv.FormatInt(n, 10)
	b := make([]byte, 0, len(s)+len(s)/3)
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, s[i])
	}
	if x < 0 && n != 0 {
		return "−" + string(b)
	}
	return string(b)
}

// HolderName returns h's name, or "—" for the zero Holder: the From or To
// of a Change whose territory was not on the map that day.
func HolderName(h Holder) string {
	if h == (Holder{}) {
		return "—"
	}
	return h.Name
}
