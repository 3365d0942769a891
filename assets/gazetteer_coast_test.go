package assets

import "testing"

// gazetteerCoast holds the places the 1:10m base brought onto the map:
// islands below the resolution of Natural Earth 1:50m, and port cities that
// fell in the sea of its coarser coast, each on the three days of the
// README's screenshots. world-atlas quantizes the 1:10m coast to about
// 400 m, so a harbour-front point may still fall in the water: the points
// are in the town, away from the quay (Copenhagen: Vesterbro; Lisbon: the
// Avenida da Liberdade; Narvik: the town south of the harbour).
//
// Holders follow the dataset's versions (sources there): the Dodecanese,
// Patmos with them, Italian from the Treaty of Lausanne (1923, art. 15);
// Lastovo Italian from the Treaty of Rapallo (1920, art. 7), Vis and Šolta
// annexed by Italy with Split (Treaties of Rome, 18 May 1941); Gibraltar British from the
// Treaty of Utrecht (1713); Heligoland German from the Heligoland–Zanzibar
// Treaty (1890); the Channel Islands under German occupation from 30 June
// – 1 July 1940; Åland Finnish (League of Nations decision, 1921);
// Denmark occupied from 9 April 1940, Norway from April–June 1940 (Narvik
// retaken by the Germans on 8 June 1940), Greece from April 1941, Split
// annexed by Italy under the Rome Agreements of 18 May 1941.
var gazetteerCoast = []fact{
	// Islands
	{"Leros 1939", 37.15, 26.852, "1939-06-01", "Italy", "Italy"},
	{"Leros 1941", 37.15, 26.852, "1941-01-15", "Italy", "Italy"},
	{"Leros 1942", 37.15, 26.852, "1942-05-26", "Italy", "Italy"},
	{"Patmos 1939", 37.31, 26.55, "1939-06-01", "Italy", "Italy"},
	{"Patmos 1942", 37.31, 26.55, "1942-05-26", "Italy", "Italy"},
	{"Lastovo 1939", 42.768, 16.90, "1939-06-01", "Italy", "Italy"},
	{"Lastovo 1941", 42.768, 16.90, "1941-01-15", "Italy", "Italy"},
	{"Lastovo 1942", 42.768, 16.90, "1942-05-26", "Italy", "Italy"},
	{"Vis 1939", 43.04, 16.13, "1939-06-01", "Yugoslavia", "Yugoslavia"},
	{"Vis 1941", 43.04, 16.13, "1941-01-15", "Yugoslavia", "Yugoslavia"},
	{"Vis 1942", 43.04, 16.13, "1942-05-26", "Italy", "Italy"},
	{"Šolta 1939", 43.37, 16.30, "1939-06-01", "Yugoslavia", "Yugoslavia"},
	{"Šolta 1941", 43.37, 16.30, "1941-01-15", "Yugoslavia", "Yugoslavia"},
	{"Šolta 1942", 43.37, 16.30, "1942-05-26", "Italy", "Italy"},
	{"Kos 1939", 36.85, 27.20, "1939-06-01", "Italy", "Italy"},
	{"Kalymnos 1941", 36.95, 26.98, "1941-01-15", "Italy", "Italy"},
	{"Karpathos 1942", 35.60, 27.13, "1942-05-26", "Italy", "Italy"},
	{"Symi 1942", 36.59, 27.84, "1942-05-26", "Italy", "Italy"},
	{"Gibraltar 1939", 36.14, -5.35, "1939-06-01", "United Kingdom", "United Kingdom"},
	{"Gibraltar 1941", 36.14, -5.35, "1941-01-15", "United Kingdom", "United Kingdom"},
	{"Gibraltar 1942", 36.14, -5.35, "1942-05-26", "United Kingdom", "United Kingdom"},
	{"Heligoland 1939", 54.187, 7.891, "1939-06-01", "Germany", "Germany"},
	{"Heligoland 1941", 54.187, 7.891, "1941-01-15", "Germany", "Germany"},
	{"Heligoland 1942", 54.187, 7.891, "1942-05-26", "Germany", "Germany"},
	{"Lampedusa 1939", 35.51, 12.57, "1939-06-01", "Italy", "Italy"},
	{"Lampedusa 1941", 35.51, 12.57, "1941-01-15", "Italy", "Italy"},
	{"Lampedusa 1942", 35.51, 12.57, "1942-05-26", "Italy", "Italy"},
	{"Jersey 1939", 49.21, -2.13, "1939-06-01", "United Kingdom", "United Kingdom"},
	{"Jersey 1941", 49.21, -2.13, "1941-01-15", "Germany (military administration in France)", "United Kingdom"},
	{"Guernsey 1942", 49.45, -2.58, "1942-05-26", "Germany (military administration in France)", "United Kingdom"},
	{"Alderney 1939", 49.714, -2.20, "1939-06-01", "United Kingdom", "United Kingdom"},
	{"Alderney 1941", 49.714, -2.20, "1941-01-15", "Germany (military administration in France)", "United Kingdom"},
	{"Sark 1942", 49.43, -2.36, "1942-05-26", "Germany (military administration in France)", "United Kingdom"},
	{"Mariehamn 1939", 60.10, 19.94, "1939-06-01", "Finland", "Finland"},
	{"Åland 1941", 60.23, 19.99, "1941-01-15", "Finland", "Finland"},
	{"Åland 1942", 60.23, 19.99, "1942-05-26", "Finland", "Finland"},
	// Port cities on land
	{"Stockholm, Gamla stan", 59.325, 18.071, "1941-01-15", "Sweden", "Sweden"},
	{"Copenhagen 1939", 55.68, 12.54, "1939-06-01", "Denmark", "Denmark"},
	{"Copenhagen 1942", 55.68, 12.54, "1942-05-26", "Germany (occupation; Danish government in office)", "Denmark"},
	{"Venice, San Marco", 45.434, 12.339, "1941-01-15", "Italy", "Italy"},
	{"Istanbul, Sultanahmet", 41.008, 28.978, "1941-01-15", "Turkey", "Turkey"},
	{"Lisbon", 38.725, -9.15, "1942-05-26", "Portugal", "Portugal"},
	{"Narvik 1939", 68.42, 17.42, "1939-06-01", "Norway", "Norway"},
	{"Narvik 1942", 68.42, 17.42, "1942-05-26", "Germany (Reichskommissariat Norwegen)", "Norway"},
	{"Split 1941", 43.51, 16.47, "1941-01-15", "Yugoslavia", "Yugoslavia"},
	{"Split 1942", 43.51, 16.47, "1942-05-26", "Italy", "Italy"},
	{"Piraeus 1941", 37.942, 23.646, "1941-01-15", "Greece", "Greece"},
	{"Piraeus 1942", 37.942, 23.646, "1942-05-26", "Germany (military administration in Greece)", "Greece"},
	{"Beirut", 33.894, 35.502, "1941-01-15", "France (Vichy regime)", "Lebanon (French mandate)"},
	{"Haifa", 32.815, 34.989, "1942-05-26", "United Kingdom (Mandate for Palestine)", "Palestine (British mandate)"},
}

func TestGazetteerCoast(t *testing.T) { checkFacts(t, gazetteerCoast) }
