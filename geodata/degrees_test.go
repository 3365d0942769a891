package geodata

import "testing"

func TestDegrees(t *testing.T) {
	for _, c := range [][2]string{
		{Lat(53, -1), "53°N"},
		{Lat(60.5, -1), "60.5°N"},
		{Lat(-12.5, 2), "12.50°S"},
		{Lat(0, 2), "0.00°N"},
		{Lon(19, -1), "19°E"},
		{Lon(-3.7, 2), "3.70°W"},
		{Lon(24.9384, 2), "24.94°E"},
	} {
		if c[0] != c[1] {
			t.Errorf("got %q, want %q", c[0], c[1])
		}
	}
}
