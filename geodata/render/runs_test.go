package render

import (
	"image"
	"image/color"
	"testing"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/paulmach/orb/planar"
)

// rasterize makes the runs and the borders of the view, as Draw does.
func (r *Renderer) rasterize() {
	r.rasterizeRuns()
	r.buildBorders(r.scene.geometry(r.view.Res))
}

// bruteIDs rasterizes the view pixel by pixel: the id of the first piece
// (in piece order) whose geometry holds the pixel centre, else land (1),
// else sea (0). It is the reference the runs are checked against.
func bruteIDs(r *Renderer) []uint16 {
	v := r.view
	sc := r.scene
	geom := func(pi int) orb.MultiPolygon { return sc.pieces[pi] }
	land := sc.land
	if l := lodLevel(v.Res); l >= 0 {
		lod := sc.levelOfDetail(l)
		geom = func(pi int) orb.MultiPolygon { return lod.pieces[pi] }
		land = lod.land
	}
	ids := make([]uint16, v.Width*v.Height)
	for y := 0; y < v.Height; y++ {
		for x := 0; x < v.Width; x++ {
			p := v.FromPixel(float64(x)+0.5, float64(y)+0.5)
			id := uint16(0)
			if land != nil && planar.MultiPolygonContains(land, p) {
				id = 1
			}
			for pi := range sc.pieces {
				if planar.MultiPolygonContains(geom(pi), p) {
					id = uint16(pi + 2)
					break
				}
			}
			ids[y*v.Width+x] = id
		}
	}
	return ids
}

func TestRunsMatchPixelCentres(t *testing.T) {
	fs, err := geodata.DecodeFeatures("t.geojson", []byte(`{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"id":"a","name":"A","controller":"A","sovereign":"A","status":"independent","source":"s","end_date":"1940-01-01"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[3,0.2],[2.5,2.7],[0.2,3],[0,0]],[[1,1],[1.6,1.1],[1.4,1.8],[1,1]]]}},
{"type":"Feature","properties":{"id":"b","name":"B","controller":"B","sovereign":"B","status":"independent","source":"s","start_date":"1940-01-01"},"geometry":{"type":"Polygon","coordinates":[[[1.5,0.5],[4,1],[3.5,3.5],[1.5,0.5]]]}},
{"type":"Feature","properties":{"id":"c","name":"C","controller":"C","sovereign":"C","status":"independent","source":"s"},"geometry":{"type":"MultiPolygon","coordinates":[[[[4.2,0],[6,0],[6,2],[4.2,0]]],[[[1,1],[1.6,1.1],[1.4,1.8],[1,1]]]]}}
]}`))
	if err != nil {
		t.Fatal(err)
	}
	land := orb.MultiPolygon{{{{-1, -1}, {7, -1}, {7, 1.5}, {-1, 1.5}, {-1, -1}}}}
	overlapping, err := geodata.New("t.geojson", fs, nil, land)
	if err != nil {
		t.Fatal(err)
	}
	b := orb.Bound{Min: orb.Point{-1, -1}, Max: orb.Point{7, 4}}
	tests := []struct {
		name string
		a    *geodata.Atlas
		v    geodata.View
	}{
		{"mini", loadMini(t), geodata.Fit(orb.Bound{Min: orb.Point{19, 44}, Max: orb.Point{31, 56}}, 233, 171)},
		{"mini, coarse", loadMini(t), geodata.Fit(orb.Bound{Min: orb.Point{-10, 30}, Max: orb.Point{60, 70}}, 97, 64)},
		{"overlapping pieces and land", overlapping, geodata.Fit(b, 211, 143)},
		{"overlapping, panned half off", overlapping, geodata.Fit(b, 211, 143).Pan(-100.5, 37.25)},
		{"one row", overlapping, geodata.Fit(b, 300, 1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := New(tt.a)
			// A first view, so that the bands of the second are cut where
			// the first had its runs.
			r.SetView(tt.v.Pan(13, -7))
			r.rasterize()
			r.SetView(tt.v)
			r.rasterize()
			want := bruteIDs(r)
			bad := 0
			for i, id := range want {
				if got := r.idAt(i); got != id {
					if bad < 5 {
						t.Errorf("pixel (%d, %d): id %d, want %d", i%tt.v.Width, i/tt.v.Width, got, id)
					}
					bad++
				}
			}
			if bad > 0 {
				t.Errorf("%d of %d pixels differ", bad, len(want))
			}
			// Where pieces overlap, the others are listed.
			if tt.a == overlapping && tt.v.Height > 1 && len(r.over) == 0 {
				t.Errorf("no pixel lists overlapping pieces")
			}
			for i, ids := range r.over {
				if r.idAt(int(i)) >= ids[0] {
					t.Errorf("pixel %d: primary id %d, further %v", i, r.idAt(int(i)), ids)
				}
			}
			// Every pixel is in exactly one run; runs never span rows.
			n := 0
			for y := 0; y < tt.v.Height; y++ {
				for _, rn := range r.runs[r.rowRun[y]:r.rowRun[y+1]] {
					if int(rn.i) != n || rn.n <= 0 || int(rn.i+rn.n) > (y+1)*tt.v.Width {
						t.Fatalf("row %d: run %+v after pixel %d", y, rn, n)
					}
					n += int(rn.n)
				}
			}
			if n != tt.v.Width*tt.v.Height {
				t.Errorf("runs cover %d pixels, want %d", n, tt.v.Width*tt.v.Height)
			}
		})
	}
}

// The borders run where neighbouring pixels have different ids: every
// such pair of ids has a border, every border pixel lies by pixels of the
// two ids it separates, and no pixel is drawn twice for one pair.
func TestBordersFollowNeighbours(t *testing.T) {
	mini := loadMini(t)
	land := orb.MultiPolygon{{{{15, 40}, {35, 40}, {35, 58}, {15, 58}, {15, 40}}}}
	withLand, err := geodata.New("mini+land", mini.Features(), nil, land)
	if err != nil {
		t.Fatal(err)
	}
	// Land whose coast runs along the pieces' outer edges, and beyond.
	coast := orb.MultiPolygon{{{{20, 50}, {25, 50}, {30, 50}, {33, 47}, {33, 56}, {30, 55}, {25, 55}, {20, 55}, {20, 50}}}}
	withCoast, err := geodata.New("mini+coast", mini.Features(), nil, coast)
	if err != nil {
		t.Fatal(err)
	}
	// Land that shares a piece's southern coast and stops short of its
	// northern one: that coast is found facing the sea in the view, next
	// to coasts the topology knows.
	short := orb.MultiPolygon{{{{20, 50}, {25, 50}, {25, 54}, {20, 54}, {20, 50}}}}
	withShort, err := geodata.New("mini+short", mini.Features(), nil, short)
	if err != nil {
		t.Fatal(err)
	}
	b := orb.Bound{Min: orb.Point{13, 38}, Max: orb.Point{37, 60}}
	for _, tt := range []struct {
		name string
		a    *geodata.Atlas
		v    geodata.View
	}{
		{"mini", mini, geodata.Fit(orb.Bound{Min: orb.Point{19, 44}, Max: orb.Point{31, 56}}, 160, 120)},
		{"mini with land", withLand, geodata.Fit(b, 240, 200)},
		{"mini with a shared coast", withCoast, geodata.Fit(b, 240, 200)},
		{"mini with land short of a coast", withShort, geodata.Fit(orb.Bound{Min: orb.Point{19, 49}, Max: orb.Point{26, 56}}, 260, 240)},
		{"zoomed past the edge", withLand, geodata.Fit(b, 240, 200).Zoom(3, 40, 60)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := New(tt.a)
			r.SetView(tt.v)
			r.rasterize()
			w, h := r.view.Width, r.view.Height
			neighbours := map[idPair]int{}
			for y := 0; y < h; y++ {
				for x := 0; x < w; x++ {
					id := r.idAt(y*w + x)
					for _, o := range [][2]int{{1, 0}, {0, 1}} {
						if x+o[0] < w && y+o[1] < h {
							if other := r.idAt((y+o[1])*w + x + o[0]); other != id {
								neighbours[idPair{min(id, other), max(id, other)}]++
							}
						}
					}
				}
			}
			drawn := map[idPair]bool{}
			seen := map[[2]int32]bool{}
			far, total := 0, 0
			for _, b := range r.borders {
				for c, bucket := range b.sl.buckets {
					for _, p := range bucket {
						total++
						if int(p.i)/w/rowsPerChunk != c {
							t.Fatalf("pixel %d listed in chunk %d", p.i, c)
						}
						pair := b.list[p.style]
						drawn[pair] = true
						k := [2]int32{p.i, int32(pair.a)<<16 | int32(pair.b)}
						if seen[k] {
							t.Errorf("pixel (%d, %d) drawn twice for %v", int(p.i)%w, int(p.i)/w, pair)
						}
						seen[k] = true
						if p.alpha < 128 {
							continue
						}
						x, y := int(p.i)%w, int(p.i)/w
						hasA, hasB := false, false
						for dy := -1; dy <= 1; dy++ {
							for dx := -1; dx <= 1; dx++ {
								if x+dx >= 0 && y+dy >= 0 && x+dx < w && y+dy < h {
									id := r.idAt((y+dy)*w + x + dx)
									hasA = hasA || id == pair.a
									hasB = hasB || id == pair.b
								}
							}
						}
						if !hasA || !hasB {
							far++
						}
					}
				}
			}
			if total == 0 {
				t.Fatal("no borders")
			}
			if far > total/100 {
				t.Errorf("%d of %d border pixels are not between the ids they separate", far, total)
			}
			for p, n := range neighbours {
				if !drawn[p] && n >= 3 {
					t.Errorf("ids %v are neighbours at %d pixels and have no border", p, n)
				}
			}
			for p := range drawn {
				if neighbours[p] == 0 {
					t.Errorf("border between ids %v, which are nowhere neighbours", p)
				}
			}
		})
	}
}

// Away from the borders, every pixel has its piece's colour of the day,
// hatched on the diagonals of highlighted pieces.
func TestFillMatchesPalette(t *testing.T) {
	r := New(loadMini(t))
	v := geodata.Fit(orb.Bound{Min: orb.Point{17, 46}, Max: orb.Point{33, 58}}, 173, 131)
	r.SetView(v)
	img := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	s := DefaultStyle()
	s.Overlays, s.Names = nil, nil // the fills only
	for _, day := range []string{"1939-09-01", "1940-07-01", "1941-07-01"} {
		d := geodata.MustDay(day)
		r.Draw(img, d, s)
		onBorder := map[int32]bool{}
		for _, b := range r.borders {
			for _, p := range b.sl.all() {
				onBorder[p.i] = true
			}
		}
		hatched, checked := 0, 0
		for y := 0; y < v.Height; y++ {
			for x := 0; x < v.Width; x++ {
				i := y*v.Width + x
				if onBorder[int32(i)] {
					continue
				}
				id := r.idAt(i)
				want := r.pal[id]
				if r.hl[id] && (x+y)%8 == 0 {
					c := color.RGBA{uint8(want), uint8(want >> 8), uint8(want >> 16), 0xff}
					want = pack(blend(c, s.Theme.Hatch, 0.35))
					if s.Theme == (Theme{}) {
						want = pack(blend(c, Light.Hatch, 0.35))
					}
					hatched++
				}
				if got := pack(img.RGBAAt(x, y)); got != want {
					t.Fatalf("%s: pixel (%d, %d) of id %d is %08x, want %08x", day, x, y, id, got, want)
				}
				checked++
			}
		}
		if hatched == 0 || checked < v.Width*v.Height/2 {
			t.Errorf("%s: %d pixels checked, %d hatched", day, checked, hatched)
		}
	}
}
