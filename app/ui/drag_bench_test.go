package ui

import (
	"sort"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/frontiers-atlas/frontiers/assets/assetstest"
	"github.com/frontiers-atlas/frontiers/geodata"
)

// BenchmarkSliderDrag drags the timeline through every day of 1939–1942
// with Fyne's test driver, on the bundled data, the map drawn for each day
// before the next drag, and reports the frame times: median and 99th
// percentile of the time from the drag event to the drawn frame.
func BenchmarkSliderDrag(b *testing.B) {
	atlas := assetstest.Load(b)
	for b.Loop() {
		a := test.NewTempApp(b)
		isolateStorage(b)
		u := newUI(a, atlas, uiForTests())
		u.restore(geodata.First)
		u.win.Resize(fyne.NewSize(windowWidth, windowHeight))
		c := u.win.Canvas()
		sp := fyne.CurrentApp().Driver().AbsolutePositionForObject(u.timeline)
		ss := u.timeline.Size()
		times := make([]time.Duration, 0, int(geodata.Last-geodata.First)+1)
		seen := map[geodata.Day]bool{u.st.day: true}
		// Drag from end to end in quarter-pixel steps; time the steps
		// that bring a new day.
		for x := sp.X; x <= sp.X+ss.Width; x += 0.25 {
			before := u.st.day
			t0 := time.Now()
			test.Drag(c, fyne.NewPos(x, sp.Y+ss.Height/2), 0.25, 0)
			if u.st.day != before {
				times = append(times, time.Since(t0))
				seen[u.st.day] = true
			}
		}
		visited := len(seen)
		u.close()
		u.win.Close()
		// Every day must have been shown: the drag reaches each one.
		if n := int(geodata.Last-geodata.First) + 1; visited != n {
			b.Fatalf("the drag showed %d of %d days", visited, n)
		}
		sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
		ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
		b.ReportMetric(ms(times[len(times)/2]), "ms-median/frame")
		b.ReportMetric(ms(times[len(times)*99/100]), "ms-p99/frame")
		b.ReportMetric(float64(visited), "days")
	}
}
