package main

import "github.com/peterstace/simplefeatures/geom"

// Hungary, Yugoslavia, Albania, Greece and Bulgaria, 1939–1942. Pieces are
// cut from Natural Earth's Hungary, Slovenia, Croatia, Bosnia and
// Herzegovina, Serbia, Kosovo, Montenegro, (North) Macedonia, Albania, Greece
// and Bulgaria with the lines of lines/balkan.json (see balkan_pieces.go).
// Romania, Southern Dobruja, the First Vienna Award, Austria, Italy and
// Turkey belong to other regions and are only matched, never overlapped.

var (
	bkYugo       = holder{"Yugoslavia", 345}
	bkNDH        = holder{"Independent State of Croatia", 0}
	bkGreece     = holder{"Greece", 350}
	bkAlbania    = holder{"Albania", 339}
	bkAlUnion    = holder{"Albania (in personal union with Italy)", 0}
	bkItAlbania  = holder{"Italy (Kingdom of Albania in personal union)", 325}
	bkItMonte    = holder{"Italy (Governorate of Montenegro)", 325}
	bkGerSerbia  = holder{"Germany (Military Commander in Serbia)", 255}
	bkGerBanat   = holder{"Germany (Military Commander in Serbia; Banat self-administration)", 255}
	bkGerSlo     = holder{"Germany (Chiefs of Civil Administration in Lower Styria and Upper Carniola)", 255}
	bkGerGreece  = holder{"Germany (military administration in Greece)", 255}
	bkRoyalAlban = "Kingdom of Albania under King Zog I (independent since 28 November 1912; borders fixed by the Conference of Ambassadors, 9 November 1921, and the protocol of Florence, 27 January 1925)"
)

const (
	bkSrcYugo    = "Kingdom of Yugoslavia (borders of the Treaties of Saint-Germain 1919, Neuilly 1919, Trianon 1920 and Rapallo 1920)"
	bkSrcInvYu   = "German, Italian and Hungarian invasion of Yugoslavia from 6 April 1941 (Directive 25; Operation 25)"
	bkSrcCapit   = "Capitulation of the Royal Yugoslav Army, signed in Belgrade on 17 April 1941, in force 18 April"
	bkNoteYuExil = "Yugoslavia never ceded anything: King Peter II and the government went into exile (London from June 1941) and were recognised by the Allies, who did not accept any annexation made during the war."
	bkSrcHuAnnex = "Hungarian Act XX of 1941 on the reincorporation of the 'recovered southern territories' (passed by parliament in December 1941; in force 16 December 1941)"
	bkNoteHu     = "Hungary had signed a treaty of 'eternal friendship' with Yugoslavia on 12 December 1940; it moved in after the NDH was proclaimed, saying Yugoslavia had ceased to exist. The annexation was not recognised by the Allies nor by the Yugoslav government in exile."
	bkSrcGrInv   = "German invasion of Greece from Bulgaria, 6 April 1941 (Operation Marita)"
	bkSrcGrZones = "Division of Greece into German, Italian and Bulgarian occupation zones after the Greek surrender of 20–23 April 1941 (Hitler's directive of 13 May 1941; Italian takeover of most of the mainland in June 1941)"
	bkNoteGrOcc  = "Greece ceded nothing: King George II and the Tsouderos government left for Crete on 23 April and Egypt in May 1941, and were recognised by the Allies. In Athens the collaborationist 'Greek State' of General Tsolakoglou (from 30 April 1941) governed under the occupiers."
	bkNoteNDH    = "A puppet state of Germany and Italy under Ante Pavelić's Ustaše, with an Italian 'zone of influence' (Italian troops garrisoned the coastal and Dinaric zones) and German troops in the north and east; much of its land was fought over by Partisans and Chetniks from summer 1941 (not drawn). Recognised by the Axis and its allies, not by the Allies, who held to Yugoslavia."
)

// bkYu1941 gives the usual versions of a Yugoslav piece: Yugoslavia until
// taken, then the holders that followed.
func bkYu1941(rest ...version) []version {
	first := version{End: rest[0].Start, Ctrl: bkYugo, Sov: bkYugo, Status: "integral", Source: bkSrcYugo}
	return append([]version{first}, rest...)
}

// bkHuGain: Yugoslavia → Hungarian occupation → Hungarian annexation.
func bkHuGain(taken, takenSrc, takenNote string) []version {
	return bkYu1941(
		version{Start: taken, End: "1941-12-16", Ctrl: hungary, Sov: bkYugo, Status: "occupied", Source: takenSrc, Note: takenNote + " " + bkNoteYuExil, Precision: "approximate"},
		version{Start: "1941-12-16", Ctrl: hungary, Sov: hungary, Status: "annexed", Source: bkSrcHuAnnex, Note: bkNoteHu, Precision: "approximate"},
	)
}

func bkGreek(rest ...version) []version {
	first := version{End: rest[0].Start, Ctrl: bkGreece, Sov: bkGreece, Status: "independent",
		Source: "Kingdom of Greece (borders of the Treaties of Bucharest 1913, Neuilly 1919 and Lausanne 1923); at war with Italy from 28 October 1940"}
	return append([]version{first}, rest...)
}

// bkAlbanian gives the versions of Albania up to the personal union.
func bkAlbanian() []version {
	return []version{
		{End: "1939-04-07", Ctrl: bkAlbania, Sov: bkAlbania, Status: "independent", Source: bkRoyalAlban,
			Note: "Closely tied to Italy by the Treaties of Tirana (1926, 1927)."},
		{Start: "1939-04-07", End: "1939-04-16", Ctrl: wItaly, Sov: bkAlbania, Status: "occupied", Precision: "approximate",
			Source: "Italian invasion of Albania, 7 April 1939 (landings at Durrës, Vlorë, Shëngjin and Sarandë; Tirana entered 8 April)",
			Note:   "King Zog fled to Greece on 7 April; the whole country was held within a few days."},
		{Start: "1939-04-16", Name: "Kingdom of Albania (Italian protectorate)", Ctrl: bkItAlbania, Sov: bkAlUnion, Status: "protectorate",
			Source: "Offer of the crown by the Albanian constituent assembly, 12 April 1939, accepted by Victor Emmanuel III on 16 April 1939 (personal union with Italy)",
			Note:   "Formally a separate kingdom under the King of Italy, in fact run by Italy through a lieutenant-general (Francesco Jacomoni); the Albanian army and foreign service were merged into Italy's. The United States did not recognise the annexation and Britain gave at most de facto acceptance; in December 1942 Eden declared that Britain wished to see Albania freed and restored. Albania is not a Correlates of War state from 1939 to 1944, hence no code."},
	}
}

func balkanTerritories() []*territory {
	g := func(f func(b *builder) geom.Geometry) func(b *builder) geom.Geometry { return f }
	return []*territory{
		// ---------------- Hungary, Bulgaria ----------------
		{ID: "hu-hungary", Name: "Hungary", Names: map[string]string{"hu": "Magyarország"},
			Geom: func(b *builder) geom.Geometry { return b.C("Hungary") },
			Versions: []version{{Ctrl: hungary, Sov: hungary, Status: "independent",
				Source: "Kingdom of Hungary in the borders of the Treaty of Trianon, 4 June 1920",
				Note:   "Hungary's core within today's borders (three villages south of Bratislava that were Hungarian until 1947 are not split out). Its gains of 1938–41 are separate pieces: the First Vienna Award, Carpatho-Ukraine, Northern Transylvania and the Yugoslav lands of 1941. Joined the Tripartite Pact on 20 November 1940; at war with the USSR from 27 June 1941."}}},
		{ID: "bg-bulgaria", Name: "Bulgaria", Names: map[string]string{"bg": "България"},
			Geom: func(b *builder) geom.Geometry { return b.bkBulgaria() },
			Versions: []version{{Ctrl: bulgar, Sov: bulgar, Status: "independent",
				Source: "Kingdom of Bulgaria in the borders of the Treaty of Neuilly, 27 November 1919",
				Note:   "Without Southern Dobruja (a separate piece, Bulgarian from September 1940). Joined the Tripartite Pact on 1 March 1941 and let German troops in the next day; declared war on Britain and the United States in December 1941 but not on the USSR. Its 1941 occupation zones in Yugoslavia and Greece are separate pieces."}}},
		// ---------------- Italian lands of 1920–1941 in today's Slovenia and Croatia ----------------
		{ID: "it-julian-march", Name: "Julian March, Istria and Fiume (Italian)", Names: map[string]string{"it": "Venezia Giulia, Istria e Fiume", "sl": "Primorska", "hr": "Istra i Rijeka"},
			Geom: func(b *builder) geom.Geometry { return union(b.bkSloIt(), b.bkCroIt()) },
			Versions: []version{{Ctrl: wItaly, Sov: wItaly, Status: "integral", Precision: "approximate",
				Source: "Treaty of Rapallo, 12 November 1920 (border with Yugoslavia); Treaty of Rome, 27 January 1924 (Fiume annexed to Italy)",
				Note:   "The parts of today's Slovenia and Croatia that were Italian from 1920: the Soča valley, the Karst, Postojna and Idrija, Istria, Fiume (Rijeka), Cres and Lošinj. The rest of Italy is drawn in today's borders (piece it-italy). The line is approximate (about 5 km)."}}},
		{ID: "it-zara", Name: "Zara (Zadar)", Names: map[string]string{"it": "Zara", "hr": "Zadar"},
			Geom: func(b *builder) geom.Geometry { return b.bkZara() },
			Versions: []version{{Ctrl: wItaly, Sov: wItaly, Status: "integral", Precision: "approximate",
				Source: "Treaty of Rapallo, 12 November 1920, art. 7 (the city of Zara and its immediate surroundings to Italy)",
				Note:   "A small Italian enclave on the Dalmatian coast; in 1941 it became the capital of the enlarged Italian Governorate of Dalmatia. The outline is approximate. Lastovo (Lagosta), Italian under the same article, is drawn with it."}}},
		// ---------------- Slovenia ----------------
		{ID: "yu-prekmurje", Name: "Prekmurje", Names: map[string]string{"sl": "Prekmurje", "hu": "Muravidék"},
			Geom:     func(b *builder) geom.Geometry { return b.bkPrekmurje() },
			Versions: bkHuGain("1941-04-16~", bkSrcInvYu+"; German troops passed through first and Hungarian troops took over around 16 April 1941", "German troops entered on about 10 April 1941 and left the land to Hungary; a few villages stayed with the German zone (not drawn).")},
		{ID: "yu-northern-slovenia", Name: "Lower Styria and Upper Carniola (northern Slovenia)", Names: map[string]string{"sl": "Štajerska in Gorenjska", "de": "Untersteiermark und Oberkrain"},
			Geom: func(b *builder) geom.Geometry { return b.bkSloGerman() },
			Versions: bkYu1941(
				version{Start: "1941-04-08~", End: "1941-04-14", Ctrl: germanyMil, Sov: bkYugo, Status: "occupied", Precision: "approximate", Source: bkSrcInvYu,
					Note: "German troops crossed from Austria on 6 April and took Maribor on about 8 April and Celje and Kranj in the following days."},
				version{Start: "1941-04-14", Ctrl: bkGerSlo, Sov: bkYugo, Status: "occupied", Precision: "approximate",
					Source: "Hitler's order of 14 April 1941 putting Lower Styria (CdZ Siegfried Uiberreither, Gau Steiermark) and Upper Carniola with the Meža valley (CdZ Franz Kutschera, later Friedrich Rainer, Gau Kärnten) under German Chiefs of Civil Administration; " + bkSrcCapit,
					Note:   "Run as if annexed – German law and language, deportation of tens of thousands of Slovenes, German citizenship imposed – but the planned formal annexation was never enacted. " + bkNoteYuExil}),
		},
		{ID: "yu-ljubljana", Name: "Province of Ljubljana", Names: map[string]string{"sl": "Ljubljanska pokrajina", "it": "Provincia di Lubiana"},
			Geom: func(b *builder) geom.Geometry { return b.bkLjubljana() },
			Versions: bkYu1941(
				version{Start: "1941-04-11", End: "1941-05-03", Ctrl: wItaly, Sov: bkYugo, Status: "occupied", Precision: "approximate", Source: bkSrcInvYu + "; Italian troops entered Ljubljana on 11 April 1941"},
				version{Start: "1941-05-03", Ctrl: wItaly, Sov: wItaly, Status: "annexed", Precision: "approximate",
					Source: "Italian royal decree-law of 3 May 1941 annexing the Province of Ljubljana (Provincia di Lubiana)",
					Note:   "Annexed with a measure of Slovene autonomy that soon gave way to military rule against the Liberation Front; Ljubljana was ringed with barbed wire from February 1942. Not recognised by the Allies. " + bkNoteYuExil}),
		},
		// ---------------- Croatia, Bosnia ----------------
		{ID: "yu-medimurje", Name: "Međimurje", Names: map[string]string{"hr": "Međimurje", "hu": "Muraköz"},
			Geom:     g(func(b *builder) geom.Geometry { return b.bkMedimurje() }),
			Versions: bkHuGain("1941-04-16~", bkSrcInvYu+"; Hungarian troops occupied Međimurje on 16 April 1941", "The new Croatian state had set up its authorities here first; it protested the Hungarian occupation but gave way.")},
		{ID: "yu-baranja", Name: "Baranja", Names: map[string]string{"hr": "Baranja", "hu": "Baranya"},
			Geom:     func(b *builder) geom.Geometry { return b.bkBaranja() },
			Versions: bkHuGain("1941-04-11", "Hungarian invasion of Yugoslavia, 11 April 1941", "The Hungarian 3rd Army crossed on 11 April 1941 and held the area within a day or two.")},
		{ID: "yu-dalmatia", Name: "Dalmatia and the Kvarner (annexed by Italy in 1941)", Names: map[string]string{"it": "Governatorato di Dalmazia; Provincia del Carnaro", "hr": "Dalmacija i Kvarner"},
			Geom: func(b *builder) geom.Geometry { return b.bkDalmatia() },
			Versions: bkYu1941(
				version{Start: "1941-04-15~", End: "1941-05-18", Ctrl: wItaly, Sov: bkYugo, Status: "occupied", Precision: "approximate", Source: bkSrcInvYu,
					Note: "Italian troops crossed from Fiume and Zara from 11 April 1941 and reached Šibenik and Split around 15–17 April, where the new Croatian state had already set up its own officials. " + bkNoteYuExil},
				version{Start: "1941-05-18", Ctrl: wItaly, Sov: wItaly, Status: "annexed", Precision: "approximate",
					Source: "Treaties of Rome between Italy and the Independent State of Croatia, 18 May 1941; Governorate of Dalmatia (provinces of Zara, Spalato and Cattaro) set up on 7 June 1941, Sušak, Kastav, Čabar, Krk and Rab added to the Province of Fiume",
					Note:   "The NDH accepted the cession under pressure; the Allies and the Yugoslav government in exile did not recognise it. The limits are approximate (about 10–15 km); the islands annexed with it (Krk, Rab, Šolta, Vis, Korčula, Mljet) are drawn, Brač, Hvar and Pag stayed with the NDH."}),
		},
		{ID: "hr-croatia", Name: "Croatia (Independent State of Croatia)", Names: map[string]string{"hr": "Nezavisna Država Hrvatska", "de": "Unabhängiger Staat Kroatien"},
			Geom: func(b *builder) geom.Geometry { return b.bkNDHCroatia() },
			Versions: bkYu1941(
				version{Start: "1941-04-10", Ctrl: bkNDH, Sov: bkNDH, Status: "puppet state", Precision: "approximate",
					Source: "Proclamation of the Independent State of Croatia by Slavko Kvaternik in Zagreb, 10 April 1941, as German troops entered the city; Treaties of Rome, 18 May 1941 (borders with Italy)",
					Note:   "Until April 1941 the autonomous Banovina of Croatia within Yugoslavia (Cvetković–Maček Agreement, 26 August 1939). The Yugoslav army fought on in places until 17 April; one date is used for the piece. " + bkNoteNDH}),
		},
		{ID: "hr-bosnia-herzegovina", Name: "Bosnia and Herzegovina (Independent State of Croatia)", Names: map[string]string{"hr": "Bosna i Hercegovina", "bs": "Bosna i Hercegovina"},
			Geom: func(b *builder) geom.Geometry { return b.C("Bosnia and Herz.") },
			Versions: bkYu1941(
				version{Start: "1941-04-16~", Ctrl: bkNDH, Sov: bkNDH, Status: "puppet state", Precision: "approximate",
					Source: "German capture of Sarajevo, 15–16 April 1941; attached to the Independent State of Croatia (Treaties of Rome, 18 May 1941)",
					Note:   "The Yugoslav high command surrendered at Sarajevo and Belgrade; NDH officials took over in the days after. " + bkNoteNDH}),
		},
		{ID: "hr-srem", Name: "Eastern Srem (Syrmia) with Zemun", Names: map[string]string{"sr": "Srem", "hr": "Srijem"},
			Geom: func(b *builder) geom.Geometry { return b.bkSrem() },
			Versions: bkYu1941(
				version{Start: "1941-04-12~", End: "1941-04-17", Ctrl: germanyMil, Sov: bkYugo, Status: "occupied", Precision: "approximate", Source: bkSrcInvYu,
					Note: "German troops reached the Danube and Sava from the north on about 11–12 April 1941."},
				version{Start: "1941-04-17", Ctrl: bkNDH, Sov: bkNDH, Status: "puppet state", Precision: "approximate",
					Source: "Attachment of eastern Srem to the Independent State of Croatia, April 1941 (border with occupied Serbia on the Sava and the Danube, confirmed by the Germans in 1941)",
					Note:   "German troops stayed; the NDH's hold on Zemun, across the Sava from Belgrade, was completed only in the autumn of 1941 (not drawn separately). " + bkNoteNDH}),
		},
		// ---------------- Serbia, Vojvodina ----------------
		{ID: "yu-backa", Name: "Bačka", Names: map[string]string{"sr": "Бачка", "hu": "Bácska"},
			Geom:     func(b *builder) geom.Geometry { return b.bkBacka() },
			Versions: bkHuGain("1941-04-11", "Hungarian invasion of Yugoslavia, 11 April 1941 (Subotica 11 April, Novi Sad 13 April)", "The Hungarian 3rd Army crossed on 11 April 1941 and reached the Danube at Novi Sad on 13 April. Its 'raids' of January 1942 killed several thousand Serbs and Jews in southern Bačka.")},
		{ID: "yu-banat", Name: "Banat (Yugoslav)", Names: map[string]string{"sr": "Банат", "de": "Banat", "hu": "Bánság"},
			Geom: func(b *builder) geom.Geometry { return b.bkBanat() },
			Versions: bkYu1941(
				version{Start: "1941-04-12~", Ctrl: bkGerBanat, Sov: bkYugo, Status: "occupied", Precision: "approximate",
					Source: bkSrcInvYu + "; Pančevo and Zrenjanin (Petrovgrad) taken on 11–12 April 1941; " + bkSrcCapit,
					Note:   "Claimed by Hungary and Romania, so Germany kept it inside occupied Serbia but left its administration to the local Volksdeutsche under Sepp Janko. " + bkNoteYuExil}),
		},
		{ID: "rs-serbia", Name: "Serbia (German occupation)", Names: map[string]string{"sr": "Србија", "de": "Gebiet des Militärbefehlshabers Serbien"},
			Geom: func(b *builder) geom.Geometry { return b.bkSerbiaGerman() },
			Versions: bkYu1941(
				version{Start: "1941-04-12~", End: "1941-08-29", Ctrl: bkGerSerbia, Sov: bkYugo, Status: "occupied", Precision: "approximate",
					Source: bkSrcInvYu + "; Belgrade taken on 12–13 April 1941; " + bkSrcCapit,
					Note:   "Niš fell on 9 April, Belgrade, bombed on 6 April, on 12–13 April; northern Kosovo (Mitrovica, with the Trepča mines) was kept in the German zone. A commissioners' administration under Milan Aćimović served the Germans from 30 April. The uprising of July 1941 briefly freed the Užice area (the 'Užice Republic', autumn 1941; not drawn). Parts of the Sandžak held by Italy are not drawn. " + bkNoteYuExil},
				version{Start: "1941-08-29", Name: "Serbia (German occupation; Nedić government)", Ctrl: bkGerSerbia, Sov: bkYugo, Status: "occupied", Precision: "approximate",
					Source: "Government of National Salvation of General Milan Nedić, appointed by the German military commander, 29 August 1941",
					Note:   "The collaborationist Nedić government administered under German orders; the controller is the occupier. " + bkNoteYuExil}),
		},
		{ID: "rs-pirot-vranje", Name: "Pirot, Caribrod, Bosilegrad and Vranje", Names: map[string]string{"sr": "Пирот и Врање", "bg": "Пирот, Цариброд, Босилеград, Враня"},
			Geom: func(b *builder) geom.Geometry { return b.bkSerbiaBG() },
			Versions: bkYu1941(
				version{Start: "1941-04-09~", End: "1941-04-19~", Ctrl: germanyMil, Sov: bkYugo, Status: "occupied", Precision: "approximate", Source: bkSrcInvYu + "; German troops attacked from Bulgaria on 8 April 1941"},
				version{Start: "1941-04-19~", Ctrl: bulgar, Sov: bkYugo, Status: "administered", Precision: "approximate",
					Source: "Entry of the Bulgarian army into Yugoslav territory, 19–20 April 1941, with German agreement (Vienna meeting of 21–22 April 1941)",
					Note:   "Caribrod and Bosilegrad had been Bulgarian until the Treaty of Neuilly (1919). Bulgaria governed the area as its own, but Germany reserved the final settlement for the peace; the Allies and the Yugoslav government in exile did not recognise it."}),
		},
		// ---------------- Kosovo, Macedonia, Montenegro ----------------
		{ID: "al-kosovo", Name: "Kosovo and Metohija (attached to Albania)", Names: map[string]string{"sq": "Kosova", "sr": "Косово и Метохија"},
			Geom: func(b *builder) geom.Geometry { return b.bkKosovoAl() },
			Versions: bkYu1941(
				version{Start: "1941-04-15~", End: "1941-08-12", Ctrl: wItaly, Sov: bkYugo, Status: "occupied", Precision: "approximate",
					Source: bkSrcInvYu + "; German troops took Priština and Prizren on 14–15 April 1941 and Italian troops from Albania took over",
					Note:   "Given to Italy's Albanian kingdom by the German–Italian partition of April 1941. " + bkNoteYuExil},
				version{Start: "1941-08-12", Ctrl: bkItAlbania, Sov: bkAlUnion, Status: "annexed", Precision: "approximate",
					Source: "Italian royal decree of 12 August 1941 attaching Kosovo, western Macedonia and parts of Montenegro to the Kingdom of Albania ('Greater Albania')",
					Note:   "Not recognised by the Allies nor by the Yugoslav government in exile. Parts of eastern Montenegro attached at the same time (Ulcinj, Plav, Gusinje, Rožaje) and a small Bulgarian-held strip in the south-east are not drawn."}),
		},
		{ID: "al-western-macedonia", Name: "Western Macedonia (Tetovo, Gostivar, Debar, Struga)", Names: map[string]string{"sq": "Maqedonia Perëndimore", "mk": "Западна Македонија"},
			Geom: func(b *builder) geom.Geometry { return b.bkMacedoniaAl() },
			Versions: bkYu1941(
				version{Start: "1941-04-09~", End: "1941-04-22~", Ctrl: germanyMil, Sov: bkYugo, Status: "occupied", Precision: "approximate", Source: bkSrcInvYu + "; German armour crossed from Bulgaria and took Skopje on 7 April, Tetovo and Struga in the following days"},
				version{Start: "1941-04-22~", End: "1941-08-12", Ctrl: wItaly, Sov: bkYugo, Status: "occupied", Precision: "approximate", Source: bkSrcPartition,
					Note: "Italian troops from Albania replaced the Germans in the last days of April 1941. " + bkNoteYuExil},
				version{Start: "1941-08-12", Ctrl: bkItAlbania, Sov: bkAlUnion, Status: "annexed", Precision: "approximate",
					Source: "Italian royal decree of 12 August 1941 attaching Kosovo and western Macedonia to the Kingdom of Albania",
					Note:   "Not recognised by the Allies nor by the Yugoslav government in exile. The Italian–Bulgarian line is approximate (about 10 km)."}),
		},
		{ID: "mk-vardar-macedonia", Name: "Vardar Macedonia (Bulgarian zone)", Names: map[string]string{"mk": "Вардарска Македонија", "bg": "Вардарска Македония"},
			Geom: func(b *builder) geom.Geometry { return b.bkMacedoniaBG() },
			Versions: bkYu1941(
				version{Start: "1941-04-08~", End: "1941-04-19~", Ctrl: germanyMil, Sov: bkYugo, Status: "occupied", Precision: "approximate", Source: bkSrcInvYu + "; Skopje taken on 7 April, Bitola and Ohrid on 10–11 April 1941"},
				version{Start: "1941-04-19~", Ctrl: bulgar, Sov: bkYugo, Status: "administered", Precision: "approximate",
					Source: "Entry of the Bulgarian army into Vardar Macedonia, 19 April 1941, with German agreement; Bulgarian regional administrations at Skopje and Bitola from May 1941",
					Note:   "Bulgaria treated the region as annexed (its 'liberated lands'), but Germany and Italy left the final settlement to the peace and no treaty transferred it; the Allies and the Yugoslav government in exile did not recognise it."}),
		},
		{ID: "yu-kotor", Name: "Bay of Kotor (Province of Cattaro)", Names: map[string]string{"sr": "Бока которска", "it": "Provincia di Cattaro"},
			Geom: func(b *builder) geom.Geometry { return b.bkKotor() },
			Versions: bkYu1941(
				version{Start: "1941-04-17~", End: "1941-05-18", Ctrl: wItaly, Sov: bkYugo, Status: "occupied", Precision: "approximate", Source: bkSrcInvYu + "; Italian troops entered Kotor on about 17 April 1941, where much of the Yugoslav fleet was taken"},
				version{Start: "1941-05-18", Ctrl: wItaly, Sov: wItaly, Status: "annexed", Precision: "approximate",
					Source: "Treaties of Rome, 18 May 1941; Province of Cattaro in the Governorate of Dalmatia, June 1941",
					Note:   "Not recognised by the Allies nor by the Yugoslav government in exile. The limits are approximate (about 5 km)."}),
		},
		{ID: "yu-montenegro", Name: "Montenegro", Names: map[string]string{"sr": "Црна Гора", "it": "Montenegro"},
			Geom: func(b *builder) geom.Geometry { return b.bkMontenegro() },
			Versions: bkYu1941(
				version{Start: "1941-04-17~", End: "1941-10-03", Ctrl: wItaly, Sov: bkYugo, Status: "occupied", Precision: "approximate",
					Source: bkSrcInvYu + "; Italian troops entered Cetinje and Podgorica on about 17 April 1941",
					Note:   "A 'Kingdom of Montenegro' under Italian protection was proclaimed at Cetinje on 12 July 1941; the uprising of the next day freed most of the country for some weeks before Italian troops retook it. " + bkNoteYuExil},
				version{Start: "1941-10-03", Ctrl: bkItMonte, Sov: bkYugo, Status: "occupied", Precision: "approximate",
					Source: "Italian Governorate of Montenegro under General Alessandro Pirzio Biroli, 3 October 1941",
					Note:   "Military government; Italy did not annex Montenegro. Its eastern fringe (Ulcinj, Plav, Gusinje, Rožaje), attached to Albania in 1941, is not drawn. " + bkNoteYuExil}),
		},
		// ---------------- Albania ----------------
		{ID: "al-albania", Name: "Albania", Names: map[string]string{"sq": "Shqipëria", "it": "Albania"},
			Geom:     func(b *builder) geom.Geometry { return b.bkAlbaniaNorth() },
			Versions: bkAlbanian()},
		{ID: "al-southern-albania", Name: "Southern Albania (Korçë, Gjirokastër, Sarandë)", Names: map[string]string{"sq": "Korçë, Gjirokastër, Sarandë", "el": "Βόρειος Ήπειρος"},
			Geom: func(b *builder) geom.Geometry { return b.bkAlbaniaSouth() },
			Versions: append(bkAlbanian()[:2], []version{{Start: "1939-04-16", End: "1940-11-22~", Name: "Kingdom of Albania (Italian protectorate)", Ctrl: bkItAlbania, Sov: bkAlUnion, Status: "protectorate",
				Source: "Offer of the crown by the Albanian constituent assembly, 12 April 1939, accepted by Victor Emmanuel III on 16 April 1939 (personal union with Italy)",
				Note:   "Base of the Italian invasion of Greece of 28 October 1940."},
				{Start: "1940-11-22~", End: "1941-04-17~", Ctrl: bkGreece, Sov: bkAlUnion, Status: "occupied", Precision: "approximate",
					Source: "Greek counter-offensive into Albania from 14 November 1940: Korçë taken 22 November, Pogradec 30 November, Sarandë 6 December, Gjirokastër 8 December, Himarë 24 December 1940, Klisura 10 January 1941",
					Note:   "Greek military occupation; Greece did not annex the area, though many Greeks called it Northern Epirus. 22 November is used for the whole piece, which is the ground held from January to April 1941 (approximate, about 10 km)."},
				{Start: "1941-04-17~", Name: "Kingdom of Albania (Italian protectorate)", Ctrl: bkItAlbania, Sov: bkAlUnion, Status: "protectorate", Precision: "approximate",
					Source: "Greek withdrawal from Albania after the German invasion of Greece, from 12 April 1941; Italian troops re-entered Korçë and Gjirokastër around 15–20 April; surrender of the Greek Army of Epirus, 20–23 April 1941"}}...),
		},
		// ---------------- Greece ----------------
		{ID: "it-dodecanese", Name: "Dodecanese (Italian Aegean Islands)", Names: map[string]string{"it": "Isole italiane dell'Egeo", "el": "Δωδεκάνησα"},
			Geom: func(b *builder) geom.Geometry { return b.bkDodecanese() },
			Versions: []version{{Ctrl: wItaly, Sov: wItaly, Status: "integral",
				Source: "Italian occupation in the war with the Ottoman Empire, 1912; ceded by Turkey in the Treaty of Lausanne, 24 July 1923, art. 15",
				Note:   "Rhodes, Kos, Karpathos, Kalymnos, Leros, Patmos, Astypalaia and Symi are drawn; Kastellorizo, far to the east off the Turkish coast, is not in world-atlas's Natural Earth 1:10m. Italian bases here supported the attack on Crete in May 1941."}}},
		{ID: "gr-east-macedonia-thrace", Name: "Eastern Macedonia and Western Thrace (Bulgarian zone)", Names: map[string]string{"el": "Ανατολική Μακεδονία και Θράκη", "bg": "Беломорие"},
			Geom: func(b *builder) geom.Geometry { return b.bkThrace() },
			Versions: bkGreek(
				version{Start: "1941-04-09~", End: "1941-04-21~", Ctrl: bkGerGreece, Sov: bkGreece, Status: "occupied", Precision: "approximate", Source: bkSrcGrInv + "; the forts of the Metaxas Line capitulated on 9–10 April 1941 after Thessaloniki fell"},
				version{Start: "1941-04-21~", End: "1941-05-14", Ctrl: bulgar, Sov: bkGreece, Status: "occupied", Precision: "approximate", Source: "Entry of the Bulgarian army east of the Strymon, from 20–21 April 1941, with German agreement", Note: bkNoteGrOcc},
				version{Start: "1941-05-14", Ctrl: bulgar, Sov: bkGreece, Status: "administered", Precision: "approximate",
					Source: "Bulgarian civil administration of the 'Belomorie' region from 14 May 1941",
					Note:   "Annexed by Bulgaria de facto (Bulgarian law, officials and settlers; expulsion of Greeks) but by no treaty; Germany reserved the settlement for the peace and the Allies did not recognise it. The Strymon line is approximate. " + bkNoteGrOcc}),
		},
		{ID: "gr-evros", Name: "Evros border strip (German zone)", Names: map[string]string{"el": "Έβρος"},
			Geom: func(b *builder) geom.Geometry { return b.bkEvros() },
			Versions: bkGreek(version{Start: "1941-04-09~", Ctrl: bkGerGreece, Sov: bkGreece, Status: "occupied", Precision: "approximate", Source: bkSrcGrInv + "; " + bkSrcGrZones,
				Note: "Kept by Germany along the Turkish border; very approximate (about 10–15 km). " + bkNoteGrOcc}),
		},
		{ID: "gr-central-macedonia", Name: "Central Macedonia (Thessaloniki; German zone)", Names: map[string]string{"el": "Κεντρική Μακεδονία"},
			Geom: func(b *builder) geom.Geometry { return b.bkCentralMacedonia() },
			Versions: bkGreek(version{Start: "1941-04-09", Ctrl: bkGerGreece, Sov: bkGreece, Status: "occupied", Precision: "approximate", Source: bkSrcGrInv + "; German troops entered Thessaloniki on 9 April 1941; " + bkSrcGrZones,
				Note: "The Greek army in eastern Macedonia capitulated the same day. The western limit is very approximate (about 15 km). " + bkNoteGrOcc}),
		},
		{ID: "gr-attica", Name: "Athens and Piraeus (German zone)", Names: map[string]string{"el": "Αθήνα και Πειραιάς"},
			Geom: func(b *builder) geom.Geometry { return b.bkAttica() },
			Versions: bkGreek(version{Start: "1941-04-27", Ctrl: bkGerGreece, Sov: bkGreece, Status: "occupied", Precision: "approximate", Source: "German entry into Athens, 27 April 1941; " + bkSrcGrZones,
				Note: "Italian troops were also stationed in the capital, which was formally under joint control. Schematic outline. " + bkNoteGrOcc}),
		},
		{ID: "gr-epirus", Name: "Epirus (Ioannina)", Names: map[string]string{"el": "Ήπειρος"},
			Geom: func(b *builder) geom.Geometry { return b.bkEpirus() },
			Versions: bkGreek(version{Start: "1941-04-23~", Ctrl: wItaly, Sov: bkGreece, Status: "occupied", Precision: "approximate",
				Source: "Surrender of the Greek Army of Epirus to the Germans (20 April) and, at Italian insistence, to Italy (Thessaloniki, 23 April 1941); " + bkSrcGrZones,
				Note:   "The Italian attack of 28 October 1940 had reached the Kalamas and the Pindus in early November before being thrown back into Albania; this is not drawn. German troops reached Ioannina on about 21 April. " + bkNoteGrOcc}),
		},
		{ID: "gr-ionian-islands", Name: "Ionian Islands", Names: map[string]string{"el": "Ιόνια Νησιά", "it": "Isole Ionie"},
			Geom: func(b *builder) geom.Geometry { return b.bkIonian() },
			Versions: bkGreek(version{Start: "1941-04-28~", Ctrl: wItaly, Sov: bkGreece, Status: "occupied", Precision: "approximate",
				Source: "Italian landings on Corfu, Kefalonia and Zakynthos, 28 April – early May 1941",
				Note:   "Detached from the Greek administration and run by an Italian civil commissioner as if annexed (Italian currency from 1941); no annexation was proclaimed. " + bkNoteGrOcc}),
		},
		{ID: "gr-greece-italian-zone", Name: "Greece: Italian zone (Thessaly, Central Greece, Peloponnese, Cyclades)", Names: map[string]string{"el": "Ιταλική ζώνη κατοχής"},
			Geom: func(b *builder) geom.Geometry { return b.bkGreeceItalian() },
			Versions: bkGreek(
				version{Start: "1941-04-27", End: "1941-06-01~", Ctrl: bkGerGreece, Sov: bkGreece, Status: "occupied", Precision: "approximate",
					Source: bkSrcGrInv + "; Florina 11 April, Larissa 19 April, Athens 27 April, Kalamata 29 April 1941",
					Note:   "The German advance took western Macedonia and Thessaly from mid-April and the Peloponnese by 30 April; 27 April is used for the piece. " + bkNoteGrOcc},
				version{Start: "1941-06-01~", Ctrl: wItaly, Sov: bkGreece, Status: "occupied", Precision: "approximate", Source: bkSrcGrZones,
					Note: "Italy took over most of the mainland and the Cyclades from the Germans in early June 1941 (its 11th Army); some islands and posts stayed German. " + bkNoteGrOcc}),
		},
		{ID: "gr-north-aegean", Name: "Lemnos, Lesbos and Chios (German zone)", Names: map[string]string{"el": "Λήμνος, Λέσβος, Χίος"},
			Geom: func(b *builder) geom.Geometry { return b.bkNorthAegean() },
			Versions: bkGreek(version{Start: "1941-05-04~", Ctrl: bkGerGreece, Sov: bkGreece, Status: "occupied", Precision: "approximate",
				Source: "German landings on Lemnos (25 April) and on Lesbos and Chios (3–4 May 1941)",
				Note:   "Kept by Germany facing the Dardanelles and the Turkish coast. " + bkNoteGrOcc}),
		},
		{ID: "gr-crete", Name: "Crete (German zone)", Names: map[string]string{"el": "Κρήτη", "de": "Festung Kreta"},
			Geom: func(b *builder) geom.Geometry { return b.bkCrete() },
			Versions: bkGreek(version{Start: "1941-06-01", Ctrl: bkGerGreece, Sov: bkGreece, Status: "occupied",
				Source: "German airborne invasion of Crete, 20 May 1941 (Operation Merkur); Maleme, Chania and Heraklion fell between 21 and 29 May; the British evacuation from Sfakia ended on the night of 31 May/1 June 1941",
				Note:   "During the battle (20 May – 1 June) British, Commonwealth and Greek forces held most of the island; King George II was evacuated on 22–23 May. " + bkNoteGrOcc}),
		},
		{ID: "gr-lasithi", Name: "Lasithi (Italian zone of Crete)", Names: map[string]string{"el": "Λασίθι"},
			Geom: func(b *builder) geom.Geometry { return b.bkLasithi() },
			Versions: bkGreek(version{Start: "1941-05-28", Ctrl: wItaly, Sov: bkGreece, Status: "occupied", Precision: "approximate",
				Source: "Italian landing at Sitia from the Dodecanese, 28 May 1941",
				Note:   "Eastern Crete, occupied by Italian troops until September 1943. " + bkNoteGrOcc}),
		},
	}
}

// bkSrcPartition is the source of the German–Italian partition line.
const bkSrcPartition = "German–Italian partition of Yugoslavia agreed at Vienna, 21–22 April 1941"
