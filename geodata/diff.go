package geodata

import (
	"math"
	"slices"
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
	// Topics are the highlight topics of either day's version, in
	// Topics order.
	Topics []string
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
	// States are the gains and losses of each state of the day (see
	// WithStates; by holder name until then), sorted as Holders: land
	// passing between two holders of one state (Germany and its General
	// Government) is neither.
	States []StateBalance
	// Topics total the changes of each highlight topic, in Topics order
	// (only topics with changes).
	Topics []TopicTotal
}

// StateBalance is what one state gained and lost, in square kilometres.
type StateBalance struct {
	State        string
	Gained, Lost float64
}

// Net is Gained minus Lost.
func (b StateBalance) Net() float64 { return b.Gained - b.Lost }

// TopicTotal is how much land of one highlight topic changed hands, and
// the gains and losses of each state in it.
type TopicTotal struct {
	Topic      string
	ChangedKm2 float64
	States     []StateBalance
}

// WithStates returns d with its States and Topics totalled by stateOf,
// which names the state a holder's land counts for (label.Names.StateOf:
// "Germany" for "Germany (General Government)").
func (d Diff) WithStates(stateOf func(holder string) string) Diff {
	d.States = stateTotals(d.Changes, stateOf)
	d.Topics = nil
	for _, t := range Topics {
		var in []Change
		tt := TopicTotal{Topic: t}
		for _, c := range d.Changes {
			if slices.Contains(c.Topics, t) {
				in = append(in, c)
				tt.ChangedKm2 += c.AreaKm2
			}
		}
		if len(in) > 0 {
			tt.States = stateTotals(in, stateOf)
			d.Topics = append(d.Topics, tt)
		}
	}
	return d
}

// stateTotals totals the gains and losses of changes by state.
func stateTotals(changes []Change, stateOf func(string) string) []StateBalance {
	bal := map[string]*StateBalance{}
	add := func(s string) *StateBalance {
		b := bal[s]
		if b == nil {
			b = &StateBalance{State: s}
			bal[s] = b
		}
		return b
	}
	for _, c := range changes {
		var from, to string
		if c.From != (Holder{}) {
			from = stateOf(c.From.Name)
		}
		if c.To != (Holder{}) {
			to = stateOf(c.To.Name)
		}
		if from == to {
			continue
		}
		if from != "" {
			add(from).Lost += c.AreaKm2
		}
		if to != "" {
			add(to).Gained += c.AreaKm2
		}
	}
	out := make([]StateBalance, 0, len(bal))
	for _, b := range bal {
		out = append(out, *b)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Net() != out[j].Net() {
			return out[i].Net() > out[j].Net()
		}
		return out[i].State < out[j].State
	})
	return out
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
// day from and day to, with the gains and losses of each holder, and of
// each holder name and topic (States and Topics: call WithStates to total
// them by state). Two
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
		for _, t := range Topics {
			if (va != nil && va.HasTopic(t)) || (vb != nil && vb.HasTopic(t)) {
				c.Topics = append(c.Topics, t)
			}
		}
		d.Changes = append(d.Changes, c)
		if va != nil {
			balance(ha).Lost += c.AreaKm2
		}
		if vb != nil {
			balance(hb).Gained += c.AreaKm2
		}
	}
	d.sort(bal)
	return d.WithStates(func(h string) string { return h })
}

// balances are the holders' balances by Key.
type balances map[string]*HolderBalance

// of is h's balance. It is named by h's name while one holder name has
// the Key, else by their base name (Holder.BaseName): the gains of
// "Germany (General Government)" and "Germany (Reichskommissariat
// Ostland)" are "Germany"'s.
func (m balances) of(h Holder) *HolderBalance {
	k := h.Key()
	b, ok := m[k]
	if !ok {
		b = &HolderBalance{Holder: h}
		m[k] = b
	} else if h.Name != b.Holder.Name {
		b.Holder = Holder{Name: h.BaseName(), COW: h.COW}
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
