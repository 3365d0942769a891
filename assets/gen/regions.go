package main

// regions are the folders of data/ in the order their overlays and events
// are written (events are then sorted by date, keeping this order on a
// day), each with the geometry recipes of its pieces.
var regions = []region{
	{dir: "core", file: "assets/gen/pieces.go", pieces: corePieces},
	{dir: "balkan", file: "assets/gen/balkan_pieces.go", pieces: balkanPieces},
	{dir: "east", file: "assets/gen/east.go", pieces: eastPieces},
	// Events only: the changes of holder the regions' events did not name
	// (issue 11: every change has an event), for all regions.
	{dir: "more"},
	{dir: "south", file: "assets/gen/south.go", pieces: southPieces},
	{dir: "west", file: "assets/gen/west_pieces.go", pieces: westPieces},
}
