package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"github.com/frontiers-atlas/frontiers/app/mapimage"
	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
)

// The test dataset: westmark (West's until 1940-06-17, occupied by East
// until 1940-08-06, then annexed by East), eastmark (East's throughout),
// southmark (South's from 1941-07-01~, with a hole), a base point from
// 1941-12-16~ and an undated frontier line; four events.
const (
	miniData       = "../../geodata/testdata/mini.geojson"
	miniEventsData = "../../geodata/testdata/mini.events.json"
)

var update = flag.Bool("update", false, "rewrite app/cli/testdata/*.golden")

// runCLI runs the command line as main does, failing the test if it
// opens the window, and returns its outputs and exit status.
func runCLI(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	return runMain(t, func(Window) error { t.Error("the window was opened"); return nil }, args...)
}

// runMain runs the command line as main does, with window in the place
// of the window.
func runMain(t *testing.T, window func(Window) error, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var o, e bytes.Buffer
	if IsCommand(args) {
		code = Main(args, &o, &e)
	} else {
		opts, err := WindowOptions(args)
		if err == nil {
			err = window(opts)
		}
		code = Exit(err, &o, &e)
	}
	return o.String(), e.String(), code
}

// oneLineErr checks that stderr is exactly one line starting with prefix.
func wantOneLineErr(t *testing.T, stderr, prefix string) {
	t.Helper()
	if !strings.HasPrefix(stderr, prefix) || !strings.HasSuffix(stderr, "\n") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("stderr = %q, want one line starting with %q", stderr, prefix)
	}
}

func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./app/cli -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the output (run with -update if the change is meant):\n got: %s\nwant: %s", path, got, want)
	}
}

func TestHelp(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"help"}, usage()},
		{[]string{"-h"}, usage()},
		{[]string{"--help"}, usage()},
		{[]string{"-help"}, usage()},
		{[]string{"--date", "1940-01-01", "-h"}, usage()},
		{[]string{"help", "render"}, commandHelp(lookup("render"))},
		{[]string{"render", "-h"}, commandHelp(lookup("render"))},
		{[]string{"query", "--help"}, commandHelp(lookup("query"))},
	} {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			out, errOut, code := runCLI(t, tt.args...)
			if code != 0 || out != tt.want || errOut != "" {
				t.Errorf("exit %d, stdout %d bytes, stderr %q; want 0 and the help on stdout", code, len(out), errOut)
			}
		})
	}
	checkGolden(t, "usage.golden", usage())
	for _, cmd := range commands {
		h := commandHelp(&cmd)
		section, _, _ := strings.Cut(h, helpFoot)
		if !strings.HasPrefix(h, "frontiers "+cmd.name+" ") || !strings.Contains(usage(), section) {
			t.Errorf("the help of %s is not a section of the usage:\n%s", cmd.name, h)
		}
		for _, line := range strings.Split(h, "\n") {
			if n := utf8.RuneCountInString(line); n > helpWidth {
				t.Errorf("%s: %d runes, more than %d: %q", cmd.name, n, helpWidth, line)
			}
		}
		c := commandCall(&cmd)
		for _, name := range c.order {
			if f := c.fs.Lookup(name); f.Usage == "" || strings.Contains(flagSynopsis(f), " string") {
				t.Errorf("%s --%s: usage %q names no value", cmd.name, name, f.Usage)
			}
		}
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"help", "draw"}, "frontiers help: unknown command \"draw\" (run frontiers help)\n"},
		{[]string{"help", "render", "query"}, "frontiers help: unexpected argument \"query\" (help takes one COMMAND)\n"},
	} {
		out, errOut, code := runCLI(t, tt.args...)
		if code != 2 || out != "" || errOut != tt.want {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 2, %q", tt.args, code, out, errOut, tt.want)
		}
	}
}

func TestQuery(t *testing.T) {
	str := func(s string) *string { return &s }
	tests := []struct {
		name, date, at        string
		id, controller, sov   string
		controllerCOW, sovCOW *int
		status                string
		since, until          *string
		history, current      int
		events                []string
		approximate           bool
		note                  string
	}{
		{name: "westmark independent", date: "1939-06-01", at: "52.5,21",
			id: "westmark", controller: "West", sov: "West", status: "independent",
			until: str("1940-06-17"), history: 3, current: 0, events: []string{"occupation", "annexation"}},
		{name: "westmark last day independent", date: "1940-06-16", at: "52.5,21",
			id: "westmark", controller: "West", sov: "West", status: "independent",
			until: str("1940-06-17"), history: 3, current: 0, events: []string{"occupation", "annexation"}},
		{name: "westmark occupied on the first day", date: "1940-06-17", at: "52.5,21",
			id: "westmark", controller: "East", controllerCOW: intPtr(365), sov: "West", status: "occupied",
			since: str("1940-06-17"), until: str("1940-08-06"), history: 3, current: 1, events: []string{"occupation", "annexation"}},
		{name: "westmark occupied on the last day", date: "1940-08-05", at: "52.5,21",
			id: "westmark", controller: "East", controllerCOW: intPtr(365), sov: "West", status: "occupied",
			since: str("1940-06-17"), until: str("1940-08-06"), history: 3, current: 1, events: []string{"occupation", "annexation"}},
		{name: "westmark annexed", date: "1942-05-26", at: "52.5,21",
			id: "westmark", controller: "East", controllerCOW: intPtr(365), sov: "East", sovCOW: intPtr(365), status: "annexed",
			since: str("1940-08-06"), history: 3, current: 2, events: []string{"occupation", "annexation"},
			note: "Not recognised by South."},
		{name: "eastmark", date: "1939-01-01", at: "52.5,27.5",
			id: "eastmark", controller: "East", controllerCOW: intPtr(365), sov: "East", sovCOW: intPtr(365), status: "integral",
			history: 1, current: 0, events: []string{}},
		{name: "southmark approximate start", date: "1941-07-01", at: "47,21",
			id: "southmark", controller: "South", sov: "South", status: "independent",
			since: str("1941-07-01~"), history: 1, current: 0, events: []string{"southmark"}, approximate: true},
		{name: "outside the data before 1939", date: "1920-01-01", at: "52.5,27.5",
			id: "eastmark", controller: "East", controllerCOW: intPtr(365), sov: "East", sovCOW: intPtr(365), status: "integral",
			history: 1, current: 0, events: []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := runCLI(t, "query", "--data", miniData, "--date", tt.date, "--at", tt.at)
			if code != 0 || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			var q queryResult
			dec := json.NewDecoder(strings.NewReader(out))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&q); err != nil {
				t.Fatalf("output is not a query result: %v\n%s", err, out)
			}
			if q.ID != tt.id || q.Controller != tt.controller || q.Sovereign != tt.sov || q.Status != tt.status {
				t.Errorf("id, controller, sovereign, status = %s, %s, %s, %s; want %s, %s, %s, %s",
					q.ID, q.Controller, q.Sovereign, q.Status, tt.id, tt.controller, tt.sov, tt.status)
			}
			if !reflect.DeepEqual(q.ControllerCOW, tt.controllerCOW) || !reflect.DeepEqual(q.SovereignCOW, tt.sovCOW) {
				t.Errorf("controller_cow, sovereign_cow = %v, %v; want %v, %v", derefInt(q.ControllerCOW), derefInt(q.SovereignCOW), derefInt(tt.controllerCOW), derefInt(tt.sovCOW))
			}
			if !reflect.DeepEqual(q.Since, tt.since) || !reflect.DeepEqual(q.Until, tt.until) || !q.UntilExclusive {
				t.Errorf("since, until, until_exclusive = %v, %v, %v; want %v, %v, true", derefString(q.Since), derefString(q.Until), q.UntilExclusive, derefString(tt.since), derefString(tt.until))
			}
			if q.Date != tt.date || q.Approximate != tt.approximate || q.Note != tt.note || q.Source == "" {
				t.Errorf("date %q, approximate %v, note %q, source %q; want %q, %v, %q and a source", q.Date, q.Approximate, q.Note, q.Source, tt.date, tt.approximate, tt.note)
			}
			if len(q.History) != tt.history {
				t.Fatalf("history has %d versions, want %d", len(q.History), tt.history)
			}
			for i, v := range q.History {
				if v.Current != (i == tt.current) {
					t.Errorf("history[%d].current = %v, want %v", i, v.Current, i == tt.current)
				}
				if v.Controller == "" || v.Sovereign == "" || v.Status == "" || v.Source == "" {
					t.Errorf("history[%d] = %+v, want controller, sovereign, status and source", i, v)
				}
			}
			cur := q.History[tt.current]
			if cur.Controller != q.Controller || cur.Status != q.Status || !reflect.DeepEqual(cur.Since, q.Since) || !reflect.DeepEqual(cur.Until, q.Until) {
				t.Errorf("current version %+v does not match the result", cur)
			}
			ids := []string{}
			for _, e := range q.Events {
				ids = append(ids, e.ID)
				if e.Date == "" || e.Title == "" {
					t.Errorf("event %+v lacks a date or title", e)
				}
			}
			if !reflect.DeepEqual(ids, tt.events) {
				t.Errorf("events %v, want %v", ids, tt.events)
			}
		})
	}
}

func intPtr(n int) *int { return &n }

func derefInt(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}

func derefString(p *string) any {
	if p == nil {
		return nil
	}
	return *p
}

func TestQueryGolden(t *testing.T) {
	out, _, code := runCLI(t, "query", "--data", miniData, "--date", "1940-07-01", "--at", "52.5,21")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	checkGolden(t, "query-westmark-1940-07-01.golden", out)
}

func TestQueryNoTerritory(t *testing.T) {
	tests := []struct{ name, date, at, want string }{
		{"at sea", "1939-06-01", "59.4370,24.7536", "frontiers query: no territory at 59.4370,24.7536 on 1939-06-01 (at sea or outside the data)\n"},
		{"before southmark", "1941-06-30", "47,21", "frontiers query: no territory at 47.0000,21.0000 on 1941-06-30 (at sea or outside the data)\n"},
		{"in the hole", "1942-01-01", "47,25", "frontiers query: no territory at 47.0000,25.0000 on 1942-01-01 (at sea or outside the data)\n"},
		{"southern hemisphere", "1942-01-01", "-33.9,18.4", "frontiers query: no territory at -33.9000,18.4000 on 1942-01-01 (at sea or outside the data)\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := runCLI(t, "query", "--data", miniData, "--date", tt.date, "--at", tt.at)
			if code != 1 || out != "" || errOut != tt.want {
				t.Errorf("exit %d, stdout %q, stderr %q; want 1, nothing, %q", code, out, errOut, tt.want)
			}
		})
	}
}

// At sea within --near km of a coast, query answers with the nearest
// territory and says so in "nearest_land"; --near 0 keeps the old answer.
func TestQueryNearestLand(t *testing.T) {
	for _, tt := range []struct {
		name, at, near, wantID string
		minKm, maxKm           float64
	}{
		{"just north of Westmark", "55.05,22.5", "", "westmark", 5.5, 5.6},
		{"just west of Westmark", "52,19.9", "10", "westmark", 6.8, 6.9},
		{"off Eastmark's corner", "55.04,30.03", "10", "eastmark", 4, 5},
	} {
		t.Run(tt.name, func(t *testing.T) {
			args := []string{"query", "--data", miniData, "--date", "1939-06-01", "--at", tt.at}
			if tt.near != "" {
				args = append(args, "--near", tt.near)
			}
			out, errOut, code := runCLI(t, args...)
			if code != 0 {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			var q queryResult
			if err := json.Unmarshal([]byte(out), &q); err != nil {
				t.Fatal(err)
			}
			n := q.NearestLand
			if q.ID != tt.wantID || n == nil || !n.AtSea || n.ID != tt.wantID || n.DistanceKm < tt.minKm || n.DistanceKm > tt.maxKm {
				t.Errorf("id %q, nearest_land %+v; want %s at %v–%v km", q.ID, n, tt.wantID, tt.minKm, tt.maxKm)
			}
		})
	}
	// On land there is no nearest_land; with --near 0 at sea, no answer.
	out, _, _ := runCLI(t, "query", "--data", miniData, "--date", "1939-06-01", "--at", "52.5,22.5")
	if strings.Contains(out, "nearest_land") {
		t.Errorf("on land: %s", out)
	}
	if _, _, code := runCLI(t, "query", "--data", miniData, "--date", "1939-06-01", "--at", "55.05,22.5", "--near", "0"); code != 1 {
		t.Errorf("--near 0 at sea: exit %d, want 1", code)
	}
	if _, errOut, code := runCLI(t, "query", "--data", miniData, "--date", "1939-06-01", "--at", "55.05,22.5", "--near", "-1"); code != 2 || !strings.Contains(errOut, "--near") {
		t.Errorf("--near -1: exit %d, %q", code, errOut)
	}
}

// Usage errors: exit 2, one line on stderr naming the command, nothing on
// stdout.
func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string // prefix of stderr
	}{
		{[]string{"render", "--date", "1942-13-01", "-o", "x.png"}, `frontiers render: --date "1942-13-01": `},
		{[]string{"render", "--date", "1942-02-30", "-o", "x.png"}, `frontiers render: --date "1942-02-30": `},
		{[]string{"render", "--date", "1942-05", "-o", "x.png"}, `frontiers render: --date "1942-05": not an exact day`},
		{[]string{"render", "--date", "1942-05-26~", "-o", "x.png"}, `frontiers render: --date "1942-05-26~": not an exact day`},
		{[]string{"render", "-o", "x.png"}, `frontiers render: --date YYYY-MM-DD is required`},
		{[]string{"render", "--date", "1942-05-26"}, `frontiers render: -o FILE is required`},
		{[]string{"render", "--date", "1942-05-26", "-o", "x.png", "--width", "0"}, `frontiers render: --width "0": `},
		{[]string{"render", "--date", "1942-05-26", "-o", "x.png", "--height", "abc"}, `frontiers render: --height "abc": `},
		{[]string{"render", "--date", "1942-05-26", "-o", "x.png", "--width", "10000", "--height", "10000"}, `frontiers render: 10000x10000 is more than`},
		{[]string{"render", "--date", "1942-05-26", "-o", "x.png", "--layer", "de facto"}, `frontiers render: --layer "de facto": want control or sovereignty`},
		{[]string{"render", "--date", "1942-05-26", "-o", "x.png", "--bbox", "1,2,3"}, `frontiers render: --bbox "1,2,3": `},
		{[]string{"render", "--date", "1942-05-26", "-o", "x.png", "--bbox", "30,40,20,50"}, `frontiers render: --bbox "30,40,20,50": minLon 30 is not less than maxLon 20`},
		{[]string{"render", "--date", "1942-05-26", "-o", "x.png", "extra"}, `frontiers render: unexpected argument "extra"`},
		{[]string{"render", "--bogus"}, `frontiers render: flag provided but not defined: -bogus`},
		{[]string{"query", "--date", "1942-05-26"}, `frontiers query: --at LAT,LON is required`},
		{[]string{"query", "--date", "1942-5-26", "--at", "52,21"}, `frontiers query: --date "1942-5-26": `},
		{[]string{"query", "--date", "1942-05-26", "--at", "52;21"}, `frontiers query: --at "52;21": `},
		{[]string{"query", "--date", "1942-05-26", "--at", "91,21"}, `frontiers query: --at "91,21": latitude 91 is outside -90..90`},
		{[]string{"query", "--date", "1942-05-26", "--at", "NaN,21"}, `frontiers query: --at "NaN,21": latitude: `},
		{[]string{"query", "--date", "1942-05-26", "--at", "52,"}, `frontiers query: --at "52,": longitude: empty`},
		{[]string{"query", "--date", "1942-05-26", "--at"}, `frontiers query: flag needs an argument: -at`},
		{[]string{"export", "--date", "yesterday"}, `frontiers export: --date "yesterday": `},
		{[]string{"export", "--date", "1942-05-26", "--layer", "x"}, `frontiers export: --layer "x": `},
		{[]string{"events", "--from", "1942-06-01", "--to", "1942-05-01"}, `frontiers events: --from 1942-06-01 is after --to 1942-05-01`},
		{[]string{"events", "--to", "1942-02-29"}, `frontiers events: --to "1942-02-29": `},
		{[]string{"events", "--json=maybe"}, `frontiers events: invalid boolean value "maybe"`},
		{[]string{"check", "a.geojson", "b.geojson"}, `frontiers check: unexpected argument "b.geojson"`},
		{[]string{"check", "--data", "a.geojson", "b.geojson"}, `frontiers check: two files to check`},
		{[]string{"--date", "1942-13-01"}, `frontiers: --date "1942-13-01": `},
		{[]string{"--date", "1942-05-26", "map"}, `frontiers: unexpected argument "map"`},
		{[]string{"draw"}, `frontiers: unknown command "draw"`},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			args := append([]string{}, tt.args...)
			if args[0] != "check" && args[0] != "draw" && !strings.HasPrefix(args[0], "-") {
				args = append(args[:1], append([]string{"--data", miniData}, args[1:]...)...)
			}
			out, errOut, code := runCLI(t, args...)
			if code != 2 || out != "" {
				t.Errorf("exit %d, stdout %q; want 2 and nothing", code, out)
			}
			wantOneLineErr(t, errOut, tt.want)
		})
	}
}

func TestParseLatLon(t *testing.T) {
	tests := []struct {
		in   string
		want orb.Point
		err  string // part of the error; "" for none
	}{
		{"59.4370,24.7536", orb.Point{24.7536, 59.4370}, ""},
		{" 59.437 , 24.7536 ", orb.Point{24.7536, 59.437}, ""},
		{"-33.9,18.4", orb.Point{18.4, -33.9}, ""},
		{"90,180", orb.Point{180, 90}, ""},
		{"-90,-180", orb.Point{-180, -90}, ""},
		{"0,0", orb.Point{0, 0}, ""},
		{"5e1,2e1", orb.Point{20, 50}, ""},
		{"", orb.Point{}, "have 1 value"},
		{"59.4", orb.Point{}, "have 1 value"},
		{"59.4,24.7,0", orb.Point{}, "have 3 values"},
		{",24.7", orb.Point{}, "latitude: empty"},
		{"59.4,", orb.Point{}, "longitude: empty"},
		{"59.4, ", orb.Point{}, "longitude: empty"},
		{"NaN,24.7", orb.Point{}, "latitude"},
		{"59.4,nan", orb.Point{}, "longitude"},
		{"Inf,24.7", orb.Point{}, "latitude"},
		{"59.4,-Infinity", orb.Point{}, "longitude"},
		{"1e400,24.7", orb.Point{}, "latitude"},
		{"90.0001,0", orb.Point{}, "latitude 90.0001 is outside -90..90"},
		{"-91,0", orb.Point{}, "latitude -91 is outside"},
		{"0,180.5", orb.Point{}, "longitude 180.5 is outside -180..180"},
		{"0,-181", orb.Point{}, "longitude -181 is outside"},
		{"59°26′N,24°45′E", orb.Point{}, "latitude"},
		{"59.4 24.7", orb.Point{}, "have 1 value"},
		{"0x1p-2,0", orb.Point{0, 0.25}, ""},
		{"24.7536,190", orb.Point{}, "longitude 190 is outside -180..180"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			p, err := parseLatLon(tt.in)
			if tt.err == "" {
				if err != nil || p != tt.want {
					t.Errorf("parseLatLon(%q) = %v, %v; want %v", tt.in, p, err, tt.want)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("parseLatLon(%q) = %v, %v; want an error containing %q", tt.in, p, err, tt.err)
			}
		})
	}
}

func TestParseBBox(t *testing.T) {
	tests := []struct {
		in   string
		want orb.Bound
		err  string
	}{
		{"19,44,31,56", orb.Bound{Min: orb.Point{19, 44}, Max: orb.Point{31, 56}}, ""},
		{"-12, 34, 50, 71", geodata.Europe, ""},
		{"-180,-90,180,90", orb.Bound{Min: orb.Point{-180, -90}, Max: orb.Point{180, 90}}, ""},
		{"1,2,3", orb.Bound{}, "have 3 value"},
		{"1,2,3,4,5", orb.Bound{}, "have 5 value"},
		{"1,,3,4", orb.Bound{}, "minLat: empty"},
		{"1,2,NaN,4", orb.Bound{}, "maxLon"},
		{"1,2,3,Inf", orb.Bound{}, "maxLat"},
		{"-181,2,3,4", orb.Bound{}, "minLon -181 is outside"},
		{"1,2,3,91", orb.Bound{}, "maxLat 91 is outside"},
		{"3,2,1,4", orb.Bound{}, "minLon 3 is not less than maxLon 1"},
		{"1,4,3,4", orb.Bound{}, "minLat 4 is not less than maxLat 4"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			b, err := parseBBox(tt.in)
			if tt.err == "" {
				if err != nil || b != tt.want {
					t.Errorf("parseBBox(%q) = %v, %v; want %v", tt.in, b, err, tt.want)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("parseBBox(%q) = %v, %v; want an error containing %q", tt.in, b, err, tt.err)
			}
		})
	}
}

func decodePNG(t *testing.T, data []byte) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	return img
}

// captionMargin is how far mapimage draws the caption's box from the
// image's bottom-left corner.
const captionMargin = 8

func toRGBA(c color.Color) color.RGBA {
	r, g, b, a := c.RGBA()
	return color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), uint8(a >> 8)}
}

func TestRender(t *testing.T) {
	const w, h = 240, 180
	bbox := orb.Bound{Min: orb.Point{19, 44}, Max: orb.Point{31, 56}}
	view := geodata.Fit(bbox, w, h)
	west := render.Standard.Color(geodata.Holder{Name: "West"})
	east := render.Standard.Color(geodata.Holder{Name: "East", COW: 365})
	south := render.Standard.Color(geodata.Holder{Name: "South"})
	sea := render.Light.Sea
	tests := []struct {
		name, date, layer string
		at                orb.Point // lon, lat: away from labels, borders and markers
		want              color.RGBA
	}{
		{"westmark 1939 control", "1939-06-01", "control", orb.Point{21, 51}, west},
		{"westmark occupied control", "1940-07-01", "control", orb.Point{21, 51}, east},
		{"westmark occupied sovereignty", "1940-07-01", "sovereignty", orb.Point{21, 51}, west},
		{"westmark annexed sovereignty", "1942-05-26", "sovereignty", orb.Point{21, 51}, east},
		{"eastmark", "1939-06-01", "control", orb.Point{28.5, 51}, east},
		{"southmark", "1942-05-26", "control", orb.Point{28.5, 46.5}, south},
		{"before southmark: land outside the data", "1941-06-30", "control", orb.Point{28.5, 46.5}, render.Light.Land},
		{"sea", "1942-05-26", "control", orb.Point{19.5, 55.5}, sea}, // the Baltic
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(dir, "map.png")
			stdout, stderr, code := runCLI(t, "render", "--data", miniData, "--date", tt.date, "--layer", tt.layer,
				"--bbox", "19,44,31,56", "--width", fmt.Sprint(w), "--height", fmt.Sprint(h), "-o", out)
			if code != 0 || stdout != "" || stderr != "" {
				t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
			}
			data, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			img := decodePNG(t, data)
			if b := img.Bounds(); b.Dx() != w || b.Dy() != h {
				t.Fatalf("image is %dx%d, want %dx%d", b.Dx(), b.Dy(), w, h)
			}
			fx, fy := view.Pixel(tt.at)
			x, y := int(fx), int(fy)
			if (x+y)&7 == 0 { // a hatch pixel of a highlighted territory
				x++
			}
			if got := toRGBA(img.At(x, y)); got != tt.want {
				t.Errorf("pixel (%d, %d) at %v is %v, want %v", x, y, tt.at, got, tt.want)
			}
			// The caption's white box in the bottom-left corner.
			if got := toRGBA(img.At(captionMargin+2, h-captionMargin-2)); got != (color.RGBA{0xff, 0xff, 0xff, 0xff}) {
				t.Errorf("caption box pixel is %v, want white", got)
			}
		})
	}
	// Written atomically: only map.png is left in the directory.
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Name() != "map.png" {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("directory holds %v, want only map.png", names)
	}
}

func TestRenderDefaults(t *testing.T) {
	stdout, stderr, code := runCLI(t, "render", "--data", miniData, "--date", "1942-05-26", "-o", "-")
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	img := decodePNG(t, []byte(stdout))
	if b := img.Bounds(); b.Dx() != mapimage.DefaultWidth || b.Dy() != mapimage.DefaultHeight {
		t.Errorf("image is %dx%d, want %dx%d", b.Dx(), b.Dy(), mapimage.DefaultWidth, mapimage.DefaultHeight)
	}
	fx, fy := geodata.Fit(geodata.Europe, mapimage.DefaultWidth, mapimage.DefaultHeight).Pixel(orb.Point{28.5, 51})
	if got, want := toRGBA(img.At(int(fx), int(fy))), render.Standard.Color(geodata.Holder{Name: "East", COW: 365}); got != want {
		t.Errorf("eastmark pixel is %v, want %v", got, want)
	}
}

func TestRenderFails(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no such directory", []string{"-o", filepath.Join(dir, "nope", "map.png")}, "frontiers render: " + filepath.Join(dir, "nope", "map.png") + ": "},
		{"a directory", []string{"-o", dir}, "frontiers render: " + dir + ": not a regular file"},
		{"no such data", []string{"--data", filepath.Join(dir, "none.geojson"), "-o", filepath.Join(dir, "map.png")}, "frontiers render: " + filepath.Join(dir, "none.geojson") + ": cannot read"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"render", "--data", miniData, "--date", "1942-05-26", "--width", "40", "--height", "30"}, tt.args...)
			out, errOut, code := runCLI(t, args...)
			if code != 1 || out != "" {
				t.Errorf("exit %d, stdout %q; want 1 and nothing", code, out)
			}
			wantOneLineErr(t, errOut, tt.want)
		})
	}
}

func TestExport(t *testing.T) {
	tests := []struct {
		name, date, layer string
		all               bool
		ids               []string
		holders           map[string]any // id → holder; nil: no holder properties
		holderCOWs        map[string]any
	}{
		{name: "1939", date: "1939-06-01", ids: []string{"westmark", "eastmark"}},
		{name: "1939 all", date: "1939-06-01", all: true, ids: []string{"westmark", "eastmark", "frontier-1941"}},
		{name: "1942", date: "1942-05-26", ids: []string{"westmark", "eastmark", "southmark"}},
		{name: "1942 all", date: "1942-05-26", all: true, ids: []string{"westmark", "eastmark", "southmark", "base-west", "frontier-1941"}},
		{name: "occupied control", date: "1940-07-01", layer: "control", ids: []string{"westmark", "eastmark"},
			holders: map[string]any{"westmark": "East", "eastmark": "East"}, holderCOWs: map[string]any{"westmark": 365.0, "eastmark": 365.0}},
		{name: "occupied sovereignty", date: "1940-07-01", layer: "sovereignty", ids: []string{"westmark", "eastmark"},
			holders: map[string]any{"westmark": "West", "eastmark": "East"}, holderCOWs: map[string]any{"westmark": nil, "eastmark": 365.0}},
		{name: "all sovereignty", date: "1942-05-26", layer: "sovereignty", all: true, ids: []string{"westmark", "eastmark", "southmark", "base-west", "frontier-1941"},
			holders: map[string]any{"westmark": "East", "eastmark": "East", "southmark": "South"}, holderCOWs: map[string]any{"westmark": 365.0, "eastmark": 365.0, "southmark": nil}},
	}
	src, err := geojson.UnmarshalFeatureCollection(readTestFile(t, miniData))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := []string{"export", "--data", miniData, "--date", tt.date}
			if tt.layer != "" {
				args = append(args, "--layer", tt.layer)
			}
			if tt.all {
				args = append(args, "--all")
			}
			out, errOut, code := runCLI(t, args...)
			if code != 0 || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			if !json.Valid([]byte(out)) {
				t.Fatalf("not JSON:\n%s", out)
			}
			fc, err := geojson.UnmarshalFeatureCollection([]byte(out))
			if err != nil {
				t.Fatalf("not a GeoJSON FeatureCollection: %v", err)
			}
			var ids []string
			for _, f := range fc.Features {
				id, _ := f.Properties["id"].(string)
				ids = append(ids, id)
				if f.ID != id {
					t.Errorf("feature id %v, properties.id %q", f.ID, id)
				}
				// Every original property is kept as it is.
				var orig *geojson.Feature
				for _, o := range src.Features {
					s, _ := o.Properties["start_date"].(string)
					if o.Properties["id"] == id && (s == "" || s <= tt.date) {
						orig = o // the last version started by the date
					}
				}
				for k, v := range orig.Properties {
					if !reflect.DeepEqual(f.Properties[k], v) {
						t.Errorf("%s: property %s = %v, want %v", id, k, f.Properties[k], v)
					}
				}
				if !orb.Equal(f.Geometry, orig.Geometry) {
					t.Errorf("%s: geometry differs from the data", id)
				}
				h, ok := f.Properties["holder"]
				hc, okc := f.Properties["holder_cow"]
				want, isTerritory := tt.holders[id]
				switch {
				case tt.holders == nil || !isTerritory:
					if ok || okc {
						t.Errorf("%s: holder %v, holder_cow %v; want none", id, h, hc)
					}
				case !ok || !okc || h != want || hc != tt.holderCOWs[id]:
					t.Errorf("%s: holder %v, holder_cow %v; want %v, %v", id, h, hc, want, tt.holderCOWs[id])
				}
			}
			if !reflect.DeepEqual(ids, tt.ids) {
				t.Errorf("features %v, want %v", ids, tt.ids)
			}
		})
	}
}

func readTestFile(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestEvents(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"all", nil, "1940-06-17  East occupies Westmark\n1940-08-06  East annexes Westmark\n1941-07~    Southmark founded\n1941-12-16~ Bases proposed\n"},
		{"from", []string{"--from", "1940-08-06"}, "1940-08-06  East annexes Westmark\n1941-07~    Southmark founded\n1941-12-16~ Bases proposed\n"},
		{"to", []string{"--to", "1940-08-06"}, "1940-06-17  East occupies Westmark\n1940-08-06  East annexes Westmark\n"},
		{"from and to", []string{"--from", "1940-06-18", "--to", "1941-07-01"}, "1940-08-06  East annexes Westmark\n1941-07~    Southmark founded\n"},
		{"one day", []string{"--from", "1941-12-16", "--to", "1941-12-16"}, "1941-12-16~ Bases proposed\n"},
		{"none", []string{"--from", "1939-01-01", "--to", "1940-06-16"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := runCLI(t, append([]string{"events", "--data", miniData}, tt.args...)...)
			if code != 0 || errOut != "" || out != tt.want {
				t.Errorf("exit %d, stderr %q, stdout:\n%s\nwant:\n%s", code, errOut, out, tt.want)
			}
		})
	}
}

func TestEventsJSON(t *testing.T) {
	tests := []struct {
		name string
		args []string
		ids  []string
	}{
		{"all", nil, []string{"occupation", "annexation", "southmark", "proposal"}},
		{"from and to", []string{"--from", "1940-06-18", "--to", "1941-07-01"}, []string{"annexation", "southmark"}},
		{"none", []string{"--to", "1940-01-01"}, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := runCLI(t, append([]string{"events", "--json", "--data", miniData}, tt.args...)...)
			if code != 0 || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			var evs []eventJSON
			dec := json.NewDecoder(strings.NewReader(out))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&evs); err != nil || evs == nil {
				t.Fatalf("not a JSON array of events (%v):\n%s", err, out)
			}
			ids := []string{}
			for _, e := range evs {
				ids = append(ids, e.ID)
				if e.Date == "" || e.Day == "" || e.Title == "" || e.Description == "" || e.Source == "" || len(e.Territories) == 0 {
					t.Errorf("event %+v lacks a field", e)
				}
			}
			if !reflect.DeepEqual(ids, tt.ids) {
				t.Errorf("events %v, want %v", ids, tt.ids)
			}
		})
	}
	out, _, _ := runCLI(t, "events", "--json", "--data", miniData)
	checkGolden(t, "events.json.golden", out)
	var evs []map[string]any
	if err := json.Unmarshal([]byte(out), &evs); err != nil {
		t.Fatal(err)
	}
	if p := evs[3]; p["date"] != "1941-12-16~" || p["day"] != "1941-12-16" || p["approximate"] != true || p["date_note"] != "Sources give 15 or 16 December." {
		t.Errorf("proposal = %v", p)
	}
	if s := evs[2]; s["date"] != "1941-07~" || s["day"] != "1941-07-01" || s["approximate"] != true {
		t.Errorf("southmark = %v", s)
	}
	if _, ok := evs[0]["date_note"]; ok {
		t.Errorf("occupation has a date_note: %v", evs[0])
	}
}

// summary is the last line of check's output; every line before it must be
// a note or a warning.
func summary(t *testing.T, out string) string {
	t.Helper()
	lines := strings.SplitAfter(out, "\n")
	if len(lines) > 1 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	for _, l := range lines[:len(lines)-1] {
		if !strings.HasPrefix(l, "warning: ") && !strings.HasPrefix(l, "note: ") {
			t.Errorf("check printed %q before its summary, want only notes and warnings", l)
		}
	}
	return lines[len(lines)-1]
}

// A holder without its Correlates of War code is a warning naming the
// file, the feature, the field and the holder, once per holder.
func TestCheckWarnsOnMissingCode(t *testing.T) {
	out, _, code := runCLI(t, "check", miniData)
	if code != 0 || !strings.Contains(out, "warning: "+miniData+": feature ") || !strings.Contains(out, "_cow: ") ||
		!strings.Contains(out, "has no Correlates of War code") {
		t.Errorf("exit %d, stdout %q; want a warning naming the feature and the _cow field", code, out)
	}
}

func TestCheck(t *testing.T) {
	t.Run("good", func(t *testing.T) {
		out, errOut, code := runCLI(t, "check", miniData)
		if want := miniData + ": 7 features, 4 events, no problems (2 warnings)\n"; code != 0 || summary(t, out) != want || errOut != "" {
			t.Errorf("exit %d, stdout %q, stderr %q; want 0, %q", code, out, errOut, want)
		}
	})
	t.Run("good via --data", func(t *testing.T) {
		out, _, code := runCLI(t, "check", "--data", miniData)
		if want := miniData + ": 7 features, 4 events, no problems (2 warnings)\n"; code != 0 || summary(t, out) != want {
			t.Errorf("exit %d, stdout %q; want 0, %q", code, out, want)
		}
	})
	feats, events := string(readTestFile(t, miniData)), string(readTestFile(t, miniEventsData))
	tests := []struct {
		name          string
		feats, events string // replacements old→new, "" for none
		noEvents      bool
		want          []string // stdout lines, with FILE and EVENTS for the paths
	}{
		{name: "unknown status", feats: `"status":"integral"|"status":"integrated"`,
			want: []string{`FILE: feature 3 (eastmark): status: unknown status "integrated"`}},
		{name: "bad end date", feats: `"end_date":"1940-06-17"|"end_date":"1940-06-31"`,
			want: []string{`FILE: feature 0 (westmark): end_date: "1940-06-31": June 1940 has no day 31`}},
		{name: "missing source; events checked once the features are clean", feats: `"source":"Test constitution, 1924"|"note":"x"`, events: `"territories":["southmark"]|"territories":["nowhere"]`,
			want: []string{`FILE: feature 3 (eastmark): source: missing`}},
		{name: "overlapping versions", feats: `"start_date":"1940-08-06","controller"|"start_date":"1940-08-01","controller"`,
			want: []string{`FILE: feature 2 (westmark): start_date: overlaps feature 1 of the same id`}},
		{name: "event naming no feature", events: `"territories":["southmark"]|"territories":["nowhere"]`,
			want: []string{`EVENTS: event 2 (southmark): territories: no feature has id "nowhere"`}},
		{name: "event without date", events: `"date":"1940-08-06",|`,
			want: []string{`EVENTS: event 1 (annexation): date: missing`}},
		{name: "events not JSON", events: `{"events":[|{"events":`,
			want: []string{`EVENTS: not valid JSON`}},
		{name: "not JSON", feats: `]}|`,
			want: []string{`FILE: not JSON: at byte`}},
		{name: "two problems", feats: `"status":"integral"|"status":"integrated"`, events: `"date":"1940-08-06",|`,
			want: []string{`FILE: feature 3 (eastmark): status: unknown status`, `EVENTS: event 1 (annexation): date: missing`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			file, evFile := filepath.Join(dir, "broken.geojson"), filepath.Join(dir, "broken.events.json")
			if err := os.WriteFile(file, []byte(replaceOnce(t, feats, tt.feats)), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(evFile, []byte(replaceOnce(t, events, tt.events)), 0o644); err != nil {
				t.Fatal(err)
			}
			out, errOut, code := runCLI(t, "check", file)
			if code != 1 {
				t.Errorf("exit %d, want 1", code)
			}
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			if len(lines) != len(tt.want) {
				t.Fatalf("stdout has %d lines, want %d:\n%s", len(lines), len(tt.want), out)
			}
			for i, w := range tt.want {
				w = strings.NewReplacer("FILE", file, "EVENTS", evFile).Replace(w)
				if !strings.HasPrefix(lines[i], w) {
					t.Errorf("line %d = %q, want it to start with %q", i+1, lines[i], w)
				}
			}
			n := len(tt.want)
			wantOneLineErr(t, errOut, fmt.Sprintf("frontiers check: %s: %d problem", file, n))
		})
	}
	t.Run("no events file", func(t *testing.T) {
		file := filepath.Join(t.TempDir(), "alone.geojson")
		if err := os.WriteFile(file, []byte(feats), 0o644); err != nil {
			t.Fatal(err)
		}
		out, _, code := runCLI(t, "check", file)
		if want := file + ": 7 features, 0 events, no problems (2 warnings)\n"; code != 0 || summary(t, out) != want {
			t.Errorf("exit %d, stdout %q; want 0, %q", code, out, want)
		}
	})
	t.Run("no such file", func(t *testing.T) {
		file := filepath.Join(t.TempDir(), "none.geojson")
		out, errOut, code := runCLI(t, "check", file)
		if want := file + ": cannot read: no such file or directory\n"; code != 1 || out != want {
			t.Errorf("exit %d, stdout %q; want 1, %q", code, out, want)
		}
		wantOneLineErr(t, errOut, "frontiers check: "+file+": 1 problem")
	})
}

// replace applies "old|new" once, failing if old is not there.
func replaceOnce(t *testing.T, s, rule string) string {
	t.Helper()
	if rule == "" {
		return s
	}
	old, new, _ := strings.Cut(rule, "|")
	if !strings.Contains(s, old) {
		t.Fatalf("%q is not in the test data", old)
	}
	return strings.Replace(s, old, new, 1)
}

func TestBadData(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "bad.geojson")
	data := strings.Replace(strings.Replace(string(readTestFile(t, miniData)), `"status":"integral"`, `"status":"x"`, 1), `"status":"annexed"`, `"status":"y"`, 1)
	if err := os.WriteFile(file, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []string{"query", "export", "render", "events"} {
		t.Run(c, func(t *testing.T) {
			args := map[string][]string{
				"query":  {"--date", "1942-05-26", "--at", "52.5,21"},
				"export": {"--date", "1942-05-26"},
				"render": {"--date", "1942-05-26", "-o", filepath.Join(dir, "x.png")},
			}[c]
			out, errOut, code := runCLI(t, append([]string{c, "--data", file}, args...)...)
			if code != 1 || out != "" {
				t.Errorf("exit %d, stdout %q; want 1 and nothing", code, out)
			}
			wantOneLineErr(t, errOut, "frontiers "+c+": "+file+": feature 2 (westmark): status: unknown status")
			if !strings.Contains(errOut, "(and 1 more problems: run frontiers check "+file+")") {
				t.Errorf("stderr %q does not point to frontiers check", errOut)
			}
		})
	}
}

func TestWindow(t *testing.T) {
	var got []Window
	fail := false
	window := func(o Window) error {
		got = append(got, o)
		if fail {
			return errors.New("no display")
		}
		return nil
	}
	tests := []struct {
		name string
		args []string
		want Window
	}{
		{"defaults: the day of the last session", nil, Window{}},
		{"date", []string{"--date", "1940-06-17"}, Window{Date: geodata.MustDay("1940-06-17")}},
		{"one dash", []string{"-date=1939-09-01"}, Window{Date: geodata.MustDay("1939-09-01")}},
		{"data", []string{"--data", miniData, "--date", "1945-05-08"}, Window{Date: geodata.MustDay("1945-05-08"), DataFile: miniData}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got = nil
			out, errOut, code := runMain(t, window, tt.args...)
			if code != 0 || out != "" || errOut != "" {
				t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("the window opened with %+v, want once with %+v", got, tt.want)
			}
		})
	}
	t.Run("no such data", func(t *testing.T) {
		got = nil
		_, errOut, code := runMain(t, window, "--data", filepath.Join(t.TempDir(), "none.geojson"))
		if code != 1 || len(got) != 0 {
			t.Errorf("exit %d, window opened %d times; want 1 and not opened", code, len(got))
		}
		wantOneLineErr(t, errOut, "frontiers: --data ")
	})
	t.Run("the window fails", func(t *testing.T) {
		fail = true
		_, errOut, code := runMain(t, window)
		if code != 1 || errOut != "frontiers: no display\n" {
			t.Errorf("exit %d, stderr %q; want 1, %q", code, errOut, "frontiers: no display\n")
		}
	})
	t.Run("the window fails with two problems", func(t *testing.T) {
		window := func(Window) error { return errors.New("x.geojson: not valid JSON\nbundled data: missing") }
		_, errOut, code := runMain(t, window, "--data", miniData)
		if want := "frontiers: x.geojson: not valid JSON\nfrontiers: bundled data: missing\n"; code != 1 || errOut != want {
			t.Errorf("exit %d, stderr %q; want 1, %q", code, errOut, want)
		}
	})
}

// The bundled data (assets/): valid, and every command answers from it.
func TestBundled(t *testing.T) {
	out, errOut, code := runCLI(t, "check")
	if sum := summary(t, out); code != 0 || !strings.HasPrefix(sum, "assets/frontiers.geojson: ") || !strings.Contains(sum, " no problems") {
		t.Fatalf("check: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	out, errOut, code = runCLI(t, "events")
	if code != 0 || out == "" || errOut != "" {
		t.Fatalf("events: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if line < "1939-01-01" || line[:10] > "1942-12-31" {
			t.Errorf("events: %q is outside 1939-1942", line)
		}
	}
	out, errOut, code = runCLI(t, "export", "--date", "1942-05-26")
	if _, err := geojson.UnmarshalFeatureCollection([]byte(out)); code != 0 || err != nil {
		t.Fatalf("export: exit %d, %v, stderr %q", code, err, errOut)
	}
	out, errOut, code = runCLI(t, "render", "--date", "1942-05-26", "--width", "160", "--height", "120", "-o", "-")
	if code != 0 || errOut != "" {
		t.Fatalf("render: exit %d, stderr %q", code, errOut)
	}
	if b := decodePNG(t, []byte(out)).Bounds(); b.Dx() != 160 || b.Dy() != 120 {
		t.Errorf("render: %v, want 160x120", b)
	}
}

// The bundled data covers 1939-1942: query says so for another day
// rather than answer with the map of the nearest year.
func TestQueryOutsideTheBundledData(t *testing.T) {
	for _, date := range []string{"1938-12-31", "1943-01-01", "1945-05-08"} {
		out, errOut, code := runCLI(t, "query", "--date", date, "--at", "52.23,21.01")
		want := "frontiers query: " + date + " is outside the bundled data, 1939-01-01 to 1942-12-31\n"
		if code != 1 || out != "" || errOut != want {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want 1, nothing, %q", date, code, out, errOut, want)
		}
	}
	for _, date := range []string{"1939-01-01", "1942-12-31"} {
		out, errOut, code := runCLI(t, "query", "--date", date, "--at", "52.23,21.01") // Warsaw
		var q queryResult
		if code != 0 || errOut != "" || json.Unmarshal([]byte(out), &q) != nil || q.Date != date {
			t.Errorf("%s: exit %d, stderr %q, stdout %q", date, code, errOut, out)
		}
	}
}

// Every file of the corpus of bad inputs gives `frontiers check` the
// message the loader gives (the window's Open shows it too: see
// TestBadCorpusInWindow in package app).
func TestBadCorpusInCheck(t *testing.T) {
	files, err := filepath.Glob("../../geodata/testdata/bad/*.geojson")
	if err != nil || len(files) < 30 {
		t.Fatalf("%d bad inputs (%v)", len(files), err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			_, lerr := geodata.LoadFile(f, nil)
			var ps geodata.Problems
			if !errors.As(lerr, &ps) || len(ps) == 0 {
				t.Fatalf("loader: %v", lerr)
			}
			first := ps[0].Error()
			out, _, code := runCLI(t, "check", f)
			if code != 1 {
				t.Errorf("check exit %d, want 1", code)
			}
			if !strings.Contains(out, first) {
				t.Errorf("check printed %q, want %q", out, first)
			}
		})
	}
}
