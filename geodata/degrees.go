package geodata

import "strconv"

// Lat writes latitude y in degrees north or south with prec decimals
// (-1: as many as y needs): Lat(53, -1) is "53°N", Lat(-12.5, 2)
// "12.50°S".
func Lat(y float64, prec int) string { return degrees(y, prec, "°N", "°S") }

// Lon writes longitude x in degrees east or west as Lat does:
// Lon(30.5, -1) is "30.5°E", Lon(-3.7, 2) "3.70°W".
func Lon(x float64, prec int) string { return degrees(x, prec, "°E", "°W") }

func degrees(v float64, prec int, pos, neg string) string {
	if v < 0 {
		v, pos = -v, neg
	}
	format := byte('f')
	if prec < 0 {
		format = 'g'
	}
	return strconv.FormatFloat(v, format, prec, 64) + pos
}
