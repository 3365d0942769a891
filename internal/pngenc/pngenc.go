// Package pngenc writes PNG images fast: the rows of an opaque *image.RGBA
// are filtered and deflated in strips on every core, the strips stitched
// into one zlib stream (each strip but the last ends in a sync flush, so
// they concatenate; their Adler-32 checksums are combined). Other images
// are written by image/png. Either way the file decodes with image/png to
// the same pixels.
package pngenc

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"hash/adler32"
	"hash/crc32"
	"image"
	"image/png"
	"io"
	"runtime"
	"sync"
)

// PNG filter types (PNG specification, 9.2).
const (
	ftNone = 0
	ftSub  = 1
	ftUp   = 2
)

// minStripRows is the fewest rows a strip is given: below that, the cost of
// a compressor outweighs what another core saves.
const minStripRows = 64

// Encode writes img to w as a PNG.
func Encode(w io.Writer, img image.Image) error {
	m, ok := img.(*image.RGBA)
	if !ok || m.Rect.Dx() <= 0 || m.Rect.Dy() <= 0 || int64(m.Rect.Dx())*int64(m.Rect.Dy()) > 1<<30 {
		return fallback(w, img)
	}
	wd, ht := m.Rect.Dx(), m.Rect.Dy()
	n := min(runtime.GOMAXPROCS(0), max(1, ht/minStripRows))
	if n > 1 {
		n *= 2 // smaller strips even out the work between cores
	}
	strips := make([]strip, n)
	var wg sync.WaitGroup
	for i := range strips {
		y0, y1 := ht*i/n, ht*(i+1)/n
		wg.Add(1)
		go func() {
			defer wg.Done()
			strips[i] = deflateRows(m, y0, y1, i == n-1)
		}()
	}
	wg.Wait()
	for _, s := range strips {
		if s.err != nil {
			return s.err
		}
		if s.translucent {
			return fallback(w, img)
		}
	}

	// The zlib stream: header, the strips' deflate data, Adler-32 of all the
	// filtered rows.
	rowLen := int64(1 + 3*wd)
	sum := uint32(1)
	for i, s := range strips {
		y0, y1 := ht*i/n, ht*(i+1)/n
		sum = adler32Combine(sum, s.adler, rowLen*int64(y1-y0))
	}

	cw := &chunkWriter{w: w}
	cw.write(pngHeader)
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(wd))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(ht))
	ihdr[8] = 8  // bit depth
	ihdr[9] = 2  // colour type: truecolour (RGB)
	ihdr[10] = 0 // compression: deflate
	ihdr[11] = 0 // filter method 0
	ihdr[12] = 0 // no interlace
	cw.chunk("IHDR", ihdr[:])
	for i, s := range strips {
		data := s.data
		if i == 0 {
			data = append([]byte{0x78, 0x01}, data...) // CM 8, 32K window, FLEVEL 0 (fastest)
		}
		if i == n-1 {
			data = binary.BigEndian.AppendUint32(data, sum)
		}
		cw.chunk("IDAT", data)
	}
	cw.chunk("IEND", nil)
	return cw.err
}

var pngHeader = []byte("\x89PNG\r\n\x1a\n")

func fallback(w io.Writer, img image.Image) error {
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	return enc.Encode(w, img)
}

// A strip is the deflate data of some rows and their Adler-32.
type strip struct {
	data  []byte
	adler uint32
	// translucent is set when a pixel is not opaque: the image is then
	// written by image/png.
	translucent bool
	err         error
}

// deflateRows filters rows y0 to y1 (relative to m.Rect) of m and deflates
// them, ending with a sync flush, or with the final block if last.
func deflateRows(m *image.RGBA, y0, y1 int, last bool) strip {
	wd := m.Rect.Dx()
	var buf bytes.Buffer
	buf.Grow((y1 - y0) * wd / 4)
	fw, err := flate.NewWriter(&buf, flate.BestSpeed)
	if err != nil {
		return strip{err: err}
	}
	ad := adler32.New()
	out := make([]byte, 1+3*wd)
	for y := y0; y < y1; y++ {
		if !filterRow(out, row(m, y), y > 0 && bytes.Equal(row(m, y), row(m, y-1))) {
			return strip{translucent: true}
		}
		ad.Write(out)
		if _, err := fw.Write(out); err != nil {
			return strip{err: err}
		}
	}
	if last {
		err = fw.Close()
	} else {
		err = fw.Flush()
	}
	return strip{data: buf.Bytes(), adler: ad.Sum32(), err: err}
}

// row returns the pixels of row y (relative to m.Rect) of m.
func row(m *image.RGBA, y int) []byte {
	off := m.PixOffset(m.Rect.Min.X, m.Rect.Min.Y+y)
	return m.Pix[off : off+4*m.Rect.Dx() : off+4*m.Rect.Dx()]
}

// filterRow writes the RGBA pixels src as filtered RGB bytes into out,
// with the filter type in out[0], and reports whether they are all opaque.
// A row the same as the one above (sameAsUp) is all zeros under Up; any
// other row takes Sub, which zeroes runs of one colour.
func filterRow(out, src []byte, sameAsUp bool) bool {
	if sameAsUp { // the row above was opaque
		out[0] = ftUp
		clear(out[1:])
		return true
	}
	out[0] = ftSub
	out = out[1:]
	if len(out) != len(src)/4*3 || len(src) < 4 {
		return false
	}
	a := src[3]
	out[0], out[1], out[2] = src[0], src[1], src[2]
	for i, j := 4, 3; i+3 < len(src) && j+2 < len(out); i, j = i+4, j+3 {
		out[j] = src[i] - src[i-4]
		out[j+1] = src[i+1] - src[i-3]
		out[j+2] = src[i+2] - src[i-2]
		a &= src[i+3]
	}
	return a == 0xff
}

// adler32Combine returns the Adler-32 of A followed by B from the Adler-32s
// a1 of A and a2 of B, and B's length (zlib's adler32_combine).
func adler32Combine(a1, a2 uint32, len2 int64) uint32 {
	const base = 65521
	rem := uint64(len2 % base)
	s1 := uint64(a1 & 0xffff)
	s2 := rem * s1 % base
	s1 += uint64(a2&0xffff) + base - 1
	s2 += uint64(a1>>16) + uint64(a2>>16) + base - rem
	s1 %= base
	s2 %= base
	return uint32(s2<<16 | s1)
}

// chunkWriter writes PNG chunks, remembering the first error.
type chunkWriter struct {
	w   io.Writer
	err error
}

func (c *chunkWriter) write(b []byte) {
	if c.err == nil {
		_, c.err = c.w.Write(b)
	}
}

func (c *chunkWriter) chunk(name string, data []byte) {
	var hdr [8]byte
	binary.BigEndian.PutUint32(hdr[:4], uint32(len(data)))
	copy(hdr[4:], name)
	crc := crc32.NewIEEE()
	crc.Write(hdr[4:])
	crc.Write(data)
	c.write(hdr[:])
	c.write(data)
	var sum [4]byte
	binary.BigEndian.PutUint32(sum[:], crc.Sum32())
	c.write(sum[:])
}
