package render_test

import (
	"fmt"
	"image"
	"os"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
	"github.com/frontiers-atlas/frontiers/geodata/render/label"
)

func ExampleRenderer_Draw() {
	a, err := geodata.LoadFile("../testdata/mini.geojson", nil)
	if err != nil {
		panic(err)
	}
	// The dated names of the mini atlas's holders and regions (the bundled
	// ones are render.DefaultNames).
	names, err := label.LoadNames(os.DirFS("testdata"))
	if err != nil {
		panic(err)
	}
	st := render.DefaultStyle()
	st.Names = names
	r := render.New(a)
	v := geodata.Fit(a.Bound(), 400, 300)
	r.SetView(v)
	img := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	for _, day := range []string{"1939-01-01", "1941-07-01"} {
		fmt.Printf("%s:", day)
		for _, l := range r.Draw(img, geodata.MustDay(day), st) {
			fmt.Printf(" %s", l.Text)
		}
		fmt.Println()
	}
	x, y := v.Pixel(a.Version("westmark", geodata.Signing).Bound.Center())
	fmt.Println(r.FeatureAt(int(x), int(y), geodata.Signing).Controller.Name)
	// Output:
	// 1939-01-01: Eastland Westland
	// 1941-07-01: Southland Eastland Marches
	// East
}
