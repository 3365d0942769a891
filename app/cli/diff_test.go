package cli

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
	"github.com/frontiers-atlas/frontiers/internal/testfile"
)

func TestDiff(t *testing.T) {
	out, errOut, code := runCLI(t, "diff", "--data", miniData, "--from", "1939-03-01", "--to", "1942-05-26")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if !strings.HasPrefix(lines[0], "Changes of control from 1939-03-01 to 1942-05-26: 2 territories, ") {
		t.Errorf("head %q", lines[0])
	}
	// Southmark (larger) first, then Westmark.
	var rows []string
	for _, l := range lines {
		if strings.HasPrefix(l, "Southmark") || strings.HasPrefix(l, "Westmark") {
			rows = append(rows, strings.Join(strings.Fields(l), " "))
		}
	}
	a, err := geodata.LoadFile(miniData, nil)
	if err != nil {
		t.Fatal(err)
	}
	sArea := geodata.FormatKm2(geodata.Area(a.History("southmark")[0].Geometry))
	wArea := geodata.FormatKm2(geodata.Area(a.History("westmark")[0].Geometry))
	want := []string{"Southmark — South " + sArea, "Westmark West East " + wArea}
	if strings.Join(rows, "|") != strings.Join(want, "|") {
		t.Errorf("rows %q, want %q\n%s", rows, want, out)
	}
	if !strings.Contains(out, "West") || !strings.Contains(out, "−"+wArea) || !strings.Contains(out, "+"+sArea) {
		t.Errorf("no balance lines:\n%s", out)
	}
	checkGolden(t, "diff.golden", out)

	out, _, code = runCLI(t, "diff", "--data", miniData, "--from", "1940-06-01", "--to", "1940-07-01", "--layer", "sovereignty", "--json")
	var d diffOut
	if code != 0 || json.Unmarshal([]byte(out), &d) != nil {
		t.Fatalf("exit %d, %s", code, out)
	}
	if d.Layer != "sovereignty" || len(d.Changes) != 0 || len(d.Holders) != 0 {
		t.Errorf("occupation on the sovereignty layer: %+v", d)
	}
	out, _, _ = runCLI(t, "diff", "--data", miniData, "--from", "1940-06-01", "--to", "1940-07-01", "--json")
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	if len(d.Changes) != 1 || d.Changes[0].ID != "westmark" || *d.Changes[0].From != "West" || d.Changes[0].FromCOW != nil ||
		*d.Changes[0].To != "East" || *d.Changes[0].ToCOW != 365 || d.Changes[0].AreaKm2 < 1000 {
		t.Errorf("control June–July 1940: %s", out)
	}
	if len(d.Holders) != 2 || d.Holders[0].Holder != "East" || d.Holders[0].NetKm2 != d.Changes[0].AreaKm2 || d.Holders[1].LostKm2 != d.Changes[0].AreaKm2 {
		t.Errorf("holders %+v", d.Holders)
	}
	// A territory not yet on the map: from is null.
	out, _, _ = runCLI(t, "diff", "--data", miniData, "--from", "1941-01-01", "--to", "1942-01-01", "--json")
	if !strings.Contains(out, `"from": null`) || !strings.Contains(out, `"id": "southmark"`) {
		t.Errorf("southmark appears:\n%s", out)
	}

	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"diff", "--from", "1942-05-26"}, "frontiers diff: --from YYYY-MM-DD and --to YYYY-MM-DD are required"},
		{[]string{"diff", "--from", "1942-05-32", "--to", "1942-05-26"}, `frontiers diff: --from "1942-05-32": `},
		{[]string{"diff", "--from", "1942-05-01", "--to", "1942-05-26", "--layer", "x"}, `frontiers diff: --layer "x"`},
	} {
		_, errOut, code := runCLI(t, tc.args...)
		if code != 2 {
			t.Errorf("%v: exit %d", tc.args, code)
		}
		wantOneLineErr(t, errOut, tc.want)
	}
}

func TestAnimate(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "war.gif")
	const w, h = 240, 180
	_, errOut, code := runCLI(t, "animate", "--data", miniData, "--from", "1940-06-03", "--to", "1940-07-01", "--step", "1w",
		"--width", fmt.Sprint(w), "--height", fmt.Sprint(h), "--bbox", "19,44,31,56", "-o", out)
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	g := testfile.GIF(t, testfile.Read(t, out))
	// 3, 10, 17, 24 June and 1 July.
	if len(g.Image) != 5 || g.Image[0].Bounds().Dx() != w || g.Image[0].Bounds().Dy() != h {
		t.Fatalf("%d frames of %v", len(g.Image), g.Image[0].Bounds())
	}
	if g.Delay[4] <= g.Delay[0] {
		t.Errorf("delays %v: the last frame should stay longer", g.Delay)
	}
	view := geodata.Fit(orb.Bound{Min: orb.Point{19, 44}, Max: orb.Point{31, 56}}, w, h)
	x, y := view.Pixel(orb.Point{21, 51})
	ix, iy := int(x), int(y)
	if (ix+iy)&7 == 0 {
		ix++
	}
	west := render.Standard.Color(geodata.Holder{Name: "West"})
	east := render.Standard.Color(geodata.Holder{Name: "East", COW: 365})
	if got := toRGBA(g.Image[0].At(ix, iy)); got != west {
		t.Errorf("3 June 1940 at Westmark %v, want West's %v", got, west)
	}
	if got := toRGBA(g.Image[4].At(ix, iy)); got != east {
		t.Errorf("1 July 1940 at Westmark %v, want East's %v", got, east)
	}
	// Each frame has its caption: the frames differ in the caption box.
	box := 0
	for yy := h - 30; yy < h; yy++ {
		for xx := 0; xx < 200; xx++ {
			if g.Image[1].ColorIndexAt(xx, yy) != g.Image[2].ColorIndexAt(xx, yy) ||
				toRGBA(g.Image[1].At(xx, yy)) != toRGBA(g.Image[2].At(xx, yy)) {
				box++
			}
		}
	}
	if box == 0 {
		t.Errorf("the captions of 10 and 17 June are the same")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("temporary files left: %v", entries)
	}

	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"animate", "--from", "1940-01-01", "--to", "1940-02-01"}, "frontiers animate: -o FILE.gif is required"},
		{[]string{"animate", "--from", "1940-02-01", "--to", "1940-01-01", "-o", "x.gif"}, "frontiers animate: --from 1940-02-01 is after --to 1940-01-01"},
		{[]string{"animate", "--from", "1940-01-01", "--to", "1940-02-01", "--step", "0d", "-o", "x.gif"}, `frontiers animate: --step "0d": `},
		{[]string{"animate", "--to", "1940-02-01", "-o", "x.gif"}, "frontiers animate: --from YYYY-MM-DD and --to YYYY-MM-DD are required"},
		{[]string{"animate", "--from", "1939-01-01", "--to", "1942-12-31", "--step", "1d", "--width", "4000", "--height", "3000", "-o", "x.gif"}, "frontiers animate: 1461 frames of 4000x3000 are more than"},
	} {
		_, errOut, code := runCLI(t, append(tc.args, "--data", miniData)...)
		if code != 2 {
			t.Errorf("%v: exit %d", tc.args, code)
		}
		wantOneLineErr(t, errOut, tc.want)
	}
}

// On the bundled data a state's gains are one line however many of its
// regimes took the land, and each highlight topic has its one total:
// "how much of Bessarabia changed hands" has one answer.
func TestDiffStatesAndTopics(t *testing.T) {
	out, errOut, code := runCLI(t, "diff", "--from", "1940-06-01", "--to", "1940-09-01", "--json")
	var d diffOut
	if code != 0 || errOut != "" || json.Unmarshal([]byte(out), &d) != nil {
		t.Fatalf("exit %d, stderr %q, %.200s", code, errOut, out)
	}
	german := 0.0
	for _, c := range d.Changes {
		if c.To != nil && strings.HasPrefix(*c.To, "Germany (") {
			german += c.AreaKm2
		}
	}
	var gained float64
	for _, b := range d.Holders {
		if strings.HasPrefix(b.Holder, "Germany (") {
			t.Errorf("Germany's gains under %q", b.Holder)
		}
		if b.Holder == "Germany" {
			gained = b.GainedKm2
		}
	}
	if german == 0 || math.Abs(gained-german) > 1 {
		t.Errorf("Germany gained %.1f km², its regimes took %.1f", gained, german)
	}
	topics := map[string]diffTopic{}
	for _, tp := range d.Topics {
		topics[tp.Topic] = tp
	}
	bess, ok := topics["bessarabia"]
	if !ok || bess.ChangedKm2 < 40000 {
		t.Fatalf("bessarabia: %+v", bess)
	}
	states := map[string]diffState{}
	for _, s := range bess.States {
		states[s.State] = s
	}
	if su, ro := states["Soviet Union"], states["Romania"]; math.Abs(su.GainedKm2-bess.ChangedKm2) > 1 || math.Abs(ro.LostKm2-bess.ChangedKm2) > 1 {
		t.Errorf("bessarabia %.1f km²: Soviet Union gained %.1f, Romania lost %.1f", bess.ChangedKm2, su.GainedKm2, ro.LostKm2)
	}
	if _, ok := topics["baltic"]; !ok {
		t.Errorf("no baltic topic: %+v", d.Topics)
	}
}
