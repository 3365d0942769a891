package label

import (
	"encoding/json"
	"fmt"
	"reflect"
	"testing"
)

func placedTexts(ps []Placed) []string {
	var out []string
	for _, p := range ps {
		out = append(out, fmt.Sprintf("%s/%d/%d", p.Text, p.Tier, len(p.Lines)))
	}
	return out
}

func TestPlace(t *testing.T) {
	big := 400.0 * 400
	tests := []struct {
		name  string
		cands []Candidate
		want  []string // text/tier/lines, in placement order
	}{
		{"one state", []Candidate{{Text: "Poland", Priority: big, X: 200, Y: 100, MaxWidth: 300}}, []string{"Poland/0/1"}},
		{"tier 0 before tier 1 wins the place", []Candidate{
			{Text: "Volhynia", Tier: 1, Priority: 1e9, X: 200, Y: 100},
			{Text: "Poland", Priority: big, X: 200, Y: 100},
		}, []string{"Poland/0/1"}},
		{"larger first", []Candidate{
			{Text: "Lithuania", Priority: 100 * 100, X: 200, Y: 100},
			{Text: "Poland", Priority: big, X: 210, Y: 104},
		}, []string{"Poland/0/1"}},
		{"region where there is room", []Candidate{
			{Text: "Poland", Priority: big, X: 200, Y: 60},
			{Text: "Volhynia", Tier: 1, X: 200, Y: 140},
		}, []string{"Poland/0/1", "Volhynia/1/1"}},
		{"region too wide for its room", []Candidate{{Text: "Volhynia", Tier: 1, X: 200, Y: 140, MaxWidth: 20}}, nil},
		{"region of a placed state's name", []Candidate{
			{Text: "General Government", Priority: big, X: 200, Y: 60},
			{Text: "General Government", Tier: 1, X: 200, Y: 160},
		}, []string{"General Government/0/1"}},
		{"two lines when too wide", []Candidate{{Text: "Protectorate of Bohemia and Moravia", Priority: 150 * 150, X: 200, Y: 100, MaxWidth: 240}},
			[]string{"Protectorate of Bohemia and Moravia/0/2"}},
		{"break before a bracket", []Candidate{{Text: "Norway (Reichskommissariat)", Priority: 150 * 150, X: 200, Y: 100, MaxWidth: 200}},
			[]string{"Norway (Reichskommissariat)/0/2"}},
		{"dropped when nothing fits", []Candidate{{Text: "Soviet Union", Priority: 150 * 150, X: 200, Y: 100, MaxWidth: 30}}, nil},
		{"dropped when off the frame", []Candidate{{Text: "Poland", Priority: big, X: 5, Y: 100}}, nil},
		{"blank text", []Candidate{{Text: " ", Priority: big, X: 200, Y: 100}}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := placedTexts(Place(tc.cands, 400, 200, 1))
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("placed %q, want %q", got, tc.want)
			}
		})
	}
}

func TestPlaceShrinks(t *testing.T) {
	c := Candidate{Text: "Soviet", Priority: 600 * 600, X: 200, Y: 100}
	full := Place([]Candidate{c}, 400, 200, 1)[0]
	c.MaxWidth = float64(full.Box.Dx()) - 8
	small := Place([]Candidate{c}, 400, 200, 1)
	if len(small) != 1 || small[0].Style.Size >= full.Style.Size || len(small[0].Lines) != 1 {
		t.Fatalf("placed %+v, want one line smaller than %v px", small, full.Style.Size)
	}
}

// TestPlaceNoOverlap places a dense grid of candidates and checks that no
// two placed boxes overlap and that all lie inside the frame.
func TestPlaceNoOverlap(t *testing.T) {
	var cands []Candidate
	for i := 0; i < 200; i++ {
		cands = append(cands, Candidate{Text: fmt.Sprintf("Label %d", i), Tier: i % 2, Priority: float64(i * 37 % 101 * 1000),
			X: float64(i * 53 % 640), Y: float64(i * 31 % 480), ID: fmt.Sprint(i)})
	}
	ps := Place(cands, 640, 480, 1)
	if len(ps) < 10 {
		t.Fatalf("only %d placed", len(ps))
	}
	for i, a := range ps {
		if a.Box.Min.X < 0 || a.Box.Min.Y < 0 || a.Box.Max.X > 640 || a.Box.Max.Y > 480 {
			t.Errorf("%q: box %v outside the frame", a.Text, a.Box)
		}
		for _, b := range ps[:i] {
			if a.Box.Overlaps(b.Box) {
				t.Errorf("%q %v overlaps %q %v", a.Text, a.Box, b.Text, b.Box)
			}
		}
	}
}

func TestPlaceStable(t *testing.T) {
	cands := []Candidate{
		{Text: "Germany", Priority: 90000, X: 300, Y: 200, ID: "de"},
		{Text: "Poland", Priority: 90000, X: 330, Y: 205, ID: "pl"},
		{Text: "Sudetenland", Tier: 1, X: 280, Y: 240, ID: "s"},
		{Text: "East Prussia", Tier: 1, X: 380, Y: 160, ID: "ep"},
	}
	a := Place(cands, 640, 480, 1)
	rev := append([]Candidate(nil), cands...)
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	b := Place(rev, 640, 480, 1)
	if !reflect.DeepEqual(a, b) {
		t.Errorf("input order changed the result:\n%v\n%v", placedTexts(a), placedTexts(b))
	}
	// A pan moves every anchor by the same offset: the labels move with it.
	panned := append([]Candidate(nil), cands...)
	for i := range panned {
		panned[i].X += 40
		panned[i].Y -= 20
	}
	c := Place(panned, 640, 480, 1)
	if len(c) != len(a) {
		t.Fatalf("pan changed the labels: %v, then %v", placedTexts(a), placedTexts(c))
	}
	for i := range a {
		if c[i].Text != a[i].Text || c[i].X != a[i].X+40 || c[i].Y != a[i].Y-20 ||
			c[i].Box.Min.X != a[i].Box.Min.X+40 || c[i].Box.Min.Y != a[i].Box.Min.Y-20 {
			t.Errorf("%q: at %v,%v box %v after the pan, was %v,%v box %v", c[i].Text, c[i].X, c[i].Y, c[i].Box, a[i].X, a[i].Y, a[i].Box)
		}
	}
}

func TestPlacedJSON(t *testing.T) {
	ps := Place([]Candidate{{Text: "Łódź", Tier: 1, X: 100, Y: 50, Lon: 19.46, Lat: 51.76, ID: "lodz"}}, 200, 100, 1)
	b, err := json.Marshal(ps)
	if err != nil {
		t.Fatal(err)
	}
	want := `[{"text":"Łódź","tier":1,"lon":19.46,"lat":51.76,"x":100,"y":50}]`
	if string(b) != want {
		t.Errorf("JSON %s, want %s", b, want)
	}
}

func TestTierStyle(t *testing.T) {
	tests := []struct {
		name       string
		tier, step int
		scale      float64
		size       float64
		w          Weight
		upper      bool
	}{
		{"state smallest", 0, 0, 1, 10, Bold, true},
		{"state clamped", 0, 99, 1, 21, Bold, true},
		{"state hidpi", 0, 1, 2, 24, Bold, true},
		{"region", 1, 3, 1, 11, Italic, false},
		{"bad scale", 1, 0, 0, 11, Italic, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := TierStyle(tc.tier, tc.step, tc.scale)
			if st.Size != tc.size || st.Weight != tc.w || st.Upper != tc.upper {
				t.Errorf("TierStyle = %+v", st)
			}
		})
	}
}

func TestPlaceRepeatsAndFallbacks(t *testing.T) {
	big := 400.0 * 400
	tests := []struct {
		name  string
		cands []Candidate
		want  []string
		at    [][2]float64 // X, Y of each placed label
	}{
		{"small second area of a placed text dropped", []Candidate{
			{Text: "Germany", Priority: big, X: 100, Y: 60, ID: "a"},
			{Text: "Germany", Priority: big / 10, X: 300, Y: 150, ID: "b"},
		}, []string{"Germany/0/1"}, [][2]float64{{100, 60}}},
		{"large second area labelled again", []Candidate{
			{Text: "France", Priority: big, X: 100, Y: 60, ID: "a"},
			{Text: "France", Priority: big / 2, X: 300, Y: 150, ID: "b"},
		}, []string{"France/0/1", "France/0/1"}, [][2]float64{{100, 60}, {300, 150}}},
		{"alternate anchor when the first is taken", []Candidate{
			{Text: "Germany", Priority: big, X: 200, Y: 60, ID: "a"},
			{Text: "Ostland", Priority: big / 2, X: 205, Y: 62, Alt: []Anchor{{X: 200, Y: 150}}, ID: "b"},
		}, []string{"Germany/0/1", "Ostland/0/1"}, [][2]float64{{200, 60}, {200, 150}}},
		{"short form when nothing else fits", []Candidate{
			{Text: "Lithuania", Short: "Lith.", Priority: 80 * 80, X: 200, Y: 100, MaxWidth: 50, ID: "lt"},
		}, []string{"Lithuania/0/1"}, [][2]float64{{200, 100}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ps := Place(tc.cands, 400, 200, 1)
			if got := placedTexts(ps); !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("placed %q, want %q", got, tc.want)
			}
			for i, p := range ps {
				if p.X != tc.at[i][0] || p.Y != tc.at[i][1] {
					t.Errorf("%q at %v,%v, want %v", p.Text, p.X, p.Y, tc.at[i])
				}
			}
		})
	}
	t.Run("short form is set", func(t *testing.T) {
		ps := Place([]Candidate{{Text: "Lithuania", Short: "Lith.", Priority: 80 * 80, X: 200, Y: 100, MaxWidth: 50}}, 400, 200, 1)
		if len(ps) != 1 || ps[0].Lines[0].Text != "LITH." {
			t.Errorf("placed %+v, want LITH.", ps)
		}
	})
}
