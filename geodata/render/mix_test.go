package render

import "testing"

// mix rounds each channel of the blend to the nearest integer.
func TestMixExact(t *testing.T) {
	for a := uint32(0); a < 256; a++ {
		for x := uint32(0); x < 256; x += 3 {
			for y := uint32(0); y < 256; y += 5 {
				o := x | y<<8 | (255-x)<<16
				c := y | x<<8 | (x^y)<<16
				got := mix(o, c, a)
				if got>>24 != 0xff {
					t.Fatalf("mix(%x, %x, %d) = %x: not opaque", o, c, a, got)
				}
				for sh := uint(0); sh < 24; sh += 8 {
					// Rounded to nearest.
					want := (2*((c>>sh&0xff)*a+(o>>sh&0xff)*(255-a)) + 255) / 510
					if g := got >> sh & 0xff; g != want {
						t.Fatalf("mix(%x, %x, %d) = %x", o, c, a, got)
					}
				}
			}
		}
	}
}
