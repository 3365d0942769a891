package colour

// The reading of palette.json: its problems, and the parser that checks
// each entry and field.

import (
	"encoding/json"
	"fmt"
	"image/color"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/internal/problem"
)

// Problem is one thing wrong in a palette file, located by entry (its
// Item, e.g. `state "Germany"`, `palette "standard" "light"`) and field
// (e.g. "colour-blind.dark"), e.g.
// `palette.json: state "Germany": standard.dark: "#12" is not a colour`.
type Problem = problem.Problem

// Problems is every problem found in a palette file, one a line. It is an
// error.
type Problems = problem.List

// parser collects problems while reading one file.
type parser struct {
	file  string
	probs Problems
}

func (ps *parser) bad(entry, field, msg string, args ...any) {
	ps.probs.Add(ps.file, entry, field, msg, args...)
}

// object decodes raw as a JSON object whose keys must be among allowed
// (nil: any) and must include required.
func (ps *parser) object(entry, field string, raw json.RawMessage, allowed, required []string) map[string]json.RawMessage {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil || m == nil {
		ps.bad(entry, field, "want an object")
		return nil
	}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		if allowed != nil && !slices.Contains(allowed, k) {
			ps.bad(entry, join(field, k), "unknown field (want one of %s)", strings.Join(allowed, ", "))
		}
	}
	for _, k := range required {
		if _, ok := m[k]; !ok {
			ps.bad(entry, join(field, k), "missing")
		}
	}
	return m
}

func (ps *parser) str(entry, field string, raw json.RawMessage) string {
	var s string
	if raw == nil {
		return ""
	}
	if err := json.Unmarshal(raw, &s); err != nil {
		ps.bad(entry, field, "want a string")
	}
	return s
}

func (ps *parser) num(entry, field string, raw json.RawMessage, lo, hi float64) float64 {
	var x float64
	if raw == nil {
		return 0
	}
	if err := json.Unmarshal(raw, &x); err != nil {
		ps.bad(entry, field, "want a number")
		return 0
	}
	if x < lo || x > hi {
		ps.bad(entry, field, "%v is outside [%v, %v]", x, lo, hi)
	}
	return x
}

func (ps *parser) colour(entry, field string, raw json.RawMessage) color.RGBA {
	s := ps.str(entry, field, raw)
	c, ok := parseHex(s)
	if !ok {
		ps.bad(entry, field, "%q is not a colour (want #rrggbb or #rrggbbaa)", s)
	}
	return c
}

// parseHex reads #rrggbb or #rrggbbaa. A translucent colour is returned
// with straight (not premultiplied) channels in an RGBA, as drawn over
// another with Over.
func parseHex(s string) (color.RGBA, bool) {
	if len(s) != 7 && len(s) != 9 || s[0] != '#' {
		return color.RGBA{}, false
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return color.RGBA{}, false
	}
	if len(s) == 7 {
		v = v<<8 | 0xff
	}
	return color.RGBA{uint8(v >> 24), uint8(v >> 16), uint8(v >> 8), uint8(v)}, true
}

// Hex formats an opaque colour as #rrggbb, a translucent one as #rrggbbaa.
func Hex(c color.RGBA) string {
	if c.A == 0xff {
		return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B)
	}
	return fmt.Sprintf("#%02x%02x%02x%02x", c.R, c.G, c.B, c.A)
}

func (ps *parser) day(entry, field string, raw json.RawMessage) (geodata.Day, bool) {
	if raw == nil {
		return 0, false
	}
	s := ps.str(entry, field, raw)
	d, err := geodata.ParseDay(s)
	if err != nil {
		ps.bad(entry, field, "%v", err)
		return 0, false
	}
	return d, true
}

// sides reads a list of periods that must follow each other without gap
// or overlap and cover all time: the first open at the start, the last
// open at the end.
func (ps *parser) sides(entry string, raw json.RawMessage) []Period {
	var list []json.RawMessage
	if err := json.Unmarshal(raw, &list); err != nil || len(list) == 0 {
		ps.bad(entry, "sides", "want a non-empty list of periods")
		return nil
	}
	out := make([]Period, 0, len(list))
	for i, r := range list {
		f := fmt.Sprintf("sides[%d]", i)
		m := ps.object(entry, f, r, []string{"side", "from", "until", "note", "source"}, []string{"side", "source"})
		if m == nil {
			continue
		}
		var p Period
		s := ps.str(entry, f+".side", m["side"])
		found := false
		for k, n := range sideNames {
			if n == s {
				p.Side, found = Side(k), true
			}
		}
		if !found && m["side"] != nil {
			ps.bad(entry, f+".side", "%q is not a side (want one of %s)", s, strings.Join(sideNames[:], ", "))
		}
		p.From, p.HasFrom = ps.day(entry, f+".from", m["from"])
		p.Until, p.HasUntil = ps.day(entry, f+".until", m["until"])
		p.Note = ps.str(entry, f+".note", m["note"])
		p.Source = ps.str(entry, f+".source", m["source"])
		if m["source"] != nil && strings.TrimSpace(p.Source) == "" {
			ps.bad(entry, f+".source", "empty: name the act or event, with its date")
		}
		if p.HasFrom && p.HasUntil && p.Until <= p.From {
			ps.bad(entry, f+".until", "%s is not after from %s", p.Until, p.From)
		}
		switch {
		case i == 0 && p.HasFrom:
			ps.bad(entry, f+".from", "the first period must be open at the start (no from)")
		case i > 0 && !p.HasFrom:
			ps.bad(entry, f+".from", "missing: periods after the first start where the one before ends")
		case i > 0 && out[i-1].HasUntil && p.From != out[i-1].Until:
			ps.bad(entry, f+".from", "%s is not %s, the until of the period before", p.From, out[i-1].Until)
		}
		if i > 0 && !out[i-1].HasUntil {
			ps.bad(entry, fmt.Sprintf("sides[%d].until", i-1), "missing: a period followed by another must end")
		}
		if i == len(list)-1 && p.HasUntil {
			ps.bad(entry, f+".until", "the last period must be open at the end (no until)")
		}
		out = append(out, p)
	}
	return out
}
