package pngenc

import (
	"bytes"
	"hash/adler32"
	"image"
	"image/color"
	"image/png"
	"math/rand"
	"testing"

	"github.com/frontiers-atlas/frontiers/assets/assetstest"
	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
)

// mapImage draws the bundled data on day d at w×h, as the render command
// does (without labels).
func mapImage(tb testing.TB, w, h int) *image.RGBA {
	tb.Helper()
	r := render.New(assetstest.Atlas(tb))
	r.SetView(geodata.Fit(geodata.Europe, w, h))
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	r.Draw(img, geodata.Signing, render.DefaultStyle())
	return img
}

func filled(w, h int, f func(x, y int) color.RGBA) *image.RGBA {
	m := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			m.SetRGBA(x, y, f(x, y))
		}
	}
	return m
}

func TestEncodeRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	noise := func(x, y int) color.RGBA {
		return color.RGBA{uint8(rng.Intn(256)), uint8(rng.Intn(256)), uint8(rng.Intn(256)), 0xff}
	}
	big := filled(900, 700, func(x, y int) color.RGBA {
		switch {
		case (x/50+y/40)%3 == 0:
			return color.RGBA{200, 180, 90, 0xff}
		case x == y:
			return color.RGBA{0, 0, 0, 0xff}
		}
		return color.RGBA{uint8(x), uint8(y), 40, 0xff}
	})
	tests := []struct {
		name string
		img  image.Image
		// lossless: the source's pixels come back exactly (not so for
		// translucent ones, which PNG stores unpremultiplied).
		lossless bool
	}{
		{"map", mapImage(t, 1280, 720), true},
		{"1x1", filled(1, 1, noise), true},
		{"flat", filled(300, 500, func(x, y int) color.RGBA { return color.RGBA{10, 20, 30, 0xff} }), true},
		{"noise", filled(257, 391, noise), true},
		{"one column", filled(1, 1000, noise), true},
		{"one row", filled(1000, 1, noise), true},
		{"blocks", big, true},
		{"sub-image", big.SubImage(image.Rect(33, 71, 812, 650)), true},
		{"translucent (image/png)", filled(100, 200, func(x, y int) color.RGBA { return color.RGBA{uint8(x), 0, uint8(y), uint8(x + y)} }), false},
		{"gray (image/png)", image.NewGray(image.Rect(0, 0, 64, 64)), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Encode(&buf, tt.img); err != nil {
				t.Fatal(err)
			}
			got, err := png.Decode(&buf)
			if err != nil {
				t.Fatal(err)
			}
			var ref bytes.Buffer
			if err := png.Encode(&ref, tt.img); err != nil {
				t.Fatal(err)
			}
			want, err := png.Decode(&ref)
			if err != nil {
				t.Fatal(err)
			}
			if got.Bounds() != want.Bounds() {
				t.Fatalf("bounds %v, want %v", got.Bounds(), want.Bounds())
			}
			b := want.Bounds()
			for y := b.Min.Y; y < b.Max.Y; y++ {
				for x := b.Min.X; x < b.Max.X; x++ {
					if g, w := got.At(x, y), want.At(x, y); g != w {
						t.Fatalf("pixel (%d, %d) = %v, want %v (image/png)", x, y, g, w)
					}
					if !tt.lossless {
						continue
					}
					src := tt.img.Bounds().Min
					if g, w := color.RGBA64Model.Convert(got.At(x, y)), color.RGBA64Model.Convert(tt.img.At(src.X+x, src.Y+y)); g != w {
						t.Fatalf("pixel (%d, %d) = %v, want %v (source)", x, y, g, w)
					}
				}
			}
		})
	}
}

func TestAdler32Combine(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	data := make([]byte, 200000)
	rng.Read(data)
	tests := []struct {
		name string
		cut  int
	}{
		{"empty first", 0},
		{"empty second", len(data)},
		{"one byte", 1},
		{"base", 65521},
		{"middle", 123457},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := data[:tt.cut], data[tt.cut:]
			got := adler32Combine(adler32.Checksum(a), adler32.Checksum(b), int64(len(b)))
			if want := adler32.Checksum(data); got != want {
				t.Errorf("combined %08x, want %08x", got, want)
			}
		})
	}
}

func BenchmarkEncode(b *testing.B) {
	img := mapImage(b, 1920, 1080)
	encoders := []struct {
		name string
		enc  func(*bytes.Buffer) error
	}{
		{"pngenc", func(w *bytes.Buffer) error { return Encode(w, img) }},
		{"image-png-BestSpeed", func(w *bytes.Buffer) error {
			e := png.Encoder{CompressionLevel: png.BestSpeed}
			return e.Encode(w, img)
		}},
	}
	for _, e := range encoders {
		b.Run(e.name, func(b *testing.B) {
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if err := e.enc(&buf); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(buf.Len()), "bytes")
		})
	}
}
