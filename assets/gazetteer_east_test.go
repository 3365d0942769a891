package assets

import (
	"testing"
)

// Holder names used by the eastern region (assets/gen/east.go).
const (
	gzPL   = "Poland"
	gzDE   = "Germany"
	gzSU   = "Soviet Union"
	gzCS   = "Czechoslovakia"
	gzHU   = "Hungary"
	gzMil  = "Germany (military administration)"
	gzGG   = "Germany (General Government)"
	gzBial = "Germany (Bezirk Białystok, civil administration)"
	gzRKU  = "Germany (Reichskommissariat Ukraine)"
	gzOst  = "Germany (Reichskommissariat Ostland)"
	gzProt = "Germany (Protectorate of Bohemia and Moravia)"
	gzSK   = "Slovak Republic"
	gzDZ   = "Free City of Danzig"
)

// gazetteerEast: Poland, Germany, Czechoslovakia and the western USSR.
// One fact per line, as in gazetteer_test.go.
var gazetteerEast = []fact{
	// Germany, Austria, East Prussia
	{"Berlin", 52.52, 13.40, "1942-05-26", gzDE, gzDE},
	{"Vienna", 48.21, 16.37, "1939-01-01", gzDE, gzDE},
	{"Königsberg", 54.71, 20.51, "1939-01-01", gzDE, gzDE},
	{"Allenstein (Olsztyn)", 53.78, 20.49, "1940-01-01", gzDE, gzDE},
	{"Breslau (Wrocław)", 51.11, 17.03, "1939-09-01", gzDE, gzDE},
	{"Stettin (Szczecin)", 53.43, 14.55, "1941-01-01", gzDE, gzDE},
	// Danzig
	{"Danzig the day before the war", 54.35, 18.65, "1939-08-31", gzDZ, gzDZ},
	{"Danzig annexed", 54.35, 18.65, "1939-09-02", gzDE, gzDE},
	// Poland: annexed lands
	{"Gdynia 1939", 54.52, 18.53, "1939-09-01", gzPL, gzPL},
	{"Gdynia 1940", 54.52, 18.53, "1940-01-01", gzDE, gzDE},
	{"Bydgoszcz annexed", 53.12, 18.00, "1940-01-01", gzDE, gzDE},
	{"Toruń 1939", 53.01, 18.60, "1939-09-01", gzPL, gzPL},
	{"Poznań before its fall", 52.41, 16.93, "1939-09-05", gzPL, gzPL},
	{"Poznań occupied", 52.41, 16.93, "1939-10-01", gzMil, gzPL},
	{"Poznań annexed", 52.41, 16.93, "1940-01-01", gzDE, gzDE},
	{"Łódź annexed", 51.76, 19.46, "1940-01-01", gzDE, gzDE},
	{"Ciechanów annexed", 52.88, 20.62, "1940-01-01", gzDE, gzDE},
	{"Katowice 1939", 50.26, 19.02, "1939-09-01", gzPL, gzPL},
	{"Katowice annexed", 50.26, 19.02, "1939-11-01", gzDE, gzDE},
	{"Suwałki 1939", 54.10, 22.93, "1939-09-01", gzPL, gzPL},
	{"Suwałki annexed", 54.10, 22.93, "1940-01-01", gzDE, gzDE},
	// Poland: General Government
	{"Warsaw 1939", 52.23, 21.01, "1939-09-01", gzPL, gzPL},
	{"Warsaw besieged", 52.23, 21.01, "1939-09-20", gzPL, gzPL},
	{"Warsaw occupied", 52.23, 21.01, "1939-10-10", gzMil, gzPL},
	{"Warsaw 1942", 52.23, 21.01, "1942-05-26", gzGG, gzPL},
	{"Kraków 1939", 50.06, 19.94, "1939-09-01", gzPL, gzPL},
	{"Kraków 1940", 50.06, 19.94, "1940-01-01", gzGG, gzPL},
	{"Lublin 1939", 51.25, 22.57, "1939-09-01", gzPL, gzPL},
	// Lublin fell on 18 September 1939 (Kennedy, The German Campaign in Poland, 1956).
	{"Lublin the day before its fall", 51.25, 22.57, "1939-09-17", gzPL, gzPL},
	{"Lublin taken", 51.25, 22.57, "1939-09-20", gzMil, gzPL},
	{"Lublin 1940", 51.25, 22.57, "1940-01-01", gzGG, gzPL},
	// Poland: Soviet-annexed lands, then German
	{"Białystok 1939", 53.13, 23.16, "1939-09-01", gzPL, gzPL},
	{"Białystok under the Red Army", 53.13, 23.16, "1939-10-15", gzSU, gzPL},
	{"Białystok annexed", 53.13, 23.16, "1940-01-01", gzSU, gzSU},
	{"Białystok overrun", 53.13, 23.16, "1941-07-15", gzMil, gzSU},
	{"Białystok 1942", 53.13, 23.16, "1942-05-26", gzBial, gzSU},
	{"Augustów 1940", 53.84, 22.98, "1940-01-01", gzSU, gzSU},
	{"Vawkavysk 1942", 53.16, 24.45, "1942-01-01", gzBial, gzSU},
	{"Brest 1940", 52.10, 23.69, "1940-01-01", gzSU, gzSU},
	{"Brest 1942", 52.10, 23.69, "1942-01-01", gzRKU, gzSU},
	{"Pinsk 1939", 52.11, 26.10, "1939-09-10", gzPL, gzPL},
	{"Pinsk 1942", 52.11, 26.10, "1942-05-26", gzRKU, gzSU},
	{"Lida 1940", 53.89, 25.30, "1940-06-01", gzSU, gzSU},
	{"Baranavichy 1942", 53.13, 26.01, "1942-01-01", gzOst, gzSU},
	{"Lwów 1939", 49.84, 24.03, "1939-09-01", gzPL, gzPL},
	{"Lwów Soviet", 49.84, 24.03, "1940-01-01", gzSU, gzSU},
	{"Lwów overrun", 49.84, 24.03, "1941-07-15", gzMil, gzSU},
	{"Lwów in the General Government", 49.84, 24.03, "1942-05-26", gzGG, gzSU},
	{"Tarnopol 1941", 49.55, 25.59, "1941-01-01", gzSU, gzSU},
	{"Rivne 1939", 50.62, 26.25, "1939-09-01", gzPL, gzPL},
	{"Rivne 1942", 50.62, 26.25, "1942-05-26", gzRKU, gzSU},
	{"Lutsk 1941", 50.75, 25.33, "1941-10-01", gzRKU, gzSU},
	// Soviet Belarus and Ukraine (pre-1939)
	{"Minsk 1939", 53.90, 27.57, "1939-09-01", gzSU, gzSU},
	{"Minsk overrun", 53.90, 27.57, "1941-07-15", gzMil, gzSU},
	{"Minsk 1942", 53.90, 27.57, "1942-05-26", gzOst, gzSU},
	{"Vitebsk 1942", 55.19, 30.20, "1942-05-26", gzMil, gzSU},
	{"Gomel before its fall", 52.43, 30.99, "1941-07-01", gzSU, gzSU},
	{"Zhytomyr 1939", 50.25, 28.66, "1939-09-01", gzSU, gzSU},
	{"Zhytomyr overrun", 50.25, 28.66, "1941-08-01", gzMil, gzSU},
	{"Zhytomyr 1942", 50.25, 28.66, "1942-01-01", gzRKU, gzSU},
	{"Kiev before its fall", 50.45, 30.52, "1941-09-01", gzSU, gzSU},
	{"Kiev taken", 50.45, 30.52, "1941-10-01", gzMil, gzSU},
	{"Kiev 1942", 50.45, 30.52, "1942-05-26", gzRKU, gzSU},
	{"Chernihiv 1941", 51.49, 31.29, "1941-09-20", gzMil, gzSU},
	{"Chernihiv the day before it fell", 51.49, 31.29, "1941-09-08", gzSU, gzSU},
	{"Chernihiv on the day it fell (9 September 1941)", 51.49, 31.29, "1941-09-09", gzMil, gzSU},
	{"Kirovohrad 1942", 48.51, 32.26, "1942-01-01", gzRKU, gzSU},
	{"Kharkiv before its fall", 49.99, 36.23, "1941-10-01", gzSU, gzSU},
	{"Kharkiv 1942", 49.99, 36.23, "1942-05-26", gzMil, gzSU},
	{"Poltava 1942", 49.59, 34.55, "1942-05-26", gzMil, gzSU},
	{"Lozova before the January offensive", 48.89, 36.32, "1942-01-10", gzMil, gzSU},
	{"Lozova in the Barvenkovo salient", 48.89, 36.32, "1942-03-01", gzSU, gzSU},
	{"Lozova after the Second Battle of Kharkiv", 48.89, 36.32, "1942-06-15", gzMil, gzSU},
	{"Barvinkove before the January offensive", 48.91, 37.02, "1942-01-10", gzMil, gzSU},
	{"Barvinkove in the Barvenkovo salient", 48.91, 37.02, "1942-03-01", gzSU, gzSU},
	{"Barvinkove after the Second Battle of Kharkiv", 48.91, 37.02, "1942-06-15", gzMil, gzSU},
	{"Kharkiv during the salient", 49.99, 36.23, "1942-03-01", gzMil, gzSU},
	{"Balakliia (German shoulder of the salient)", 49.46, 36.86, "1942-03-01", gzMil, gzSU},
	{"Sloviansk (German shoulder of the salient)", 48.85, 37.61, "1942-03-01", gzMil, gzSU},
	{"Kupiansk in the winter of 1941–42", 49.71, 37.61, "1942-03-01", gzSU, gzSU},
	{"Kupiansk after Fridericus II", 49.71, 37.61, "1942-07-15", gzMil, gzSU},
	{"Vovchansk in the winter of 1941–42", 50.29, 36.94, "1942-03-01", gzSU, gzSU},
	{"Vovchansk after Operation Wilhelm", 50.29, 36.94, "1942-07-15", gzMil, gzSU},
	{"Izium never taken in 1941", 49.21, 37.26, "1941-12-15", gzSU, gzSU},
	{"Izium during the salient", 49.21, 37.26, "1942-03-01", gzSU, gzSU},
	{"Izium after Fridericus II", 49.21, 37.26, "1942-07-15", gzMil, gzSU},
	{"Chuhuiv (German on the Donets)", 49.84, 36.69, "1942-03-01", gzMil, gzSU},
	{"Lozova overrun in 1941", 48.89, 36.32, "1941-12-15", gzMil, gzSU},
	{"Poltava in the Reichskommissariat", 49.59, 34.55, "1942-10-01", gzRKU, gzSU},
	{"Voroshilovgrad 1942", 48.57, 39.31, "1942-05-26", gzSU, gzSU},
	{"Voroshilovgrad taken", 48.57, 39.31, "1942-08-01", gzMil, gzSU},
	// Czechoslovakia
	{"Prague 1939", 50.08, 14.42, "1939-03-01", gzCS, gzCS},
	{"Prague occupied", 50.08, 14.42, "1939-03-15", gzMil, gzCS},
	{"Prague in the Protectorate", 50.08, 14.42, "1939-06-01", gzProt, gzDE},
	{"Brno", 49.19, 16.61, "1940-01-01", gzProt, gzDE},
	{"Karlsbad (Karlovy Vary)", 50.23, 12.87, "1939-01-01", gzDE, gzDE},
	{"Reichenberg (Liberec)", 50.77, 15.06, "1939-06-01", gzDE, gzDE},
	{"Český Těšín (Zaolzie) 1939", 49.75, 18.63, "1939-03-01", gzPL, gzPL},
	{"Český Těšín annexed to Silesia", 49.75, 18.63, "1940-01-01", gzDE, gzDE},
	{"Bratislava 1939", 48.15, 17.11, "1939-03-01", gzCS, gzCS},
	{"Bratislava, Slovak capital", 48.15, 17.11, "1939-04-01", gzSK, gzSK},
	{"Nitra", 48.31, 18.09, "1940-01-01", gzSK, gzSK},
	{"Košice (Kassa)", 48.72, 21.26, "1939-01-01", gzHU, gzHU},
	{"Uzhhorod (Ungvár)", 48.62, 22.30, "1939-01-01", gzHU, gzHU},
	{"Khust 1939", 48.17, 23.30, "1939-01-01", gzCS, gzCS},
	{"Khust, capital of Carpatho-Ukraine", 48.17, 23.30, "1939-03-15", "Carpatho-Ukraine", "Carpatho-Ukraine"},
	{"Khust Hungarian", 48.17, 23.30, "1939-06-01", gzHU, gzHU},
}

func TestGazetteerEast(t *testing.T) { checkFacts(t, gazetteerEast) }
