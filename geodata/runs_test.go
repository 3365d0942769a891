package geodata

import (
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// bruteIDs rasterizes the view pixel by pixel: the id of the first piece
// (in piece order) whose geometry holds the pixel centre, else land (1),
// else sea (0). It is the reference the runs are checked against.
func bruteIDs(r *Renderer) []uint16 {
	v := r.view
	a := r.atlas
	geom := func(pi int) orb.MultiPolygon { return a.pieces[pi].proj }
	land := a.landP
	if l := lodLevel(v.Res); l >= 0 {
		lod := a.levelOfDetail(l)
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
			for pi := range a.pieces {
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
	fs, err := DecodeFeatures("t.geojson", []byte(`{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"id":"a","name":"A","controller":"A","sovereign":"A","status":"independent","source":"s","end_date":"1940-01-01"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[3,0.2],[2.5,2.7],[0.2,3],[0,0]],[[1,1],[1.6,1.1],[1.4,1.8],[1,1]]]}},
{"type":"Feature","properties":{"id":"b","name":"B","controller":"B","sovereign":"B","status":"independent","source":"s","start_date":"1940-01-01"},"geometry":{"type":"Polygon","coordinates":[[[1.5,0.5],[4,1],[3.5,3.5],[1.5,0.5]]]}},
{"type":"Feature","properties":{"id":"c","name":"C","controller":"C","sovereign":"C","status":"independent","source":"s"},"geometry":{"type":"MultiPolygon","coordinates":[[[[4.2,0],[6,0],[6,2],[4.2,0]]],[[[1,1],[1.6,1.1],[1.4,1.8],[1,1]]]]}}
]}`))
	if err != nil {
		t.Fatal(err)
	}
	land := orb.MultiPolygon{{{{-1, -1}, {7, -1}, {7, 1.5}, {-1, 1.5}, {-1, -1}}}}
	overlapping, err := New("t.geojson", fs, nil, land)
	if err != nil {
		t.Fatal(err)
	}
	b := orb.Bound{Min: orb.Point{-1, -1}, Max: orb.Point{7, 4}}
	tests := []struct {
		name string
		a    *Atlas
		v    View
	}{
		{"mini", loadMini(t), Fit(orb.Bound{Min: orb.Point{19, 44}, Max: orb.Point{31, 56}}, 233, 171)},
		{"mini, coarse", loadMini(t), Fit(orb.Bound{Min: orb.Point{-10, 30}, Max: orb.Point{60, 70}}, 97, 64)},
		{"overlapping pieces and land", overlapping, Fit(b, 211, 143)},
		{"overlapping, panned half off", overlapping, Fit(b, 211, 143).Pan(-100.5, 37.25)},
		{"one row", overlapping, Fit(b, 300, 1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewRenderer(tt.a)
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

func TestEdgesAreWhereNeighboursDiffer(t *testing.T) {
	r := NewRenderer(loadMini(t))
	r.SetView(Fit(orb.Bound{Min: orb.Point{19, 44}, Max: orb.Point{31, 56}}, 160, 120))
	r.rasterize()
	w, h := r.view.Width, r.view.Height
	want := map[edge]bool{}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			i := y*w + x
			id := r.idAt(i)
			if x+1 < w && r.idAt(i+1) != id {
				want[edge{int32(i), id, r.idAt(i + 1)}] = true
			}
			if y+1 < h && r.idAt(i+w) != id {
				want[edge{int32(i), id, r.idAt(i + w)}] = true
			}
		}
	}
	got := map[edge]bool{}
	for y := 0; y < h; y++ {
		for _, e := range r.edges[r.rowEdge[y]:r.rowEdge[y+1]] {
			if int(e.i)/w != y {
				t.Fatalf("edge %+v listed in row %d", e, y)
			}
			got[e] = true
		}
	}
	missing, extra := 0, 0
	for e := range want {
		if !got[e] {
			missing++
		}
	}
	for e := range got {
		if !want[e] {
			extra++
		}
	}
	if len(want) == 0 || missing > 0 || extra > 0 {
		t.Errorf("%d edges expected, %d missing, %d extra", len(want), missing, extra)
	}
}
