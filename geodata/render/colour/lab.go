package colour

import (
	"image/color"
	"math"
)

// Lab is a colour in CIE 1976 L*a*b* under the D65 white point: L from 0
// (black) to 100 (white), a from green (−) to red (+), b from blue (−) to
// yellow (+).
type Lab struct{ L, A, B float64 }

// The D65 white point (CIE 1931 2° observer), Y normalised to 1, as
// IEC 61966-2-1 (sRGB) uses it.
const (
	whiteX = 0.95047
	whiteY = 1.0
	whiteZ = 1.08883
)

// linear returns the linear-light value of an 8-bit sRGB channel
// (IEC 61966-2-1).
func linear(c uint8) float64 {
	v := float64(c) / 255
	if v <= 0.04045 {
		return v / 12.92
	}
	return math.Pow((v+0.055)/1.055, 2.4)
}

// encode returns the 8-bit sRGB channel of a linear-light value, clipped
// to [0, 1].
func encode(v float64) uint8 {
	switch {
	case v <= 0:
		return 0
	case v >= 1:
		return 255
	case v <= 0.0031308:
		v *= 12.92
	default:
		v = 1.055*math.Pow(v, 1/2.4) - 0.055
	}
	return uint8(math.Round(v * 255))
}

// rgb8 returns the 8-bit straight (not premultiplied) sRGB channels of c,
// ignoring its alpha.
func rgb8(c color.Color) (r, g, b uint8) {
	switch c := c.(type) {
	case color.RGBA:
		if c.A == 0xff {
			return c.R, c.G, c.B
		}
	case color.NRGBA:
		return c.R, c.G, c.B
	}
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	return n.R, n.G, n.B
}

// ToLab converts an sRGB colour to CIE Lab (D65). Alpha is ignored: the
// colour is taken as drawn opaque.
func ToLab(c color.Color) Lab {
	r8, g8, b8 := rgb8(c)
	r, g, b := linear(r8), linear(g8), linear(b8)
	// sRGB to XYZ, IEC 61966-2-1.
	x := 0.4124*r + 0.3576*g + 0.1805*b
	y := 0.2126*r + 0.7152*g + 0.0722*b
	z := 0.0193*r + 0.1192*g + 0.9505*b
	fx, fy, fz := labF(x/whiteX), labF(y/whiteY), labF(z/whiteZ)
	return Lab{L: 116*fy - 16, A: 500 * (fx - fy), B: 200 * (fy - fz)}
}

// RGBA converts a Lab colour back to opaque sRGB, clipping channels that
// fall outside the sRGB gamut.
func (l Lab) RGBA() color.RGBA {
	fy := (l.L + 16) / 116
	fx := fy + l.A/500
	fz := fy - l.B/200
	x, y, z := whiteX*labFInv(fx), whiteY*labFInv(fy), whiteZ*labFInv(fz)
	r := 3.2406*x - 1.5372*y - 0.4986*z
	g := -0.9689*x + 1.8758*y + 0.0415*z
	b := 0.0557*x - 0.2040*y + 1.0570*z
	return color.RGBA{encode(r), encode(g), encode(b), 0xff}
}

// InGamut reports whether l is an sRGB colour (within a small tolerance).
func (l Lab) InGamut() bool {
	fy := (l.L + 16) / 116
	fx := fy + l.A/500
	fz := fy - l.B/200
	x, y, z := whiteX*labFInv(fx), whiteY*labFInv(fy), whiteZ*labFInv(fz)
	for _, v := range []float64{
		3.2406*x - 1.5372*y - 0.4986*z,
		-0.9689*x + 1.8758*y + 0.0415*z,
		0.0557*x - 0.2040*y + 1.0570*z,
	} {
		if v < -0.001 || v > 1.001 {
			return false
		}
	}
	return true
}

// Chroma is the colour's distance from grey, √(a²+b²).
func (l Lab) Chroma() float64 { return math.Hypot(l.A, l.B) }

// Hue is the colour's hue angle in degrees, [0, 360).
func (l Lab) Hue() float64 {
	h := math.Atan2(l.B, l.A) * 180 / math.Pi
	if h < 0 {
		h += 360
	}
	return h
}

const (
	labEps   = 216.0 / 24389 // (6/29)³
	labKappa = 24389.0 / 27  // (29/3)³
)

func labF(t float64) float64 {
	if t > labEps {
		return math.Cbrt(t)
	}
	return (labKappa*t + 16) / 116
}

func labFInv(f float64) float64 {
	if t := f * f * f; t > labEps {
		return t
	}
	return (116*f - 16) / labKappa
}

// DeltaE2000 is the CIEDE2000 colour difference between two sRGB colours
// (CIE 142-2001, with kL = kC = kH = 1). About 1 is a just-noticeable
// difference side by side; 10 and more tells two areas apart at a glance.
func DeltaE2000(a, b color.Color) float64 { return DeltaE2000Lab(ToLab(a), ToLab(b)) }

// hueTie is the rounding allowed when two hues are 180° apart: the
// formula branches there, and Sharma's pair 14, exactly opposite hues,
// takes the "≤ 180°" branch, which float rounding would miss by 3e-14°.
const hueTie = 1e-9

// DeltaE2000Lab is the CIEDE2000 colour difference between two Lab
// colours, as Sharma, Wu and Dalal (2005) give it, their test data
// included.
func DeltaE2000Lab(x, y Lab) float64 {
	const deg = math.Pi / 180
	c1, c2 := x.Chroma(), y.Chroma()
	cm := (c1 + c2) / 2
	cm7 := math.Pow(cm, 7)
	g := 0.5 * (1 - math.Sqrt(cm7/(cm7+6103515625))) // 25⁷
	a1, a2 := (1+g)*x.A, (1+g)*y.A
	c1p, c2p := math.Hypot(a1, x.B), math.Hypot(a2, y.B)
	hue := func(b, a float64) float64 {
		if a == 0 && b == 0 {
			return 0
		}
		h := math.Atan2(b, a) * (180 / math.Pi)
		if h < 0 {
			h += 360
		}
		return h
	}
	h1p, h2p := hue(x.B, a1), hue(y.B, a2)

	dL := y.L - x.L
	dC := c2p - c1p
	var dh float64
	if c1p*c2p != 0 {
		dh = h2p - h1p
		switch {
		case dh > 180+hueTie:
			dh -= 360
		case dh < -180-hueTie:
			dh += 360
		}
	}
	dH := 2 * math.Sqrt(c1p*c2p) * math.Sin(dh/2*deg)

	lm := (x.L + y.L) / 2
	cmp := (c1p + c2p) / 2
	hm := h1p + h2p
	if c1p*c2p != 0 {
		switch {
		case math.Abs(h1p-h2p) <= 180+hueTie:
			hm /= 2
		case h1p+h2p < 360:
			hm = (hm + 360) / 2
		default:
			hm = (hm - 360) / 2
		}
	}
	t := 1 - 0.17*math.Cos((hm-30)*deg) + 0.24*math.Cos(2*hm*deg) +
		0.32*math.Cos((3*hm+6)*deg) - 0.20*math.Cos((4*hm-63)*deg)
	dTheta := 30 * math.Exp(-((hm-275)/25)*((hm-275)/25))
	cmp7 := math.Pow(cmp, 7)
	rc := 2 * math.Sqrt(cmp7/(cmp7+6103515625))
	l50 := (lm - 50) * (lm - 50)
	sl := 1 + 0.015*l50/math.Sqrt(20+l50)
	sc := 1 + 0.045*cmp
	sh := 1 + 0.015*cmp*t
	rt := -math.Sin(2*dTheta*deg) * rc
	fl, fc, fh := dL/sl, dC/sc, dH/sh
	return math.Sqrt(fl*fl + fc*fc + fh*fh + rt*fc*fh)
}
