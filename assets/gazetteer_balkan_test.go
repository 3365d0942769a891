package assets

import (
	"testing"
)

// gazetteerBalkan: historical facts for Hungary, Yugoslavia, Albania, Greece
// and Bulgaria, in the layout of gazetteer (one fact per line). Places near an
// approximate line are avoided or moved a little inland.
var gazetteerBalkan = []fact{
	// Hungary and its 1941 gains
	{"Budapest", 47.50, 19.04, "1941-06-01", "Hungary", "Hungary"},
	{"Pécs", 46.07, 18.23, "1942-05-26", "Hungary", "Hungary"},
	{"Subotica Yugoslav", 46.10, 19.67, "1941-04-01", "Yugoslavia", "Yugoslavia"},
	{"Subotica occupied", 46.10, 19.67, "1941-06-01", "Hungary", "Yugoslavia"},
	{"Subotica annexed", 46.10, 19.67, "1942-01-01", "Hungary", "Hungary"},
	{"Novi Sad 1939", 45.27, 19.83, "1939-06-01", "Yugoslavia", "Yugoslavia"},
	{"Novi Sad annexed", 45.27, 19.83, "1942-05-26", "Hungary", "Hungary"},
	{"Sombor", 45.77, 19.12, "1941-08-01", "Hungary", "Yugoslavia"},
	{"Beli Manastir (Baranja)", 45.77, 18.60, "1942-01-01", "Hungary", "Hungary"},
	{"Čakovec (Međimurje)", 46.39, 16.43, "1941-05-01", "Hungary", "Yugoslavia"},
	{"Murska Sobota (Prekmurje)", 46.66, 16.17, "1942-01-01", "Hungary", "Hungary"},
	// Slovenia
	{"Ljubljana 1940", 46.05, 14.51, "1940-01-01", "Yugoslavia", "Yugoslavia"},
	{"Ljubljana occupied", 46.05, 14.51, "1941-04-20", "Italy", "Yugoslavia"},
	{"Ljubljana annexed", 46.05, 14.51, "1941-06-01", "Italy", "Italy"},
	{"Novo Mesto", 45.80, 15.17, "1942-01-01", "Italy", "Italy"},
	{"Maribor under the CdZ", 46.56, 15.65, "1941-06-01", "Germany (Chiefs of Civil Administration in Lower Styria and Upper Carniola)", "Yugoslavia"},
	{"Kranj", 46.24, 14.36, "1942-05-26", "Germany (Chiefs of Civil Administration in Lower Styria and Upper Carniola)", "Yugoslavia"},
	{"Celje 1939", 46.23, 15.26, "1939-09-01", "Yugoslavia", "Yugoslavia"},
	{"Postojna Italian before the war", 45.78, 14.21, "1939-06-01", "Italy", "Italy"},
	{"Pula (Istria) Italian", 44.87, 13.85, "1940-01-01", "Italy", "Italy"},
	{"Rijeka (Fiume) Italian", 45.345, 14.42, "1940-01-01", "Italy", "Italy"},
	// Croatia, Bosnia, Dalmatia
	{"Zagreb 1940", 45.81, 15.98, "1940-06-01", "Yugoslavia", "Yugoslavia"},
	{"Zagreb NDH", 45.81, 15.98, "1941-06-01", "Independent State of Croatia", "Independent State of Croatia"},
	{"Osijek NDH", 45.54, 18.69, "1942-01-01", "Independent State of Croatia", "Independent State of Croatia"},
	{"Sarajevo 1939", 43.86, 18.41, "1939-09-01", "Yugoslavia", "Yugoslavia"},
	{"Sarajevo NDH", 43.86, 18.41, "1941-06-01", "Independent State of Croatia", "Independent State of Croatia"},
	{"Banja Luka", 44.77, 17.19, "1942-05-26", "Independent State of Croatia", "Independent State of Croatia"},
	{"Mostar", 43.34, 17.81, "1942-05-26", "Independent State of Croatia", "Independent State of Croatia"},
	{"Dubrovnik NDH (Italian-garrisoned)", 42.66, 18.13, "1942-01-01", "Independent State of Croatia", "Independent State of Croatia"},
	{"Split 1940", 43.53, 16.46, "1940-01-01", "Yugoslavia", "Yugoslavia"},
	{"Split occupied", 43.53, 16.46, "1941-05-01", "Italy", "Yugoslavia"},
	{"Split annexed", 43.53, 16.46, "1941-06-01", "Italy", "Italy"},
	{"Šibenik annexed", 43.75, 15.92, "1942-01-01", "Italy", "Italy"},
	{"Zadar (Zara) Italian", 44.13, 15.26, "1939-06-01", "Italy", "Italy"},
	{"Krk annexed", 45.08, 14.62, "1942-01-01", "Italy", "Italy"},
	{"Ruma (Srem) NDH", 45.01, 19.82, "1942-01-01", "Independent State of Croatia", "Independent State of Croatia"},
	// Serbia, Vojvodina
	{"Belgrade 1939", 44.80, 20.47, "1939-09-01", "Yugoslavia", "Yugoslavia"},
	{"Belgrade occupied", 44.80, 20.47, "1941-05-01", "Germany (Military Commander in Serbia)", "Yugoslavia"},
	{"Kragujevac", 44.01, 20.91, "1941-10-21", "Germany (Military Commander in Serbia)", "Yugoslavia"},
	{"Niš", 43.32, 21.90, "1942-05-26", "Germany (Military Commander in Serbia)", "Yugoslavia"},
	{"Zrenjanin (Banat)", 45.38, 20.39, "1941-06-01", "Germany (Military Commander in Serbia; Banat self-administration)", "Yugoslavia"},
	{"Pančevo (Banat)", 44.87, 20.65, "1942-01-01", "Germany (Military Commander in Serbia; Banat self-administration)", "Yugoslavia"},
	{"Pirot Bulgarian", 43.15, 22.59, "1941-06-01", "Bulgaria", "Yugoslavia"},
	{"Vranje Bulgarian", 42.55, 21.90, "1942-01-01", "Bulgaria", "Yugoslavia"},
	{"Kosovska Mitrovica German", 42.89, 20.87, "1941-06-01", "Germany (Military Commander in Serbia)", "Yugoslavia"},
	// Kosovo, Macedonia, Montenegro
	{"Priština Yugoslav", 42.66, 21.16, "1940-06-01", "Yugoslavia", "Yugoslavia"},
	{"Priština Italian-occupied", 42.66, 21.16, "1941-06-01", "Italy", "Yugoslavia"},
	{"Priština in Greater Albania", 42.66, 21.16, "1941-09-01", "Italy (Kingdom of Albania in personal union)", "Albania (in personal union with Italy)"},
	{"Prizren in Greater Albania", 42.21, 20.74, "1942-05-26", "Italy (Kingdom of Albania in personal union)", "Albania (in personal union with Italy)"},
	{"Tetovo in Greater Albania", 42.01, 20.97, "1942-01-01", "Italy (Kingdom of Albania in personal union)", "Albania (in personal union with Italy)"},
	{"Skopje 1939", 42.00, 21.43, "1939-09-01", "Yugoslavia", "Yugoslavia"},
	{"Skopje Bulgarian", 42.00, 21.43, "1941-06-01", "Bulgaria", "Yugoslavia"},
	{"Ohrid Bulgarian", 41.12, 20.80, "1942-01-01", "Bulgaria", "Yugoslavia"},
	{"Bitola Bulgarian", 41.03, 21.33, "1942-05-26", "Bulgaria", "Yugoslavia"},
	{"Kotor annexed", 42.425, 18.771, "1941-06-01", "Italy", "Italy"},
	{"Cetinje occupied", 42.39, 18.92, "1941-06-01", "Italy", "Yugoslavia"},
	{"Podgorica 1939", 42.44, 19.26, "1939-09-01", "Yugoslavia", "Yugoslavia"},
	{"Podgorica governorate", 42.44, 19.26, "1942-01-01", "Italy (Governorate of Montenegro)", "Yugoslavia"},
	// Albania
	{"Tirana independent", 41.33, 19.82, "1939-04-01", "Albania", "Albania"},
	{"Tirana invaded", 41.33, 19.82, "1939-04-10", "Italy", "Albania"},
	{"Tirana protectorate", 41.33, 19.82, "1940-01-01", "Italy (Kingdom of Albania in personal union)", "Albania (in personal union with Italy)"},
	{"Korçë 1940", 40.62, 20.78, "1940-10-30", "Italy (Kingdom of Albania in personal union)", "Albania (in personal union with Italy)"},
	{"Korçë Greek", 40.62, 20.78, "1941-01-15", "Greece", "Albania (in personal union with Italy)"},
	{"Korçë back to Italy", 40.62, 20.78, "1941-06-01", "Italy (Kingdom of Albania in personal union)", "Albania (in personal union with Italy)"},
	{"Gjirokastër Greek", 40.08, 20.14, "1941-02-01", "Greece", "Albania (in personal union with Italy)"},
	{"Vlorë stays Italian", 40.47, 19.49, "1941-02-01", "Italy (Kingdom of Albania in personal union)", "Albania (in personal union with Italy)"},
	// Greece
	{"Athens 1940", 37.98, 23.73, "1940-12-01", "Greece", "Greece"},
	{"Athens occupied", 37.98, 23.73, "1941-06-01", "Germany (military administration in Greece)", "Greece"},
	{"Thessaloniki 1940", 40.64, 22.94, "1940-11-01", "Greece", "Greece"},
	{"Thessaloniki German", 40.64, 22.94, "1941-05-01", "Germany (military administration in Greece)", "Greece"},
	{"Kavala Bulgarian", 40.945, 24.41, "1941-08-01", "Bulgaria", "Greece"},
	{"Komotini Bulgarian", 41.12, 25.40, "1942-01-01", "Bulgaria", "Greece"},
	{"Didymoteicho German", 41.35, 26.50, "1942-01-01", "Germany (military administration in Greece)", "Greece"},
	{"Ioannina Italian", 39.66, 20.85, "1941-08-01", "Italy", "Greece"},
	{"Corfu Italian", 39.62, 19.90, "1941-08-01", "Italy", "Greece"},
	{"Larissa Italian", 39.64, 22.42, "1941-08-01", "Italy", "Greece"},
	{"Larissa German", 39.64, 22.42, "1941-05-01", "Germany (military administration in Greece)", "Greece"},
	{"Patras Italian", 38.25, 21.74, "1942-05-26", "Italy", "Greece"},
	{"Mytilene (Lesbos) German", 39.10, 26.55, "1941-08-01", "Germany (military administration in Greece)", "Greece"},
	{"Heraklion during the battle", 35.33, 25.13, "1941-05-25", "Greece", "Greece"},
	{"Heraklion German", 35.33, 25.13, "1941-07-01", "Germany (military administration in Greece)", "Greece"},
	{"Agios Nikolaos (Lasithi) Italian", 35.19, 25.72, "1941-07-01", "Italy", "Greece"},
	{"Rhodes Italian", 36.43, 28.22, "1939-06-01", "Italy", "Italy"},
	// Bulgaria
	{"Sofia", 42.70, 23.32, "1941-06-01", "Bulgaria", "Bulgaria"},
	{"Plovdiv", 42.15, 24.75, "1939-09-01", "Bulgaria", "Bulgaria"},
	{"Varna", 43.21, 27.91, "1942-05-26", "Bulgaria", "Bulgaria"},
}

func TestGazetteerBalkan(t *testing.T) { checkFacts(t, gazetteerBalkan) }
