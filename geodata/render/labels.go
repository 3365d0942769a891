package render

import (
	"image"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// Label is a name placed on the map, in pixels of the drawn image.
type Label struct {
	Text string
	X, Y float64 // centre
	ID   string
}

// pieceStat is what the rasterization tells of a piece for its label:
// its pixels (n) and the sums of their centres, and its longest run.
type pieceStat struct {
	n          int
	sx, sy     float64
	ry, rx0, r int // longest run: row, start, length
}

// labelKey says what a placement of labels was made for (besides the
// view).
type labelKey struct {
	epoch int
	scale float64
}

// labels returns the labels of day d: the names of the territories
// largest on screen first, each placed where it fits without overlapping
// another. They depend on the epoch, not the day, and are kept per view.
func (r *Renderer) labels(d geodata.Day, s Style) []Label {
	scale := s.scale()
	k := labelKey{r.atlas.Epoch(d), scale}
	if ls, ok := r.labelCache[k]; ok {
		return slices.Clone(ls)
	}
	if r.labelCache == nil || len(r.labelCache) > 4096 {
		r.labelCache = map[labelKey][]Label{}
	}
	ls := r.placeLabels(r.atlas.PieceVersions(d), scale)
	r.labelCache[k] = ls
	return slices.Clone(ls)
}

// placeLabels places the labels of the versions row (by piece) at scale.
func (r *Renderer) placeLabels(row []*geodata.Feature, scale float64) []Label {
	type cand struct {
		Label
		n int
	}
	var cs []cand
	byName := map[string]int{}
	for pi, st := range r.stats {
		f := row[pi]
		if f == nil || st.n == 0 {
			continue
		}
		x, y := st.sx/float64(st.n), st.sy/float64(st.n)
		ix, iy := int(x), int(y)
		if ix < 0 || iy < 0 || ix >= r.view.Width || iy >= r.view.Height || r.idAt(iy*r.view.Width+ix) != uint16(pi+2) {
			x, y = float64(st.rx0)+float64(st.r)/2, float64(st.ry)+0.5
		}
		text := ShortName(f.Name)
		c := cand{Label{Text: text, X: x, Y: y, ID: f.ID}, st.n}
		// One label per name: keep the largest piece.
		if j, ok := byName[text]; ok {
			if cs[j].n < c.n {
				cs[j] = c
			}
			continue
		}
		byName[text] = len(cs)
		cs = append(cs, c)
	}
	slices.SortStableFunc(cs, func(a, b cand) int { return b.n - a.n })
	var placed []image.Rectangle
	var out []Label
	for _, c := range cs {
		tw := float64(utf8.RuneCountInString(c.Text)) * 7 * scale
		th := 14 * scale
		if float64(c.n) < tw*th*1.2 {
			continue
		}
		rect := image.Rect(int(c.X-tw/2), int(c.Y-th/2), int(c.X+tw/2), int(c.Y+th/2))
		free := rect.Min.X >= 0 && rect.Min.Y >= 0 && rect.Max.X <= r.view.Width && rect.Max.Y <= r.view.Height
		for _, p := range placed {
			if p.Inset(-int(2 * scale)).Overlaps(rect) {
				free = false
				break
			}
		}
		if free {
			placed = append(placed, rect)
			out = append(out, c.Label)
		}
	}
	return out
}

// ShortName is a name without its parenthesised detail, for map labels:
// "Estonia (north: Tallinn, Narva)" is labelled "Estonia".
func ShortName(name string) string {
	if i := strings.Index(name, " ("); i > 0 {
		return name[:i]
	}
	return name
}
