package main

// Regions added in files of their own register here from an init
// function, so that no two regions edit the same list:
//
//	func init() { regions = append(regions, region{territories: polandTerritories, events: polandEvents}) }
//
// build sorts territories by id, so the order of registration does not
// change the output.
type region struct {
	territories func() []*territory
	events      func() []event
	overlays    func() []*overlay
}

var regions []region
