package pngenc

import (
	"encoding/binary"
	"math/bits"
)

// A run-length deflate encoder for the filtered rows of flat-coloured
// images (RFC 1951). The rows are filtered as they are read: Up for a row
// the same as the one above, else Sub. Either way they are mostly zeros: a
// run of zeros is written as matches at distance 1 (after one literal
// zero), any other byte as a literal, all in fixed-Huffman blocks. No
// searching, no hashing: one pass over the pixels, where compress/flate's
// fastest level hashes every byte. The Adler-32 of the filtered bytes is
// kept on the way, a run of zeros at once.

// fixed Huffman codes, bit-reversed for the LSB-first stream.
var (
	litCode [286]uint16 // literal/length code → bits
	litLen  [286]uint8  // → number of bits
	// lenSym, lenExtra and lenExtraBits code a match length 3..258.
	lenSym       [259]uint16
	lenExtra     [259]uint8
	lenExtraBits [259]uint8
)

func init() {
	rev := func(code uint16, n uint8) uint16 { return bits.Reverse16(code) >> (16 - n) }
	for v := 0; v < 286; v++ {
		switch {
		case v < 144:
			litCode[v], litLen[v] = rev(uint16(0x30+v), 8), 8
		case v < 256:
			litCode[v], litLen[v] = rev(uint16(0x190+v-144), 9), 9
		case v < 280:
			litCode[v], litLen[v] = rev(uint16(v-256), 7), 7
		default:
			litCode[v], litLen[v] = rev(uint16(0xc0+v-280), 8), 8
		}
	}
	// Length codes 257..285 (RFC 1951, 3.2.5).
	base := [...]int{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	extra := [...]uint8{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	for i, b := range base {
		top := 258
		if i+1 < len(base) {
			top = base[i+1] - 1
		}
		for l := b; l <= top; l++ {
			lenSym[l] = uint16(257 + i)
			lenExtra[l] = uint8(l - b)
			lenExtraBits[l] = extra[i]
		}
	}
}

// deflater writes one strip of a zlib stream's deflate data.
type deflater struct {
	out   []byte
	acc   uint64 // bits not yet in out, LSB first
	nbits uint
	// Adler-32 sums of the bytes so far, and whether the last was zero.
	s1, s2   uint64
	lastZero bool
	pending  int
}

// newDeflater starts a fixed-Huffman block, the final one if last.
func newDeflater(capacity int, last bool) *deflater {
	d := &deflater{out: make([]byte, 0, capacity), s1: 1}
	final := uint64(0)
	if last {
		final = 1
	}
	d.bits(final|1<<1, 3) // BFINAL, BTYPE 01 (fixed Huffman)
	return d
}

func (d *deflater) bits(b uint64, n uint) {
	d.acc |= b << d.nbits
	d.nbits += n
	if d.nbits >= 32 {
		d.out = binary.LittleEndian.AppendUint32(d.out, uint32(d.acc))
		d.acc >>= 32
		d.nbits -= 32
	}
}

func (d *deflater) lit(v int) { d.bits(uint64(litCode[v]), uint(litLen[v])) }

// zeros writes n zero bytes that follow a zero: matches at distance 1.
func (d *deflater) zeros(n int) {
	for n > 0 {
		if n < 3 {
			d.lit(0)
			n--
			continue
		}
		l := min(n, 258)
		if r := n - l; r == 1 || r == 2 {
			l -= 3 - r // leave 3 for the next match (l stays ≥ 255)
		}
		s := lenSym[l]
		d.bits(uint64(litCode[s])|uint64(lenExtra[l])<<litLen[s], uint(litLen[s])+uint(lenExtraBits[l]))
		d.bits(0, 5) // distance code 0: distance 1
		n -= l
	}
}

// pending is how many zero bytes have been seen and not yet written.

// lit1 writes the byte v, adding it to the Adler-32.
func (d *deflater) lit1(v byte) {
	if v == 0 {
		d.pending++
		return
	}
	d.flushZeros()
	d.lit(int(v))
	d.lastZero = false
	d.s1 += uint64(v)
	d.s2 += d.s1
}

// flushZeros writes the pending zeros.
func (d *deflater) flushZeros() {
	n := d.pending
	if n == 0 {
		return
	}
	d.pending = 0
	d.s2 += uint64(n) * d.s1
	if !d.lastZero {
		d.lit(0)
		n--
	}
	d.zeros(n)
	d.lastZero = true
}

// sameRow writes a row the same as the one above: filter Up, n zeros.
func (d *deflater) sameRow(n int) {
	d.lit1(ftUp)
	d.pending += n
}

// subRow writes the RGBA pixels src as a Sub-filtered row of RGB and
// reports whether they are all opaque.
func (d *deflater) subRow(src []byte) bool {
	d.lit1(ftSub)
	var prev uint32 // left of the first pixel: zero
	alpha := uint32(0xff)
	for len(src) >= 4 {
		// Pieces of at most 4096 pixels, after which the sums are
		// reduced: s1 < 2^16 + 3·4096·255 < 2^22, s2 < 2^16 + 2^14·2^22,
		// and pending zeros add at most 3·(width)·2^22 to s2.
		piece := src[:min(len(src), 4*4096)]
		src = src[len(piece):]
		for i := 0; i+4 <= len(piece); i += 4 {
			px := binary.LittleEndian.Uint32(piece[i:])
			alpha &= px >> 24
			if (px^prev)&0xffffff == 0 {
				d.pending += 3
				continue
			}
			d.lit1(byte(px) - byte(prev))
			d.lit1(byte(px>>8) - byte(prev>>8))
			d.lit1(byte(px>>16) - byte(prev>>16))
			prev = px
		}
		d.reduce()
	}
	return alpha == 0xff
}

// reduce takes the Adler-32 sums modulo 65521.
func (d *deflater) reduce() {
	d.s1 %= adlerBase
	d.s2 %= adlerBase
}

const adlerBase = 65521

// adler returns the Adler-32 of the bytes written.
func (d *deflater) adler() uint32 { return uint32(d.s2<<16 | d.s1) }

// finish ends the block. The last strip's is the final block; the others
// end in an empty stored block (a sync flush) so that the next strip's
// data starts on a byte boundary.
func (d *deflater) finish(last bool) []byte {
	d.flushZeros()
	d.reduce()
	d.lit(256) // end of block
	if last {
		d.flushBits()
		return d.out
	}
	d.bits(0, 3) // BFINAL 0, BTYPE 00 (stored)
	d.flushBits()
	return append(d.out, 0, 0, 0xff, 0xff) // LEN 0, NLEN ^0
}

// flushBits writes the bits left, padded to a byte.
func (d *deflater) flushBits() {
	for d.nbits > 0 {
		d.out = append(d.out, byte(d.acc))
		d.acc >>= 8
		d.nbits -= min(d.nbits, 8)
	}
	d.acc, d.nbits = 0, 0
}
