package main

import (
	"fmt"
	"hash/fnv"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"sort"

	"github.com/peterstace/simplefeatures/geom"
)

// renderPNG is a debugging aid: it draws the land, the territories valid on
// day (coloured by controller) and the authored lines.
func renderPNG(d *dataset, file, day, bbox string) error {
	var x0, y0, x1, y1 float64
	if _, err := fmt.Sscanf(bbox, "%f,%f,%f,%f", &x0, &y0, &x1, &y1); err != nil {
		return err
	}
	k := math.Cos((y0 + y1) / 2 * math.Pi / 180)
	W := 1400
	H := int(float64(W) * (y1 - y0) / ((x1 - x0) * k))
	img := image.NewRGBA(image.Rect(0, 0, W, H))
	for i := range img.Pix {
		img.Pix[i] = 255
	}
	px := func(lon, lat float64) (float64, float64) {
		return (lon - x0) / (x1 - x0) * float64(W), (y1 - lat) / (y1 - y0) * float64(H)
	}
	fill(img, d.land, px, color.RGBA{200, 200, 200, 255})
	for _, t := range d.territories {
		for _, v := range t.Versions {
			if dayIn(day, v.Start, v.End) {
				fill(img, t.geom, px, holderColor(v.Ctrl.Name))
				if v.Ctrl != v.Sov {
					hatch(img, t.geom, px)
				}
			}
		}
	}
	for _, t := range d.territories {
		outline(img, t.geom, px, color.RGBA{40, 40, 40, 255})
	}
	for _, o := range d.overlays {
		if o.Kind == "frontier" && dayIn(day, o.Start, o.End) {
			outline(img, o.geom, px, color.RGBA{220, 0, 0, 255})
		}
	}
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	defer f.Close()
	return png.Encode(f, img)
}

// dayIn compares ISO dates textually, ignoring EDTF "~".
func dayIn(day, start, end string) bool {
	s := trimEDTF(start)
	e := trimEDTF(end)
	return (s == "" || s <= day) && (e == "" || day < e)
}

func trimEDTF(s string) string {
	if len(s) > 0 && s[len(s)-1] == '~' {
		s = s[:len(s)-1]
	}
	if len(s) == 7 {
		s += "-01"
	}
	return s
}

func holderColor(name string) color.RGBA {
	fixed := map[string]color.RGBA{
		"Soviet Union": {230, 120, 120, 255}, "Finland": {150, 190, 240, 255}, "Estonia": {120, 200, 200, 255},
		"Latvia": {200, 150, 120, 255}, "Lithuania": {240, 220, 120, 255}, "Germany": {120, 120, 120, 255},
		"Poland": {240, 160, 200, 255}, "Romania": {250, 230, 80, 255}, "Hungary": {140, 200, 120, 255},
		"Bulgaria": {160, 220, 160, 255},
	}
	if c, ok := fixed[name]; ok {
		return c
	}
	h := fnv.New32a()
	h.Write([]byte(name))
	v := h.Sum32()
	return color.RGBA{uint8(80 + v%150), uint8(80 + (v>>8)%150), uint8(80 + (v>>16)%150), 255}
}

func rings(g geom.Geometry) [][][2]float64 {
	var out [][][2]float64
	for _, p := range roundedPolygons(g) {
		out = append(out, p...)
	}
	for _, part := range g.Dump() {
		if ls, ok := part.AsLineString(); ok {
			out = append(out, roundSeq(ls.Coordinates()))
		}
	}
	return out
}

func fill(img *image.RGBA, g geom.Geometry, px func(float64, float64) (float64, float64), c color.RGBA) {
	rs := rings(g)
	H := img.Bounds().Dy()
	W := img.Bounds().Dx()
	for y := 0; y < H; y++ {
		fy := float64(y) + 0.5
		var xs []float64
		for _, r := range rs {
			for i := 0; i+1 < len(r); i++ {
				ax, ay := px(r[i][0], r[i][1])
				bx, by := px(r[i+1][0], r[i+1][1])
				if (ay <= fy) != (by <= fy) {
					xs = append(xs, ax+(fy-ay)/(by-ay)*(bx-ax))
				}
			}
		}
		sort.Float64s(xs)
		for i := 0; i+1 < len(xs); i += 2 {
			for x := int(math.Max(0, xs[i])); x < int(math.Min(float64(W), xs[i+1])); x++ {
				img.SetRGBA(x, y, c)
			}
		}
	}
}

func hatch(img *image.RGBA, g geom.Geometry, px func(float64, float64) (float64, float64)) {
	tmp := image.NewRGBA(img.Bounds())
	fill(tmp, g, px, color.RGBA{0, 0, 0, 255})
	for y := 0; y < img.Bounds().Dy(); y++ {
		for x := 0; x < img.Bounds().Dx(); x++ {
			if (x+y)%10 == 0 && tmp.RGBAAt(x, y).A > 0 {
				img.SetRGBA(x, y, color.RGBA{60, 60, 60, 255})
			}
		}
	}
}

func outline(img *image.RGBA, g geom.Geometry, px func(float64, float64) (float64, float64), c color.RGBA) {
	for _, r := range rings(g) {
		for i := 0; i+1 < len(r); i++ {
			ax, ay := px(r[i][0], r[i][1])
			bx, by := px(r[i+1][0], r[i+1][1])
			n := int(math.Max(math.Abs(bx-ax), math.Abs(by-ay))) + 1
			for s := 0; s <= n; s++ {
				t := float64(s) / float64(n)
				img.SetRGBA(int(ax+t*(bx-ax)), int(ay+t*(by-ay)), c)
			}
		}
	}
}
