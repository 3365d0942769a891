package main

// The fronts whose control is derived from the register (see cells.go).
func init() {
	frontZones = append(frontZones, frontZone{
		ID: "east", Title: "The Soviet–Axis front",
		Registers: []string{"east-finland", "east-leningrad", "east-baltic", "east-moscow", "east-ukraine", "east-south"},
		Start:     "1941-06-22", End: "1943-01-01", Lat0: 52,
		// Most of the RSFSR front is in ru-russia, which the hand-cut
		// dataset kept Soviet: the cells of its changing places are cut out.
		Partial: []string{"ru-russia"}, Radius: 1.2,
	})
}
