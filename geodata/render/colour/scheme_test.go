package colour

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// minimal is the smallest valid palette file, as JSON-able values.
func minimal() map[string]any {
	lines := map[string]any{}
	colours := map[string]any{}
	for _, l := range requiredLines {
		lines[l] = map[string]any{"text": l, "width": 1.0}
		colours[l] = "#101010"
	}
	lines["frontier-ussr-1941"] = map[string]any{"text": "1941", "width": 1.5, "casing": 6.0}
	colours["frontier-ussr-1941"] = map[string]any{"colour": "#501060", "casing": "#b080c866"}
	lines["frontier-ussr-1939"] = map[string]any{"text": "1939", "width": 2.0, "dash": []any{7.0, 4.0}}
	theme := func() map[string]any {
		return map[string]any{
			"sea": "#a0c0e0", "land": "#e8e4d8", "border": "#404040", "coast": "#405070", "hatching": "#202060",
			"label": "#101010", "halo": "#ffffff", "tint": map[string]any{"toward": "#ffffff", "occupation": 0.5, "dependency": 0.3},
			"lines": colours,
		}
	}
	pal := map[string]any{}
	for _, v := range []string{"standard", "colour-blind"} {
		pal[v] = map[string]any{"light": theme(), "dark": theme()}
	}
	fill := func() map[string]any { return map[string]any{"light": "#c0a080", "dark": "#605040"} }
	return map[string]any{
		"lines":    lines,
		"palettes": pal,
		"states": map[string]any{
			"Ruritania": map[string]any{"cow": 999.0, "standard": fill(), "colour-blind": fill(), "sides": []any{
				map[string]any{"side": "neutral", "until": "1940-01-01", "source": "Treaty of Zenda"},
				map[string]any{"side": "allied", "from": "1940-01-01", "source": "Declaration of war, 1 January 1940", "note": "at war"},
			}},
		},
		"holders": map[string]any{
			"Ruritania (Strelsau zone)": map[string]any{"state": "Ruritania", "regime": "occupation", "short": "Strelsau zone"},
		},
	}
}

func marshal(t *testing.T, m map[string]any) []byte {
	t.Helper()
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// get walks a path of object keys (and list indices) in m.
func get(m map[string]any, path ...string) map[string]any {
	cur := any(m)
	for _, k := range path {
		switch c := cur.(type) {
		case map[string]any:
			cur = c[k]
		case []any:
			i := int(k[0] - '0')
			cur = c[i]
		}
	}
	return cur.(map[string]any)
}

func TestParseMinimal(t *testing.T) {
	s, err := Parse("palette.json", marshal(t, minimal()))
	if err != nil {
		t.Fatal(err)
	}
	st := s.State("Ruritania")
	if st == nil || st.COW != 999 || len(st.Sides) != 2 {
		t.Fatalf("state %+v", st)
	}
	if p := st.SideOn(geodata.MustDay("1939-12-31")); p.Side != Neutral || p.Source != "Treaty of Zenda" {
		t.Errorf("1939: %+v", p)
	}
	if p := st.SideOn(geodata.MustDay("1940-01-01")); p.Side != Allied || p.Note != "at war" {
		t.Errorf("1940: %+v", p)
	}
	p := s.Palette(ColourBlind, Dark)
	if Hex(p.StateColour(st)) != "#605040" {
		t.Errorf("colour %s", Hex(p.StateColour(st)))
	}
	if l, ok := p.Line("frontier-ussr-1941"); !ok || l.Casing != 6 || l.CasingColour.A != 0x66 || Hex(l.Colour) != "#501060" {
		t.Errorf("1941 line %+v", l)
	}
	if l, _ := p.Line("frontier-ussr-1939"); len(l.Dash) != 2 || l.Dash[0] != 7 {
		t.Errorf("1939 line %+v", l)
	}
	occ := p.Fill(geodata.Holder{Name: "Ruritania (Strelsau zone)"}, geodata.Control, 0)
	if occ == p.StateColour(st) {
		t.Error("the occupation is not tinted")
	}
	if st2, _ := s.StateOf(geodata.Holder{Name: "Kingdom of R.", COW: 999}); st2 != st {
		t.Error("COW 999 is not Ruritania")
	}
}

// Each mistake is reported with its file, entry and field.
func TestParseProblems(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(m map[string]any)
		want string
	}{
		{"bad colour", func(m map[string]any) { get(m, "states", "Ruritania", "standard")["dark"] = "#12" },
			`palette.json: state "Ruritania": standard.dark: "#12" is not a colour`},
		{"translucent fill", func(m map[string]any) { get(m, "states", "Ruritania", "standard")["dark"] = "#12345680" },
			`state "Ruritania": standard.dark: a fill must be opaque`},
		{"missing theme", func(m map[string]any) { delete(get(m, "states", "Ruritania", "colour-blind"), "light") },
			`state "Ruritania": colour-blind.light: missing`},
		{"unknown field", func(m map[string]any) { get(m, "states", "Ruritania")["colur"] = "#123456" },
			`state "Ruritania": colur: unknown field`},
		{"bad side", func(m map[string]any) { get(m, "states", "Ruritania", "sides", "0")["side"] = "axsi" },
			`state "Ruritania": sides[0].side: "axsi" is not a side`},
		{"gap between periods", func(m map[string]any) { get(m, "states", "Ruritania", "sides", "1")["from"] = "1940-01-02" },
			`state "Ruritania": sides[1].from: 1940-01-02 is not 1940-01-01, the until of the period before`},
		{"no source", func(m map[string]any) { delete(get(m, "states", "Ruritania", "sides", "1"), "source") },
			`state "Ruritania": sides[1].source: missing`},
		{"bad date", func(m map[string]any) { get(m, "states", "Ruritania", "sides", "0")["until"] = "1940-02-30" },
			`state "Ruritania": sides[0].until:`},
		{"open last period", func(m map[string]any) { get(m, "states", "Ruritania", "sides", "1")["until"] = "1941-01-01" },
			`state "Ruritania": sides[1].until: the last period must be open at the end`},
		{"holder of no state", func(m map[string]any) { get(m, "holders", "Ruritania (Strelsau zone)")["state"] = "Graustark" },
			`holder "Ruritania (Strelsau zone)": state: "Graustark" is not a state of the file`},
		{"bad regime", func(m map[string]any) { get(m, "holders", "Ruritania (Strelsau zone)")["regime"] = "colony" },
			`holder "Ruritania (Strelsau zone)": regime: "colony" is not a regime`},
		{"missing palette colour", func(m map[string]any) { delete(get(m, "palettes", "standard", "dark"), "sea") },
			`palette "standard" "dark": sea: missing`},
		{"tint out of range", func(m map[string]any) { get(m, "palettes", "colour-blind", "light", "tint")["occupation"] = 1.5 },
			`palette "colour-blind" "light": tint.occupation: 1.5 is outside [0, 0.9]`},
		{"line without colour", func(m map[string]any) { delete(get(m, "palettes", "standard", "light", "lines"), "sphere") },
			`palette "standard" "light": lines.sphere: missing`},
		{"cased line without casing", func(m map[string]any) {
			get(m, "palettes", "standard", "light", "lines")["frontier-ussr-1941"] = map[string]any{"colour": "#000000"}
		}, `palette "standard" "light": lines.frontier-ussr-1941.casing: missing`},
		{"unknown line colour", func(m map[string]any) { get(m, "palettes", "standard", "light", "lines")["canal"] = "#000000" },
			`palette "standard" "light": lines.canal: no such line`},
		{"required line", func(m map[string]any) { delete(get(m, "lines"), "base") }, `palette.json: lines.base: missing`},
		{"bad dash", func(m map[string]any) { get(m, "lines", "sphere")["dash"] = []any{8.0} },
			`line "sphere": dash: want [on, off]`},
		{"bad status", func(m map[string]any) { m["held_by_agreement"] = []any{"rented"} },
			`held_by_agreement: "rented" is not a status`},
		{"duplicate code", func(m map[string]any) {
			st := get(m, "states", "Ruritania")
			c := map[string]any{}
			for k, v := range st {
				c[k] = v
			}
			get(m, "states")["Graustark"] = c
		}, `state "Ruritania": cow: 999 is also the code of "Graustark"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := minimal()
			tc.edit(m)
			_, err := Parse("palette.json", marshal(t, m))
			if err == nil {
				t.Fatalf("no problem reported, want %q", tc.want)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got\n%v\nwant a line with %q", err, tc.want)
			}
		})
	}
	if _, err := Parse("palette.json", []byte("[1, 2]")); err == nil || !strings.Contains(err.Error(), "want an object") {
		t.Errorf("a list: %v", err)
	}
}
