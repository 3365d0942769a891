package render

import (
	"image"
	"math/rand"
	"testing"

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

func BenchmarkDateChange(b *testing.B) {
	a := benchAtlas(b)
	r := New(a)
	r.SetView(geodata.Fit(geodata.Europe, benchW, benchH))
	img := image.NewRGBA(image.Rect(0, 0, benchW, benchH))
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
	a := benchAtlas(b)
	r := New(a)
	v := geodata.Fit(geodata.Europe, benchW, benchH)
	img := image.NewRGBA(image.Rect(0, 0, benchW, benchH))
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
		// A pan, then a zoom in or out about a random point: either way
		// every piece is rasterized again.
		w := v
		switch i % 4 {
		case 0, 2:
			w = v.Pan(float64(rng.Intn(41)-20), float64(rng.Intn(41)-20))
		case 1:
			w = v.Zoom(1.25, float64(rng.Intn(benchW)), float64(rng.Intn(benchH)))
		case 3:
			w = v.Zoom(0.8, float64(rng.Intn(benchW)), float64(rng.Intn(benchH)))
		}
		r.SetView(w)
		r.Draw(img, geodata.Signing, s)
		i++
	}
}
