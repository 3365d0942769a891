package render

import (
	"image"
	"runtime"
	"testing"
	"time"
	"weak"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
)

func loadMini(t testing.TB) *geodata.Atlas {
	t.Helper()
	a, err := geodata.LoadFile("../testdata/mini.geojson", nil)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestRenderAndHit(t *testing.T) {
	a := loadMini(t)
	r := New(a)
	v := geodata.Fit(orb.Bound{Min: orb.Point{19, 44}, Max: orb.Point{31, 56}}, 200, 200)
	r.SetView(v)
	img := image.NewRGBA(image.Rect(0, 0, 200, 200))
	s := DefaultStyle()
	r.Draw(img, geodata.MustDay("1940-01-01"), s)
	x, y := v.Pixel(orb.Point{22.2, 52.3})
	before := img.RGBAAt(int(x), int(y))
	if f := r.FeatureAt(int(x), int(y), geodata.MustDay("1940-01-01")); f == nil || f.ID != "westmark" {
		t.Fatalf("FeatureAt = %v", f)
	}
	r.Draw(img, geodata.MustDay("1940-07-01"), s)
	after := img.RGBAAt(int(x), int(y))
	if before == after {
		t.Errorf("westmark has the same colour before and after its occupation: %v", before)
	}
	ex, ey := v.Pixel(orb.Point{27.2, 52.3})
	if got, want := img.RGBAAt(int(ex), int(ey)), Standard.Color(geodata.Holder{Name: "East", COW: 365}); got != want {
		t.Errorf("eastmark colour %v, want USSR colour %v", got, want)
	}
	// At sea: nothing.
	if f := r.FeatureAt(1, 1, geodata.MustDay("1940-01-01")); f != nil {
		t.Errorf("corner: %v", f.ID)
	}
	// Sovereignty layer: westmark stays West until the annexation.
	s.Layer = geodata.Sovereignty
	r.Draw(img, geodata.MustDay("1940-07-01"), s)
	if got := img.RGBAAt(int(x), int(y)); got == after {
		t.Errorf("sovereignty layer draws westmark like the control layer on 1940-07-01")
	}
}

func TestGraticuleAndChanged(t *testing.T) {
	r := New(loadMini(t))
	v := geodata.Fit(orb.Bound{Min: orb.Point{15, 40}, Max: orb.Point{35, 60}}, 400, 400)
	r.SetView(v)
	plain := image.NewRGBA(image.Rect(0, 0, 400, 400))
	s := DefaultStyle()
	r.Draw(plain, geodata.Signing, s)
	s.Graticule = 5
	grid := image.NewRGBA(plain.Rect)
	r.Draw(grid, geodata.Signing, s)
	// A point on the 25°E meridian between parallels changes, the middle
	// of a 5° cell does not.
	x, y := v.Pixel(orb.Point{25, 47.5})
	if plain.RGBAAt(int(x), int(y)) == grid.RGBAAt(int(x), int(y)) {
		t.Errorf("no graticule at 25°E")
	}
	x, y = v.Pixel(orb.Point{27.5, 52.5})
	if plain.RGBAAt(int(x), int(y)) != grid.RGBAAt(int(x), int(y)) {
		t.Errorf("graticule inside a cell")
	}
	if GraticuleStep(1000) != 5 || GraticuleStep(5000) != 10 {
		t.Errorf("steps")
	}

	// Changed: eastmark faded, westmark as before.
	s = DefaultStyle()
	s.Changed = map[string]bool{"westmark": true}
	faded := image.NewRGBA(plain.Rect)
	r.Draw(faded, geodata.Signing, s)
	wx, wy := v.Pixel(orb.Point{22.7, 52.3})
	ex, ey := v.Pixel(orb.Point{27.7, 52.3})
	if plain.RGBAAt(int(wx), int(wy)) != faded.RGBAAt(int(wx), int(wy)) {
		t.Errorf("changed westmark drawn differently")
	}
	if plain.RGBAAt(int(ex), int(ey)) == faded.RGBAAt(int(ex), int(ey)) {
		t.Errorf("unchanged eastmark not faded")
	}
}

// The renderers of an atlas share its scene; the scene goes with the atlas.
func TestSceneShared(t *testing.T) {
	a := loadMini(t)
	r1, r2 := New(a), New(a)
	if r1.scene != r2.scene || r1.scene != SceneOf(a) {
		t.Error("renderers of one atlas do not share its scene")
	}
	if SceneOf(loadMini(t)) == SceneOf(a) {
		t.Error("two atlases share a scene")
	}
	runtime.KeepAlive(a)
	// The scene of an atlas no longer used goes (other tests' atlases may
	// go meanwhile: look for this one's key only).
	var k weak.Pointer[geodata.Atlas]
	has := func() bool {
		scenes.Lock()
		defer scenes.Unlock()
		_, ok := scenes.m[k]
		return ok
	}
	func() {
		b := loadMini(t)
		SceneOf(b).Prepare() // collects garbage, b still in use
		k = weak.Make(b)
		if !has() {
			t.Fatal("no scene for a new atlas")
		}
		runtime.KeepAlive(b)
	}()
	for range 100 {
		runtime.GC()
		if !has() {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Errorf("the scene of an atlas no longer used is kept")
}
