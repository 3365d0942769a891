package ui

import (
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/frontiers-atlas/frontiers/assets/assetstest"
	"github.com/frontiers-atlas/frontiers/geodata"
)

// TestSoakPlay plays through the whole period ten times on the bundled
// data, with the real play goroutine and a map drawn for every day, and
// checks that the heap in use afterwards is within 10% of what it was after
// the first pass: nothing accumulates per frame.
//
// Fyne keeps the renderers of widgets it no longer shows for a minute
// (FYNE_CACHE) before it frees them; the test runs itself again with that
// shortened to a second, so that what it measures is what stays.
func TestSoakPlay(t *testing.T) {
	if os.Getenv("FYNE_CACHE") == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestSoakPlay$", "-test.v", "-test.count=1")
		cmd.Env = append(os.Environ(), "FYNE_CACHE=1s")
		out, err := cmd.CombinedOutput()
		for _, l := range strings.Split(string(out), "\n") {
			if strings.Contains(l, "soak_test.go") {
				t.Log(strings.TrimSpace(l))
			}
		}
		if err != nil {
			t.Fatalf("the soak run failed: %v\n%s", err, out)
		}
		return
	}
	atlas := assetstest.Load(t)
	old := playInterval
	playInterval = 50 * time.Microsecond
	t.Cleanup(func() { playInterval = old })
	q := newUIQueue(t)
	isolateStorage(t)
	u := newUI(test.NewTempApp(t), atlas, uiForTests())
	u.restore(geodata.First)
	u.win.Resize(fyne.NewSize(windowWidth, windowHeight))
	t.Cleanup(func() { u.close(); u.win.Close() })

	var lastClean time.Time
	heap := func() uint64 {
		// Fyne cleans its cache on a capture, at most every 10 s.
		if d := 11*time.Second - time.Since(lastClean); d > 0 && !lastClean.IsZero() {
			time.Sleep(d)
		}
		time.Sleep(1100 * time.Millisecond) // let the last frames' renderers expire
		u.win.Canvas().Capture()
		lastClean = time.Now()
		runtime.GC()
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapInuse
	}
	var first uint64
	for pass := 1; pass <= 10; pass++ {
		u.st.setDay(geodata.First)
		u.togglePlay()
		done := u.playDone
		q.runUntil(t, "a pass to end", func() bool { return !u.playing })
		<-done
		if u.st.day != geodata.Last {
			t.Fatalf("pass %d ended on %s", pass, u.st.day)
		}
		// The baseline is taken after the second pass: the first fills
		// the caches that are meant to stay (each day's labels and
		// palette, the legend's rows, Fyne's text cache), which the
		// second may still complete; a leak grows on every pass after.
		if pass == 2 {
			first = heap()
		}
	}
	last := heap()
	t.Logf("heap in use after pass 2: %d KB, after pass 10: %d KB", first>>10, last>>10)
	if float64(last) > 1.1*float64(first) {
		t.Errorf("heap in use grew from %d KB after the second pass to %d KB after the tenth", first>>10, last>>10)
	}
}
