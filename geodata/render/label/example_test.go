package label_test

import (
	"fmt"
	"image"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata/render/label"
)

// Two touching pieces of Poland make one area with one label, anchored at
// the pole of the larger piece; a region name goes where there is room.
func Example() {
	west := orb.Polygon{{{100, 100}, {300, 100}, {300, 260}, {100, 260}, {100, 100}}}
	east := orb.Polygon{{{300, 120}, {380, 120}, {380, 240}, {300, 240}, {300, 120}}}
	pieces := []label.Piece{
		{Index: 0, Holder: "Poland", Neighbours: []int{1}, Area: 200 * 160, Bounds: west.Bound()},
		{Index: 1, Holder: "Poland", Neighbours: []int{0}, Area: 80 * 120, Bounds: east.Bound()},
	}
	for i, poly := range []orb.Polygon{west, east} {
		p, _ := label.PoleOf(poly, 0.5)
		pieces[i].Anchor, pieces[i].Room = p, label.ChordWidth(poly, p)
	}
	var cands []label.Candidate
	for _, a := range label.Areas(pieces) {
		cands = append(cands, a.Candidate("Poland"))
	}
	cands = append(cands, label.Candidate{Text: "Volhynia", Tier: 1, X: 340, Y: 220, ID: "volhynia"})

	img := image.NewRGBA(image.Rect(0, 0, 480, 320))
	placed := label.Place(cands, 480, 320, 1)
	label.DrawPlaced(img, placed, label.LightInk)
	for _, p := range placed {
		fmt.Printf("%s (tier %d) at %.0f,%.0f: %q\n", p.Text, p.Tier, p.X, p.Y, p.Lines[0].Text)
	}
	// Output:
	// Poland (tier 0) at 200,180: "POLAND"
	// Volhynia (tier 1) at 340,220: "Volhynia"
}
