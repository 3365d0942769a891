package colour

import (
	"image/color"
	"math"
	"testing"
)

// sharma is Table 1 of G. Sharma, W. Wu and E. N. Dalal, "The CIEDE2000
// color-difference formula: implementation notes, supplementary test
// data, and mathematical observations", Color Research and Application
// 30(1), 2005: L1 a1 b1, L2 a2 b2, ΔE00. The pairs aim at the formula's
// pitfalls: the hue-angle wrap, the mean hue of opposite hues, the 275°
// rotation term, near-greys.
var sharma = [][7]float64{
	{50.0000, 2.6772, -79.7751, 50.0000, 0.0000, -82.7485, 2.0425},
	{50.0000, 3.1571, -77.2803, 50.0000, 0.0000, -82.7485, 2.8615},
	{50.0000, 2.8361, -74.0200, 50.0000, 0.0000, -82.7485, 3.4412},
	{50.0000, -1.3802, -84.2814, 50.0000, 0.0000, -82.7485, 1.0000},
	{50.0000, -1.1848, -84.8006, 50.0000, 0.0000, -82.7485, 1.0000},
	{50.0000, -0.9009, -85.5211, 50.0000, 0.0000, -82.7485, 1.0000},
	{50.0000, 0.0000, 0.0000, 50.0000, -1.0000, 2.0000, 2.3669},
	{50.0000, -1.0000, 2.0000, 50.0000, 0.0000, 0.0000, 2.3669},
	{50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0009, 7.1792},
	{50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0010, 7.1792},
	{50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0011, 7.2195},
	{50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0012, 7.2195},
	{50.0000, -0.0010, 2.4900, 50.0000, 0.0009, -2.4900, 4.8045},
	{50.0000, -0.0010, 2.4900, 50.0000, 0.0010, -2.4900, 4.8045},
	{50.0000, -0.0010, 2.4900, 50.0000, 0.0011, -2.4900, 4.7461},
	{50.0000, 2.5000, 0.0000, 50.0000, 0.0000, -2.5000, 4.3065},
	{50.0000, 2.5000, 0.0000, 73.0000, 25.0000, -18.0000, 27.1492},
	{50.0000, 2.5000, 0.0000, 61.0000, -5.0000, 29.0000, 22.8977},
	{50.0000, 2.5000, 0.0000, 56.0000, -27.0000, -3.0000, 31.9030},
	{50.0000, 2.5000, 0.0000, 58.0000, 24.0000, 15.0000, 19.4535},
	{50.0000, 2.5000, 0.0000, 50.0000, 3.1736, 0.5854, 1.0000},
	{50.0000, 2.5000, 0.0000, 50.0000, 3.2972, 0.0000, 1.0000},
	{50.0000, 2.5000, 0.0000, 50.0000, 1.8634, 0.5757, 1.0000},
	{50.0000, 2.5000, 0.0000, 50.0000, 3.2592, 0.3350, 1.0000},
	{60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644},
	{63.0109, -31.0961, -5.8663, 62.8187, -29.7946, -4.0864, 1.2630},
	{61.2901, 3.7196, -5.3901, 61.4292, 2.2480, -4.9620, 1.8731},
	{35.0831, -44.1164, 3.7933, 35.0232, -40.0716, 1.5901, 1.8645},
	{22.7233, 20.0904, -46.6940, 23.0331, 14.9730, -42.5619, 2.0373},
	{36.4612, 47.8580, 18.3852, 36.2715, 50.5065, 21.2231, 1.4146},
	{90.8027, -2.0831, 1.4410, 91.1528, -1.6435, 0.0447, 1.4441},
	{90.9257, -0.5406, -0.9208, 88.6381, -0.8985, -0.7239, 1.5381},
	{6.7747, -0.2908, -2.4247, 5.8714, -0.0985, -2.2286, 0.6377},
	{2.0776, 0.0795, -1.1350, 0.9033, -0.0636, -0.5514, 0.9082},
}

func TestDeltaE2000Sharma(t *testing.T) {
	for i, p := range sharma {
		x, y := Lab{p[0], p[1], p[2]}, Lab{p[3], p[4], p[5]}
		// The table gives four decimals; the formula is symmetric.
		for _, got := range []float64{DeltaE2000Lab(x, y), DeltaE2000Lab(y, x)} {
			if math.Abs(got-p[6]) > 0.00005 {
				t.Errorf("pair %d: ΔE00 = %.5f, want %.4f", i+1, got, p[6])
			}
		}
	}
	if d := DeltaE2000Lab(Lab{40, 10, -20}, Lab{40, 10, -20}); d != 0 {
		t.Errorf("ΔE00 of a colour with itself = %v", d)
	}
}

func TestToLab(t *testing.T) {
	// Reference values from the sRGB (IEC 61966-2-1) matrix and D65;
	// tables made with other roundings of the matrix differ by < 0.03.
	for _, tc := range []struct {
		c    color.RGBA
		want Lab
	}{
		{color.RGBA{255, 255, 255, 255}, Lab{100, 0, 0}},
		{color.RGBA{0, 0, 0, 255}, Lab{0, 0, 0}},
		{color.RGBA{255, 0, 0, 255}, Lab{53.24, 80.09, 67.20}},
		{color.RGBA{0, 255, 0, 255}, Lab{87.73, -86.18, 83.18}},
		{color.RGBA{0, 0, 255, 255}, Lab{32.30, 79.19, -107.86}},
		{color.RGBA{128, 128, 128, 255}, Lab{53.59, 0, 0}},
	} {
		got := ToLab(tc.c)
		if math.Abs(got.L-tc.want.L) > 0.05 || math.Abs(got.A-tc.want.A) > 0.05 || math.Abs(got.B-tc.want.B) > 0.05 {
			t.Errorf("ToLab(%v) = %.2f, want %.2f", tc.c, got, tc.want)
		}
	}
}

func TestLabRoundTrip(t *testing.T) {
	for r := 0; r < 256; r += 15 {
		for g := 0; g < 256; g += 15 {
			for b := 0; b < 256; b += 15 {
				c := color.RGBA{uint8(r), uint8(g), uint8(b), 255}
				l := ToLab(c)
				if !l.InGamut() {
					t.Errorf("%v: %v out of gamut", c, l)
				}
				if back := l.RGBA(); back != c {
					t.Errorf("%v → %v → %v", c, l, back)
				}
			}
		}
	}
	if (Lab{50, 120, 0}).InGamut() {
		t.Error("L 50 a 120 is not an sRGB colour")
	}
}

func TestSimulate(t *testing.T) {
	// Greys are kept (each matrix row sums to 1).
	for _, d := range []Deficiency{Deuteranopia, Protanopia, Tritanopia} {
		for _, v := range []uint8{0, 60, 128, 200, 255} {
			g := color.RGBA{v, v, v, 255}
			if s := Simulate(g, d); DeltaE2000(s, g) > 0.5 {
				t.Errorf("%v: grey %d becomes %v", d, v, s)
			}
		}
	}
	// Red and green, far apart for normal vision, come close for
	// deuteranopes and protanopes; blue and yellow stay apart.
	red, green := color.RGBA{0xc8, 0x60, 0x50, 255}, color.RGBA{0x80, 0x90, 0x40, 255}
	blue, yellow := color.RGBA{0x40, 0x70, 0xc0, 255}, color.RGBA{0xe0, 0xc0, 0x40, 255}
	if d := DeltaE2000(red, green); d < 30 {
		t.Fatalf("red–green ΔE00 %.1f", d)
	}
	for _, d := range Deficiencies {
		if x := DeltaE2000(Simulate(red, d), Simulate(green, d)); x > 15 {
			t.Errorf("%v: red–green still %.1f apart", d, x)
		}
		if x := DeltaE2000(Simulate(blue, d), Simulate(yellow, d)); x < 30 {
			t.Errorf("%v: blue–yellow only %.1f apart", d, x)
		}
	}
}
