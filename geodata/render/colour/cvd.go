package colour

import "image/color"

// Deficiency is a colour-vision deficiency to simulate.
type Deficiency uint8

// The deficiencies simulated, at full severity (dichromacy).
const (
	// Deuteranopia: no working M (green) cones; about 1 in 100 men,
	// and deuteranomaly, its milder form, about 5 in 100.
	Deuteranopia Deficiency = iota
	// Protanopia: no working L (red) cones; about 1 in 100 men.
	Protanopia
	// Tritanopia: no working S (blue) cones; rare.
	Tritanopia
)

// Deficiencies lists the deficiencies the colour-blind palette is checked
// against.
var Deficiencies = []Deficiency{Deuteranopia, Protanopia}

// String names the deficiency.
func (d Deficiency) String() string {
	switch d {
	case Deuteranopia:
		return "deuteranopia"
	case Protanopia:
		return "protanopia"
	case Tritanopia:
		return "tritanopia"
	}
	return "?"
}

// machado are the simulation matrices of Machado, Oliveira and Fernandes,
// "A Physiologically-based Model for Simulation of Color Vision
// Deficiency", IEEE TVCG 15(6), 2009, at severity 1.0, applied to linear
// RGB. Each row sums to 1 (within rounding), so greys are kept.
var machado = [...][3][3]float64{
	Deuteranopia: {
		{0.367322, 0.860646, -0.227968},
		{0.280085, 0.672501, 0.047413},
		{-0.011820, 0.042940, 0.968881},
	},
	Protanopia: {
		{0.152286, 1.052583, -0.204868},
		{0.114503, 0.786281, 0.099216},
		{-0.003882, -0.048116, 1.051998},
	},
	Tritanopia: {
		{1.255528, -0.076749, -0.178779},
		{-0.078411, 0.930809, 0.147602},
		{0.004733, 0.691367, 0.303900},
	},
}

// Simulate returns c as a viewer with deficiency d sees it (Machado et al.
// 2009, severity 1.0), opaque.
func Simulate(c color.Color, d Deficiency) color.RGBA {
	r8, g8, b8 := rgb8(c)
	v := [3]float64{linear(r8), linear(g8), linear(b8)}
	m := &machado[d]
	var o [3]float64
	for i := range o {
		o[i] = m[i][0]*v[0] + m[i][1]*v[1] + m[i][2]*v[2]
	}
	return color.RGBA{encode(o[0]), encode(o[1]), encode(o[2]), 0xff}
}
