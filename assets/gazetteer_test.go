package assets

import (
	"fmt"
	"sync"
	"testing"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// gazetteer is a table of historical facts: on this day, this place was held
// by (controller) and belonged to (sovereign). An empty controller means the
// point is at sea or outside the dataset. One fact per line: assets/gen's own
// test reads this table too (keep the layout).
var gazetteer = []fact{
	// Finland
	{"Helsinki", 60.17, 24.94, "1940-08-10", "Finland", "Finland"},
	{"Kuopio", 62.89, 27.68, "1940-01-15", "Finland", "Finland"},
	{"Rovaniemi", 66.50, 25.73, "1942-05-26", "Finland", "Finland"},
	{"Viipuri", 60.71, 28.75, "1939-09-01", "Finland", "Finland"},
	{"Viipuri during the Winter War", 60.71, 28.75, "1940-02-20", "Finland", "Finland"},
	{"Viipuri after the Moscow Peace", 60.71, 28.75, "1940-08-10", "Soviet Union", "Soviet Union"},
	{"Viipuri the day before it fell", 60.71, 28.75, "1941-08-28", "Soviet Union", "Soviet Union"},
	{"Viipuri retaken", 60.71, 28.75, "1941-10-01", "Finland", "Soviet Union"},
	{"Viipuri re-annexed", 60.71, 28.75, "1942-05-26", "Finland", "Finland"},
	{"Kivennapa before the war", 60.37, 29.83, "1939-11-15", "Finland", "Finland"},
	{"Kivennapa in the Winter War", 60.37, 29.83, "1940-01-10", "Soviet Union", "Finland"},
	{"Kivennapa 1942", 60.37, 29.83, "1942-02-01", "Finland", "Finland"},
	{"Sortavala 1940", 61.70, 30.69, "1940-06-01", "Soviet Union", "Soviet Union"},
	{"Sortavala before its recapture", 61.70, 30.69, "1941-08-10", "Soviet Union", "Soviet Union"},
	{"Sortavala retaken", 61.70, 30.69, "1941-08-20", "Finland", "Soviet Union"},
	{"Suojärvi in the Winter War", 62.09, 32.37, "1939-12-20", "Soviet Union", "Finland"},
	{"Suojärvi retaken", 62.09, 32.37, "1941-08-01", "Finland", "Soviet Union"},
	{"Hanko before the lease", 59.86, 23.05, "1939-09-01", "Finland", "Finland"},
	{"Hanko naval base", 59.86, 23.05, "1941-01-01", "Soviet Union", "Finland"},
	{"Hanko besieged", 59.86, 23.05, "1941-09-01", "Soviet Union", "Finland"},
	{"Hanko after the evacuation", 59.86, 23.05, "1941-12-10", "Finland", "Finland"},
	{"Petsamo 1939", 69.55, 31.20, "1939-09-01", "Finland", "Finland"},
	{"Petsamo in the Winter War", 69.55, 31.20, "1939-12-20", "Soviet Union", "Finland"},
	{"Petsamo 1941", 69.55, 31.20, "1941-01-01", "Finland", "Finland"},
	{"Kolosjoki (Nikel)", 69.41, 30.22, "1942-01-01", "Finland", "Finland"},
	{"Alakurtti 1940", 66.96, 30.34, "1940-08-10", "Soviet Union", "Soviet Union"},
	{"Alakurtti 1941", 66.96, 30.34, "1941-09-01", "Finland", "Soviet Union"},
	{"Petrozavodsk before its fall", 61.79, 34.35, "1941-09-01", "Soviet Union", "Soviet Union"},
	{"Petrozavodsk (Äänislinna)", 61.79, 34.35, "1941-11-01", "Finland (military administration of East Karelia)", "Soviet Union"},
	{"Olonets", 60.98, 32.97, "1942-03-01", "Finland (military administration of East Karelia)", "Soviet Union"},
	{"Gulf of Bothnia", 62.00, 20.00, "1940-01-01", "", ""},
	// Estonia
	{"Tallinn 1939", 59.43, 24.75, "1939-09-01", "Estonia", "Estonia"},
	{"Tallinn occupied", 59.43, 24.75, "1940-07-01", "Soviet Union", "Estonia"},
	{"Tallinn annexed", 59.43, 24.75, "1940-09-01", "Soviet Union", "Soviet Union"},
	{"Tallinn under the Wehrmacht", 59.43, 24.75, "1941-09-15", "Germany (military administration)", "Soviet Union"},
	{"Tallinn in Ostland", 59.43, 24.75, "1942-05-26", "Germany (Reichskommissariat Ostland)", "Soviet Union"},
	{"Tartu", 58.38, 26.72, "1941-08-01", "Germany (military administration)", "Soviet Union"},
	{"Petseri 1939", 57.81, 27.61, "1939-09-01", "Estonia", "Estonia"},
	{"Petseri 1942", 57.81, 27.61, "1942-01-01", "Germany (Reichskommissariat Ostland)", "Soviet Union"},
	{"Narvataguse 1939", 59.35, 28.30, "1939-09-01", "Estonia", "Estonia"},
	{"Narvataguse 1942", 59.35, 28.30, "1942-01-01", "Germany (military administration)", "Soviet Union"},
	{"Kuressaare still Soviet", 58.26, 22.50, "1941-09-20", "Soviet Union", "Soviet Union"},
	{"Kuressaare taken", 58.26, 22.50, "1941-10-10", "Germany (military administration)", "Soviet Union"},
	{"Kärdla still Soviet", 58.99, 22.75, "1941-10-15", "Soviet Union", "Soviet Union"},
	// Latvia
	{"Riga 1940", 56.95, 24.11, "1940-06-10", "Latvia", "Latvia"},
	{"Riga 1942", 56.95, 24.11, "1942-01-01", "Germany (Reichskommissariat Ostland)", "Soviet Union"},
	{"Abrene (Pytalovo) 1939", 57.07, 27.92, "1939-09-01", "Latvia", "Latvia"},
	{"Abrene (Pytalovo) 1940", 57.07, 27.92, "1940-09-01", "Soviet Union", "Soviet Union"},
	// Lithuania
	{"Kaunas 1939", 54.90, 23.90, "1939-09-01", "Lithuania", "Lithuania"},
	{"Kaunas occupied", 54.90, 23.90, "1940-06-20", "Soviet Union", "Lithuania"},
	{"Kaunas annexed", 54.90, 23.90, "1940-10-01", "Soviet Union", "Soviet Union"},
	{"Kaunas under the Wehrmacht", 54.90, 23.90, "1941-07-10", "Germany (military administration)", "Soviet Union"},
	{"Kaunas in Ostland", 54.90, 23.90, "1942-05-26", "Germany (Reichskommissariat Ostland)", "Soviet Union"},
	{"Klaipėda before the treaty", 55.70, 21.18, "1939-03-01", "Lithuania", "Lithuania"},
	{"Memel on the day of the treaty", 55.70, 21.18, "1939-03-22", "Lithuania", "Germany"},
	{"Memel after the treaty", 55.70, 21.18, "1939-04-01", "Germany", "Germany"},
	{"Wilno 1939", 54.69, 25.28, "1939-09-10", "Poland", "Poland"},
	{"Wilno under the Red Army", 54.69, 25.28, "1939-10-01", "Soviet Union", "Poland"},
	{"Vilnius assigned to Lithuania, Red Army still in", 54.69, 25.28, "1939-10-20", "Soviet Union", "Lithuania"},
	{"Vilnius Lithuanian", 54.69, 25.28, "1939-11-15", "Lithuania", "Lithuania"},
	{"Vilnius annexed", 54.69, 25.28, "1940-09-01", "Soviet Union", "Soviet Union"},
	{"Trakai", 54.64, 24.93, "1939-09-01", "Poland", "Poland"},
	// Bessarabia, Bukovina, Transnistria
	{"Chișinău 1940", 47.01, 28.86, "1940-01-01", "Romania", "Romania"},
	{"Chișinău Soviet", 47.01, 28.86, "1940-07-15", "Soviet Union", "Soviet Union"},
	{"Chișinău retaken", 47.01, 28.86, "1941-08-01", "Romania", "Soviet Union"},
	{"Chișinău re-annexed", 47.01, 28.86, "1942-05-26", "Romania", "Romania"},
	{"Chernivtsi before the ultimatum", 48.29, 25.94, "1940-06-27", "Romania", "Romania"},
	{"Chernivtsi Soviet", 48.29, 25.94, "1940-07-01", "Soviet Union", "Soviet Union"},
	{"Chernivtsi retaken", 48.29, 25.94, "1941-07-10", "Romania", "Soviet Union"},
	{"Chernivtsi re-annexed", 48.29, 25.94, "1942-01-01", "Romania", "Romania"},
	{"Khotyn district", 48.42, 26.60, "1940-10-01", "Soviet Union", "Soviet Union"},
	{"Herța", 48.15, 26.25, "1940-07-01", "Soviet Union", "Soviet Union"},
	{"Izmail Soviet", 45.36, 28.84, "1941-07-01", "Soviet Union", "Soviet Union"},
	{"Izmail Romanian", 45.36, 28.84, "1942-01-01", "Romania", "Romania"},
	{"Tatarbunary", 45.84, 29.61, "1940-09-01", "Soviet Union", "Soviet Union"},
	{"Camenca (left bank) 1939", 48.03, 28.70, "1939-09-01", "Soviet Union", "Soviet Union"},
	{"Camenca in Transnistria", 48.03, 28.70, "1941-09-01", "Romania (Transnistria Governorate)", "Soviet Union"},
	{"Balta 1941", 47.94, 29.62, "1941-07-01", "Soviet Union", "Soviet Union"},
	{"Balta 1942", 47.94, 29.62, "1942-01-01", "Romania (Transnistria Governorate)", "Soviet Union"},
	{"Odessa besieged", 46.48, 30.72, "1941-09-20", "Soviet Union", "Soviet Union"},
	{"Odessa taken", 46.48, 30.72, "1941-11-01", "Romania (Transnistria Governorate)", "Soviet Union"},
	// Transylvania, Dobruja, Romania
	{"Cluj 1940", 46.77, 23.59, "1940-08-01", "Romania", "Romania"},
	{"Cluj awarded to Hungary, not yet handed over", 46.77, 23.59, "1940-09-02", "Romania", "Hungary"},
	{"Kolozsvár", 46.77, 23.59, "1940-10-01", "Hungary", "Hungary"},
	{"Oradea", 47.06, 21.93, "1941-01-01", "Hungary", "Hungary"},
	{"Târgu Mureș", 46.54, 24.56, "1941-01-01", "Hungary", "Hungary"},
	{"Turda", 46.57, 23.78, "1941-01-01", "Romania", "Romania"},
	{"Sighișoara", 46.22, 24.79, "1941-01-01", "Romania", "Romania"},
	{"Brașov", 45.65, 25.60, "1941-01-01", "Romania", "Romania"},
	{"Bucharest", 44.43, 26.10, "1942-05-26", "Romania", "Romania"},
	{"Dobrich (Bazargic) 1940", 43.57, 27.83, "1940-09-01", "Romania", "Romania"},
	{"Dobrich after Craiova", 43.57, 27.83, "1940-09-15", "Romania", "Bulgaria"},
	{"Dobrich Bulgarian", 43.57, 27.83, "1940-12-01", "Bulgaria", "Bulgaria"},
	{"Silistra", 44.08, 27.26, "1939-09-01", "Romania", "Romania"},
}

func TestGazetteer(t *testing.T) { checkFacts(t, gazetteer) }

// fact is a historical fact: on this day, this place was held by
// (controller) and belonged to (sovereign). An empty controller means the
// point is at sea or outside the dataset.
type fact struct {
	place      string
	lat, lon   float64
	day        string
	controller string
	sovereign  string
}

// checkFacts checks facts through the query the window and the command
// line use.
func checkFacts(t *testing.T, facts []fact) {
	a := testAtlas(t)
	for _, g := range facts {
		t.Run(fmt.Sprintf("%s/%s", g.place, g.day), func(t *testing.T) {
			f := a.TerritoryAt(geodata.MustDay(g.day), orb.Point{g.lon, g.lat})
			if g.controller == "" {
				if f != nil {
					t.Fatalf("expected no territory, got %s (%s)", f.ID, f.Controller.Name)
				}
				return
			}
			if f == nil {
				t.Fatalf("no territory at %v,%v", g.lon, g.lat)
			}
			if f.Controller.Name != g.controller || f.Sovereign.Name != g.sovereign {
				t.Errorf("%s: got controller %q sovereign %q, want %q / %q", f.ID, f.Controller.Name, f.Sovereign.Name, g.controller, g.sovereign)
			}
		})
	}
}

var testAtlasOnce = sync.OnceValues(Load)

// testAtlas is the bundled atlas, loaded once for all the tests.
func testAtlas(t *testing.T) *geodata.Atlas {
	t.Helper()
	a, err := testAtlasOnce()
	if err != nil {
		t.Fatal(err)
	}
	return a
}
