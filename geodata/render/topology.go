package render

import "github.com/paulmach/orb"

// topology says what lies across each ring segment: for the pieces, the
// piece across, or -2 for the sea (the segment is on the land's coast),
// or -1 when not known (the sea or land outside the data: looked up in
// the view); for the land, 1 where a piece has the segment (its coast).
type topology struct {
	partner    [][]int32 // by piece, by segment of its rings in order
	landShared []int32   // by segment of the land's rings in order
}

// topologyOf finds the topology of pieces and land: shared borders are
// the same segments run in opposite directions.
func topologyOf(pieces []orb.MultiPolygon, land orb.MultiPolygon) topology {
	// Points numbered once each; a segment is then the pair of numbers.
	n := points(land)
	for _, mp := range pieces {
		n += points(mp)
	}
	num := make(map[orb.Point]uint32, n)
	id := func(p orb.Point) uint64 {
		k, ok := num[p]
		if !ok {
			k = uint32(len(num))
			num[p] = k
		}
		return uint64(k)
	}
	each := func(mp orb.MultiPolygon, f func(seg uint64, rev uint64)) {
		for _, pg := range mp {
			for _, r := range pg {
				if len(r) < 2 {
					continue
				}
				prev := id(r[0])
				for k := 1; k < len(r); k++ {
					cur := id(r[k])
					f(prev<<32|cur, cur<<32|prev)
					prev = cur
				}
			}
		}
	}
	own := make(map[uint64]int32, n)
	for pi, mp := range pieces {
		each(mp, func(s, _ uint64) { own[s] = int32(pi) })
	}
	coast := map[uint64]bool{}
	each(land, func(s, rev uint64) { coast[s], coast[rev] = true, true })
	// The pieces' partners are slices of one array, made to size.
	segs := 0
	for _, mp := range pieces {
		segs += segments(mp)
	}
	store := make([]int32, 0, segs)
	t := topology{partner: make([][]int32, len(pieces))}
	for pi, mp := range pieces {
		across := store[len(store):]
		each(mp, func(s, rev uint64) {
			o, ok := own[rev]
			switch {
			case ok && o != int32(pi):
			case coast[s]:
				o = -2 // along the land's coast: the sea is across
			default:
				o = -1
			}
			across = append(across, o)
		})
		t.partner[pi] = across
		store = store[:len(store)+len(across)]
	}
	t.landShared = make([]int32, 0, segments(land))
	each(land, func(s, rev uint64) {
		_, same := own[s]
		_, opposite := own[rev]
		if same || opposite {
			t.landShared = append(t.landShared, 1)
		} else {
			t.landShared = append(t.landShared, 0)
		}
	})
	return t
}

// segments returns the number of segments of mp's rings, as topologyOf
// counts them.
func segments(mp orb.MultiPolygon) int {
	n := 0
	for _, pg := range mp {
		for _, r := range pg {
			n += max(len(r)-1, 0)
		}
	}
	return n
}
