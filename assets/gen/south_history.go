package main

import "github.com/peterstace/simplefeatures/geom"

const (
	sSrcRSFSR    = "Russian SFSR within the USSR (frontiers of 1939)"
	sSrcBlue     = "German summer offensive (Case Blue) from 28 June 1942"
	sSrcTyphoon  = "German offensive against Moscow (Operation Typhoon) from 30 September 1941"
	sSrcMoscowCO = "Soviet winter counter-offensive before Moscow from 5 December 1941"
	sSrcLSaturn  = "Soviet Middle Don offensive (Operation Little Saturn) from 16 December 1942"
	sNoteFront   = "The front is shown in coarse steps of a month or so, not as a line: the whole piece changes hands on one date although the fighting crossed it over days or weeks. Soviet territory; Germany did not annex it."
	sSrcIranInv  = "Anglo-Soviet invasion of Iran, 25 August 1941; Iranian ceasefire 29–30 August 1941"
	sSrcIranTr   = "Treaty of Alliance between the United Kingdom, the USSR and Iran, Tehran, 29 January 1942 (Allied forces to leave within six months of the end of the war)"
	sNoteIran    = "Iran stayed sovereign and its government stayed in office; the zones were occupation areas, not annexations. The zone limits are approximate and drawn from the provinces each army held."
	sSrcVichy    = "Constitutional Law of 10 July 1940 (full powers to Pétain); the colonial and mandate administrations stayed loyal to Vichy"
	sSrcTorch    = "Operation Torch: Allied landings in Morocco and Algeria, 8 November 1942; Darlan's ceasefire order of 10 November, Casablanca 11 November 1942"
	sSrcFrench   = "French Third Republic"
	sNoteMandate = "A League of Nations mandate gave the mandatory power the administration, not sovereignty; the dataset names the mandated territory itself as de jure holder and the mandatory as controller."
	sSrcDesert   = "Western Desert campaign, 1940–42"
	sNoteDesert  = "The desert front is shown in coarse steps, piece by piece, not as a line; Axis and British forces held points (Siwa, Giarabub, Jalo, Halfaya) at other dates than the coast."
)

// sFront: Soviet land taken (and perhaps retaken) on approximate dates.
func sFront(taken, takenSrc, takenNote, back, backSrc, backNote string) []version {
	vs := []version{
		{End: taken, Ctrl: ussr, Sov: ussr, Status: "integral", Source: sSrcRSFSR},
		{Start: taken, End: back, Ctrl: germanyMil, Sov: ussr, Status: "occupied", Source: takenSrc, Note: takenNote + " " + sNoteFront, Precision: "approximate"},
	}
	if back != "" {
		vs = append(vs, version{Start: back, Ctrl: ussr, Sov: ussr, Status: "integral", Source: backSrc, Note: backNote + " " + sNoteFront, Precision: "approximate"})
	}
	return vs
}

func sSoviet(src, note string) []version {
	return []version{{Ctrl: ussr, Sov: ussr, Status: "integral", Source: src, Note: note}}
}

// sVichyLine: a French possession: France → Vichy → (after Torch) Darlan's administration.
func sVichyLine(ctrl0 holder, sov holder, status, src0, note0, torch, torchSrc, torchNote string) []version {
	vs := []version{
		{End: "1940-07-11", Ctrl: ctrl0, Sov: sov, Status: status, Source: src0, Note: note0},
		{Start: "1940-07-11", End: torch, Ctrl: wVichy, Sov: sov, Status: status, Source: sSrcVichy, Note: note0},
	}
	if torch != "" {
		vs = append(vs, version{Start: torch, Ctrl: sDarlan, Sov: sov, Status: status, Source: torchSrc, Note: torchNote, Precision: "approximate"})
	}
	return vs
}

func southTerritories() []*territory {
	C := func(name string) func(b *builder) geom.Geometry {
		return func(b *builder) geom.Geometry { return b.C(name) }
	}
	ru := func(line string) func(b *builder) geom.Geometry {
		return func(b *builder) geom.Geometry { return b.sRu(line) }
	}
	decRest := func(line string) func(b *builder) geom.Geometry {
		return func(b *builder) geom.Geometry { return b.sRuDecRest(line) }
	}
	decPart := func(line, part string) func(b *builder) geom.Geometry {
		return func(b *builder) geom.Geometry { return b.sRuDecPart(line, part) }
	}
	return []*territory{
		// ---------------- Iran ----------------
		{ID: "ir-soviet-zone", Name: "Northern Iran (Soviet zone)", Names: map[string]string{"fa": "ایران شمالی"},
			Geom: func(b *builder) geom.Geometry { return b.sIranPart("soviet") },
			Versions: []version{
				{End: "1941-08-25", Ctrl: sIran, Sov: sIran, Status: "independent", Source: "Imperial State of Iran (Persia until 1935)"},
				{Start: "1941-08-25", End: "1942-01-29", Ctrl: sSovIran, Sov: sIran, Status: "occupied", Source: sSrcIranInv,
					Note: "Soviet troops crossed from the Caucasus and Central Asia on 25 August 1941 (Tabriz 27 August; Mashhad by the end of the month) and held Azerbaijan, Gilan, Mazandaran, Gorgan and northern Khorasan. " + sNoteIran, Precision: "approximate"},
				{Start: "1942-01-29", Ctrl: sSovIran, Sov: sIran, Status: "occupied", Source: sSrcIranTr,
					Note: "From the Tripartite Treaty the Allied troops were in Iran by treaty, which bound them to respect its sovereignty and integrity. " + sNoteIran, Precision: "approximate"},
			}},
		{ID: "ir-british-zone", Name: "South-western Iran (British zone)", Names: map[string]string{"fa": "خوزستان و کرمانشاه"},
			Geom: func(b *builder) geom.Geometry { return b.sIranPart("british") },
			Versions: []version{
				{End: "1941-08-25", Ctrl: sIran, Sov: sIran, Status: "independent", Source: "Imperial State of Iran (Persia until 1935)"},
				{Start: "1941-08-25", End: "1942-01-29", Ctrl: sBritIran, Sov: sIran, Status: "occupied", Source: sSrcIranInv,
					Note: "British and Indian troops landed at Abadan, Khorramshahr and Bandar Shahpur and advanced from Iraq through Naft-e Shah to Kermanshah, meeting Soviet troops at Sanandaj and Qazvin. " + sNoteIran, Precision: "approximate"},
				{Start: "1942-01-29", Ctrl: sBritIran, Sov: sIran, Status: "occupied", Source: sSrcIranTr,
					Note: "From the Tripartite Treaty the Allied troops were in Iran by treaty. British (and from 1942 American) troops also ran the railway and the ports farther south, which are not drawn as occupied. " + sNoteIran, Precision: "approximate"},
			}},
		{ID: "ir-iran", Name: "Iran (Tehran and the centre and south)", Names: map[string]string{"fa": "ایران"},
			Geom: func(b *builder) geom.Geometry { return b.sIranPart("rest") },
			Versions: []version{{Ctrl: sIran, Sov: sIran, Status: "independent", Source: "Imperial State of Iran (Persia until 1935); " + sSrcIranTr,
				Note: "Neither zone took in Tehran. British and Soviet troops entered the capital on 17 September 1941, the day after Reza Shah abdicated, while his son Mohammad Reza took the throne; the Iranian government stayed in office. Allied supply traffic ran through the centre and south from 1942 (the Persian Corridor)."}}},
		// ---------------- Soviet Union ----------------
		{ID: "ru-russia", Name: "Russia (Russian SFSR)", Names: map[string]string{"ru": "РСФСР"},
			Geom:     func(b *builder) geom.Geometry { return b.sRuSoviet() },
			Versions: sSoviet(sSrcRSFSR, "European Russia held by the USSR throughout: Moscow, Leningrad (besieged from 8 September 1941, supplied across Lake Ladoga), Murmansk and Arkhangelsk (the Arctic convoy ports), Kola and Soviet Karelia north and east of the Finnish front, the Volga and the Urals. Islands in the Gulf of Finland taken by Finland in 1942 are not drawn.")},
		{ID: "ru-litsa", Name: "Litsa front (west of Murmansk)", Names: map[string]string{"ru": "Западная Лица"},
			Geom:     ru("ru-litsa-1941"),
			Versions: sFront("1941-07~", "German advance on Murmansk (Operation Silberfuchs/Platinfuchs) from 29 June 1941", "The German mountain corps crossed from Petsamo at the end of June 1941 and was stopped on the Zapadnaya Litsa; Murmansk was never reached and the front stood here until 1944.", "", "", "")},
		{ID: "ru-pskov", Name: "Pskov area", Names: map[string]string{"ru": "Псков"},
			Geom:     ru("ru-pskov-1941"),
			Versions: sFront("1941-07-09~", "German invasion of the USSR (Operation Barbarossa); Pskov taken 9 July 1941", "Ostrov fell on 5 July and Pskov on 9 July 1941; the eastern part of the piece was crossed in the following weeks.", "", "", "")},
		{ID: "ru-leningrad-novgorod", Name: "Novgorod, Luga and the siege ring of Leningrad", Names: map[string]string{"ru": "Новгород, Луга"},
			Geom:     ru("ru-leningrad-novgorod-1941"),
			Versions: sFront("1941-08-19~", "German advance on Leningrad, 1941; Novgorod taken 19 August 1941", "German troops broke into Novgorod on 15–16 August and the Red Army gave up the city on 19 August (the date used), Luga on 24 August, Mga and Shlisselburg on 8 September 1941, closing the land blockade of Leningrad; Velikiye Luki fell on 26 August. The Oranienbaum pocket on the coast stayed Soviet. The Volkhov pocket of the Soviet Lyuban offensive (January–June 1942) and the Demyansk pocket are not drawn.", "", "", "")},
		{ID: "ru-tikhvin", Name: "Tikhvin and Malaya Vishera", Names: map[string]string{"ru": "Тихвин"},
			Geom:     ru("ru-tikhvin-1941"),
			Versions: sFront("1941-11-08", "German capture of Tikhvin, 8 November 1941", "The German thrust across the Volkhov took Malaya Vishera on 23 October and Tikhvin on 8 November 1941, cutting the railway to Lake Ladoga.", "1941-12-09", "Soviet recapture of Tikhvin, 9 December 1941", "Tikhvin was retaken on 9 December 1941 and the Germans were back behind the Volkhov by the end of December.")},
		{ID: "ru-toropets", Name: "Toropets and Andreapol", Names: map[string]string{"ru": "Торопец"},
			Geom:     ru("ru-toropets-1941"),
			Versions: sFront("1941-08-29", "German capture of Toropets, 29 August 1941", "", "1942-01-21", "Soviet Toropets–Kholm offensive, 9 January – 6 February 1942 (Toropets retaken 21 January 1942)", "Andreapol was retaken on 16 January and Toropets on 21 January 1942.")},
		{ID: "ru-smolensk", Name: "Smolensk area", Names: map[string]string{"ru": "Смоленск"},
			Geom:     ru("ru-smolensk-1941"),
			Versions: sFront("1941-07-16", "German capture of Smolensk, 16 July 1941", "Smolensk fell on 16 July 1941; the pocket east of it was fought out until early August and Roslavl fell on 3 August; the south-western corner (Pochep, Starodub, Klintsy) was taken in mid-August 1941 as Guderian turned south. Yelnya, on the eastern edge, was retaken by the Red Army on 6 September and lost again in early October 1941.", "", "", "")},
		{ID: "ru-rzhev-vyazma", Name: "Rzhev–Vyazma salient", Names: map[string]string{"ru": "Ржев, Вязьма"},
			Geom:     ru("ru-rzhev-vyazma-1941"),
			Versions: sFront("1941-10-07~", sSrcTyphoon, "The Vyazma pocket closed on 7 October 1941; Rzhev fell on 14 October. The salient was held against the Soviet winter offensive and the Rzhev battles of 1942 until March 1943.", "", "", "")},
		{ID: "ru-mozhaysk", Name: "Mozhaysk and Maloyaroslavets", Names: map[string]string{"ru": "Можайск, Малоярославец"},
			Geom:     ru("ru-mozhaysk-1941"),
			Versions: sFront("1941-10-18~", sSrcTyphoon+"; Mozhaysk taken 18 October 1941", "Maloyaroslavets fell on 18 October 1941 as well; Volokolamsk, Ruza and Dorokhovo followed by late October. The front stood 60–70 km from Moscow.", "1942-01-20~", sSrcMoscowCO+"; Mozhaysk retaken 20 January 1942", "Maloyaroslavets was retaken on 2 January, Ruza on 17 January and Mozhaysk on 20 January 1942.")},
		{ID: "ru-kalinin-klin", Name: "Kalinin, Klin and Istra", Names: map[string]string{"ru": "Калинин, Клин"},
			Geom:     ru("ru-kalinin-klin-1941"),
			Versions: sFront("1941-10-14", sSrcTyphoon+"; Kalinin taken 14 October 1941", "Kalinin fell on 14 October 1941; Klin, Solnechnogorsk and Istra only in the last week of November, when German troops came within about 30 km of the Kremlin.", "1941-12-16", sSrcMoscowCO+"; Kalinin retaken 16 December 1941", "Klin was retaken on 15 December, Kalinin on 16 December and Volokolamsk on 20 December 1941; Staritsa on 1 January 1942.")},
		{ID: "ru-kaluga-tula", Name: "Kaluga and the Tula arc", Names: map[string]string{"ru": "Калуга, Тульская область"},
			Geom:     ru("ru-kaluga-tula-1941"),
			Versions: sFront("1941-10-12~", sSrcTyphoon+"; Kaluga taken 12 October 1941", "Kaluga fell on the evening of 12 October 1941; Guderian's army, failing to take Tula, went round it to the east in late November (Venev, Stalinogorsk, Mikhailov, Yefremov; Yelets on 6 December).", "1941-12-30", sSrcMoscowCO+"; Kaluga retaken 30 December 1941", "The east of the arc was retaken first (Yelets 9 December, Stalinogorsk and Yefremov 13–14 December, Aleksin 17 December), Kaluga on 30 December and Belyov on 31 December 1941.")},
		{ID: "ru-bryansk-orel", Name: "Bryansk and Orel", Names: map[string]string{"ru": "Брянск, Орёл"},
			Geom:     ru("ru-bryansk-orel-1941"),
			Versions: sFront("1941-10-03~", sSrcTyphoon+"; Orel taken 3 October 1941", "Orel fell on 3 October and Bryansk on 6 October 1941; the area stayed behind the German front until 1943. Partisan-held districts in the Bryansk forests are not drawn.", "", "", "")},
		{ID: "ru-kursk-belgorod", Name: "Kursk and Belgorod", Names: map[string]string{"ru": "Курск, Белгород"},
			Geom:     ru("ru-kursk-belgorod-1941"),
			Versions: sFront("1941-11-02", "German capture of Kursk, 2 November 1941", "Belgorod fell earlier, on 24 October 1941.", "", "", "")},
		{ID: "ru-voronezh-oskol", Name: "Oskol valley and the Don west of Voronezh", Names: map[string]string{"ru": "Старый Оскол, Россошь"},
			Geom:     decRest("ru-voronezh-oskol-1942"),
			Versions: sFront("1942-07-06~", sSrcBlue, "Stary Oskol fell on 2–3 July and the right-bank part of Voronezh on 6–7 July 1942; the front then ran along the Don, leaving the left-bank city Soviet. Hungarian and Italian armies held the Don line from the autumn. The Soviet offensive on the middle Don from 16 December 1942 (Little Saturn) retook the land below Novaya Kalitva (a piece of its own); the Don above it stayed in Axis hands until the Ostrogozhsk–Rossosh offensive of January 1943.", "", "", "")},
		{ID: "ru-middle-don", Name: "Middle Don: Boguchar and Kantemirovka", Names: map[string]string{"ru": "Богучар, Кантемировка"},
			Geom: decPart("ru-voronezh-oskol-1942", "ru-little-saturn-1942"),
			Versions: sFront("1942-07-06~", sSrcBlue, "Overrun in July 1942 as the German armies turned down the Don (drawn with the date of the Oskol valley); the Italian 8th Army held the Don here from August 1942.",
				"1942-12-20~", sSrcLSaturn+"; Kantemirovka retaken 19 December 1942",
				"The Soviet 6th and 1st Guards Armies crossed the Don on 16 December 1942 and broke the Italian 8th Army; the 17th Tank Corps broke into Kantemirovka on 19 December 1942 and had cleared it by that evening, cutting the Voronezh–Rostov railway. The date is approximate: the front crossed the piece between 16 and about 24 December. The encircled Axis garrison of Chertkovo, on the Ukrainian border, held out into January 1943 (not drawn).")},
		{ID: "ru-taganrog", Name: "Taganrog", Names: map[string]string{"ru": "Таганрог"},
			Geom:     ru("ru-taganrog-1941"),
			Versions: sFront("1941-10-17", "German capture of Taganrog, 17 October 1941", "West of the Mius, which was the German front from December 1941 to July 1942.", "", "", "")},
		{ID: "ru-rostov", Name: "Rostov-on-Don", Names: map[string]string{"ru": "Ростов-на-Дону"},
			Geom: ru("ru-rostov-1941"),
			Versions: []version{
				{End: "1941-11-21", Ctrl: ussr, Sov: ussr, Status: "integral", Source: sSrcRSFSR},
				{Start: "1941-11-21", End: "1941-11-29", Ctrl: germanyMil, Sov: ussr, Status: "occupied", Source: "German capture of Rostov, 21 November 1941", Note: "Held for eight days. " + sNoteFront, Precision: "approximate"},
				{Start: "1941-11-29", End: "1942-07-24", Ctrl: ussr, Sov: ussr, Status: "integral", Source: "Soviet recapture of Rostov, 29 November 1941 (the first major German withdrawal of the war)", Note: "The Germans fell back to the Mius. " + sNoteFront, Precision: "approximate"},
				{Start: "1942-07-24", Ctrl: germanyMil, Sov: ussr, Status: "occupied", Source: sSrcBlue + "; Rostov taken again 24 July 1942", Note: sNoteFront, Precision: "approximate"},
			}},
		{ID: "ru-don-steppe", Name: "Lower Don, Salsk and the western Kalmyk steppe", Names: map[string]string{"ru": "Нижний Дон, Сальск, Калмыкия"},
			Geom:     decRest("ru-don-steppe-1942"),
			Versions: sFront("1942-07-24~", sSrcBlue, "Millerovo fell on 17 July, Novocherkassk on 24 July, Salsk at the end of July and Kotelnikovo on 2 August 1942; Elista on 12 August. The Soviet gains of December 1942 north of Millerovo and Morozovsk, round Kotelnikovo and round Elista are pieces of their own. Still German at the end of 1942: Millerovo and Morozovsk, Tatsinskaya (raided by the 24th Tank Corps on 24 December and lost again by it on 28 December; the raid is not drawn), Tormosin (taken on 31 December, not drawn) and Zimovniki.", "", "", "")},
		{ID: "ru-upper-chir", Name: "Bokovskaya and Kashary (north of Millerovo and Morozovsk)", Names: map[string]string{"ru": "Боковская, Кашары"},
			Geom: decPart("ru-don-steppe-1942", "ru-little-saturn-1942"),
			Versions: sFront("1942-07-24~", sSrcBlue, "Overrun in July 1942 as the German armies turned down the Don towards Stalingrad.",
				"1942-12-20~", sSrcLSaturn,
				"The 1st and 3rd Guards Armies broke through on the Don and the upper Chir from 16 December 1942; Bokovskaya was taken on 18 December and the 25th Tank Corps reached Kashary on 19 December on its way south. At the end of December the front ran north of Millerovo and Morozovsk, both German-held into January 1943. The date is approximate: the front crossed the piece between 16 and about 24 December.")},
		{ID: "ru-kotelnikovo", Name: "Kotelnikovo and the Aksay steppe", Names: map[string]string{"ru": "Котельниково"},
			Geom: decPart("ru-don-steppe-1942", "ru-kotelnikovo-1942"),
			Versions: sFront("1942-07-24~", sSrcBlue, "Kotelnikovo fell on 2 August 1942 and the 4th Panzer Army advanced from here towards Stalingrad (drawn with the date of the lower Don). From 12 December 1942 Manstein's relief attempt (Operation Winter Storm) struck north from Kotelnikovo and was stopped on the Myshkova.",
				"1942-12-29~", "Soviet Kotelnikovo offensive after the failure of Operation Winter Storm, from 24 December 1942; Kotelnikovo retaken 29 December 1942",
				"The 2nd Guards and 51st Armies drove the 4th Panzer Army back from the Myshkova from 24 December and took Kotelnikovo on 29 December 1942. Tormosin, to the west, was taken on 31 December and is left outside the piece; Zimovniki, to the south-west, was still being fought for at the year's end.")},
		{ID: "ru-elista", Name: "Elista and the eastern Kalmyk steppe", Names: map[string]string{"ru": "Элиста"},
			Geom: decPart("ru-don-steppe-1942", "ru-elista-1942"),
			Versions: sFront("1942-08-12", "German capture of Elista, capital of the Kalmyk ASSR, 12 August 1942", "The German advance stopped east of Elista before the Khulkhuta–Utta line, where the Soviet 28th Army covered Astrakhan.",
				"1942-12-31", "Soviet 28th Army's offensive from the Khulkhuta–Utta line; Elista retaken 31 December 1942",
				"Units of the 28th Army entered Elista in the last minutes of 31 December 1942; the Great Soviet Encyclopedia dates the liberation to the night of 31 December 1942 to 1 January 1943. The west and south of the Kalmyk ASSR were cleared in January 1943.")},
		{ID: "ru-don-kalach", Name: "Don bend around Kalach", Names: map[string]string{"ru": "Калач-на-Дону"},
			Geom:     ru("ru-don-kalach-1942"),
			Versions: sFront("1942-08-10~", sSrcBlue+"; battle in the Don bend west of Kalach, July–August 1942", "The German 6th Army cleared the Don bend by about 10 August 1942; Soviet bridgeheads at Serafimovich and Kletskaya remained on the south bank.", "1942-11-23", "Soviet counter-offensive at Stalingrad (Operation Uranus) from 19 November 1942; the pincers met at Sovetsky near Kalach on 23 November 1942", "Retaken in the encirclement of the 6th Army.")},
		{ID: "ru-stalingrad", Name: "Stalingrad and the Don–Volga land bridge", Names: map[string]string{"ru": "Сталинград"},
			Geom: ru("ru-stalingrad-1942"),
			Versions: []version{
				{End: "1942-08-23", Ctrl: ussr, Sov: ussr, Status: "integral", Source: sSrcRSFSR},
				{Start: "1942-08-23", End: "1942-11-23", Ctrl: germanyMil, Sov: ussr, Status: "occupied", Source: "German 6th Army reached the Volga north of Stalingrad, 23 August 1942; battle in the city from September",
					Note: "The city was fought over street by street; the Soviet 62nd Army held strips along the Volga that are too thin to draw. " + sNoteFront, Precision: "approximate"},
				{Start: "1942-11-23", Ctrl: germanyMil, Sov: ussr, Status: "occupied", Source: "Soviet encirclement of the German 6th Army, 23 November 1942 (Operation Uranus, from 19 November)",
					Note: "Held by the encircled 6th Army until its surrender on 31 January – 2 February 1943. " + sNoteFront, Precision: "approximate"},
			}},
		{ID: "ru-kuban-caucasus", Name: "Kuban and the North Caucasus", Names: map[string]string{"ru": "Кубань, Ставрополье, Северный Кавказ"},
			Geom:     ru("ru-kuban-caucasus-1942"),
			Versions: sFront("1942-08-09~", sSrcBlue+" (Operation Edelweiss); Maykop and Pyatigorsk taken 9 August 1942", "Stavropol (Voroshilovsk) fell on 3 August, Maykop on 9 August, Krasnodar on 9–12 August 1942 (the Red Army held the city and the Kuban crossings until 12 August); German mountain troops raised their flag on Elbrus on 21 August; Novorossiysk fell on 10 September except its eastern edge, Nalchik on 28 October. Tuapse, Grozny and Ordzhonikidze were never reached.", "", "", "")},
		{ID: "ru-crimea", Name: "Crimea", Names: map[string]string{"ru": "Крым", "uk": "Крим"},
			Geom:     func(b *builder) geom.Geometry { return b.sCrimeaPart("rest") },
			Versions: sFront("1941-11-01~", "German invasion of the Crimea through the Perekop isthmus, October–November 1941; Simferopol taken 1 November 1941", "Crimean ASSR of the Russian SFSR (transferred to Ukraine only in 1954; Natural Earth draws it with Russia). The Perekop line broke on 28 October; Simferopol fell on 1 November and Feodosia on 3 November 1941. Feodosia was held by Soviet landing troops from 29 December 1941 to 18 January 1942 (not drawn).", "", "", "")},
		{ID: "ru-sevastopol", Name: "Sevastopol", Names: map[string]string{"ru": "Севастополь"},
			Geom:     func(b *builder) geom.Geometry { return b.sCrimeaPart("sevastopol") },
			Versions: sFront("1942-07-04", "Fall of Sevastopol after the German assault of 7 June 1942 (organised resistance ended 4 July 1942)", "Besieged from November 1941.", "", "", "")},
		{ID: "ru-kerch", Name: "Kerch peninsula", Names: map[string]string{"ru": "Керченский полуостров"},
			Geom: func(b *builder) geom.Geometry { return b.sCrimeaPart("kerch") },
			Versions: []version{
				{End: "1941-11-16", Ctrl: ussr, Sov: ussr, Status: "integral", Source: sSrcRSFSR},
				{Start: "1941-11-16", End: "1941-12-30", Ctrl: germanyMil, Sov: ussr, Status: "occupied", Source: "German capture of Kerch, 16 November 1941", Note: sNoteFront, Precision: "approximate"},
				{Start: "1941-12-30", End: "1942-05-19~", Ctrl: ussr, Sov: ussr, Status: "integral", Source: "Soviet Kerch–Feodosia landing operation, 26–30 December 1941 (Kerch retaken 30 December 1941)", Note: "The Crimean Front held the peninsula east of the Parpach line until May 1942. " + sNoteFront, Precision: "approximate"},
				{Start: "1942-05-19~", Ctrl: germanyMil, Sov: ussr, Status: "occupied", Source: "German offensive on the Kerch peninsula (Operation Trappenjagd), 8–19 May 1942", Note: "Kerch town fell about 15 May; the last organised resistance ended about 19 May 1942. " + sNoteFront, Precision: "approximate"},
			}},
		{ID: "ge-georgia", Name: "Georgia (Georgian SSR)", Names: map[string]string{"ka": "საქართველო", "ru": "Грузинская ССР"},
			Geom: C("Georgia"), Versions: sSoviet("Georgian SSR within the USSR (union republic from 5 December 1936)", "Soviet throughout. German mountain troops crossed the Main Caucasus passes above Abkhazia (Klukhor, Marukh) in August–September 1942 but were held on the southern slopes; that foothold is too small to draw.")},
		{ID: "am-armenia", Name: "Armenia (Armenian SSR)", Names: map[string]string{"hy": "Հայաստան", "ru": "Армянская ССР"},
			Geom: C("Armenia"), Versions: sSoviet("Armenian SSR within the USSR (union republic from 5 December 1936)", "")},
		{ID: "az-azerbaijan", Name: "Azerbaijan (Azerbaijan SSR)", Names: map[string]string{"az": "Azərbaycan", "ru": "Азербайджанская ССР"},
			Geom: C("Azerbaijan"), Versions: sSoviet("Azerbaijan SSR within the USSR (union republic from 5 December 1936), with the Nakhichevan ASSR", "Baku's oil was the goal of the German Caucasus offensive of 1942, which never reached it.")},
		{ID: "kz-kazakhstan", Name: "Western Kazakhstan (Kazakh SSR)", Names: map[string]string{"kk": "Қазақстан", "ru": "Казахская ССР"},
			Geom: func(b *builder) geom.Geometry { return union(b.C("Kazakhstan"), b.C("Baikonur")) }, Versions: sSoviet("Kazakh SSR within the USSR (union republic from 5 December 1936)", "Only the part west of 65°E lies in the atlas.")},
		{ID: "tm-turkmenistan", Name: "Turkmenistan (Turkmen SSR)", Names: map[string]string{"tk": "Türkmenistan", "ru": "Туркменская ССР"},
			Geom: C("Turkmenistan"), Versions: sSoviet("Turkmen SSR within the USSR (union republic from 1924)", "Only the part west of 65°E lies in the atlas.")},
		{ID: "uz-uzbekistan", Name: "Western Uzbekistan (Uzbek SSR)", Names: map[string]string{"uz": "Oʻzbekiston", "ru": "Узбекская ССР"},
			Geom: C("Uzbekistan"), Versions: sSoviet("Uzbek SSR within the USSR, with the Karakalpak ASSR (from 5 December 1936)", "Only the part west of 65°E lies in the atlas.")},
		// ---------------- Middle East ----------------
		{ID: "af-afghanistan", Name: "Afghanistan (west)", Names: map[string]string{"ps": "افغانستان"},
			Geom: C("Afghanistan"), Versions: []version{{Ctrl: sAfghan, Sov: sAfghan, Status: "independent", Source: "Kingdom of Afghanistan (Anglo-Afghan Treaty of Rawalpindi, 8 August 1919)", Note: "Neutral; it expelled Axis nationals at Allied demand in October 1941. Only the part west of 65°E lies in the atlas."}}},
		{ID: "pk-baluchistan", Name: "Baluchistan (British India)", Names: map[string]string{"ur": "بلوچستان"},
			Geom: C("Pakistan"), Versions: []version{{Ctrl: sBrIndia, Sov: wUK, Status: "integral", Source: "British India: Baluchistan (Chief Commissioner's province and the Kalat states)", Note: "Part of today's Pakistan west of 65°E. The princely states under British paramountcy (Kalat, Kharan, Las Bela) are not shown separately."}}},
		{ID: "iq-iraq", Name: "Iraq", Names: map[string]string{"ar": "العراق"},
			Geom: C("Iraq"),
			Versions: []version{
				{End: "1941-04-01", Ctrl: sIraq, Sov: sIraq, Status: "independent", Source: "Kingdom of Iraq, independent since 3 October 1932 (Anglo-Iraqi Treaty of 30 June 1930: British air bases at Habbaniya and Shaibah, right of passage)"},
				{Start: "1941-04-01", End: "1941-05-31", Ctrl: sIraq, Sov: sIraq, Status: "independent", Source: "Coup of Rashid Ali al-Gaylani, 1 April 1941",
					Note: "The regent fled; British troops landed at Basra from 18 April under the treaty and fighting began at Habbaniya on 2 May 1941 (Anglo-Iraqi War). Germany sent aircraft through Vichy Syria."},
				{Start: "1941-05-31", Ctrl: sUKIraq, Sov: sIraq, Status: "occupied", Source: "Armistice ending the Anglo-Iraqi War, Baghdad, 31 May 1941",
					Note: "Rashid Ali fled and the regent returned on 1 June; British forces stayed in occupation until 1947. Iraq declared war on the Axis in January 1943."},
			}},
		{ID: "kw-kuwait", Name: "Kuwait", Names: map[string]string{"ar": "الكويت"},
			Geom: C("Kuwait"), Versions: []version{{Ctrl: sKuwait, Sov: sKuwait, Status: "protectorate", Source: "Anglo-Kuwaiti Agreement of 23 January 1899 (British protection; foreign relations under Britain)", Note: "Not a COW state before 1961."}}},
		{ID: "bh-bahrain", Name: "Bahrain", Names: map[string]string{"ar": "البحرين"},
			Geom: C("Bahrain"), Versions: []version{{Ctrl: sBahrain, Sov: sBahrain, Status: "protectorate", Source: "Exclusive agreements with Britain of 1880 and 1892", Note: "Its refinery was bombed by Italian aircraft on 19 October 1940."}}},
		{ID: "qa-qatar", Name: "Qatar", Names: map[string]string{"ar": "قطر"},
			Geom: C("Qatar"), Versions: []version{{Ctrl: sQatar, Sov: sQatar, Status: "protectorate", Source: "Anglo-Qatari Treaty of 3 November 1916"}}},
		{ID: "ae-trucial-states", Name: "Trucial States", Names: map[string]string{"ar": "الإمارات المتصالحة"},
			Geom: C("United Arab Emirates"), Versions: []version{{Ctrl: sTrucial, Sov: sTrucial, Status: "protectorate", Source: "Exclusive Agreement of 1892 between Britain and the Trucial sheikhdoms", Note: "Drawn as today's United Arab Emirates, only the part north of 25°N."}}},
		{ID: "om-musandam", Name: "Musandam (Muscat and Oman)", Names: map[string]string{"ar": "مسندم"},
			Geom: C("Oman"), Versions: []version{{Ctrl: sOman, Sov: sOman, Status: "independent", Source: "Sultanate of Muscat and Oman (Anglo-Omani treaties; British political influence)", Note: "Independent sultanate in close treaty relations with Britain; not a COW state before 1971."}}},
		{ID: "sa-saudi-arabia", Name: "Saudi Arabia", Names: map[string]string{"ar": "المملكة العربية السعودية"},
			Geom: C("Saudi Arabia"), Versions: []version{{Ctrl: sSaudi, Sov: sSaudi, Status: "independent", Source: "Kingdom of Saudi Arabia, proclaimed 23 September 1932 (Treaty of Jeddah with Britain, 20 May 1927)", Note: "Neutral in 1939–42. Only the part north of 25°N lies in the atlas; the neutral zones shared with Kuwait and Iraq follow Natural Earth."}}},
		{ID: "jo-transjordan", Name: "Transjordan", Names: map[string]string{"ar": "شرق الأردن"},
			Geom: C("Jordan"), Versions: []version{{Ctrl: sTransjCtrl, Sov: sTransjM, Status: "administered", Source: "British Mandate for Palestine (League of Nations, 24 July 1922; Transjordan memorandum of 16 September 1922); Anglo-Transjordanian Agreement of 20 February 1928",
				Note: "Emir Abdullah governed under British oversight; the Arab Legion served in Iraq and Syria in 1941. " + sNoteMandate}}},
		{ID: "ps-palestine", Name: "Palestine", Names: map[string]string{"ar": "فلسطين", "he": "פלשתינה (א\"י)"},
			Geom: func(b *builder) geom.Geometry { return union(b.C("Israel"), b.C("Palestine")) },
			Versions: []version{{Ctrl: sPalMandate, Sov: sPalestineM, Status: "administered", Source: "British Mandate for Palestine (League of Nations, 24 July 1922, in force 29 September 1923)",
				Note: "Drawn as today's Israel and Palestinian territories (the Golan, part of the French mandate, is included as Natural Earth draws it). " + sNoteMandate}}},
		{ID: "lb-lebanon", Name: "Lebanon", Names: map[string]string{"ar": "لبنان", "fr": "Liban"},
			Geom: C("Lebanon"),
			Versions: []version{
				{End: "1940-07-11", Ctrl: sFrMandate, Sov: sLebanonM, Status: "administered", Source: "French Mandate for Syria and the Lebanon (League of Nations, 24 July 1922); Lebanese Republic under the constitution of 1926", Note: sNoteMandate},
				{Start: "1940-07-11", End: "1941-07-14", Ctrl: wVichy, Sov: sLebanonM, Status: "administered", Source: sSrcVichy, Note: "High Commissioner Dentz for Vichy from December 1940. The Allied campaign from 8 June 1941 took Tyre and Sidon in June; Damour fell on 9 July. " + sNoteMandate},
				{Start: "1941-07-14", Ctrl: sFreeFrench, Sov: sLebanonM, Status: "administered", Source: "Armistice of Saint-Jean-d'Acre, 14 July 1941",
					Note: "Catroux, for Free France, proclaimed Lebanon's independence on 26 November 1941; the mandate ended in fact only in 1943. British forces (Ninth Army) stayed. " + sNoteMandate},
			}},
		{ID: "sy-damascus", Name: "Southern Syria (Damascus, Hauran, Jebel Druze)", Names: map[string]string{"ar": "دمشق", "fr": "Syrie du Sud"},
			Geom: func(b *builder) geom.Geometry { return b.sSyriaPart(true) },
			Versions: []version{
				{End: "1940-07-11", Ctrl: sFrMandate, Sov: sSyriaM, Status: "administered", Source: "French Mandate for Syria and the Lebanon (League of Nations, 24 July 1922)", Note: sNoteMandate},
				{Start: "1940-07-11", End: "1941-06-21", Ctrl: wVichy, Sov: sSyriaM, Status: "administered", Source: sSrcVichy, Note: sNoteMandate},
				{Start: "1941-06-21", Ctrl: sFreeFrench, Sov: sSyriaM, Status: "administered", Source: "Syria–Lebanon campaign from 8 June 1941; Damascus entered by Free French and Indian troops, 21 June 1941",
					Note: "Deraa was taken on 8–9 June and Damascus on 21 June 1941. Catroux proclaimed Syria's independence on 27 September 1941; the mandate ended in fact only in 1943–46. " + sNoteMandate, Precision: "approximate"},
			}},
		{ID: "sy-syria", Name: "Syria (north and east)", Names: map[string]string{"ar": "سوريا", "fr": "Syrie"},
			Geom: func(b *builder) geom.Geometry { return b.sSyriaPart(false) },
			Versions: []version{
				{End: "1940-07-11", Ctrl: sFrMandate, Sov: sSyriaM, Status: "administered", Source: "French Mandate for Syria and the Lebanon (League of Nations, 24 July 1922)", Note: "Without the Sanjak of Alexandretta (Hatay), ceded to Turkey in 1939. " + sNoteMandate},
				{Start: "1940-07-11", End: "1941-07-14", Ctrl: wVichy, Sov: sSyriaM, Status: "administered", Source: sSrcVichy, Note: "German aircraft used Syrian airfields on their way to Iraq in May 1941. Palmyra and Deir ez-Zor fell to British forces from Iraq on 3 July 1941. " + sNoteMandate},
				{Start: "1941-07-14", Ctrl: sFreeFrench, Sov: sSyriaM, Status: "administered", Source: "Armistice of Saint-Jean-d'Acre, 14 July 1941",
					Note: "Catroux proclaimed Syria's independence on 27 September 1941; the mandate ended in fact only in 1943–46. " + sNoteMandate},
			}},
		{ID: "cy-cyprus", Name: "Cyprus", Names: map[string]string{"el": "Κύπρος", "tr": "Kıbrıs"},
			Geom: func(b *builder) geom.Geometry {
				return union(b.C("Cyprus"), b.C("N. Cyprus"), b.C("Akrotiri"), b.C("Dhekelia"), b.C("Cyprus U.N. Buffer Zone"))
			},
			Versions: []version{{Ctrl: wUK, Sov: wUK, Status: "annexed", Source: "British annexation of 5 November 1914, recognised by Turkey in the Treaty of Lausanne (24 July 1923, art. 20); Crown colony from 1 May 1925"}}},
		{ID: "mt-malta", Name: "Malta", Names: map[string]string{"mt": "Malta", "it": "Malta"},
			Geom: C("Malta"), Versions: []version{{Ctrl: wUK, Sov: wUK, Status: "ceded", Source: "Treaty of Paris, 30 May 1814 (Malta to Britain); Crown colony",
				Note: "Besieged from the air from 11 June 1940 to late 1942; awarded the George Cross on 15 April 1942."}}},
		{ID: "gi-gibraltar", Name: "Gibraltar", Names: map[string]string{"es": "Gibraltar"},
			Geom: C("Gibraltar"), Versions: []version{{Ctrl: wUK, Sov: wUK, Status: "ceded", Source: "Treaty of Utrecht, 13 July 1713, article X (Gibraltar ceded by Spain to Great Britain); Crown colony",
				Note: "A fortress and naval base guarding the Strait; most of its civilians were evacuated in 1940, and it was Eisenhower's headquarters for Operation Torch in November 1942. Spain claimed it throughout. Natural Earth's modern outline is used."}}},
		// ---------------- North Africa ----------------
		{ID: "eg-egypt", Name: "Egypt", Names: map[string]string{"ar": "مصر"},
			Geom: func(b *builder) geom.Geometry { return b.sEgyptPart("rest") },
			Versions: []version{{Ctrl: sEgypt, Sov: sEgypt, Status: "independent", Source: "Kingdom of Egypt (British declaration of 28 February 1922; Anglo-Egyptian Treaty of 26 August 1936, British forces in the Canal Zone and in war)",
				Note: "Egypt broke off relations with Germany but stayed out of the war until 1945; British and Commonwealth forces used it as their Middle East base. The Axis never got east of the El Alamein line; the oases south of it (Siwa) are included here."}}},
		{ID: "eg-matruh-alamein", Name: "Mersa Matruh to El Alamein", Names: map[string]string{"ar": "مرسى مطروح"},
			Geom: func(b *builder) geom.Geometry { return b.sEgyptPart("matruh") },
			Versions: []version{
				{End: "1942-06-29", Ctrl: sEgypt, Sov: sEgypt, Status: "independent", Source: "Kingdom of Egypt; British forces under the treaty of 1936"},
				{Start: "1942-06-29", End: "1942-11-08~", Ctrl: sAxisMil, Sov: sEgypt, Status: "occupied", Source: "Axis advance into Egypt after Gazala; Mersa Matruh taken 29 June 1942",
					Note: "Rommel's army stood before the El Alamein line from 30 June 1942 (first battle of El Alamein, July; Alam el Halfa, 30 August – 5 September). " + sNoteDesert, Precision: "approximate"},
				{Start: "1942-11-08~", Ctrl: sEgypt, Sov: sEgypt, Status: "independent", Source: "Second battle of El Alamein, 23 October – 4 November 1942; Mersa Matruh retaken 8 November 1942", Note: sNoteDesert, Precision: "approximate"},
			}},
		{ID: "eg-sidi-barrani", Name: "Sidi Barrani", Names: map[string]string{"ar": "سيدي براني"},
			Geom: func(b *builder) geom.Geometry { return b.sEgyptPart("sidi-barrani") },
			Versions: []version{
				{End: "1940-09-16", Ctrl: sEgypt, Sov: sEgypt, Status: "independent", Source: "Kingdom of Egypt; British forces under the treaty of 1936"},
				{Start: "1940-09-16", End: "1940-12-11", Ctrl: sItalyMil, Sov: sEgypt, Status: "occupied", Source: "Italian invasion of Egypt, 13–16 September 1940 (Sidi Barrani taken 16 September)", Note: sNoteDesert, Precision: "approximate"},
				{Start: "1940-12-11", End: "1942-06-24~", Ctrl: sEgypt, Sov: sEgypt, Status: "independent", Source: "British Operation Compass from 9 December 1940; Sidi Barrani retaken 10–11 December 1940", Note: sNoteDesert, Precision: "approximate"},
				{Start: "1942-06-24~", End: "1942-11-09~", Ctrl: sAxisMil, Sov: sEgypt, Status: "occupied", Source: "Axis advance into Egypt after the fall of Tobruk, June 1942", Note: sNoteDesert, Precision: "approximate"},
				{Start: "1942-11-09~", Ctrl: sEgypt, Sov: sEgypt, Status: "independent", Source: "Allied pursuit after the second battle of El Alamein, November 1942", Note: sNoteDesert, Precision: "approximate"},
			}},
		{ID: "eg-sollum", Name: "Sollum and Halfaya", Names: map[string]string{"ar": "السلوم"},
			Geom: func(b *builder) geom.Geometry { return b.sEgyptPart("sollum") },
			Versions: []version{
				{End: "1940-09-13", Ctrl: sEgypt, Sov: sEgypt, Status: "independent", Source: "Kingdom of Egypt; British forces under the treaty of 1936"},
				{Start: "1940-09-13", End: "1940-12-16", Ctrl: sItalyMil, Sov: sEgypt, Status: "occupied", Source: "Italian invasion of Egypt, 13 September 1940", Note: sNoteDesert, Precision: "approximate"},
				{Start: "1940-12-16", End: "1941-04-26~", Ctrl: sEgypt, Sov: sEgypt, Status: "independent", Source: "British Operation Compass; Sollum retaken 16 December 1940", Note: sNoteDesert, Precision: "approximate"},
				{Start: "1941-04-26~", End: "1942-01-17", Ctrl: sAxisMil, Sov: sEgypt, Status: "occupied", Source: "Rommel's first offensive reached the Egyptian frontier at Sollum, late April 1941",
					Note: "Halfaya pass changed hands in May 1941 (Operation Brevity, Operation Skorpion); Axis garrisons held out behind the Crusader front until Halfaya surrendered on 17 January 1942. " + sNoteDesert, Precision: "approximate"},
				{Start: "1942-01-17", End: "1942-06-23~", Ctrl: sEgypt, Sov: sEgypt, Status: "independent", Source: "Surrender of the Axis garrison of Halfaya, 17 January 1942", Note: sNoteDesert, Precision: "approximate"},
				{Start: "1942-06-23~", End: "1942-11-11", Ctrl: sAxisMil, Sov: sEgypt, Status: "occupied", Source: "Axis advance into Egypt after the fall of Tobruk, 23 June 1942", Note: sNoteDesert, Precision: "approximate"},
				{Start: "1942-11-11", Ctrl: sEgypt, Sov: sEgypt, Status: "independent", Source: "Allied pursuit after El Alamein; Halfaya and Sollum cleared 11 November 1942", Note: sNoteDesert, Precision: "approximate"},
			}},
		{ID: "ly-tobruk", Name: "Tobruk", Names: map[string]string{"it": "Tobruch", "ar": "طبرق"},
			Geom: func(b *builder) geom.Geometry { return b.sLibyaPart("tobruk") },
			Versions: []version{
				{End: "1941-01-22", Ctrl: wItaly, Sov: wItaly, Status: "annexed", Source: "Italian Libya (Treaty of Ouchy, 18 October 1912); coastal provinces made part of the Kingdom of Italy, 9 January 1939"},
				{Start: "1941-01-22", End: "1942-06-21", Ctrl: sUKMil, Sov: wItaly, Status: "occupied", Source: "Capture of Tobruk by Australian and British troops, 22 January 1941",
					Note: "Besieged by Axis forces from 10–11 April to 27 November 1941 (the siege was fully lifted on 10 December); the Australian, then British and Polish garrison held the perimeter throughout."},
				{Start: "1942-06-21", End: "1942-11-13", Ctrl: wItaly, Sov: wItaly, Status: "annexed", Source: "Fall of Tobruk to Rommel, 21 June 1942", Note: "About 33,000 Commonwealth troops surrendered."},
				{Start: "1942-11-13", Ctrl: sUKMil, Sov: wItaly, Status: "occupied", Source: "Allied reoccupation of Tobruk, 13 November 1942"},
			}},
		{ID: "ly-marmarica", Name: "Marmarica (Bardia to Gazala)", Names: map[string]string{"it": "Marmarica", "ar": "البطنان"},
			Geom: func(b *builder) geom.Geometry { return b.sLibyaPart("marmarica") },
			Versions: []version{
				{End: "1941-01-05", Ctrl: wItaly, Sov: wItaly, Status: "annexed", Source: "Italian Libya (Treaty of Ouchy, 18 October 1912); coastal provinces part of the Kingdom of Italy from 9 January 1939"},
				{Start: "1941-01-05", End: "1941-04-12~", Ctrl: sUKMil, Sov: wItaly, Status: "occupied", Source: "Operation Compass: Bardia taken 5 January 1941", Note: "Giarabub oasis held out until 21 March 1941. " + sNoteDesert, Precision: "approximate"},
				{Start: "1941-04-12~", End: "1941-12-08~", Ctrl: wItaly, Sov: wItaly, Status: "annexed", Source: "Rommel's first offensive, from 31 March 1941; Bardia retaken about 12 April 1941", Note: "Tobruk, besieged, stayed British (separate piece). " + sNoteDesert, Precision: "approximate"},
				{Start: "1941-12-08~", End: "1942-06-21", Ctrl: sUKMil, Sov: wItaly, Status: "occupied", Source: "British Operation Crusader, from 18 November 1941; Axis retreat from the Tobruk front, 7–8 December 1941",
					Note: "Bardia's Axis garrison surrendered on 2 January 1942. From February to May 1942 the front stood on the Gazala line at the western edge of the piece. " + sNoteDesert, Precision: "approximate"},
				{Start: "1942-06-21", End: "1942-11-12~", Ctrl: wItaly, Sov: wItaly, Status: "annexed", Source: "Battle of Gazala, 26 May – 21 June 1942", Note: sNoteDesert, Precision: "approximate"},
				{Start: "1942-11-12~", Ctrl: sUKMil, Sov: wItaly, Status: "occupied", Source: "Allied pursuit after El Alamein, November 1942", Note: sNoteDesert, Precision: "approximate"},
			}},
		{ID: "ly-cyrenaica", Name: "Cyrenaica (Benghazi, Derna, the Jebel Akhdar)", Names: map[string]string{"it": "Cirenaica", "ar": "برقة"},
			Geom: func(b *builder) geom.Geometry { return b.sLibyaPart("cyrenaica") },
			Versions: []version{
				{End: "1941-02-07", Ctrl: wItaly, Sov: wItaly, Status: "annexed", Source: "Italian Libya (Treaty of Ouchy, 18 October 1912); coastal provinces part of the Kingdom of Italy from 9 January 1939"},
				{Start: "1941-02-07", End: "1941-04-04", Ctrl: sUKMil, Sov: wItaly, Status: "occupied", Source: "Operation Compass: Derna taken 30 January, Benghazi 6 February, the Italian Tenth Army destroyed at Beda Fomm 7 February 1941", Note: sNoteDesert, Precision: "approximate"},
				{Start: "1941-04-04", End: "1941-12-24", Ctrl: wItaly, Sov: wItaly, Status: "annexed", Source: "Rommel's first offensive; Benghazi retaken 4 April 1941", Note: sNoteDesert, Precision: "approximate"},
				{Start: "1941-12-24", End: "1942-01-29", Ctrl: sUKMil, Sov: wItaly, Status: "occupied", Source: "Operation Crusader; Benghazi retaken 24 December 1941", Note: sNoteDesert, Precision: "approximate"},
				{Start: "1942-01-29", End: "1942-11-20", Ctrl: wItaly, Sov: wItaly, Status: "annexed", Source: "Rommel's counter-offensive of January 1942; Benghazi retaken 29 January 1942", Note: "The Axis front reached the Gazala line in early February 1942. " + sNoteDesert, Precision: "approximate"},
				{Start: "1942-11-20", Ctrl: sUKMil, Sov: wItaly, Status: "occupied", Source: "Allied pursuit after El Alamein; Benghazi retaken 20 November 1942", Note: "Rommel stood at El Agheila until mid-December 1942. " + sNoteDesert, Precision: "approximate"},
			}},
		{ID: "ly-tripolitania", Name: "Tripolitania and the Fezzan", Names: map[string]string{"it": "Tripolitania e Fezzan", "ar": "طرابلس وفزان"},
			Geom: func(b *builder) geom.Geometry { return b.sLibyaPart("rest") },
			Versions: []version{{Ctrl: wItaly, Sov: wItaly, Status: "annexed", Source: "Italian Libya (Treaty of Ouchy, 18 October 1912); the coastal provinces of Tripoli and Misurata were made part of the Kingdom of Italy on 9 January 1939, the south stayed a military territory",
				Note: "The Eighth Army reached Sirte on 25 December 1942 and Tripoli only on 23 January 1943; Free French raids from Chad reached the Fezzan in 1941–42 (not drawn)."}}},
		{ID: "tn-tunisia", Name: "Tunisia (Tunis, Bizerte and the east)", Names: map[string]string{"fr": "Tunisie", "ar": "تونس"},
			Geom: func(b *builder) geom.Geometry { return diff(b.C("Tunisia"), b.Cut("tn-west-1942")) },
			Versions: []version{
				{End: "1940-07-11", Ctrl: wFrance, Sov: sTunisia, Status: "protectorate", Source: "Treaty of Bardo, 12 May 1881, and La Marsa Convention, 8 June 1883 (French protectorate)"},
				{Start: "1940-07-11", End: "1942-11-09", Ctrl: wVichy, Sov: sTunisia, Status: "protectorate", Source: sSrcVichy},
				{Start: "1942-11-09", Ctrl: sAxisTunis, Sov: sTunisia, Status: "occupied", Source: "German and Italian forces flown and shipped into Tunis and Bizerte from 9 November 1942",
					Note: "Resident-General Esteva stayed in Tunis; the Axis bridgehead held against the Allied advance (Tebourba, early December 1942) until May 1943.", Precision: "approximate"},
			}},
		{ID: "tn-west", Name: "Western Tunisia", Names: map[string]string{"fr": "Tunisie occidentale"},
			Geom: func(b *builder) geom.Geometry { return inter(b.C("Tunisia"), b.Cut("tn-west-1942")) },
			Versions: []version{
				{End: "1940-07-11", Ctrl: wFrance, Sov: sTunisia, Status: "protectorate", Source: "Treaty of Bardo, 12 May 1881, and La Marsa Convention, 8 June 1883 (French protectorate)"},
				{Start: "1940-07-11", End: "1942-11-19", Ctrl: wVichy, Sov: sTunisia, Status: "protectorate", Source: sSrcVichy},
				{Start: "1942-11-19", Ctrl: sDarlan, Sov: sTunisia, Status: "protectorate", Source: "General Barré's French troops side with the Allies; first fighting with the Germans at Medjez el Bab, 19 November 1942",
					Note: "Held by French, British and American troops west of the front on the Eastern Dorsal; the line is approximate.", Precision: "approximate"},
			}},
		{ID: "dz-algeria", Name: "Algeria (Algiers, Constantine and the south)", Names: map[string]string{"fr": "Algérie", "ar": "الجزائر"},
			Geom: func(b *builder) geom.Geometry { return diff(b.C("Algeria"), b.Cut("dz-oran")) },
			Versions: sVichyLine(wFrance, wFrance, "integral", "French Algeria: departments of Algiers, Oran and Constantine (part of France) and the Southern Territories", "", "1942-11-08",
				sSrcTorch+"; Algiers capitulated on the evening of 8 November 1942", "Darlan, caught in Algiers, ordered a ceasefire on 10 November and became High Commissioner in North Africa; after his murder on 24 December 1942 Giraud succeeded him. Bône was occupied on 12 November.")},
		{ID: "dz-oran", Name: "Oran", Names: map[string]string{"fr": "Oranie", "ar": "وهران"},
			Geom: func(b *builder) geom.Geometry { return inter(b.C("Algeria"), b.Cut("dz-oran")) },
			Versions: sVichyLine(wFrance, wFrance, "integral", "French Algeria: department of Oran (part of France)", "", "1942-11-10",
				sSrcTorch+"; Oran surrendered on 10 November 1942", "American landings at Arzew and Les Andalouses, 8 November 1942; the Vichy garrison fought until 10 November.")},
		{ID: "ma-french-morocco", Name: "French Morocco", Names: map[string]string{"fr": "Maroc", "ar": "المغرب"},
			Geom: func(b *builder) geom.Geometry { return b.sMoroccoPart("rest") },
			Versions: sVichyLine(wFrance, sMorocco, "protectorate", "Treaty of Fez, 30 March 1912 (French protectorate over the Sultanate of Morocco)", "The Sultan stayed sovereign; the Resident-General (Noguès) governed.", "1942-11-11",
				sSrcTorch+"; Noguès ordered the ceasefire at Casablanca on 11 November 1942", "American landings at Casablanca (Fedala), Port-Lyautey and Safi on 8 November 1942; Noguès kept his post under Darlan.")},
		{ID: "ma-spanish-morocco", Name: "Spanish Morocco", Names: map[string]string{"es": "Marruecos español", "ar": "المغرب الإسباني"},
			Geom: func(b *builder) geom.Geometry { return b.sMoroccoPart("spanish") },
			Versions: []version{{Ctrl: sSpainProt, Sov: sMorocco, Status: "protectorate", Source: "Franco-Spanish convention of 27 November 1912 (Spanish zone of the protectorate, capital Tetuán)",
				Note: "The Sultan's khalifa governed under the Spanish High Commissioner; Franco's rising began here in July 1936. Spain's own towns of Ceuta and Melilla, where Natural Earth draws them inside Morocco, are included."}}},
		{ID: "ma-tangier", Name: "Tangier", Names: map[string]string{"es": "Tánger", "fr": "Tanger", "ar": "طنجة"},
			Geom: func(b *builder) geom.Geometry { return b.sMoroccoPart("tangier") },
			Versions: []version{
				{End: "1940-06-14", Ctrl: sTangierAdm, Sov: sMorocco, Status: "administered", Source: "Convention on the Statute of Tangier, Paris, 18 December 1923 (revised 25 July 1928)",
					Note: "Permanently neutral and demilitarised; run by an international administration under the Sultan's nominal sovereignty."},
				{Start: "1940-06-14", Ctrl: sSpainOcc, Sov: sMorocco, Status: "occupied", Source: "Spanish occupation of Tangier, 14 June 1940 (the day Paris fell); the international organs abolished 3 November 1940",
					Note: "Spain claimed to act provisionally to keep the zone neutral, then merged it into its protectorate; Britain protested and in 1941 accepted the situation as provisional. The zone's line is approximate.", Precision: "approximate"},
			}},
		{ID: "ma-ifni", Name: "Ifni", Names: map[string]string{"es": "Ifni"},
			Geom:     func(b *builder) geom.Geometry { return b.sMoroccoPart("ifni") },
			Versions: []version{{Ctrl: wSpain, Sov: wSpain, Status: "ceded", Source: "Treaty of Wad-Ras, 26 April 1860 (Santa Cruz de Mar Pequeña ceded to Spain); occupied by Spain in April 1934", Note: "The enclave's outline is approximate.", Precision: "approximate"}}},
		{ID: "ma-cape-juby", Name: "Cape Juby (Tarfaya strip)", Names: map[string]string{"es": "Cabo Juby", "ar": "طرفاية"},
			Geom:     func(b *builder) geom.Geometry { return b.sMoroccoPart("juby") },
			Versions: []version{{Ctrl: sSpainProt, Sov: sMorocco, Status: "protectorate", Source: "Franco-Spanish convention of 27 November 1912 (southern zone of the Spanish protectorate, between the Draa and 27°40′N)", Note: "The Draa is drawn as a parallel.", Precision: "approximate"}}},
		{ID: "eh-spanish-sahara", Name: "Spanish Sahara (Saguia el-Hamra)", Names: map[string]string{"es": "Sahara español", "ar": "الساقية الحمراء"},
			Geom: C("W. Sahara"), Versions: []version{{Ctrl: wSpain, Sov: wSpain, Status: "annexed", Source: "Spanish colony of Río de Oro and Saguia el-Hamra (Franco-Spanish conventions of 1900, 1904 and 1912)", Note: "Only the part north of 25°N lies in the atlas."}}},
		{ID: "mr-mauritania", Name: "Mauritania (French West Africa)", Names: map[string]string{"fr": "Mauritanie"},
			Geom: C("Mauritania"),
			Versions: sVichyLine(wFrance, wFrance, "integral", "Colony of Mauritania in French West Africa", "", "1942-11-23~",
				"Governor-General Boisson brought French West Africa over to Darlan and the Allies, 22–23 November 1942", "Only the part north of 25°N lies in the atlas.")},
	}
}
