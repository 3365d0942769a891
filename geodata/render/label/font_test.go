package label

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"
	"path/filepath"
	"testing"

	"github.com/frontiers-atlas/frontiers/internal/testfile"
)

// TestCoverage checks that the Go fonts have a glyph for every letter of
// the names the map must print.
func TestCoverage(t *testing.T) {
	for _, s := range []string{"Łódź", "Białystok", "Klaipėda", "Польша", "ПОЛЬША", "Ελλάς", "Kárpátalja", "Spodnja Štajerska", "Čechy a Morava", "Ísland", "Grønland"} {
		for _, w := range []Weight{Regular, Bold, Italic, BoldItalic} {
			t.Run(s+"/"+w.String(), func(t *testing.T) {
				f := faceFor(w, 14)
				f.mu.Lock()
				defer f.mu.Unlock()
				for _, r := range s {
					if _, ok := f.face.GlyphAdvance(r); !ok && r != ' ' {
						t.Errorf("no %v glyph for %q", w, r)
					}
				}
			})
		}
	}
}

func TestMeasure(t *testing.T) {
	m12 := Measure("Poland", 12, Regular)
	m24 := Measure("Poland", 24, Regular)
	tests := []struct {
		name string
		ok   bool
	}{
		{"advance positive", m12.Advance > 10},
		{"ascent and descent positive", m12.Ascent > 5 && m12.Descent > 1},
		{"advance scales with size", math.Abs(m24.Advance-2*m12.Advance) < 1},
		{"ascent scales with size", math.Abs(m24.Ascent-2*m12.Ascent) < 0.5},
		{"bold is wider", Measure("Poland", 12, Bold).Advance > m12.Advance},
		{"capitals are wider", MeasureStyle("Poland", Style{Size: 12, Upper: true}).Advance > m12.Advance},
		{"tracking adds 5 gaps", math.Abs(MeasureStyle("Poland", Style{Size: 12, Tracking: 0.1}).Advance-m12.Advance-5*1.2) < 0.01},
		{"empty text", Measure("", 12, Regular).Advance == 0},
		{"height", math.Abs(m12.Height()-m12.Ascent-m12.Descent) < 1e-9},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !tc.ok {
				t.Errorf("failed: m12=%+v m24=%+v", m12, m24)
			}
		})
	}
}

func TestDrawClipsAndInks(t *testing.T) {
	tests := []struct {
		name   string
		x, y   float64
		inked  bool
		halo   bool
		onEdge bool
	}{
		{"inside", 10, 30, true, true, false},
		{"half out left", -20, 30, true, true, true},
		{"far outside", -500, -500, false, false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dst := image.NewRGBA(image.Rect(0, 0, 80, 40))
			draw.Draw(dst, dst.Rect, image.NewUniform(color.RGBA{0x80, 0x80, 0x80, 0xff}), image.Point{}, draw.Src)
			Draw(dst, "Łódź", tc.x, tc.y, 20, Bold, color.RGBA{0, 0, 0, 0xff}, color.RGBA{0xff, 0xff, 0xff, 0xff}, 2)
			var dark, light int
			for i := 0; i < len(dst.Pix); i += 4 {
				switch {
				case dst.Pix[i] < 0x20:
					dark++
				case dst.Pix[i] > 0xe0:
					light++
				}
			}
			if (dark > 0) != tc.inked || (light > 0) != tc.halo {
				t.Errorf("dark pixels %d, halo pixels %d; want ink %v, halo %v", dark, light, tc.inked, tc.halo)
			}
		})
	}
}

// goldenSheet draws a specimen of the label styles on a map-like
// background: a holder in spaced capitals (one and two lines), region
// names in italic, names with diacritics, Cyrillic and Greek.
func goldenSheet(bg [3]color.RGBA, ink Ink) *image.RGBA {
	dst := image.NewRGBA(image.Rect(0, 0, 360, 200))
	draw.Draw(dst, image.Rect(0, 0, 180, 200), image.NewUniform(bg[0]), image.Point{}, draw.Src)
	draw.Draw(dst, image.Rect(180, 0, 360, 200), image.NewUniform(bg[1]), image.Point{}, draw.Src)
	// A border line and a river under the labels, so the halo shows.
	draw.Draw(dst, image.Rect(179, 0, 181, 200), image.NewUniform(bg[2]), image.Point{}, draw.Src)
	for x := 0; x < 360; x++ {
		y := 100 + (x/6)%5
		dst.Set(x, y, bg[2])
	}
	cands := []Candidate{
		{Text: "Poland", Priority: 300 * 300, X: 90, Y: 40, MaxWidth: 170, ID: "pl"},
		{Text: "Soviet Union", Priority: 200 * 200, X: 270, Y: 40, MaxWidth: 130, ID: "su"},
		{Text: "Volhynia", Tier: 1, X: 270, Y: 102, ID: "vol"},
		{Text: "Białystok District", Tier: 1, X: 90, Y: 102, ID: "bia"},
		{Text: "Польша", Priority: 90 * 90, X: 90, Y: 150, ID: "ru"},
		{Text: "Ελλάς", Priority: 90 * 90, X: 270, Y: 150, ID: "el"},
		{Text: "Łódź", Tier: 1, X: 60, Y: 182, ID: "lodz"},
		{Text: "Klaipėda", Tier: 1, X: 270, Y: 182, ID: "kl"},
	}
	DrawPlaced(dst, Place(cands, dst.Rect.Dx(), dst.Rect.Dy(), 1), ink)
	return dst
}

func TestGolden(t *testing.T) {
	tests := []struct {
		name string
		bg   [3]color.RGBA
		ink  Ink
	}{
		{"light", [3]color.RGBA{{0xe8, 0xd8, 0xb0, 0xff}, {0xc9, 0xdc, 0xb8, 0xff}, {0x5a, 0x7a, 0xa8, 0xff}}, LightInk},
		{"dark", [3]color.RGBA{{0x5a, 0x4a, 0x38, 0xff}, {0x3c, 0x52, 0x40, 0xff}, {0x8a, 0xa8, 0xd8, 0xff}}, DarkInk},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := goldenSheet(tc.bg, tc.ink)
			path := filepath.Join("testdata", "labels-"+tc.name+".png")
			if testfile.Update() {
				testfile.WritePNG(t, path, got)
				return
			}
			want := testfile.PNG(t, testfile.Read(t, path))
			if err := similar(got, want, 16, 0.001); err != nil {
				testfile.WritePNG(t, filepath.Join(t.TempDir(), "got.png"), got)
				t.Errorf("%s: %v (rerun with -update to accept)", path, err)
			}
		})
	}
}

// similar reports whether a and b differ by more than tol in any channel in
// more than frac of their pixels.
func similar(a *image.RGBA, b image.Image, tol int, frac float64) error {
	if a.Rect != b.Bounds() {
		return fmt.Errorf("size %v, want %v", a.Rect, b.Bounds())
	}
	bad := 0
	for y := a.Rect.Min.Y; y < a.Rect.Max.Y; y++ {
		for x := a.Rect.Min.X; x < a.Rect.Max.X; x++ {
			c1 := a.RGBAAt(x, y)
			r, g, bl, al := b.At(x, y).RGBA()
			c2 := [4]int{int(r >> 8), int(g >> 8), int(bl >> 8), int(al >> 8)}
			for i, v := range [4]int{int(c1.R), int(c1.G), int(c1.B), int(c1.A)} {
				if d := v - c2[i]; d > tol || -d > tol {
					bad++
					break
				}
			}
		}
	}
	if n := a.Rect.Dx() * a.Rect.Dy(); float64(bad) > frac*float64(n) {
		return fmt.Errorf("%d of %d pixels differ by more than %d", bad, n, tol)
	}
	return nil
}

// BenchmarkDrawLabels places and draws 60 labels (20 holders, 40 regions)
// on a 1920×1080 frame, as one frame of the map does.
func BenchmarkDrawLabels(b *testing.B) {
	dst := image.NewRGBA(image.Rect(0, 0, 1920, 1080))
	var cands []Candidate
	states := []string{"Germany", "Soviet Union", "Poland", "France", "Italy", "United Kingdom", "Spain", "Sweden", "Norway", "Finland",
		"Romania", "Hungary", "Yugoslavia", "Bulgaria", "Greece", "Turkey", "General Government", "Slovakia", "Lithuania", "Latvia"}
	for i, s := range states {
		cands = append(cands, Candidate{Text: s, Priority: float64(200000 - i*5000), X: float64(100 + (i%5)*380), Y: float64(120 + (i/5)*260), MaxWidth: 360, ID: s})
	}
	for i := 0; i < 40; i++ {
		cands = append(cands, Candidate{Text: fmt.Sprintf("Region Łódź %d", i), Tier: 1, X: float64(60 + (i%8)*230), Y: float64([]int{20, 250, 510, 770, 1030}[i/8]), ID: fmt.Sprint(i)})
	}
	placed := Place(cands, 1920, 1080, 1)
	if len(placed) != 60 {
		b.Fatalf("placed %d labels, want 60", len(placed))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		placed = Place(cands, 1920, 1080, 1)
		DrawPlaced(dst, placed, LightInk)
	}
}

// TestDrawConcurrent draws from several goroutines at once (the window and
// an export may); run with -race.
func TestDrawConcurrent(t *testing.T) {
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func(g int) {
			dst := image.NewRGBA(image.Rect(0, 0, 200, 60))
			for i := 0; i < 20; i++ {
				DrawStyle(dst, fmt.Sprintf("Białystok %d", i%5), 10, 40, TierStyle(g%2, 2, 1), LightInk.Text[0], LightInk.Halo)
				MeasureStyle("Klaipėda", TierStyle(0, i%5, 1))
			}
			done <- true
		}(g)
	}
	for g := 0; g < 4; g++ {
		<-done
	}
}
