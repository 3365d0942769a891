// Package colour is the colour of the map of the day: the fills of the
// states and of the land they hold, the sea, the lines, the selection,
// and the legend that explains them. It is pure Go (no Fyne): the window,
// the renderer, the exports and the tests ask it the same way. Its data is
// assets/palette.json, read by Parse.
//
// # The metric
//
// Colours are compared by their CIEDE2000 difference, ΔE00 (CIE
// 142-2001, kL = kC = kH = 1), computed in CIE Lab from sRGB under D65 and
// checked against the test data of Sharma, Wu and Dalal (2005). About 1
// is a just-noticeable difference between patches side by side; at 10
// two areas are told apart at a glance, small ones included; at 20 they
// read as different things. The tests hold the bundled palette to:
//
//   - the main actors (Germany, Italy, the Soviet Union, the United
//     Kingdom, France, Finland, Romania, Hungary, Bulgaria, Turkey):
//     ΔE00 ≥ 10 pairwise, in both palettes and both themes, and in the
//     colour-blind palette also as deuteranopes and protanopes see them
//     (the matrices of Machado, Oliveira and Fernandes, 2009, at severity
//     1.0, applied in linear RGB: Simulate);
//   - neighbours: on every change day of the bundled data, in both
//     layers, any two territories that touch (Touching) and count for
//     different states differ by ΔE00 ≥ 10, as drawn (tints included);
//   - land and sea: the sea against the land outside the data and against
//     every fill drawn, ΔE00 ≥ 20 (and ≥ 12 as dichromats see the
//     colour-blind palette), so that no state, Sweden least of all, reads
//     as water;
//   - occupied land against its occupier's own: ΔE00 ≥ 6, and hatched.
//
// # The palettes
//
// The standard palette is a period atlas's: muted, printable hues, the
// traditional ones where there is a tradition. Germany is a grey-brown,
// the Soviet Union a brick red, the United Kingdom and its empire rose,
// France a violet, Italy an olive green, Romania an orange, Turkey a
// sand, Finland and Sweden straw and pale yellow, Poland a pink; the sea
// a quiet blue no fill comes near. Every colour was placed by hand, then
// moved, as little as the thresholds above required (with some margin),
// by a constrained search over Lab; the tests are the contract, so a hand
// edit of palette.json is checked the same way. To look at the palettes:
//
//	go test ./geodata/render/colour -run Swatch -swatches $PWD/build
//
// writes a sheet of each palette and theme (every state in its colour,
// occupied and as a dependency, the lines, three days of the map, and
// the colour-blind sheets as dichromats see them) into build/.
//
// The colour-blind palette keeps the atlas's feel but separates the main
// actors by what dichromats keep, lightness and the blue–yellow axis:
// France the only strong blue, Finland a clear yellow, Germany a dark
// grey, the Soviet Union a terracotta, Hungary a pale green. Its sea is a
// clear sky blue, lighter than any fill that leans blue.
//
// The dark theme darkens every fill into the same families and draws the
// sea as night blue.
//
// # Occupied land and dependencies
//
// Each holder of the data counts for a state (palette.json's holders map
// "Germany (General Government)" to Germany; a state's own name needs no
// entry), and holds its land by a Regime:
//
//   - Own: the state's colour.
//   - Occupation: a regime of an occupier ("Germany (General Government)",
//     "Germany (military administration)", the Reichskommissariate,
//     "Italy (military occupation)", "Romania (Transnistria
//     Governorate)"…), or, on the control layer, land whose controller
//     counts for another state than its sovereign, unless its status is
//     one the file lists as held_by_agreement (a protectorate, an
//     administered zone, a lease). Drawn in the occupier's colour moved
//     toward the paper (a tint: lighter in the light theme, into the
//     dark paper in the dark one, so that occupied land recedes and the
//     occupier's own state stays visible) and hatched with the occupier's
//     own colour (Paint.Hatch, Paint.Stripe).
//   - Dependency: a mandate, protectorate or colony held by agreement
//     (Syria and the Lebanon under French mandate, the sheikhdoms under
//     British protection, Spanish Morocco): the power's colour, tinted
//     less, not hatched, as atlases drew empires.
//
// The state a holder counts for is also what totals of gains and losses
// should add up under (Paint.State, Scheme.StateOf): all of Germany's
// gains under "Germany".
//
// # Sides and the legend
//
// Each state's side is data too, dated, each period with its source (the
// act or event it starts with) and a note on the state's standing that
// day: Italy a non-belligerent from 1 September 1939 and in the Axis from
// 10 June 1940; the Soviet Union an Ally from 22 June 1941; Hungary,
// Romania and Bulgaria in the Axis from 20 and 23 November 1940 and 1
// March 1941; Finland a co-belligerent from 25 June 1941. A holder may
// have sides of its own (Darlan's administration in North Africa joined
// the Allies in November 1942). A note names no date after its first day.
//
// Palette.Legend lists what is on screen that day: first the key (the
// border, borders known only roughly, the overlays on screen, each Soviet
// frontier, of 1939 and of 1941, its own entry and line style, the 1939
// one dashed over the 1941 one's band where they coincide; then the
// hatching of occupied and highlighted land, the tint of dependencies,
// land outside the data and the sea), then the Axis and its
// co-belligerents, the Allies, and the states not at war, each state
// followed by the land it holds otherwise than as its own.
//
// # Selection
//
// The selected territory keeps its holder's fill: it is outlined
// (Palette.Selection: a dark or light line over a soft, translucent glow,
// its casing), never filled, so that it never looks like another state.
//
// # The file
//
// assets/palette.json is one object:
//
//	about              string, optional.
//	held_by_agreement  the statuses (geodata.Statuses) of land held by
//	                   agreement: a controller other than the sovereign
//	                   there is not an occupier.
//	lines              name → {text, width, dash: [on, off], casing}: the
//	                   lines the renderer draws and the legend keys
//	                   (border, border-rough, coast, selection, frontier,
//	                   frontier-ussr-1939, frontier-ussr-1941, sphere, base,
//	                   passage are required); widths in logical pixels; a
//	                   casing is a band under the line.
//	palettes           "standard" and "colour-blind", each "light" and
//	                   "dark", each {sea, land, border, coast, hatching,
//	                   label, halo, tint: {toward, occupation, dependency},
//	                   lines: name → colour, or {colour, casing} for a
//	                   cased line}.
//	states             name → {cow (optional), standard: {light, dark},
//	                   colour-blind: {light, dark}, sides: [{side, from,
//	                   until, note, source}]}. Sides are axis,
//	                   co-belligerent, allied, neutral, non-belligerent;
//	                   the periods follow each other, the first open at the
//	                   start, the last at the end, from inclusive, until
//	                   exclusive.
//	holders            holder name → {state, regime (occupation or
//	                   dependency; none: the state's own), short (its name
//	                   in the legend, under its state), sides (optional)}.
//
// Colours are #rrggbb, or #rrggbbaa for a translucent casing. Parse
// reports every problem with its file, entry and field.
package colour
