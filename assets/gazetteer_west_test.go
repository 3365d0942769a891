package assets

import (
	"fmt"
	"testing"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// gazetteerWest: historical facts for western and northern Europe, in the
// layout of gazetteer (one fact per line).
var gazetteerWest = []struct {
	place      string
	lat, lon   float64
	day        string
	controller string
	sovereign  string
}{
	// Norway
	{"Oslo before the invasion", 59.91, 10.75, "1940-01-01", "Norway", "Norway"},
	{"Oslo taken", 59.91, 10.75, "1940-04-15", "Germany (military administration)", "Norway"},
	{"Oslo under Terboven", 59.91, 10.75, "1941-06-01", "Germany (Reichskommissariat Norwegen)", "Norway"},
	{"Bergen", 60.39, 5.32, "1940-06-01", "Germany (Reichskommissariat Norwegen)", "Norway"},
	{"Trondheim 1942", 63.43, 10.39, "1942-05-26", "Germany (Reichskommissariat Norwegen)", "Norway"},
	{"Mo i Rana after the German advance", 66.31, 14.14, "1940-06-01", "Germany (Reichskommissariat Norwegen)", "Norway"},
	{"Narvik held by Dietl", 68.42, 17.50, "1940-05-01", "Germany (military administration)", "Norway"},
	{"Narvik retaken", 68.42, 17.50, "1940-06-01", "Norway", "Norway"},
	{"Narvik after the capitulation", 68.42, 17.50, "1940-07-01", "Germany (Reichskommissariat Norwegen)", "Norway"},
	{"Tromsø area (mainland), seat of the government", 69.60, 19.10, "1940-05-20", "Norway", "Norway"},
	{"Alta occupied", 69.97, 23.27, "1941-01-01", "Germany (Reichskommissariat Norwegen)", "Norway"},
	{"Jan Mayen", 71.00, -8.30, "1941-01-01", "Norway", "Norway"},
	// Denmark, Faroes, Iceland
	{"Copenhagen 1939", 55.69, 12.50, "1939-09-01", "Denmark", "Denmark"},
	{"Copenhagen occupied", 55.69, 12.50, "1941-01-01", "Germany (occupation; Danish government in office)", "Denmark"},
	{"Odense occupied", 55.40, 10.39, "1942-05-26", "Germany (occupation; Danish government in office)", "Denmark"},
	{"Tórshavn cut off", 62.01, -6.77, "1940-04-10", "Denmark", "Denmark"},
	{"Tórshavn under the British", 62.01, -6.77, "1941-01-01", "United Kingdom", "Denmark"},
	{"Reykjavík neutral", 64.14, -21.90, "1940-05-01", "Iceland", "Iceland"},
	{"Reykjavík occupied", 64.14, -21.90, "1940-06-01", "United Kingdom", "Iceland"},
	{"Reykjavík with US forces", 64.14, -21.90, "1942-05-26", "United States and United Kingdom", "Iceland"},
	// Low Countries
	{"Amsterdam during the invasion", 52.37, 4.90, "1940-05-12", "Netherlands", "Netherlands"},
	{"Rotterdam after the capitulation", 51.92, 4.48, "1940-05-20", "Germany (military administration)", "Netherlands"},
	{"Amsterdam under Seyss-Inquart", 52.37, 4.90, "1940-06-15", "Germany (Reichskommissariat Niederlande)", "Netherlands"},
	{"Middelburg still fighting", 51.50, 3.61, "1940-05-16", "Netherlands", "Netherlands"},
	{"Middelburg 1941", 51.50, 3.61, "1941-01-01", "Germany (Reichskommissariat Niederlande)", "Netherlands"},
	{"Brussels neutral", 50.85, 4.35, "1940-05-01", "Belgium", "Belgium"},
	{"Brussels occupied", 50.85, 4.35, "1940-06-01", "Germany (military administration of Belgium and Northern France)", "Belgium"},
	{"Bruges in the last Belgian pocket", 51.21, 3.22, "1940-05-25", "Belgium", "Belgium"},
	{"Bruges after the capitulation", 51.21, 3.22, "1940-06-01", "Germany (military administration of Belgium and Northern France)", "Belgium"},
	{"Eupen 1939", 50.63, 6.03, "1939-09-01", "Belgium", "Belgium"},
	{"Eupen occupied", 50.63, 6.03, "1940-05-15", "Germany (military administration)", "Belgium"},
	{"Eupen annexed", 50.63, 6.03, "1941-01-01", "Germany", "Germany"},
	{"Sankt Vith annexed", 50.28, 6.13, "1942-05-26", "Germany", "Germany"},
	{"Liège", 50.63, 5.57, "1941-01-01", "Germany (military administration of Belgium and Northern France)", "Belgium"},
	{"Luxembourg neutral", 49.61, 6.13, "1940-05-01", "Luxembourg", "Luxembourg"},
	{"Luxembourg occupied", 49.61, 6.13, "1940-06-01", "Germany (military administration)", "Luxembourg"},
	{"Luxembourg under Simon", 49.61, 6.13, "1941-06-01", "Germany (Chief of Civil Administration in Luxembourg)", "Luxembourg"},
	{"Luxembourg declared annexed", 49.61, 6.13, "1942-09-15", "Germany (Gau Moselland)", "Luxembourg"},
	// British Isles
	{"London", 51.51, -0.13, "1942-05-26", "United Kingdom", "United Kingdom"},
	{"Belfast", 54.60, -5.93, "1941-01-01", "United Kingdom", "United Kingdom"},
	{"Douglas, Isle of Man", 54.20, -4.55, "1941-01-01", "United Kingdom", "United Kingdom"},
	{"St Peter Port demilitarised", 49.46, -2.58, "1940-06-25", "United Kingdom", "United Kingdom"},
	{"St Peter Port occupied", 49.46, -2.58, "1940-08-01", "Germany (military administration in France)", "United Kingdom"},
	{"St Helier the day before", 49.20, -2.11, "1940-06-30", "United Kingdom", "United Kingdom"},
	{"St Helier occupied", 49.20, -2.11, "1940-07-01", "Germany (military administration in France)", "United Kingdom"},
	{"Dublin", 53.35, -6.26, "1941-01-01", "Ireland", "Ireland"},
	// France
	{"Paris before the fall", 48.86, 2.35, "1940-06-01", "France", "France"},
	{"Paris taken", 48.86, 2.35, "1940-06-14", "Germany (military administration in France)", "France"},
	{"Paris 1942", 48.86, 2.35, "1942-05-26", "Germany (military administration in France)", "France"},
	{"Rennes", 48.11, -1.68, "1940-07-01", "Germany (military administration in France)", "France"},
	{"Dijon", 47.32, 5.04, "1940-08-01", "Germany (military administration in France)", "France"},
	{"Bordeaux, seat of the government", 44.84, -0.58, "1940-06-20", "France", "France"},
	{"Bordeaux occupied", 44.84, -0.58, "1940-07-15", "Germany (military administration in France)", "France"},
	{"La Rochelle", 46.16, -1.12, "1941-01-01", "Germany (military administration in France)", "France"},
	{"Lille", 50.63, 3.06, "1941-01-01", "Germany (military administration of Belgium and Northern France)", "France"},
	{"Strasbourg 1940", 48.58, 7.75, "1940-06-01", "France", "France"},
	{"Strasbourg under Wagner", 48.58, 7.75, "1941-01-01", "Germany (Chief of Civil Administration in Alsace)", "France"},
	{"Colmar", 48.08, 7.36, "1942-05-26", "Germany (Chief of Civil Administration in Alsace)", "France"},
	{"Metz under Bürckel", 49.12, 6.18, "1941-01-01", "Germany (Chief of Civil Administration in Lorraine)", "France"},
	{"Nancy (occupied zone)", 48.69, 6.18, "1941-01-01", "Germany (military administration in France)", "France"},
	{"Vichy before the regime", 46.13, 3.43, "1940-07-05", "France", "France"},
	{"Vichy, capital of the French State", 46.13, 3.43, "1941-01-01", "France (Vichy regime)", "France"},
	{"Vichy after Case Anton", 46.13, 3.43, "1942-12-01", "Germany (military occupation; Vichy government in office)", "France"},
	{"Limoges", 45.83, 1.26, "1941-01-01", "France (Vichy regime)", "France"},
	{"Toulouse", 43.60, 1.44, "1942-05-26", "France (Vichy regime)", "France"},
	{"Lyon in the free zone", 45.76, 4.84, "1941-01-01", "France (Vichy regime)", "France"},
	{"Lyon after Case Anton", 45.76, 4.84, "1942-12-01", "Germany (military occupation; Vichy government in office)", "France"},
	{"Marseille in the free zone", 43.31, 5.40, "1942-05-26", "France (Vichy regime)", "France"},
	{"Marseille after Case Anton", 43.31, 5.40, "1942-12-01", "Germany (military occupation; Vichy government in office)", "France"},
	{"Grenoble after Case Anton", 45.19, 5.72, "1942-12-01", "Italy", "France"},
	{"Nice in the free zone", 43.71, 7.26, "1941-01-01", "France (Vichy regime)", "France"},
	{"Nice under the Italians", 43.71, 7.26, "1942-12-01", "Italy", "France"},
	{"Menton 1939", 43.79, 7.49, "1939-09-01", "France", "France"},
	{"Menton in the Italian zone", 43.79, 7.49, "1940-07-01", "Italy", "France"},
	{"Corte, Corsica", 42.31, 9.15, "1941-01-01", "France (Vichy regime)", "France"},
	{"Corte under the Italians", 42.31, 9.15, "1942-12-01", "Italy", "France"},
	// Neutrals, Italy, Turkey
	{"Stockholm", 59.30, 18.07, "1942-05-26", "Sweden", "Sweden"},
	{"Bern", 46.95, 7.45, "1941-01-01", "Switzerland", "Switzerland"},
	{"Vaduz", 47.14, 9.52, "1941-01-01", "Liechtenstein", "Liechtenstein"},
	{"Lisbon", 38.74, -9.15, "1941-01-01", "Portugal", "Portugal"},
	{"Madrid", 40.42, -3.70, "1940-06-20", "Spain", "Spain"},
	{"Andorra la Vella", 42.51, 1.52, "1941-01-01", "Andorra", "Andorra"},
	{"San Marino", 43.94, 12.45, "1941-01-01", "San Marino", "San Marino"},
	{"Rome", 41.90, 12.50, "1941-01-01", "Italy", "Italy"},
	{"Ankara", 39.93, 32.86, "1941-01-01", "Turkey", "Turkey"},
	{"Antakya in the State of Hatay", 36.20, 36.16, "1939-03-01", "Hatay State", "Hatay State"},
	{"Antakya Turkish", 36.20, 36.16, "1939-09-01", "Turkey", "Turkey"},
	{"Bay of Biscay", 45.50, -4.00, "1941-01-01", "", ""},
}

func TestGazetteerWest(t *testing.T) {
	a, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range gazetteerWest {
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
