package colour

import (
	"image/color"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// Palette is one palette of a Scheme in one theme: the fills of the
// states and the colours of everything else on the map. It is read-only
// and safe for concurrent use.
type Palette struct {
	scheme                                          *Scheme
	variant                                         Variant
	theme                                           Theme
	sea, land, border, coast, hatching, label, halo color.RGBA
	// Tints: a state's colour moved toward toward by amount[regime].
	toward Lab
	amount [3]float64
	lines  map[string]Line
}

// Paint is how a territory is filled: Fill, and when Hatch, diagonal
// hatching in Stripe over it.
type Paint struct {
	Fill   color.RGBA
	Hatch  bool
	Stripe color.RGBA
	// State is the state the land counts for (the occupier, for occupied
	// land); Regime how it holds it.
	State  *State
	Regime Regime
}

// Variant returns the palette's variant.
func (p *Palette) Variant() Variant { return p.variant }

// Theme returns the palette's theme.
func (p *Palette) Theme() Theme { return p.theme }

// Scheme returns the scheme the palette belongs to.
func (p *Palette) Scheme() *Scheme { return p.scheme }

// Sea is the colour of the sea.
func (p *Palette) Sea() color.RGBA { return p.sea }

// Land is the colour of land outside the data (the backdrop).
func (p *Palette) Land() color.RGBA { return p.land }

// Border is the colour of borders between territories.
func (p *Palette) Border() color.RGBA { return p.border }

// Coast is the colour of coastlines.
func (p *Palette) Coast() color.RGBA { return p.coast }

// Hatching is the colour of the hatching of highlighted topics (the Baltic
// states, Bessarabia…); occupied land is hatched in its occupier's
// colour, Paint.Stripe.
func (p *Palette) Hatching() color.RGBA { return p.hatching }

// Label and Halo are the colours of map labels and of the halo around them.
func (p *Palette) Label() color.RGBA { return p.label }

// Halo is the colour of the halo around map labels.
func (p *Palette) Halo() color.RGBA { return p.halo }

// Selection is how the selected territory is outlined: a line over a
// gentle glow (its casing), never a fill, so that it keeps the colour of
// its holder.
func (p *Palette) Selection() Line { return p.lines["selection"] }

// Line returns the line named name ("border", "border-rough", "coast",
// "selection", "frontier", "frontier-ussr-1939", "frontier-ussr-1941",
// "sphere", "base", "passage"; see palette.json).
func (p *Palette) Line(name string) (Line, bool) {
	l, ok := p.lines[name]
	return l, ok
}

// OverlayLine returns the line an overlay feature is drawn with: the line
// named by its id if there is one (the two Soviet frontiers), else the
// line of its kind.
func (p *Palette) OverlayLine(f *geodata.Feature) Line {
	if l, ok := p.lines[f.ID]; ok {
		return l
	}
	return p.lines[f.Kind]
}

// StateColour returns a state's own fill.
func (p *Palette) StateColour(st *State) color.RGBA { return st.colours[p.variant][p.theme] }

// Fill returns the fill of holder h's land on layer l and day d: its
// state's colour, lighter for an occupation or dependency regime. (A
// state keeps one colour on every day, so that it can be followed
// through the years; the day is taken so that the fill may depend on it.)
// Paint gives the hatching too, and sees occupations the holder's name
// does not.
func (p *Palette) Fill(h geodata.Holder, l geodata.Layer, d geodata.Day) color.RGBA {
	st, reg := p.scheme.StateOf(h)
	return p.paint(st, reg).Fill
}

// Paint returns how territory f is drawn on layer l and day d. On the
// control layer, land whose controller counts for another state than its
// sovereign is occupied, unless its status is one of palette.json's
// held_by_agreement (a protectorate, a lease).
func (p *Palette) Paint(f *geodata.Feature, l geodata.Layer, d geodata.Day) Paint {
	st, reg := p.scheme.StateOf(f.Holder(l))
	if reg == Own && l == geodata.Control && p.scheme.Occupied(f) {
		reg = Occupation
	}
	return p.paint(st, reg)
}

// Occupied reports whether territory f's controller holds it as an
// occupier: by an occupation regime, or as a state other than its
// sovereign's, not by agreement.
func (s *Scheme) Occupied(f *geodata.Feature) bool {
	st, reg := s.StateOf(f.Controller)
	if reg != Own {
		return reg == Occupation
	}
	sov, _ := s.StateOf(f.Sovereign)
	return sov != st && !s.agreed[f.Status]
}

// PaintOf returns how the land of state st held by regime r is drawn.
func (p *Palette) PaintOf(st *State, r Regime) Paint { return p.paint(st, r) }

func (p *Palette) paint(st *State, r Regime) Paint {
	own := st.colours[p.variant][p.theme]
	pt := Paint{Fill: own, State: st, Regime: r}
	if r != Own {
		pt.Fill = p.tint(own, r)
	}
	if r == Occupation {
		pt.Hatch, pt.Stripe = true, own
	}
	return pt
}

// tint moves c toward the palette's tint colour (the paper: lighter in
// the light theme, darker in the dark one), in Lab.
func (p *Palette) tint(c color.RGBA, r Regime) color.RGBA {
	k := p.amount[r]
	x := ToLab(c)
	t := p.toward
	return Lab{x.L + (t.L-x.L)*k, x.A + (t.A-x.A)*k, x.B + (t.B-x.B)*k}.RGBA()
}
