package assets

import (
	"fmt"
	"testing"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// gazetteerSouth: historical facts for Iran, the USSR east of the 1939
// frontier, the Middle East and North Africa, in the layout of gazetteer.
var gazetteerSouth = []struct {
	place      string
	lat, lon   float64
	day        string
	controller string
	sovereign  string
}{
	// Iran
	{"Tabriz before the invasion", 38.08, 46.29, "1941-08-01", "Iran", "Iran"},
	{"Tabriz in the Soviet zone", 38.08, 46.29, "1941-10-01", "Soviet Union (occupation zone in Iran)", "Iran"},
	{"Rasht after the treaty", 37.28, 49.58, "1942-05-26", "Soviet Union (occupation zone in Iran)", "Iran"},
	{"Mashhad in the Soviet zone", 36.30, 59.60, "1942-01-01", "Soviet Union (occupation zone in Iran)", "Iran"},
	{"Abadan before the invasion", 30.34, 48.30, "1941-08-24", "Iran", "Iran"},
	{"Abadan in the British zone", 30.34, 48.30, "1941-09-01", "United Kingdom (occupation zone in Iran)", "Iran"},
	{"Kermanshah in the British zone", 34.31, 47.06, "1942-05-26", "United Kingdom (occupation zone in Iran)", "Iran"},
	{"Tehran after the Allied entry", 35.69, 51.39, "1941-09-20", "Iran", "Iran"},
	{"Isfahan", 32.65, 51.67, "1942-05-26", "Iran", "Iran"},
	// Soviet Union
	{"Moscow", 55.75, 37.62, "1941-12-01", "Soviet Union", "Soviet Union"},
	{"Leningrad under blockade", 59.94, 30.32, "1942-01-01", "Soviet Union", "Soviet Union"},
	{"Murmansk", 68.97, 33.08, "1942-05-26", "Soviet Union", "Soviet Union"},
	{"Arkhangelsk", 64.54, 40.54, "1942-05-26", "Soviet Union", "Soviet Union"},
	{"Pskov before", 57.82, 28.33, "1941-07-01", "Soviet Union", "Soviet Union"},
	{"Pskov taken", 57.82, 28.33, "1941-08-01", "Germany (military administration)", "Soviet Union"},
	{"Novgorod taken", 58.52, 31.27, "1941-09-01", "Germany (military administration)", "Soviet Union"},
	{"Tikhvin taken", 59.64, 33.51, "1941-11-20", "Germany (military administration)", "Soviet Union"},
	{"Tikhvin retaken", 59.64, 33.51, "1942-01-01", "Soviet Union", "Soviet Union"},
	{"Smolensk before", 54.78, 32.04, "1941-07-01", "Soviet Union", "Soviet Union"},
	{"Smolensk taken", 54.78, 32.04, "1941-08-01", "Germany (military administration)", "Soviet Union"},
	{"Toropets retaken", 56.50, 31.64, "1942-02-01", "Soviet Union", "Soviet Union"},
	{"Rzhev held", 56.26, 34.33, "1942-05-26", "Germany (military administration)", "Soviet Union"},
	{"Vyazma", 55.21, 34.30, "1942-05-26", "Germany (military administration)", "Soviet Union"},
	{"Kalinin taken", 56.86, 35.90, "1941-11-01", "Germany (military administration)", "Soviet Union"},
	{"Kalinin retaken", 56.86, 35.90, "1941-12-20", "Soviet Union", "Soviet Union"},
	{"Mozhaysk retaken", 55.50, 36.03, "1942-02-01", "Soviet Union", "Soviet Union"},
	{"Kaluga taken", 54.51, 36.27, "1941-11-15", "Germany (military administration)", "Soviet Union"},
	{"Kaluga retaken", 54.51, 36.27, "1942-01-05", "Soviet Union", "Soviet Union"},
	{"Tula never taken", 54.19, 37.62, "1941-11-30", "Soviet Union", "Soviet Union"},
	{"Orel", 52.97, 36.07, "1942-05-26", "Germany (military administration)", "Soviet Union"},
	{"Bryansk", 53.24, 34.36, "1941-12-01", "Germany (military administration)", "Soviet Union"},
	{"Kursk before", 51.73, 36.19, "1941-10-15", "Soviet Union", "Soviet Union"},
	{"Kursk taken", 51.73, 36.19, "1941-12-01", "Germany (military administration)", "Soviet Union"},
	{"Voronezh right bank", 51.70, 39.10, "1942-08-01", "Germany (military administration)", "Soviet Union"},
	{"Taganrog", 47.22, 38.90, "1942-01-01", "Germany (military administration)", "Soviet Union"},
	{"Rostov taken", 47.23, 39.72, "1941-11-25", "Germany (military administration)", "Soviet Union"},
	{"Rostov retaken", 47.23, 39.72, "1942-05-26", "Soviet Union", "Soviet Union"},
	{"Rostov taken again", 47.23, 39.72, "1942-08-01", "Germany (military administration)", "Soviet Union"},
	{"Stalingrad before", 48.71, 44.50, "1942-08-01", "Soviet Union", "Soviet Union"},
	{"Stalingrad encircled", 48.71, 44.50, "1942-12-01", "Germany (military administration)", "Soviet Union"},
	{"Kalach after Uranus", 48.69, 43.53, "1942-12-01", "Soviet Union", "Soviet Union"},
	{"Krasnodar", 45.04, 38.98, "1942-09-01", "Germany (military administration)", "Soviet Union"},
	{"Maykop taken", 44.61, 40.10, "1942-08-15", "Germany (military administration)", "Soviet Union"},
	{"Tuapse held", 44.10, 39.08, "1942-11-01", "Soviet Union", "Soviet Union"},
	{"Grozny never reached", 43.32, 45.69, "1942-11-01", "Soviet Union", "Soviet Union"},
	{"Simferopol", 44.95, 34.10, "1941-12-01", "Germany (military administration)", "Soviet Union"},
	{"Sevastopol besieged", 44.60, 33.52, "1942-05-26", "Soviet Union", "Soviet Union"},
	{"Sevastopol fallen", 44.60, 33.52, "1942-07-10", "Germany (military administration)", "Soviet Union"},
	{"Kerch taken", 45.36, 36.47, "1941-12-01", "Germany (military administration)", "Soviet Union"},
	{"Kerch retaken", 45.36, 36.47, "1942-03-01", "Soviet Union", "Soviet Union"},
	{"Kerch lost again", 45.36, 36.47, "1942-06-01", "Germany (military administration)", "Soviet Union"},
	{"Tbilisi", 41.72, 44.79, "1942-05-26", "Soviet Union", "Soviet Union"},
	{"Baku", 40.41, 49.87, "1942-09-01", "Soviet Union", "Soviet Union"},
	{"Yerevan", 40.18, 44.51, "1941-01-01", "Soviet Union", "Soviet Union"},
	// Middle East
	{"Baghdad under Rashid Ali", 33.31, 44.36, "1941-05-15", "Iraq", "Iraq"},
	{"Baghdad occupied", 33.31, 44.36, "1941-07-01", "United Kingdom (military occupation; Iraqi government restored)", "Iraq"},
	{"Basra 1939", 30.51, 47.81, "1939-09-01", "Iraq", "Iraq"},
	{"Damascus under Vichy", 33.51, 36.29, "1941-01-01", "France (Vichy regime)", "Syria (French mandate)"},
	{"Damascus taken", 33.51, 36.29, "1941-07-01", "Free France (with British forces)", "Syria (French mandate)"},
	{"Aleppo still Vichy", 36.20, 37.16, "1941-07-01", "France (Vichy regime)", "Syria (French mandate)"},
	{"Beirut 1939", 33.87, 35.52, "1939-09-01", "France (Mandate for Syria and the Lebanon)", "Lebanon (French mandate)"},
	{"Beirut after Acre", 33.87, 35.52, "1941-08-01", "Free France (with British forces)", "Lebanon (French mandate)"},
	{"Jerusalem", 31.78, 35.22, "1942-05-26", "United Kingdom (Mandate for Palestine)", "Palestine (British mandate)"},
	{"Amman", 31.95, 35.93, "1941-01-01", "Transjordan (Emirate under British mandate)", "Transjordan (British mandate)"},
	{"Kuwait", 29.37, 47.98, "1941-01-01", "Kuwait (sheikhdom under British protection)", "Kuwait (sheikhdom under British protection)"},
	{"Riyadh region (Buraydah)", 26.33, 43.97, "1941-01-01", "Saudi Arabia", "Saudi Arabia"},
	{"Nicosia", 35.17, 33.36, "1941-01-01", "United Kingdom", "United Kingdom"},
	{"Valletta", 35.90, 14.51, "1942-05-26", "United Kingdom", "United Kingdom"},
	// North Africa
	{"Cairo", 30.04, 31.24, "1942-07-15", "Egypt", "Egypt"},
	{"Alexandria", 31.20, 29.92, "1942-07-15", "Egypt", "Egypt"},
	{"Sidi Barrani under the Italians", 31.61, 25.93, "1940-10-01", "Italy (military occupation)", "Egypt"},
	{"Mersa Matruh under the Axis", 31.35, 27.24, "1942-08-01", "Germany and Italy (military occupation)", "Egypt"},
	{"Mersa Matruh retaken", 31.35, 27.24, "1942-11-15", "Egypt", "Egypt"},
	{"Tobruk Italian", 32.08, 23.96, "1940-06-15", "Italy", "Italy"},
	{"Tobruk besieged", 32.08, 23.96, "1941-08-01", "United Kingdom (military occupation)", "Italy"},
	{"Tobruk fallen", 32.08, 23.96, "1942-07-01", "Italy", "Italy"},
	{"Tobruk retaken", 32.08, 23.96, "1942-12-01", "United Kingdom (military occupation)", "Italy"},
	{"Benghazi taken by Compass", 32.12, 20.07, "1941-03-01", "United Kingdom (military occupation)", "Italy"},
	{"Benghazi after Rommel", 32.12, 20.07, "1941-06-01", "Italy", "Italy"},
	{"Benghazi after Crusader", 32.12, 20.07, "1942-01-10", "United Kingdom (military occupation)", "Italy"},
	{"Benghazi 1942", 32.12, 20.07, "1942-05-26", "Italy", "Italy"},
	{"Tripoli", 32.89, 13.19, "1942-12-01", "Italy", "Italy"},
	{"Tunis under Vichy", 36.81, 10.18, "1941-01-01", "France (Vichy regime)", "Tunisia (Beylik under French protectorate)"},
	{"Tunis under the Axis", 36.81, 10.18, "1942-12-01", "Germany and Italy (military occupation; Vichy resident-general in office)", "Tunisia (Beylik under French protectorate)"},
	{"Algiers under Vichy", 36.75, 3.06, "1942-05-26", "France (Vichy regime)", "France"},
	{"Algiers after Torch", 36.75, 3.06, "1942-11-09", "France (Darlan's administration, with Allied forces)", "France"},
	{"Oran still fighting", 35.70, -0.63, "1942-11-09", "France (Vichy regime)", "France"},
	{"Oran after Torch", 35.70, -0.63, "1942-11-15", "France (Darlan's administration, with Allied forces)", "France"},
	{"Casablanca under Vichy", 33.57, -7.59, "1942-11-10", "France (Vichy regime)", "Morocco (Sultanate under French and Spanish protectorates)"},
	{"Casablanca after Torch", 33.57, -7.59, "1942-11-12", "France (Darlan's administration, with Allied forces)", "Morocco (Sultanate under French and Spanish protectorates)"},
	{"Tetuán", 35.57, -5.37, "1941-01-01", "Spain (protectorate in Morocco)", "Morocco (Sultanate under French and Spanish protectorates)"},
	{"Tangier international", 35.77, -5.80, "1940-06-01", "Tangier International Zone", "Morocco (Sultanate under French and Spanish protectorates)"},
	{"Tangier occupied", 35.77, -5.80, "1940-07-01", "Spain (occupation of the Tangier zone)", "Morocco (Sultanate under French and Spanish protectorates)"},
}

func TestGazetteerSouth(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range gazetteerSouth {
		t.Run(fmt.Sprintf("%s/%s", g.place, g.day), func(t *testing.T) {
			f := a.TerritoryAt(geodata.MustDay(g.day), orb.Point{g.lon, g.lat})
			if f == nil {
				t.Fatalf("no territory at %v,%v", g.lon, g.lat)
			}
			if f.Controller.Name != g.controller || f.Sovereign.Name != g.sovereign {
				t.Errorf("%s: got controller %q sovereign %q, want %q / %q", f.ID, f.Controller.Name, f.Sovereign.Name, g.controller, g.sovereign)
			}
		})
	}
}
