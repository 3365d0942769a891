// Package dialect reads the datasets people already have: it turns a
// GeoJSON FeatureCollection written by other tools into the Frontiers
// schema (see package geodata) before the decoder sees it, and words what
// is wrong with a file so that its author knows what to do. It is pure Go
// and imports nothing of Frontiers, so geodata can call it at its entry.
//
// # Kinds of file
//
// Detect tells the kinds apart from the property names of the first
// features:
//
//   - CShapes: a feature has cntry_name or country_name, and gwcode or
//     cowcode (CShapes 2.0 as distributed).
//   - OHM: an OpenHistoricalMap or QGIS export: a property @id, osm_id or
//     fid, a name:xx tag, boundary or admin_level; or features with a name
//     but neither an id nor any Frontiers property (controller, sovereign,
//     status, source, kind).
//   - Frontiers: everything else, passed on unchanged.
//
// # OpenHistoricalMap and QGIS exports
//
// A feature's id is the GeoJSON Feature "id" member, else the first of the
// properties id, @id, osm_id, fid. Features with none are grouped by name:
// versions of one name share the id made of the name (a slug, "tallinn"),
// those with another geometry get "tallinn-2", "tallinn-3"; a note says so.
// OHM's tags are read as they are: name (name:en, when present, is the
// English name and name the local one, under "und"), name:xx into names,
// start_date and end_date (start_date:edtf and end_date:edtf when those are
// absent); EDTF values such as 1941-07~ or 1941-07 are kept for the
// decoder, an EDTF interval (1939/1941) is an error saying what to write.
// boundary, admin_level and type are ignored. The properties Frontiers
// knows are kept as they are; every other property is kept as text in the
// property extra (an object of strings), which the details panel shows.
// When no controller or sovereign is given the territory is held by
// itself (its own name), with status independent; when one is given it
// stands for both, with status integral; a status that is not one of
// Frontiers' is kept in extra. A Point defaults to kind city and a line
// to kind frontier. A missing source is the file's name.
//
// # CShapes 2.0
//
// CShapes 2.0 (Schvitz, Girardin, Rüegger, Weidmann, Cederman and
// Gleditsch, "Mapping the International System, 1886–2019: The CShapes 2.0
// Dataset", Journal of Conflict Resolution 66(1), 2022) is distributed as
// a GeoJSON with one polygon per state and period. The fields read are:
//
//	cntry_name (or country_name)  the name
//	cowcode (or gwcode)           the state's code; a Gleditsch–Ward code is
//	                              taken as the COW code but for Germany
//	                              (GW 260 = COW 255)
//	gwsdate, gwedate              the first and the LAST day of the period;
//	  (or cowsdate/cowedate,      dates are DD.MM.YYYY HH:MM:SS as the file
//	   start/end, or gwsyear,     writes them (local midnight written in UTC:
//	   gwsmonth, gwsday and       a time of 12:00 or later is the next day),
//	   gweyear, gwemonth, gweday) YYYY-MM-DD or YYYYMMDD; the last day is
//	                              inclusive, so end_date is the day after it
//	status                        "independent", or a dependency's status:
//	                              protectorate, mandate (administered),
//	                              others (colony, dependency) integral
//	owner                         a dependency's owner: a code (the name of
//	                              the file's state with that code) or a name
//
// The name is the controller and the sovereign of an independent state
// (with its COW code), the owner those of a dependency; the id is
// cshapes-<code>-<first day>, the source "CShapes 2.0 (Schvitz et al.
// 2022)", and every other field (capname, caplong, caplat, area, b_def,
// fid, …) is kept in extra.
//
// # Problems
//
// Every problem names the file, the feature (index, and id when known) and
// the field, and says what to do; a file that is not JSON says so in one
// line with the byte offset and its first characters:
//
//	notes.txt: not JSON: at byte 0: "Hello wor…": a dataset is a GeoJSON FeatureCollection
//
// Advice adds what to do to the decoder's own problems.
package dialect
