// Package tour is the guided tours of Frontiers: the tour model, its file
// format, its validation and a Player that animates the map from stop to
// stop. It has no Fyne import: the window and the command line drive it.
//
// # File format
//
// A tour is a JSON object (UTF-8, at most MaxFileSize bytes):
//
//	{
//	  "title":       "From the Pact to the Treaty",   required
//	  "description": "What the tour is about.",        optional
//	  "author":      "Who wrote it",                    optional
//	  "stops": [ STOP, ... ]                            required, 1 to MaxStops
//	}
//
// and each STOP is an object:
//
//	date      string, required: the day the map shows, an exact ISO 8601
//	          day (1942-05-26).
//	view      array of four numbers, required: the bounding box shown,
//	          [west, south, east, north] in degrees of longitude and
//	          latitude (the order of a GeoJSON "bbox"); west < east,
//	          south < north, longitudes in -180..180, latitudes in -90..90.
//	layer     string, optional, default "control": "control" (who held
//	          the ground) or "sovereignty" (to whom it belonged by treaty
//	          or annexation).
//	topics    array of strings, optional: the highlights on, each one of
//	          "baltic", "bessarabia", "finland", "bases".
//	overlays  array of strings, optional: the overlays drawn, each one of
//	          "frontier", "sphere", "base", "passage".
//	select    array of strings, optional: ids of territories to select
//	          (the first is the one the details panel shows).
//	title     string, required: the stop's heading.
//	text      string, optional (a stop just saved from the window has
//	          none yet): what the presenter says, in the tour author's own
//	          words. Paragraphs are separated by a blank line.
//	sources   array of strings, optional: the works the text rests on.
//
// Unknown members are errors (a misspelt "tittle" would otherwise vanish
// silently), and so is a member of the wrong JSON type. Stops are numbered
// from 1, as the tour bar shows them ("stop 3 of 17").
//
// # Problems
//
// Parse and Load check everything and return every problem at once, as
// a Problems error; each problem names the file, the stop (number and
// title) and the field and says what to do, e.g.
//
//	tour.json: stop 3 ("Barbarossa"): date: "1941-06-31": June has 30 days
//
// Tour.Check then holds a valid tour against an atlas: the dates within
// the days the atlas covers, the selected territories known to it and on
// its map that day. A bad tour is an error, never a panic.
//
// # Playing
//
// A Player steps through a tour: Next, Prev and Go start a transition that
// sweeps the date day by day and flies the view (out, then in, eased in
// and out) over Duration; Frame says where the map is at a time into the
// transition, and Skip ends it at once.
package tour
