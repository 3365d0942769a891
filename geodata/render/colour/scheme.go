package colour

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image/color"
	"maps"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// Variant is a palette: the standard atlas colours or the colour-blind-safe ones.
type Variant uint8

// Theme is the map's light or dark theme.
type Theme uint8

// The palettes and the themes.
const (
	Standard Variant = iota
	ColourBlind
)
const (
	Light Theme = iota
	Dark
)

// Variants lists the palettes, Themes the themes.
var (
	Variants = []Variant{Standard, ColourBlind}
	Themes   = []Theme{Light, Dark}
)

// The names palette.json gives the palettes and the themes.
var (
	variantNames = [...]string{Standard: "standard", ColourBlind: "colour-blind"}
	themeNames   = [...]string{Light: "light", Dark: "dark"}
)

// String returns the palette's name in palette.json: "standard" or "colour-blind".
func (v Variant) String() string { return variantNames[v] }

// String returns the theme's name in palette.json: "light" or "dark".
func (t Theme) String() string { return themeNames[t] }

// Regime says how a holder holds its land, which decides how it is drawn.
type Regime uint8

// The regimes.
const (
	// Own: the state on its own land, drawn in its colour.
	Own Regime = iota
	// Occupation: land an occupier holds (a regime of its own, such as the
	// General Government, or land whose sovereign is another state),
	// drawn in the occupier's colour, lighter, hatched.
	Occupation
	// Dependency: a mandate, protectorate or colony held by agreement,
	// drawn in its power's colour, lighter, not hatched.
	Dependency
)

// String returns the regime's name in palette.json ("" for Own).
func (r Regime) String() string {
	switch r {
	case Occupation:
		return "occupation"
	case Dependency:
		return "dependency"
	}
	return ""
}

// Side is the side a state stood on during the war, on a given day.
type Side uint8

// The sides, in the order the legend lists their groups.
const (
	Axis Side = iota
	// CoBelligerent: at war alongside the Axis without joining it
	// (Finland from 25 June 1941), listed with the Axis.
	CoBelligerent
	Allied
	Neutral
	// NonBelligerent: not at war, but openly siding with one side
	// (Italy, September 1939 to June 1940; Spain from June 1940), listed
	// with the neutrals.
	NonBelligerent
)

var sideNames = [...]string{Axis: "axis", CoBelligerent: "co-belligerent", Allied: "allied", Neutral: "neutral", NonBelligerent: "non-belligerent"}

// String returns the side's name in palette.json.
func (s Side) String() string {
	if int(s) < len(sideNames) {
		return sideNames[s]
	}
	return "?"
}

// Period is a span of days a state stood on one side.
type Period struct {
	Side Side
	// From is the first day (inclusive), Until the first day no longer
	// (exclusive); HasFrom and HasUntil say whether each is set (an open
	// end runs past the data).
	From, Until       geodata.Day
	HasFrom, HasUntil bool
	// Note says what the side alone does not ("invaded Poland on 17
	// September 1939"); Source the act or event the period starts with.
	Note, Source string
}

// Contains reports whether d is within the period.
func (p Period) Contains(d geodata.Day) bool {
	return (!p.HasFrom || d >= p.From) && (!p.HasUntil || d < p.Until)
}

// State is a state of palette.json: its colours and its sides.
type State struct {
	Name string
	// COW is its Correlates of War code (0: none), to match holders of
	// other datasets by code when their name is not in the file.
	COW     int
	colours [2][2]color.RGBA // by Variant, Theme
	Sides   []Period
}

// Colour returns the state's own fill in palette v and theme t.
func (s *State) Colour(v Variant, t Theme) color.RGBA { return s.colours[v][t] }

// SideOn returns the period of the state's side that contains d.
func (s *State) SideOn(d geodata.Day) Period { return sideOn(s.Sides, d) }

func sideOn(ps []Period, d geodata.Day) Period {
	for _, p := range ps {
		if p.Contains(d) {
			return p
		}
	}
	return Period{Side: Neutral}
}

// holderEntry maps a holder's name to the state it counts for.
type holderEntry struct {
	state  *State
	regime Regime
	short  string
	sides  []Period // nil: the state's
}

// Line is how a line is drawn and keyed: Width logical pixels of Colour,
// dashed Dash[0] on, Dash[1] off (nil: solid), over a band Casing pixels
// wide of CasingColour (0: none). A line with a casing stays legible
// where another line runs along it: the Soviet frontiers of 1939 and 1941
// coincide in the far north and on the Black Sea, the 1941 line a band
// with a thin core, the 1939 line dashed on top of it.
type Line struct {
	Name, Text   string
	Width        float64
	Dash         []float64
	Casing       float64
	Colour       color.RGBA
	CasingColour color.RGBA // may be translucent (straight alpha)
}

// Scheme is a parsed palette file: the states, the holders mapped to
// them, the two palettes in both themes and the line keys.
type Scheme struct {
	states   map[string]*State
	byCOW    map[int]*State
	holders  map[string]*holderEntry
	palettes [2][2]*Palette
	lines    []lineDef
	// agreed are the statuses of land held by agreement: a controller
	// other than the sovereign there is not an occupier.
	agreed map[string]bool
	// derived are states made up for holders the file does not know,
	// by name.
	derived sync.Map
}

type lineDef struct {
	name, text    string
	width, casing float64
	dash          []float64
}

// The colours of a palette in one theme, as palette.json names them.
var paletteFields = []string{"sea", "land", "border", "coast", "hatching", "label", "halo", "tint", "lines"}

// Parse reads and checks a palette file (assets/palette.json; its format
// is in the package documentation). name is the file's name, for the
// problems.
func Parse(name string, data []byte) (*Scheme, error) {
	ps := &parser{file: name}
	top := ps.object("", "", json.RawMessage(bytes.TrimSpace(data)), []string{"about", "held_by_agreement", "lines", "palettes", "states", "holders"}, []string{"lines", "palettes", "states", "holders"})
	if top == nil {
		return nil, ps.probs
	}
	s := &Scheme{states: map[string]*State{}, byCOW: map[int]*State{}, holders: map[string]*holderEntry{}, agreed: map[string]bool{}}

	if raw := top["held_by_agreement"]; raw != nil {
		var list []string
		if err := json.Unmarshal(raw, &list); err != nil {
			ps.bad("", "held_by_agreement", "want a list of statuses")
		}
		for _, st := range list {
			if !slices.Contains(geodata.Statuses, st) {
				ps.bad("", "held_by_agreement", "%q is not a status (want one of %s)", st, strings.Join(geodata.Statuses, ", "))
			}
			s.agreed[st] = true
		}
	}

	// Lines: their legend text and shape; their colours are the palettes'.
	if lm := ps.object("", "lines", top["lines"], nil, nil); lm != nil {
		for _, k := range slices.Sorted(maps.Keys(lm)) {
			entry := fmt.Sprintf("line %q", k)
			m := ps.object(entry, "", lm[k], []string{"text", "width", "dash", "casing"}, []string{"text", "width"})
			if m == nil {
				continue
			}
			d := lineDef{name: k, text: ps.str(entry, "text", m["text"]), width: ps.num(entry, "width", m["width"], 0.1, 20), casing: ps.num(entry, "casing", m["casing"], 0, 40)}
			if raw := m["dash"]; raw != nil {
				if err := json.Unmarshal(raw, &d.dash); err != nil || len(d.dash) != 2 || d.dash[0] <= 0 || d.dash[1] <= 0 {
					ps.bad(entry, "dash", "want [on, off], two lengths in pixels")
				}
			}
			s.lines = append(s.lines, d)
		}
	}
	for _, need := range requiredLines {
		if !s.hasLine(need) {
			ps.bad("", "lines."+need, "missing")
		}
	}

	// States.
	if sm := ps.object("", "states", top["states"], nil, nil); sm != nil {
		for _, k := range slices.Sorted(maps.Keys(sm)) {
			entry := fmt.Sprintf("state %q", k)
			m := ps.object(entry, "", sm[k], []string{"cow", "standard", "colour-blind", "sides"}, []string{"standard", "colour-blind", "sides"})
			if m == nil {
				continue
			}
			st := &State{Name: k}
			if raw := m["cow"]; raw != nil {
				st.COW = int(ps.num(entry, "cow", raw, 2, 999))
				if o := s.byCOW[st.COW]; o != nil {
					ps.bad(entry, "cow", "%d is also the code of %q", st.COW, o.Name)
				}
				s.byCOW[st.COW] = st
			}
			for _, v := range Variants {
				vm := ps.object(entry, v.String(), m[v.String()], []string{"light", "dark"}, []string{"light", "dark"})
				for _, t := range Themes {
					if vm != nil && vm[t.String()] != nil {
						st.colours[v][t] = ps.colour(entry, v.String()+"."+t.String(), vm[t.String()])
						if st.colours[v][t].A != 0xff {
							ps.bad(entry, v.String()+"."+t.String(), "a fill must be opaque")
						}
					}
				}
			}
			if m["sides"] != nil {
				st.Sides = ps.sides(entry, m["sides"])
			}
			s.states[k] = st
		}
	}

	// Holders.
	if hm := ps.object("", "holders", top["holders"], nil, nil); hm != nil {
		for _, k := range slices.Sorted(maps.Keys(hm)) {
			entry := fmt.Sprintf("holder %q", k)
			m := ps.object(entry, "", hm[k], []string{"state", "regime", "short", "sides"}, []string{"state"})
			if m == nil {
				continue
			}
			if s.states[k] != nil {
				ps.bad(entry, "", "is a state's name: a state needs no holder entry")
			}
			h := &holderEntry{short: ps.str(entry, "short", m["short"])}
			name := ps.str(entry, "state", m["state"])
			if h.state = s.states[name]; h.state == nil && m["state"] != nil {
				ps.bad(entry, "state", "%q is not a state of the file", name)
			}
			switch r := ps.str(entry, "regime", m["regime"]); r {
			case "":
			case "occupation":
				h.regime = Occupation
			case "dependency":
				h.regime = Dependency
			default:
				ps.bad(entry, "regime", "%q is not a regime (want occupation or dependency, or leave it out)", r)
			}
			if m["sides"] != nil {
				h.sides = ps.sides(entry, m["sides"])
			}
			if h.state != nil {
				s.holders[k] = h
			}
		}
	}

	// Palettes.
	if pm := ps.object("", "palettes", top["palettes"], []string{"standard", "colour-blind"}, []string{"standard", "colour-blind"}); pm != nil {
		for _, v := range Variants {
			vm := ps.object(fmt.Sprintf("palette %q", v), "", pm[v.String()], []string{"light", "dark"}, []string{"light", "dark"})
			for _, t := range Themes {
				if vm == nil || vm[t.String()] == nil {
					continue
				}
				s.palettes[v][t] = ps.palette(s, v, t, vm[t.String()])
			}
		}
	}
	if len(ps.probs) > 0 {
		return nil, ps.probs
	}
	return s, nil
}

// requiredLines are the lines every palette must colour: the renderer
// and the legend use them.
var requiredLines = []string{"border", "border-rough", "coast", "selection", "frontier", "frontier-ussr-1939", "frontier-ussr-1941", "sphere", "base", "passage"}

func (s *Scheme) hasLine(name string) bool {
	for _, l := range s.lines {
		if l.name == name {
			return true
		}
	}
	return false
}

// palette reads one palette in one theme.
func (ps *parser) palette(s *Scheme, v Variant, t Theme, raw json.RawMessage) *Palette {
	entry := fmt.Sprintf("palette %q %q", v, t)
	m := ps.object(entry, "", raw, paletteFields, paletteFields)
	if m == nil {
		return nil
	}
	p := &Palette{scheme: s, variant: v, theme: t, lines: map[string]Line{}}
	for _, f := range []struct {
		name string
		dst  *color.RGBA
	}{{"sea", &p.sea}, {"land", &p.land}, {"border", &p.border}, {"coast", &p.coast}, {"hatching", &p.hatching}, {"label", &p.label}, {"halo", &p.halo}} {
		if m[f.name] != nil {
			*f.dst = ps.colour(entry, f.name, m[f.name])
		}
	}
	if tm := ps.object(entry, "tint", m["tint"], []string{"toward", "occupation", "dependency"}, []string{"toward", "occupation", "dependency"}); tm != nil {
		p.toward = ToLab(ps.colour(entry, "tint.toward", tm["toward"]))
		p.amount[Occupation] = ps.num(entry, "tint.occupation", tm["occupation"], 0, 0.9)
		p.amount[Dependency] = ps.num(entry, "tint.dependency", tm["dependency"], 0, 0.9)
	}
	if lm := ps.object(entry, "lines", m["lines"], nil, nil); lm != nil {
		for _, k := range slices.Sorted(maps.Keys(lm)) {
			if !s.hasLine(k) {
				ps.bad(entry, "lines."+k, "no such line in the file's lines")
			}
		}
		for _, d := range s.lines {
			f := "lines." + d.name
			l := Line{Name: d.name, Text: d.text, Width: d.width, Dash: d.dash, Casing: d.casing}
			if d.casing > 0 {
				lc := ps.object(entry, f, lm[d.name], []string{"colour", "casing"}, []string{"colour", "casing"})
				if lc != nil {
					l.Colour = ps.colour(entry, f+".colour", lc["colour"])
					l.CasingColour = ps.colour(entry, f+".casing", lc["casing"])
				}
			} else if lm[d.name] == nil {
				ps.bad(entry, f, "missing")
			} else {
				l.Colour = ps.colour(entry, f, lm[d.name])
			}
			p.lines[d.name] = l
		}
	}
	return p
}

// Palette returns palette v in theme t.
func (s *Scheme) Palette(v Variant, t Theme) *Palette { return s.palettes[v][t] }

// States returns the names of the file's states, sorted.
func (s *Scheme) States() []string {
	out := make([]string, 0, len(s.states))
	for k := range s.states {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// State returns the state of the file named name, or nil.
func (s *Scheme) State(name string) *State { return s.states[name] }

// StateOf returns the state holder h counts for and the regime it holds
// by: "Germany (General Government)" counts for Germany, as an
// occupation. A holder the file does not name counts for the state with
// its COW code, else the state whose name begins it ("Germany (…)"),
// as an occupation, else for a state of its own, coloured from its name.
func (s *Scheme) StateOf(h geodata.Holder) (*State, Regime) {
	if st := s.states[h.Name]; st != nil {
		return st, Own
	}
	if e := s.holders[h.Name]; e != nil {
		return e.state, e.regime
	}
	if i := strings.Index(h.Name, " ("); i > 0 {
		if st := s.states[h.Name[:i]]; st != nil {
			return st, Occupation
		}
	}
	if st := s.byCOW[h.COW]; st != nil && h.COW != 0 {
		return st, Own
	}
	return s.derive(h.Name), Own
}

// Known reports whether the file names the holder (as a state or a holder).
func (s *Scheme) Known(name string) bool {
	return s.states[name] != nil || s.holders[name] != nil
}

// SideOf returns the side holder h stood on on day d: its own entry's
// sides if it has them (Darlan's administration in North Africa), else
// its state's.
func (s *Scheme) SideOf(h geodata.Holder, d geodata.Day) Period {
	if e := s.holders[h.Name]; e != nil && e.sides != nil {
		return sideOn(e.sides, d)
	}
	st, _ := s.StateOf(h)
	return st.SideOn(d)
}

// ShortName returns the name the legend gives a holder under its state:
// the entry's short name, else what the parentheses of its name say
// ("Germany (General Government)": "General Government"), else its name.
func (s *Scheme) ShortName(h string) string {
	if e := s.holders[h]; e != nil && e.short != "" {
		return e.short
	}
	if i := strings.Index(h, " ("); i > 0 && strings.HasSuffix(h, ")") {
		if s.states[h[:i]] != nil {
			return h[i+2 : len(h)-1]
		}
	}
	return h
}

// derive makes a state for a holder the file does not know: a muted
// colour from its name, the same every time, neutral.
func (s *Scheme) derive(name string) *State {
	if st, ok := s.derived.Load(name); ok {
		return st.(*State)
	}
	st := &State{Name: name, Sides: []Period{{Side: Neutral}}}
	var x uint32 = 2166136261
	for i := 0; i < len(name); i++ {
		x = (x ^ uint32(name[i])) * 16777619
	}
	hue := float64(x%360) * math.Pi / 180
	for _, v := range Variants {
		for _, t := range Themes {
			l := Lab{L: 78 + float64(x>>9%8), A: 16 * math.Cos(hue), B: 16 * math.Sin(hue)}
			if t == Dark {
				l.L -= 30
			}
			st.colours[v][t] = l.RGBA()
		}
	}
	got, _ := s.derived.LoadOrStore(name, st)
	return got.(*State)
}

func join(a, b string) string {
	if a == "" {
		return b
	}
	return a + "." + b
}
