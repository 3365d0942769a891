package render

import (
	"image"
	"math/rand"
	"slices"
	"testing"
	"time"

	"github.com/frontiers-atlas/frontiers/assets"
	"github.com/frontiers-atlas/frontiers/geodata"
)

// The benchmarks measure drawing the bundled data at 1920×1080. Compare
// DateChange and ViewChange with FrameCopy, the floor: copying one frame
// of the same size.

const benchW, benchH = 1920, 1080

func benchAtlas(b *testing.B) *geodata.Atlas {
	b.Helper()
	a, err := assets.Load()
	if err != nil {
		b.Fatal(err)
	}
	return a
}

func BenchmarkFrameCopy(b *testing.B) {
	src := image.NewRGBA(image.Rect(0, 0, benchW, benchH))
	dst := image.NewRGBA(src.Rect)
	b.SetBytes(int64(len(src.Pix)))
	for b.Loop() {
		copy(dst.Pix, src.Pix)
	}
}

// benchSetup returns a renderer of the bundled data with its levels of
// detail made (the window makes them once, in the background after
// loading: not what a change costs), the view of Europe at benchW×benchH
// and an image of that size.
func benchSetup(b *testing.B) (*Renderer, geodata.View, *image.RGBA) {
	a := benchAtlas(b)
	SceneOf(a).Prepare()
	return New(a), geodata.Fit(geodata.Europe, benchW, benchH), image.NewRGBA(image.Rect(0, 0, benchW, benchH))
}

func BenchmarkDateChange(b *testing.B) {
	r, v, img := benchSetup(b)
	r.SetView(v)
	s := DefaultStyle()
	r.Draw(img, geodata.First, s) // rasterize once
	rng := rand.New(rand.NewSource(1))
	span := int(geodata.Last - geodata.First)
	b.SetBytes(int64(len(img.Pix)))
	for b.Loop() {
		r.Draw(img, geodata.First+geodata.Day(rng.Intn(span+1)), s)
	}
}

func BenchmarkViewChange(b *testing.B) {
	r, v, img := benchSetup(b)
	s := DefaultStyle()
	// The levels of detail and the labels' anchors are made once per
	// atlas (the window makes them in the background after loading).
	r.scene.Prepare()
	r.SetView(v)
	r.Draw(img, geodata.Signing, s)
	rng := rand.New(rand.NewSource(1))
	b.SetBytes(int64(len(img.Pix)))
	i := 0
	for b.Loop() {
		r.SetView(benchView(v, i, rng))
		r.Draw(img, geodata.Signing, s)
		i++
	}
}

// benchView returns the i-th view of the view-change benchmarks: a pan,
// then a zoom in or out about a random point, of v: either way every
// piece is rasterized again.
func benchView(v geodata.View, i int, rng *rand.Rand) geodata.View {
	switch i % 4 {
	case 1:
		return v.Zoom(1.25, float64(rng.Intn(benchW)), float64(rng.Intn(benchH)))
	case 3:
		return v.Zoom(0.8, float64(rng.Intn(benchW)), float64(rng.Intn(benchH)))
	}
	return v.Pan(float64(rng.Intn(41)-20), float64(rng.Intn(41)-20))
}

// BenchmarkRatios takes turns: a frame copy, a view change (as in
// BenchmarkViewChange) and a date change (as in BenchmarkDateChange),
// b.N times, timing each, and reports the median and the minimum of each
// and the ratios of the changes to the copy. Taking turns, all three see
// the same load: on a shared machine these ratios hold where the
// separate benchmarks' drift (run it with -benchtime 200x).
func BenchmarkRatios(b *testing.B) {
	r, v, img := benchSetup(b)
	dst := image.NewRGBA(img.Rect)
	s := DefaultStyle()
	r.SetView(v)
	r.Draw(img, geodata.First, s)
	rng := rand.New(rand.NewSource(1))
	span := int(geodata.Last - geodata.First)
	var fc, vc, dc []time.Duration
	i := 0
	for b.Loop() {
		t0 := time.Now()
		copy(dst.Pix, img.Pix)
		t1 := time.Now()
		r.SetView(benchView(v, i, rng))
		r.Draw(img, geodata.Signing, s)
		t2 := time.Now()
		r.Draw(img, geodata.First+geodata.Day(rng.Intn(span+1)), s)
		t3 := time.Now()
		fc, vc, dc = append(fc, t1.Sub(t0)), append(vc, t2.Sub(t1)), append(dc, t3.Sub(t2))
		i++
	}
	med := func(d []time.Duration) float64 {
		slices.Sort(d)
		return float64(d[len(d)/2])
	}
	mf, mv, md := med(fc), med(vc), med(dc)
	b.ReportMetric(mf, "copy-ns")
	b.ReportMetric(mv, "view-ns")
	b.ReportMetric(md, "date-ns")
	b.ReportMetric(float64(fc[0]), "copy-min-ns")
	b.ReportMetric(float64(vc[0]), "view-min-ns")
	b.ReportMetric(float64(dc[0]), "date-min-ns")
	b.ReportMetric(mv/mf, "view/copy")
	b.ReportMetric(md/mf, "date/copy")
	b.ReportMetric(0, "ns/op")
}
