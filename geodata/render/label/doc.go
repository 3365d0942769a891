// Package label names the map: it sets text in a real vector font (the Go
// fonts, through golang.org/x/image/font/opentype), places holder and
// region labels without overlaps, groups a frame's territories into holder
// areas, and holds the dated names of holders and regions
// (assets/names/holders.json, assets/names/regions.json).
//
// It draws into an image.RGBA and has no Fyne import; the window, the
// command line's render and every export use the same pipeline:
//
//	names, err := label.LoadNames(assets.Names())       // once
//	areas := label.Areas(pieces)                         // the frame's pieces, in pixels
//	cands := names.AreaCandidates(areas, day, lang)      // tier 0: holders of the day
//	for _, r := range names.Regions(day, lang) {         // tier 1: regions of the day
//		x, y := project(r.Lon, r.Lat)
//		cands = append(cands, r.Candidate(x, y))
//	}
//	placed := label.Place(cands, w, h, scale)
//	label.DrawPlaced(img, placed, label.LightInk)         // or DarkInk
//
// Placed values marshal to the JSON of `render --labels FILE`:
// [{"text","tier","lon","lat","x","y"}].
//
// Holders are keyed by their name as the data spells it (the controller or
// sovereign string), not by Correlates of War code, so that an occupation
// regime such as the General Government is an area of its own while its
// land still counts for Germany in totals (StateOf).
package label
