// Package geodata is the dated territory model of Frontiers: it reads and
// validates datasets, answers "what is where on this day", projects and
// hit-tests geometry and compares days. It has no Fyne import, so the
// window, the command line and the tests all ask it the same way; package
// render draws it.
//
// # Dataset format
//
// A dataset is a GeoJSON FeatureCollection (RFC 7946), coordinates in
// longitude/latitude (WGS 84). Every feature has these properties:
//
//	id          string, required. The territory (or point, or line) the feature
//	            is one version of. All versions of one territory share the id
//	            and, for kind "territory", the same geometry; their intervals
//	            must not overlap. The GeoJSON feature "id" member, when present,
//	            must equal it.
//	name        string, required. The territory's name in English.
//	names       object, optional: other names, e.g. {"de":"Memelland","lt":"Klaipėdos kraštas"}.
//	kind        string, optional, default "territory" for (Multi)Polygons.
//	            territory: land held by someone; the territories valid on a
//	            day tile the land they cover. Other kinds are overlays:
//	            frontier (a line), sphere (an area of influence, not a border),
//	            base (a point: a proposed or actual base), passage (a sea
//	            passage, line or area), city (a point).
//	start_date  date, optional (open start): the first day the version is valid (inclusive).
//	end_date    date, optional (open end): the first day it is no longer valid (exclusive).
//	controller      string: who administers or occupies it (de facto). Required for territories.
//	controller_cow  integer or null: its Correlates of War state code (null if not a COW state).
//	sovereign       string: the state it belongs to by treaty or annexation (de jure). Required for territories.
//	sovereign_cow   integer or null.
//	status      string, required for territories, one of Statuses.
//	source      string, required: the treaty, act or event behind this version, with its date.
//	note        string, optional: what the reader should know (e.g. who did not recognise an annexation).
//	precision   string, optional: "exact" (default) or "approximate" for borders
//	            whose line is known only roughly (e.g. a front line).
//	topics      array of strings, optional: the highlight layers the feature belongs
//	            to: "baltic", "bessarabia", "finland", "bases".
//
// Dates are ISO 8601 days (1942-05-26). An approximate date uses EDTF: a
// trailing "~" (1941-07-12~), or a reduced precision (1941-07 or 1941-07~,
// meaning some day in July 1941; it takes effect on the first day of the
// month). OpenHistoricalMap's start_date/end_date tags are read as they are.
//
// Events live in their own file, a JSON object {"events": [...]}, each
// event with id, date (as above), title, description, territories (the ids
// of the features the event changes or concerns), source, and optionally
// date_note (where sources differ on the date).
package geodata
