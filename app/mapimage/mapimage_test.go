package mapimage

import (
	"context"
	"errors"
	"image/color"
	"strings"
	"testing"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
)

func mustDay(s string) geodata.Day { return geodata.MustDay(s) }

// miniAtlas is geodata's test dataset.
func miniAtlas(t *testing.T) *geodata.Atlas {
	t.Helper()
	const file = "../../geodata/testdata/mini.geojson"
	a, err := geodata.LoadFile(file, nil)
	if err != nil {
		t.Fatalf("loading %s: %v", file, err)
	}
	return a
}

func TestParseStep(t *testing.T) {
	for in, want := range map[string]Step{"7d": {7, false}, "7": {7, false}, "2w": {14, false}, "1m": {1, true}, " 3D ": {3, false}} {
		if got, err := ParseStep(in); err != nil || got != want {
			t.Errorf("ParseStep(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "0d", "-1d", "x", "7y", "1.5d"} {
		if _, err := ParseStep(in); err == nil {
			t.Errorf("ParseStep(%q) succeeded", in)
		}
	}
	days := frames(mustDay("1940-01-31"), mustDay("1940-05-01"), Step{1, true})
	var s []string
	for _, d := range days {
		s = append(s, d.String())
	}
	if got := strings.Join(s, " "); got != "1940-01-31 1940-02-29 1940-03-31 1940-04-30 1940-05-01" {
		t.Errorf("monthly frames %s", got)
	}
	if n := len(frames(geodata.First, geodata.Last, Step{7, false})); n != 210 {
		t.Errorf("weekly frames 1939–42: %d", n)
	}
	if d := frames(geodata.Signing, geodata.Signing, Step{7, false}); len(d) != 1 {
		t.Errorf("one day: %v", d)
	}
}

func TestPlan(t *testing.T) {
	if days, err := Plan(mustDay("1940-06-01"), mustDay("1940-08-31"), Step{N: 1, Months: true}, 160, 120); err != nil || len(days) != 4 {
		t.Errorf("1 June to 31 August 1940 monthly: %v, %v; want 4 frames", days, err)
	}
	for _, tc := range []struct {
		from, to string
		step     Step
		w, h     int
		want     string
	}{
		{"1941-01-01", "1940-01-01", Step{N: 1}, 10, 10, "1941-01-01 is after 1940-01-01"},
		{"1939-01-01", "1942-12-31", Step{N: 1}, 4000, 3000, "1461 frames of 4000x3000 are more than"},
		{"1939-01-01", "1942-12-31", Step{N: 1}, 8000, 8000, "1461 frames of 8000x8000 are more than"},
		{"1900-01-01", "1942-12-31", Step{N: 1}, 10, 10, "1900-01-01 to 1942-12-31 every 1d is more than 1500 frames"},
	} {
		_, err := Plan(mustDay(tc.from), mustDay(tc.to), tc.step, tc.w, tc.h)
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("Plan(%s, %s, %s, %dx%d) = %v, want %q", tc.from, tc.to, tc.step, tc.w, tc.h, err, tc.want)
		}
	}
}

// Animate reports each frame and stops when its context is cancelled.
func TestAnimateProgressAndCancel(t *testing.T) {
	a := miniAtlas(t)
	days := frames(mustDay("1940-06-01"), mustDay("1940-09-01"), Step{N: 1, Months: true})
	v := geodata.Fit(geodata.Europe, 80, 60)
	var done []int
	g, err := Animate(context.Background(), a, days, render.DefaultStyle(), v, func(i, n int) {
		if n != len(days) {
			t.Errorf("progress says %d frames, want %d", n, len(days))
		}
		done = append(done, i)
	})
	if err != nil || len(g.Image) != len(days) || len(done) != len(days) || done[len(done)-1] != len(days) {
		t.Fatalf("%v; %d frames, progress %v", err, len(g.Image), done)
	}
	if g.Delay[len(days)-1] <= g.Delay[0] {
		t.Errorf("delays %v: the last frame should stay longer", g.Delay)
	}
	ctx, cancel := context.WithCancel(context.Background())
	_, err = Animate(ctx, a, days, render.DefaultStyle(), v, func(i, _ int) {
		if i == 2 {
			cancel()
		}
		if i > 2 {
			t.Errorf("frame %d drawn after the cancel", i)
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err %v, want cancelled", err)
	}
}

// The caption is a box 8 pixels from the bottom-left corner in the
// export's own theme: its fill is the theme's halo and its text the
// theme's label colour, which differ enough to read in both themes (the
// dark theme's caption was white on white).
func TestRenderCaption(t *testing.T) {
	lum := func(c color.RGBA) float64 { return 0.2126*float64(c.R) + 0.7152*float64(c.G) + 0.0722*float64(c.B) }
	for _, tt := range []struct {
		name string
		th   render.Theme
	}{{"light", render.Light}, {"dark", render.Dark}} {
		t.Run(tt.name, func(t *testing.T) {
			st := render.DefaultStyle()
			st.Theme = tt.th
			img := Render(render.New(miniAtlas(t)), mustDay("1940-07-01"), st, geodata.Fit(geodata.Europe, 320, 200))
			fill, _ := captionColors(tt.th)
			if got := img.RGBAAt(captionMargin+2, 200-captionMargin-2); got != fill {
				t.Errorf("caption box pixel is %v, want the halo fill %v", got, fill)
			}
			label := color.RGBAModel.Convert(straightColor(tt.th.Label)).(color.RGBA)
			if d := lum(fill) - lum(label); d < 100 && d > -100 {
				t.Errorf("caption text %v on %v: luminance differs by %.0f, want 100 or more", label, fill, d)
			}
			// Some of the box's pixels are the text's.
			n := 0
			for y := 200 - captionMargin - glyphH - 2*captionPadY; y < 200-captionMargin; y++ {
				for x := captionMargin; x < 200; x++ {
					if c := img.RGBAAt(x, y); lum(c)-lum(fill) > 50 || lum(fill)-lum(c) > 50 {
						n++
					}
				}
			}
			if n < 50 {
				t.Errorf("%d pixels of text in the caption, want 50 or more", n)
			}
		})
	}
}

func TestParseSide(t *testing.T) {
	for s, want := range map[string]int{"1": 1, "1600": 1600, "10000": 10000} {
		if n, err := ParseSide(s); err != nil || n != want {
			t.Errorf("ParseSide(%q) = %d, %v", s, n, err)
		}
	}
	for _, s := range []string{"0", "-5", "10001", "abc", "", "1.5"} {
		if _, err := ParseSide(s); err == nil || err.Error() != "want a whole number of pixels from 1 to 10000" {
			t.Errorf("ParseSide(%q): %v", s, err)
		}
	}
}
