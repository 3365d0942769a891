package main

import "github.com/peterstace/simplefeatures/geom"

const (
	srcPL1939    = "Second Polish Republic: borders of the Treaty of Versailles (28 June 1919), the Upper Silesian partition (1922), the Treaty of Riga (18 March 1921) and the Conference of Ambassadors (15 March 1923)"
	srcInvPL     = "German invasion of Poland, 1 September 1939"
	srcSovInvPL  = "Soviet invasion of Poland, 17 September 1939"
	srcDecree39  = "Hitler's decree of 8 October 1939 on the organisation and administration of the eastern territories, in force 26 October 1939"
	noteAnnexPL  = "Annexed by decree; not recognised by the Polish government in exile (Angers, from June 1940 London), nor by Britain and France."
	srcGG        = "Hitler's decree of 12 October 1939 on the administration of the occupied Polish territories (General Government), in force 26 October 1939"
	noteGG       = "Germany did not annex the General Government: it was an occupied 'adjunct' of the Reich. The Polish state continued in exile and the Allies recognised its government, so Poland is shown as sovereign."
	srcWBelarus  = "Law of the USSR Supreme Soviet of 2 November 1939 admitting Western Belorussia to the USSR and the Byelorussian SSR (after the elected-under-control 'People's Assembly' in Białystok, 28–30 October 1939)"
	srcWUkraine  = "Law of the USSR Supreme Soviet of 1 November 1939 admitting Western Ukraine to the USSR and the Ukrainian SSR (after the elected-under-control 'People's Assembly' in Lwów, 26–28 October 1939)"
	noteSovPL    = "Not recognised by the Polish government in exile, nor by Britain: on 30 July 1941 Eden assured Sikorski in writing that Britain recognised no territorial changes made in Poland since August 1939. In the Sikorski–Maisky agreement of the same day the USSR declared the German–Soviet treaties of 1939 on territorial changes in Poland void, but it did not give up the annexation and left the frontier open."
	noteOccPLE   = "Germany did not annex it. De jure holder shown as the USSR by its annexation of November 1939, which Poland (holding to the Treaty of Riga of 1921) and Britain did not recognise."
	noteOccSU    = "Soviet territory since before 1939; Germany did not annex it. The front crossed the piece over days or weeks; one date is used for all of it."
	srcBSSR      = "Byelorussian SSR within the USSR (western border of the Treaty of Riga, 18 March 1921)"
	srcUSSR      = "Ukrainian SSR within the USSR (western border of the Treaty of Riga, 18 March 1921)"
	srcWR        = "Generalbezirk Weißruthenien of the Reichskommissariat Ostland under civil administration from 1 September 1941 (Hitler's decree of 17 July 1941)"
	srcRKU       = "Reichskommissariat Ukraine, formed 20 August 1941, civil administration from 1 September 1941 (Hitler's decree of 17 July 1941)"
	srcRKUOct    = "Enlargement of the Reichskommissariat Ukraine on 20 October 1941 (Generalbezirke Zhytomyr and Kiev)"
	srcRKUNov    = "Enlargement of the Reichskommissariat Ukraine on 15 November 1941 (Generalbezirke Mykolaiv and Dnipropetrovsk)"
	srcRKU42     = "Enlargement of the Reichskommissariat Ukraine on 1 September 1942 (left-bank districts)"
	srcMunich    = "Munich Agreement, 29–30 September 1938; German occupation 1–10 October 1938; German–Czechoslovak border treaty of 20 November 1938"
	srcSlovakia  = "Proclamation of the Slovak State by the Slovak Diet, 14 March 1939; German–Slovak Treaty of Protection, 23 March 1939"
	srcFirstVien = "First Vienna Award (German–Italian arbitration accepted by Czechoslovakia and Hungary), 2 November 1938; Hungarian troops entered 5–10 November 1938"
)

// noteBarvOutline says how rough the Barvenkovo salient's outline is.
const noteBarvOutline = "The outline of the salient is very rough (good to about 15–25 km): a few named places on its faces and the Donets between Balakliia and Sviatohirsk joined by straight lines."

// polishWest: Poland → German military occupation → annexation or General Government.
func polishWest(taken, takenNote, takenSrc string, annexed bool) []version {
	vs := []version{
		{End: taken, Ctrl: poland, Sov: poland, Status: "integral", Source: srcPL1939},
		{Start: taken, End: "1939-10-26", Ctrl: germanyMil, Sov: poland, Status: "occupied", Source: takenSrc, Note: takenNote, Precision: "approximate"},
	}
	if annexed {
		return append(vs, version{Start: "1939-10-26", Ctrl: germany, Sov: germany, Status: "annexed", Source: srcDecree39, Note: noteAnnexPL})
	}
	return append(vs, version{Start: "1939-10-26", Ctrl: generalGov, Sov: poland, Status: "occupied", Source: srcGG, Note: noteGG})
}

// polishEast: Poland → Soviet occupation → Soviet annexation → German occupation → German civil administration.
func polishEast(soviet, sovietNote, annexDay, annexSrc, german, germanNote string, civil string, civilHolder holder, civilSrc string) []version {
	return []version{
		{End: soviet, Ctrl: poland, Sov: poland, Status: "integral", Source: srcPL1939},
		{Start: soviet, End: annexDay, Ctrl: ussr, Sov: poland, Status: "occupied", Source: srcSovInvPL, Note: sovietNote, Precision: "approximate"},
		{Start: annexDay, End: german, Ctrl: ussr, Sov: ussr, Status: "annexed", Source: annexSrc, Note: noteSovPL},
		{Start: german, End: civil, Ctrl: germanyMil, Sov: ussr, Status: "occupied", Source: srcBarbarossa, Note: germanNote + " " + noteOccPLE, Precision: "approximate"},
		{Start: civil, Ctrl: civilHolder, Sov: ussr, Status: "occupied", Source: civilSrc, Note: noteOccPLE},
	}
}

// sovietPiece: pre-1939 Soviet land → German military administration (→ civil administration).
func sovietPiece(src, german, germanSrc, germanNote, civil string, civilHolder holder, civilSrc, civilNote string) []version {
	vs := []version{{End: german, Ctrl: ussr, Sov: ussr, Status: "integral", Source: src}}
	if civil == "" {
		return append(vs, version{Start: german, Ctrl: germanyMil, Sov: ussr, Status: "occupied", Source: germanSrc, Note: germanNote + " " + noteOccSU, Precision: "approximate"})
	}
	return append(vs,
		version{Start: german, End: civil, Ctrl: germanyMil, Sov: ussr, Status: "occupied", Source: germanSrc, Note: germanNote + " " + noteOccSU, Precision: "approximate"},
		version{Start: civil, Ctrl: civilHolder, Sov: ussr, Status: "occupied", Source: civilSrc, Note: civilNote + " Soviet territory; Germany did not annex it.", Precision: "approximate"})
}

func eastTerritories() []*territory {
	return []*territory{
		// ---------------- Germany ----------------
		{ID: "de-germany", Name: "Germany", Names: map[string]string{"de": "Deutsches Reich"},
			Geom: func(b *builder) geom.Geometry { return b.C("Germany") },
			Versions: []version{{Ctrl: germany, Sov: germany, Status: "integral",
				Source: "German Reich in the borders of the Treaty of Versailles (28 June 1919); the Saar returned on 1 March 1935",
				Note:   "Germany within today's borders only; its 1939 eastern provinces, Austria and the Sudetenland are separate pieces."}}},
		{ID: "de-austria", Name: "Austria (Ostmark)", Names: map[string]string{"de": "Österreich / Ostmark"},
			Geom: func(b *builder) geom.Geometry { return b.C("Austria") },
			Versions: []version{{Ctrl: germany, Sov: germany, Status: "annexed",
				Source: "Anschluss: German troops entered on 12 March 1938; Law on the Reunification of Austria with the German Reich, 13 March 1938",
				Note:   "Britain and France protested but accepted the annexation in practice (their legations in Vienna became consulates); the Allies declared it null and void only in the Moscow Declaration of 1 November 1943."}}},
		{ID: "de-eastern-provinces", Name: "Eastern Pomerania, East Brandenburg and Silesia", Names: map[string]string{"de": "Hinterpommern, Neumark, Schlesien", "pl": "Pomorze Zachodnie, Ziemia Lubuska, Śląsk"},
			Geom: func(b *builder) geom.Geometry { return b.plGermanWest() },
			Versions: []version{{Ctrl: germany, Sov: germany, Status: "integral", Source: "German provinces of Pomerania, Brandenburg and Silesia (borders of the Treaty of Versailles, 1919, and the Upper Silesian partition, 1922)",
				Note: "German land that is Polish today (since 1945). The 1920–39 border with Poland is drawn from reference towns.", Precision: "approximate"}}},
		{ID: "de-east-prussia", Name: "East Prussia", Names: map[string]string{"de": "Ostpreußen", "pl": "Prusy Wschodnie", "ru": "Восточная Пруссия"},
			Geom: func(b *builder) geom.Geometry { return union(b.kaliningrad(), b.plEastPrussia()) },
			Versions: []version{{Ctrl: germany, Sov: germany, Status: "integral", Source: "Province of East Prussia (Treaty of Versailles, 1919; plebiscites of 11 July 1920)",
				Note: "Today divided between Russia (Kaliningrad) and Poland; the Memel Territory (annexed March 1939) and the areas annexed from Poland in 1939 are separate pieces.", Precision: "approximate"}}},
		{ID: "pl-danzig", Name: "Free City of Danzig", Names: map[string]string{"de": "Freie Stadt Danzig", "pl": "Wolne Miasto Gdańsk"},
			Geom: func(b *builder) geom.Geometry { return b.danzig() },
			Versions: []version{
				{End: "1939-09-01", Ctrl: danzigFC, Sov: danzigFC, Status: "free city",
					Source: "Treaty of Versailles, 28 June 1919, arts. 100–108; Free City under the protection of the League of Nations from 15 November 1920",
					Note:   "Poland ran its foreign relations and customs and kept a depot at Westerplatte; the Senate was in Nazi hands from 1933.", Precision: "approximate"},
				{Start: "1939-09-01", Ctrl: germany, Sov: germany, Status: "annexed",
					Source: "Gauleiter Forster's proclamation and the Reich law on the reunification of Danzig with the German Reich, 1 September 1939; part of Reichsgau Danzig-West Prussia from 26 October 1939",
					Note:   "Not recognised by Poland or the Allies. The Polish Post Office fell on 1 September and Westerplatte on 7 September 1939.", Precision: "approximate"},
			}},
		// ---------------- Czechoslovakia ----------------
		{ID: "cz-sudetenland", Name: "Sudetenland", Names: map[string]string{"de": "Sudetenland", "cs": "Sudety (odstoupené území)"},
			Geom: func(b *builder) geom.Geometry { return diff(diff(b.C("Czechia"), b.czechCore()), b.zaolzie()) },
			Versions: []version{{Ctrl: germany, Sov: germany, Status: "annexed", Source: srcMunich,
				Note:      "Ceded under the Munich Agreement, to which Britain and France were parties. Britain told the Czechoslovak government in exile on 5 August 1942 that, Germany having destroyed the agreement, it no longer considered itself bound by it; the Free French declared it void on 29 September 1942. The Hlučín area, annexed to Prussian Silesia, is included. The line is approximate.",
				Precision: "approximate"}}},
		{ID: "cz-bohemia-moravia", Name: "Bohemia and Moravia", Names: map[string]string{"cs": "Čechy a Morava", "de": "Böhmen und Mähren"},
			Geom: func(b *builder) geom.Geometry { return b.czechCore() },
			Versions: []version{
				{End: "1939-03-15", Name: "Czech lands (Czecho-Slovakia)", Ctrl: czechoslovakia, Sov: czechoslovakia, Status: "integral", Source: "Czecho-Slovak Republic (Second Republic) after the Munich Agreement, October 1938 – March 1939"},
				{Start: "1939-03-15", End: "1939-03-16", Ctrl: germanyMil, Sov: czechoslovakia, Status: "occupied", Source: "German occupation of the Czech lands, 15 March 1939 (President Hácha signed in Berlin in the night of 14–15 March)"},
				{Start: "1939-03-16", Name: "Protectorate of Bohemia and Moravia", Ctrl: protectorate, Sov: germany, Status: "protectorate",
					Source: "Hitler's decree of 16 March 1939 establishing the Protectorate of Bohemia and Moravia (issued in Prague)",
					Note:   "The decree declared the Czech lands part of the Greater German Reich. Britain and France did not recognise it de jure; Britain recognised the Czechoslovak government in exile provisionally in July 1940 and fully on 18 July 1941, the day the USSR (which had dealt with Slovakia from 1939) also recognised it."},
			}},
		{ID: "cz-zaolzie", Name: "Zaolzie (Teschen Silesia)", Names: map[string]string{"pl": "Zaolzie", "cs": "Těšínsko", "de": "Olsagebiet"},
			Geom: func(b *builder) geom.Geometry { return b.zaolzie() },
			Versions: []version{
				{End: "1939-09-02~", Ctrl: poland, Sov: poland, Status: "annexed",
					Source: "Polish ultimatum to Czechoslovakia of 30 September 1938, accepted 1 October; Polish troops entered 2 October 1938",
					Note:   "Taken from Czechoslovakia under threat of force; the Czechoslovak government in exile did not accept the loss."},
				{Start: "1939-09-02~", End: "1939-10-26", Ctrl: germanyMil, Sov: poland, Status: "occupied", Source: srcInvPL, Note: "German troops crossed from Moravia into Zaolzie on 1 September 1939.", Precision: "approximate"},
				{Start: "1939-10-26", Ctrl: germany, Sov: germany, Status: "annexed", Source: srcDecree39, Note: "Annexed to the Province of Silesia. " + noteAnnexPL},
			}},
		{ID: "sk-slovakia", Name: "Slovakia", Names: map[string]string{"sk": "Slovensko", "de": "Slowakei"},
			Geom: func(b *builder) geom.Geometry { return diff(b.C("Slovakia"), b.viennaSK()) },
			Versions: []version{
				{End: "1939-03-14", Name: "Slovakia (autonomous land of Czecho-Slovakia)", Ctrl: czechoslovakia, Sov: czechoslovakia, Status: "integral", Source: "Žilina agreement of 6 October 1938 and the Czecho-Slovak constitutional law of 22 November 1938 (Slovak autonomy)"},
				{Start: "1939-03-14", Name: "Slovak Republic", Ctrl: slovakRep, Sov: slovakRep, Status: "client state", Source: srcSlovakia,
					Note: "Proclaimed at Hitler's bidding; German troops held a protection zone in the west. Recognised by Germany and its allies, Poland, the Vatican and the USSR (September 1939 – July 1941), but not de jure by Britain or France. A strip in the east was lost to Hungary after the 'Little War' of March 1939 (Treaty of Budapest, 4 April 1939), and the villages Poland took in 1938 came back in November 1939; neither is drawn."},
			}},
		{ID: "cz-first-vienna-award", Name: "Southern Slovakia and Subcarpathian lowlands (First Vienna Award)", Names: map[string]string{"hu": "Felvidék (az első bécsi döntés)", "sk": "južné Slovensko"},
			Geom: func(b *builder) geom.Geometry { return union(b.viennaSK(), b.viennaUA()) },
			Versions: []version{{Ctrl: hungary, Sov: hungary, Status: "ceded", Source: srcFirstVien,
				Note: "Held by Hungary throughout this atlas (Košice, Komárno, Uzhhorod, Mukachevo, Berehove). Britain and France were not party to the award; the Allies held it void after the war. The line is drawn from the towns on each side.", Precision: "approximate"}}},
		{ID: "ua-carpatho-ukraine", Name: "Carpatho-Ukraine", Names: map[string]string{"uk": "Карпатська Україна", "hu": "Kárpátalja", "cs": "Podkarpatská Rus"},
			Geom: func(b *builder) geom.Geometry { return diff(b.zakarpattia(), b.viennaUA()) },
			Versions: []version{
				{End: "1939-03-15", Name: "Carpatho-Ukraine (autonomous land of Czecho-Slovakia)", Ctrl: czechoslovakia, Sov: czechoslovakia, Status: "integral", Source: "Autonomy of Subcarpathian Ruthenia, 8–11 October 1938 (capital Khust after the First Vienna Award)"},
				{Start: "1939-03-15", End: "1939-03-18~", Ctrl: carpathoUkr, Sov: carpathoUkr, Status: "independent",
					Source: "Declaration of independence by the Diet of Carpatho-Ukraine at Khust, 15 March 1939",
					Note:   "Hungarian troops crossed in on 14–15 March and took Khust on 16 March; the last resistance ended about 18 March. The state existed for little more than a day in most of the land.", Precision: "approximate"},
				{Start: "1939-03-18~", Ctrl: hungary, Sov: hungary, Status: "annexed", Source: "Hungarian invasion of Carpatho-Ukraine, 14–18 March 1939; Hungarian law VI of 1939 on its reincorporation",
					Note: "Annexed by Hungary; not recognised by Britain. Today Zakarpattia oblast of Ukraine.", Precision: "approximate"},
			}},
		// ---------------- Poland: lands Germany annexed ----------------
		{ID: "pl-danzig-west-prussia", Name: "Pomorze (Polish Corridor)", Names: map[string]string{"pl": "Pomorze, Gdynia, Bydgoszcz, Toruń", "de": "Reichsgau Danzig-Westpreußen"},
			Geom:     func(b *builder) geom.Geometry { return b.dwp() },
			Versions: polishWest("1939-09-07~", "The Corridor was cut by 3–5 September; Bydgoszcz fell on 5 September, Gdynia on 14 September and the Hel peninsula held out until 2 October 1939.", srcInvPL, true)},
		{ID: "pl-wartheland", Name: "Greater Poland and Łódź", Names: map[string]string{"pl": "Wielkopolska, Poznań, Łódź", "de": "Reichsgau Wartheland"},
			Geom:     func(b *builder) geom.Geometry { return b.wartheland() },
			Versions: polishWest("1939-09-10~", "Łódź fell on 9 September and Poznań on 10 September; the battle of the Bzura in the east of this piece went on until about 19 September 1939.", srcInvPL, true)},
		{ID: "pl-zichenau", Name: "Northern Mazovia and Działdowo", Names: map[string]string{"pl": "Północne Mazowsze, Ciechanów, Płock", "de": "Regierungsbezirk Zichenau"},
			Geom:     func(b *builder) geom.Geometry { return b.zichenau() },
			Versions: polishWest("1939-09-07~", "Mława fell on 3–4 September; Płock on about 15 September and the Modlin fortress only on 29 September 1939.", srcInvPL, true)},
		{ID: "pl-east-upper-silesia", Name: "Polish Upper Silesia and western Lesser Poland", Names: map[string]string{"pl": "Górny Śląsk, Katowice, Zagłębie, Oświęcim", "de": "Ostoberschlesien (Regierungsbezirk Kattowitz)"},
			Geom:     func(b *builder) geom.Geometry { return b.eastUpperSilesia() },
			Versions: polishWest("1939-09-04~", "Katowice was taken on 3–4 September 1939.", srcInvPL, true)},
		{ID: "pl-suwalki", Name: "Suwałki region", Names: map[string]string{"pl": "Suwalszczyzna", "de": "Sudauen"},
			Geom: func(b *builder) geom.Geometry { return b.suwalki() },
			Versions: []version{
				{End: "1939-09-24~", Ctrl: poland, Sov: poland, Status: "integral", Source: srcPL1939},
				{Start: "1939-09-24~", End: "1939-10-07~", Ctrl: ussr, Sov: poland, Status: "occupied", Source: srcSovInvPL, Note: "Soviet troops entered Augustów on 23 September and Suwałki on 24 September 1939.", Precision: "approximate"},
				{Start: "1939-10-07~", End: "1939-10-26", Ctrl: germanyMil, Sov: poland, Status: "occupied", Precision: "approximate",
					Source: "German–Soviet frontier protocol of 4 October 1939; the Red Army withdrew and the Wehrmacht moved in from about 6 October 1939",
					Note:   "Allotted to Germany by the treaty of 28 September 1939. German vanguards entered Suwałki on 6 October; the town was formally handed over on 12 October 1939."},
				{Start: "1939-10-26", Ctrl: germany, Sov: germany, Status: "annexed", Source: srcDecree39, Note: "Annexed to East Prussia (first in the Zichenau district, from 20 November 1939 in the Gumbinnen district). " + noteAnnexPL},
			}},
		// ---------------- Poland: General Government ----------------
		{ID: "pl-krakow-radom", Name: "Western Lesser Poland (Kraków, Radom, Kielce)", Names: map[string]string{"pl": "Małopolska zachodnia, Kraków, Radom, Kielce", "de": "Distrikte Krakau und Radom"},
			Geom:     func(b *builder) geom.Geometry { return diff(diff(b.generalGovernment(), b.lublin()), b.warsaw()) },
			Versions: polishWest("1939-09-10~", "Częstochowa fell on 3 September, Kraków on 6 September, Radom on 8 September; the line of the San was reached in mid-September 1939.", srcInvPL, false)},
		{ID: "pl-warsaw", Name: "Warsaw and central Mazovia", Names: map[string]string{"pl": "Warszawa, Mazowsze", "de": "Distrikt Warschau"},
			Geom:     func(b *builder) geom.Geometry { return b.warsaw() },
			Versions: polishWest("1939-09-28", "Warsaw, besieged from 8 September, capitulated on 28 September and was entered on 1 October; Modlin surrendered on 29 September. Much of the countryside of this piece was overrun earlier, in mid-September.", "Capitulation of Warsaw, 28 September 1939", false)},
		{ID: "pl-lublin", Name: "Lublin region", Names: map[string]string{"pl": "Lubelszczyzna", "de": "Distrikt Lublin"},
			Geom:     func(b *builder) geom.Geometry { return b.lublin() },
			Versions: polishWest("1939-10-06~", "Contested until early October: German troops took Lublin on 18 September, then drew back under the demarcation of 22 September, while the Red Army entered the east of the region (Chełm, Zamość) and left it again after the treaty of 28 September gave it to Germany. The last Polish field force capitulated at Kock on 6 October 1939.", "Battle of Kock and capitulation of the last Polish units, 6 October 1939; German takeover under the Boundary Treaty of 28 September 1939", false)},
		// ---------------- Poland: lands the USSR annexed ----------------
		{ID: "pl-bialystok", Name: "Białystok and Grodno region", Names: map[string]string{"pl": "Białostocczyzna, Grodno", "be": "Беласток, Гродна", "de": "Bezirk Bialystok"},
			Geom: func(b *builder) geom.Geometry { return union(b.plSovietNorth(), b.byBialystok()) },
			Versions: polishEast("1939-09-22~", "German troops took Białystok on 15 September and handed it to the Red Army on 22 September; Grodno was taken by the Red Army on 22 September after two days of fighting.",
				"1939-11-02", srcWBelarus, "1941-06-27~", "Białystok fell on 27 June 1941 and Grodno on 23 June.",
				"1941-08-01", bezirkBial, "Hitler's decree of 17 July 1941; Bezirk Białystok under Erich Koch (chief of civil administration) from 1 August 1941, attached to East Prussia but not annexed. Grodno town, north of the Neman, was first left out and joined the district later in 1941.")},
		{ID: "pl-nowogrodek-wilno", Name: "West Belarus (Navahrudak, Lida, Baranavichy, Vileyka)", Names: map[string]string{"pl": "Nowogródczyzna i wschodnia Wileńszczyzna", "be": "Заходняя Беларусь", "ru": "Западная Белоруссия"},
			Geom: func(b *builder) geom.Geometry { return diff(diff(b.byPolish(), b.byBialystok()), b.byPolesie()) },
			Versions: polishEast("1939-09-17", "The Red Army crossed the border on 17 September and overran the area within days.",
				"1939-11-02", srcWBelarus, "1941-06-28~", "Overrun in the last days of June and the first days of July 1941 (Baranavichy 27 June).",
				"1941-09-01", ostland, srcWR)},
		{ID: "pl-polesie", Name: "Brest and Polesie", Names: map[string]string{"pl": "Polesie, Brześć, Pińsk", "be": "Брэст, Пінск"},
			Geom: func(b *builder) geom.Geometry { return b.byPolesie() },
			Versions: polishEast("1939-09-20~", "Pinsk was taken by the Red Army around 20 September; the Germans, who had taken Brest on 17 September, handed it over on 22 September 1939.",
				"1939-11-02", srcWBelarus, "1941-06-25~", "Brest was overrun on 22 June 1941, though its fortress held out until the end of June; Pinsk fell on 4 July.",
				"1941-09-01", rkUkraine, srcRKU+"; Generalbezirk Volhynia–Podolia")},
		{ID: "pl-volhynia", Name: "Volhynia", Names: map[string]string{"pl": "Wołyń", "uk": "Волинь", "de": "Wolhynien"},
			Geom: func(b *builder) geom.Geometry { return b.volhynia() },
			Versions: polishEast("1939-09-19~", "Overrun by the Red Army between 17 and about 20 September 1939 (Rivne and Lutsk on 18–19 September).",
				"1939-11-01", srcWUkraine, "1941-06-28~", "Lutsk fell on 25 June and Rivne on 28 June 1941 after the tank battle of Dubno–Brody.",
				"1941-09-01", rkUkraine, srcRKU+"; Generalbezirk Volhynia–Podolia (seat of the Reichskommissar at Rivne)")},
		{ID: "pl-galicia", Name: "Eastern Galicia", Names: map[string]string{"pl": "Małopolska Wschodnia, Lwów", "uk": "Східна Галичина, Львів", "de": "Ostgalizien, Lemberg"},
			Geom: func(b *builder) geom.Geometry { return union(diff(b.uaPolish(), b.volhynia()), b.plSovietSouth()) },
			Versions: polishEast("1939-09-22", "Lwów, besieged by German and then Soviet troops, surrendered to the Red Army on 22 September 1939; some of the south was reached only later. The German troops withdrew behind the San by early October.",
				"1939-11-01", srcWUkraine, "1941-06-30~", "Lwów fell on 30 June 1941; Tarnopol on 2 July; Stanisławów was taken by Hungarian troops in early July and handed to German administration in August.",
				"1941-08-01", generalGov, "Hitler's decree of 17 July 1941: District of Galicia added to the General Government on 1 August 1941")},
		// ---------------- Soviet Belarus ----------------
		{ID: "by-minsk", Name: "Soviet Belarus: Minsk, Barysaw, Slutsk", Names: map[string]string{"be": "Мінск", "ru": "Минск"},
			Geom: func(b *builder) geom.Geometry { return b.byMinsk() },
			Versions: sovietPiece(srcBSSR, "1941-06-28", srcBarbarossa+"; Minsk fell on 28 June 1941", "Minsk was taken on 28 June 1941 as the Białystok–Minsk pocket closed; Barysaw on 2 July.",
				"1941-09-01", ostland, srcWR, "Civil administration limits approximate.")},
		{ID: "by-east", Name: "Soviet Belarus: Vitebsk, Mogilev, Gomel", Names: map[string]string{"be": "Віцебск, Магілёў, Гомель", "ru": "Витебск, Могилёв, Гомель"},
			Geom: func(b *builder) geom.Geometry { return diff(b.bySoviet1921(), b.byMinsk()) },
			Versions: sovietPiece(srcBSSR, "1941-07-26~", srcBarbarossa, "Vitebsk fell on 9–11 July, Mogilev on 26 July and Gomel on 19 August 1941; the date of Mogilev is used. Held under the army (rear area of Army Group Centre); the Mozyr district in the south passed to the Reichskommissariat Ukraine on 20 October 1941 (not drawn).",
				"", holder{}, "", "")},
		// ---------------- Soviet Ukraine ----------------
		{ID: "ua-podolia", Name: "Soviet Podolia: Proskurov, Kamianets-Podilskyi", Names: map[string]string{"uk": "Поділля: Проскурів, Кам'янець-Подільський"},
			Geom: func(b *builder) geom.Geometry { return b.podolia() },
			Versions: sovietPiece(srcUSSR, "1941-07-10~", srcBarbarossa, "Overrun in the first half of July 1941 (Proskurov about 8 July, Kamianets-Podilskyi about 10 July).",
				"1941-09-01", rkUkraine, srcRKU+"; Generalbezirk Volhynia–Podolia", "")},
		{ID: "ua-zhytomyr-vinnytsia", Name: "Right-bank Ukraine: Zhytomyr, Vinnytsia, Bila Tserkva, Uman", Names: map[string]string{"uk": "Житомир, Вінниця, Біла Церква, Умань"},
			Geom: func(b *builder) geom.Geometry { return b.rightBankNorth() },
			Versions: sovietPiece(srcUSSR, "1941-07-20~", srcBarbarossa, "Zhytomyr fell on 9 July and Vinnytsia on 19–21 July; Korosten held out until 8 August and Uman until the pocket closed in early August 1941.",
				"1941-10-20", rkUkraine, srcRKUOct, "The Kiev-district part (Bila Tserkva, Uman) may have passed on 15 November 1941.")},
		{ID: "ua-kiev", Name: "Kiev", Names: map[string]string{"uk": "Київ", "ru": "Киев", "de": "Kiew"},
			Geom: func(b *builder) geom.Geometry { return b.kiev() },
			Versions: sovietPiece(srcUSSR, "1941-09-19", "German capture of Kiev, 19 September 1941", "The Red Army held the city and its fortified area from early August until 19 September 1941; the pocket east of it was destroyed by 26 September. The area drawn is indicative.",
				"1941-10-20", rkUkraine, srcRKUOct, "Transfer date of the Kiev general district approximate.")},
		{ID: "ua-right-bank-south", Name: "Right-bank Ukraine: Kirovohrad, Mykolaiv, Kryvyi Rih", Names: map[string]string{"uk": "Кіровоград, Миколаїв, Кривий Ріг"},
			Geom: func(b *builder) geom.Geometry { return diff(diff(b.rightBank(), b.podolia()), b.rightBankNorth()) },
			Versions: sovietPiece(srcUSSR, "1941-08-16~", srcBarbarossa, "Kirovohrad fell on 5 August, Kryvyi Rih on 14–15 August, Mykolaiv on 16 August and Kherson on 19 August 1941; the right-bank suburbs of Dnipropetrovsk on 25 August.",
				"1941-11-15", rkUkraine, srcRKUNov, "")},
		{ID: "ua-chernihiv", Name: "Left-bank Ukraine: Chernihiv", Names: map[string]string{"uk": "Чернігів", "ru": "Чернигов"},
			Geom: func(b *builder) geom.Geometry { return b.chernihiv() },
			Versions: sovietPiece(srcUSSR, "1941-09-09~", srcBarbarossa, "Chernihiv fell on 9 September 1941 as German armies closed the Kiev pocket from the north. Held under the army throughout.",
				"", holder{}, "", "")},
		{ID: "ua-left-bank-south", Name: "Left-bank Ukraine: Poltava, Zaporizhzhia, Melitopol", Names: map[string]string{"uk": "Полтава, Запоріжжя, Мелітополь"},
			Geom: func(b *builder) geom.Geometry { return b.leftBankRKU() },
			Versions: sovietPiece(srcUSSR, "1941-10-01~", srcBarbarossa, "Poltava fell on 18 September, Zaporizhzhia on 3–4 October and Melitopol on 6 October 1941; the piece as a whole changes hands on 1 October, between those dates.",
				"1942-09-01", rkUkraine, srcRKU42, "The limits of the area transferred are approximate.")},
		{ID: "ua-kharkiv-donbas", Name: "Left-bank Ukraine: Sumy, Kharkiv, Stalino", Names: map[string]string{"uk": "Суми, Харків, Сталіно (Донецьк)"},
			Geom: func(b *builder) geom.Geometry { return b.kharkivDonbasRest() },
			Versions: sovietPiece(srcUSSR, "1941-10-24~", srcBarbarossa, "Sumy fell on 10 October, Stalino on 21 October, Kharkiv on 24 October and Chuhuiv on about 26 October 1941. The salient around Barvinkove and Lozova that the Red Army won back in January 1942 and lost again in May is a piece of its own, and so is the land east of the Northern Donets (Vovchansk, Kupiansk) with Izium, which stayed Soviet until June 1942; Balakliia, Chuhuiv and Sloviansk stayed German. Held under the army throughout.",
				"", holder{}, "", "")},
		{ID: "ua-barvenkove-salient", Name: "Barvenkovo (Izium) salient: Barvinkove and Lozova", Names: map[string]string{"uk": "Барвінкове, Лозова", "ru": "Барвенковский выступ"},
			Geom: func(b *builder) geom.Geometry { return b.barvenkove() },
			Versions: []version{
				{End: "1941-10-24~", Ctrl: ussr, Sov: ussr, Status: "integral", Source: srcUSSR},
				{Start: "1941-10-24~", End: "1942-01-27~", Ctrl: germanyMil, Sov: ussr, Status: "occupied", Source: srcBarbarossa,
					Note: "Overrun in late October 1941 as the German 6th and 17th Armies reached the Donets (drawn with the date of Kharkiv). " + noteOccSU + " " + noteBarvOutline, Precision: "approximate"},
				{Start: "1942-01-27~", End: "1942-05-28~", Ctrl: ussr, Sov: ussr, Status: "integral", Source: "Barvenkovo–Lozovaya offensive of the South-Western and Southern Fronts, 18–31 January 1942; Lozova taken about 27 January 1942",
					Note: "The South-Western and Southern Fronts broke through between Balakliia and Sloviansk from 18 January 1942; Barvinkove was taken on 23 January and Lozova, encircled by the 270th Rifle Division from 26 January, about 27 January. The offensive was halted by 31 January with the salient some 90–100 km deep; the Germans held Balakliia and Sloviansk on its shoulders. The date is approximate: the front crossed the piece between 18 and 31 January. Back in Soviet hands; Soviet territory. " + noteBarvOutline, Precision: "approximate"},
				{Start: "1942-05-28~", Ctrl: germanyMil, Sov: ussr, Status: "occupied", Source: "Second Battle of Kharkiv: German counter-stroke against the salient (Operation Fridericus), 17–28 May 1942",
					Note: "The Soviet offensive towards Kharkiv from the salient (from 12 May 1942) was met on 17 May by Kleist's attack from the south; Barvinkove fell again on 18 May, the pincers closed near Balakliia about 22–23 May, and Timoshenko called off the offensive on 28 May while break-out attempts went on to about 30 May. Most of three Soviet armies were lost in the pocket. The date is approximate: the piece changed hands between 17 and about 30 May. Held under the army. " + noteOccSU + " " + noteBarvOutline, Precision: "approximate"},
			}},
		{ID: "ua-donets-east", Name: "Kharkiv region east of the Donets: Vovchansk, Kupiansk, Izium", Names: map[string]string{"uk": "Вовчанськ, Куп'янськ, Ізюм", "ru": "Волчанск, Купянск, Изюм"},
			Geom: func(b *builder) geom.Geometry { return b.donetsEast() },
			Versions: sovietPiece(srcUSSR, "1942-06-25~", "German preliminary operations of June 1942: Operation Wilhelm (Vovchansk, 10–15 June) and Operation Fridericus II (Kupiansk and Izium, 22–26 June 1942)",
				"In the winter of 1941–42 the front ran along the Northern Donets: the Germans held Belgorod, Chuhuiv and Balakliia on or beyond the river, while the Red Army kept the land east of it and Izium with a bridgehead on the right bank, from which the January 1942 offensive was launched. The front passed through Izium from late October 1941 until May 1942, but the town was occupied only on 24 June 1942. Operation Wilhelm drove the 28th Army back from the Vovchansk area on 10–15 June 1942; Operation Fridericus II (22–26 June) took Kupiansk on about 25 June and brought the 1st Panzer Army to the Oskil. The date is approximate: the north of the piece changed hands about 10–15 June, the south about 22–26 June 1942. The outline is very rough (good to about 15–30 km): the Donets, a straight line east of Chuhuiv and Balakliia and a small bridgehead round Izium. Held under the army.",
				"", holder{}, "", "")},
		{ID: "ua-voroshilovgrad", Name: "Voroshilovgrad (Luhansk) region", Names: map[string]string{"uk": "Ворошиловград (Луганськ)", "ru": "Ворошиловград"},
			Geom: func(b *builder) geom.Geometry { return b.voroshilovgrad() },
			Versions: sovietPiece(srcUSSR, "1942-07-17~", "German summer offensive of 1942 (Fall Blau)", "The winter front of 1941–42 ran west of this area along the Donets and the Mius; Voroshilovgrad fell on 17 July 1942. Held under the army.",
				"", holder{}, "", "")},
	}
}
