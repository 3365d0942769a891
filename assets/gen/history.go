package main

import "github.com/peterstace/simplefeatures/geom"

// Sources used repeatedly.
const (
	srcMoscowPeace   = "Moscow Peace Treaty (Finland–USSR), signed 12 March 1940, in force 13 March 1940 (fighting stopped 11:00 on 13 March), art. 2 (cessions)"
	srcWinterWar     = "Soviet invasion of Finland, 30 November 1939 (Winter War)"
	srcReannex       = "Finnish Parliament's resolution of 6 December 1941 re-annexing the areas ceded in 1940"
	noteReannex      = "Finland's re-annexation of 6 December 1941 was not recognised by the Soviet Union, nor by the United Kingdom (at war with Finland from 6 December 1941)."
	noteCeded1940    = "Finnish troops and civilians withdrew behind the new border in the days after 13 March 1940; the Isthmus went to the Leningrad region, the rest to the Karelo-Finnish SSR formed on 31 March 1940."
	noteBalticAnnex  = "Annexation not recognised by the United States (Welles declaration, 23 July 1940), the United Kingdom and most Western states; in 1942 Stalin asked Britain to recognise it."
	noteOccBaltic    = "De jure holder shown as the USSR by its 1940 annexation, which the UK and US did not recognise; Germany did not annex the area."
	srcBarbarossa    = "German invasion of the USSR, 22 June 1941 (Operation Barbarossa)"
	srcOstland       = "Hitler's decree of 17 July 1941 creating the Reichskommissariat Ostland (in being from 25 July 1941); civil administration took over from the army district by district"
	srcUltimatum1940 = "Soviet ultimatum to Romania of 26 June 1940 (accepted 27–28 June); Red Army entry 28 June, completed 3 July 1940"
	srcSSR1940       = "Law of the USSR Supreme Soviet of 2 August 1940 forming the Moldavian SSR and attaching Northern Bukovina, the Khotyn district and southern Bessarabia to the Ukrainian SSR"
	srcRoReturn      = "Romanian–German offensive from 2 July 1941 (Operation München)"
	srcRoDecree      = "Romanian decree-laws of early September 1941 setting up the Bessarabia and Bukovina governorates (civil administration from about 3 September 1941)"
	noteRoReannex    = "Romanian re-incorporation not recognised by the USSR nor by the United Kingdom (at war with Romania from 7 December 1941)."
)

func fiTopics() []string   { return []string{"finland"} }
func balTopics() []string  { return []string{"baltic"} }
func bessTopics() []string { return []string{"bessarabia"} }

// finnishCeded returns the usual 1939–42 versions of an area Finland ceded in
// 1940 and regained in 1941 (retaken is the day Finnish troops held it).
func finnishCeded(pre []version, retaken, retakenNote, retakenSrc string) []version {
	vs := append([]version{}, pre...)
	vs = append(vs,
		version{Start: "1940-03-13", End: retaken, Ctrl: ussr, Sov: ussr, Status: "ceded", Source: srcMoscowPeace, Note: noteCeded1940},
		version{Start: retaken, End: "1941-12-06", Ctrl: finland, Sov: ussr, Status: "occupied", Source: retakenSrc, Note: retakenNote + " Finland regarded the area as its own; by the 1940 treaty it was Soviet.", Precision: "approximate"},
		version{Start: "1941-12-06", Ctrl: finland, Sov: finland, Status: "annexed", Source: srcReannex, Note: noteReannex},
	)
	return vs
}

// balticVersions: independent state → Soviet occupation → SSR → German
// military administration → Reichskommissariat Ostland.
func balticVersions(state holder, sovOcc, annex, german, ostland string, germanNote, annexSrc string, ostlandHolder holder) []version {
	vs := []version{
		{End: sovOcc, Ctrl: state, Sov: state, Status: "independent", Source: "Independent republic (recognised de jure by the Soviet peace treaty of 1920)"},
		{Start: sovOcc, End: annex, Ctrl: ussr, Sov: state, Status: "occupied", Source: "Soviet ultimatum and entry of the Red Army, " + sovOcc, Note: "Soviet occupation; new 'people's' parliaments elected in July 1940 under Soviet control asked for admission to the USSR."},
		{Start: annex, End: german, Ctrl: ussr, Sov: ussr, Status: "annexed", Source: annexSrc, Note: noteBalticAnnex},
	}
	if ostland == "" {
		vs = append(vs, version{Start: german, Ctrl: germanyMil, Sov: ussr, Status: "occupied", Source: srcBarbarossa, Note: germanNote + " " + noteOccBaltic, Precision: "approximate"})
		return vs
	}
	vs = append(vs,
		version{Start: german, End: ostland, Ctrl: germanyMil, Sov: ussr, Status: "occupied", Source: srcBarbarossa, Note: germanNote + " " + noteOccBaltic, Precision: "approximate"},
		version{Start: ostland, Ctrl: ostlandHolder, Sov: ussr, Status: "occupied", Source: srcOstland, Note: noteOccBaltic},
	)
	return vs
}

func territories() []*territory {
	const (
		ltSrc = "Law of the USSR Supreme Soviet of 3 August 1940 admitting the Lithuanian SSR"
		lvSrc = "Law of the USSR Supreme Soviet of 5 August 1940 admitting the Latvian SSR"
		eeSrc = "Law of the USSR Supreme Soviet of 6 August 1940 admitting the Estonian SSR"
	)
	return []*territory{
		// ---------------- Finland ----------------
		{ID: "fi-finland", Name: "Finland", Names: map[string]string{"fi": "Suomi", "sv": "Finland"}, Topics: fiTopics(),
			Geom: func(b *builder) geom.Geometry {
				return diff(b.finlandModern(), inter(b.C("Finland"), b.Cut("fi-hanko")))
			},
			Versions: []version{{Ctrl: finland, Sov: finland, Status: "independent",
				Source: "Finnish Declaration of Independence, 6 December 1917; Treaty of Tartu, 14 October 1920",
				Note:   "Finland within today's borders, with the Åland Islands. In the Winter War (30 Nov 1939 – 13 Mar 1940) the Red Army briefly held ground inside these borders (e.g. Suomussalmi in December 1939); this is not shown."}}},
		{ID: "fi-hanko", Name: "Hanko peninsula", Names: map[string]string{"fi": "Hanko", "sv": "Hangö", "ru": "Ханко (Гангут)"}, Topics: []string{"finland", "bases"},
			Geom: func(b *builder) geom.Geometry { return inter(b.C("Finland"), b.Cut("fi-hanko")) },
			Versions: []version{
				{End: "1940-03-23", Ctrl: finland, Sov: finland, Status: "integral", Source: "Part of Finland (Uusimaa province)"},
				{Start: "1940-03-23", End: "1941-12-03", Name: "Hanko naval base (Soviet lease)", Ctrl: ussr, Sov: finland, Status: "leased",
					Source: "Moscow Peace Treaty, 12 March 1940, art. 4: 30-year lease of the Hanko peninsula to the USSR as a naval base; handed over at midnight 22/23 March 1940",
					Note:   "From 25 June 1941 the base was besieged by Finnish forces. The Soviet garrison was evacuated by sea, the last ships leaving on 2 December 1941."},
				{Start: "1941-12-03", Ctrl: finland, Sov: finland, Status: "integral",
					Source: "Soviet evacuation of Hanko completed 2 December 1941; Finnish troops entered the town on 4 December 1941",
					Note:   "Finland treated the lease as void after the Soviet departure."},
			}},
		{ID: "fi-karelian-isthmus-south", Name: "Karelian Isthmus (south: Terijoki, Kivennapa)", Names: map[string]string{"fi": "Karjalankannas (Terijoki)", "ru": "Карельский перешеек (Терийоки/Зеленогорск)"}, Topics: fiTopics(),
			Geom: func(b *builder) geom.Geometry { return inter(b.isthmus(), b.Cut("fi-mannerheim-line")) },
			Versions: finnishCeded([]version{
				{End: "1939-12-06~", Ctrl: finland, Sov: finland, Status: "integral", Source: "Treaty of Tartu, 14 October 1920 (Viipuri province)"},
				{Start: "1939-12-06~", End: "1940-03-13", Ctrl: ussr, Sov: finland, Status: "occupied", Source: srcWinterWar,
					Note: "The Red Army crossed the Sestra on 30 November 1939, took Terijoki on 1 December (where the puppet 'Finnish Democratic Republic' of O. W. Kuusinen was proclaimed) and reached the Mannerheim Line around 6 December.", Precision: "approximate"},
			}, "1941-09-01~", "Finnish IV Corps reached the old border on the Isthmus between 31 August and early September 1941.", "Finnish offensive on the Karelian Isthmus, August–September 1941 (Continuation War)")},
		{ID: "fi-karelian-isthmus", Name: "Karelian Isthmus (Viipuri and the Vuoksi)", Names: map[string]string{"fi": "Karjalankannas, Viipuri", "sv": "Karelska näset, Viborg", "ru": "Карельский перешеек, Выборг"}, Topics: fiTopics(),
			Geom: func(b *builder) geom.Geometry { return diff(b.isthmus(), b.Cut("fi-mannerheim-line")) },
			Versions: finnishCeded([]version{
				{End: "1940-03-13", Ctrl: finland, Sov: finland, Status: "integral", Source: "Treaty of Tartu, 14 October 1920 (Viipuri province)",
					Note: "Held by Finland until the peace, although the Red Army broke through the Mannerheim Line in February 1940 and fought on the edges of Viipuri and across Vyborg Bay in March.", Precision: "approximate"},
			}, "1941-08-29", "Käkisalmi fell on 21 August and Viipuri on 29 August 1941.", "Finnish offensive on the Karelian Isthmus, August 1941 (Continuation War); Viipuri retaken 29 August 1941")},
		{ID: "fi-ladoga-karelia", Name: "Ladoga Karelia (Sortavala)", Names: map[string]string{"fi": "Laatokan Karjala, Sortavala", "ru": "Северное Приладожье, Сортавала"}, Topics: fiTopics(),
			Geom: func(b *builder) geom.Geometry { return diff(b.ladogaKarelia(), b.Cut("fi-ladoga-karelia-east")) },
			Versions: finnishCeded([]version{
				{End: "1940-03-13", Ctrl: finland, Sov: finland, Status: "integral", Source: "Treaty of Tartu, 14 October 1920 (Viipuri province)"},
			}, "1941-08-16", "Sortavala was taken on 16 August 1941; the rest of western Ladoga Karelia fell in the days before.", "Finnish offensive in Ladoga Karelia, July–August 1941; Sortavala retaken 16 August 1941")},
		{ID: "fi-ladoga-karelia-east", Name: "Ladoga Karelia (Suojärvi, Salmi, Impilahti)", Names: map[string]string{"fi": "Raja-Karjala (Suojärvi, Salmi)", "ru": "Суоярви, Салми"}, Topics: fiTopics(),
			Geom: func(b *builder) geom.Geometry { return inter(b.ladogaKarelia(), b.Cut("fi-ladoga-karelia-east")) },
			Versions: finnishCeded([]version{
				{End: "1939-12-07~", Ctrl: finland, Sov: finland, Status: "integral", Source: "Treaty of Tartu, 14 October 1920 (Viipuri province)"},
				{Start: "1939-12-07~", End: "1940-03-13", Ctrl: ussr, Sov: finland, Status: "occupied", Source: srcWinterWar,
					Note: "The Red Army overran the border districts (Suojärvi, Salmi) in the first week and was stopped at the Kollaa river, at Tolvajärvi and in the motti battles near Pitkäranta; part of this piece stayed Finnish.", Precision: "approximate"},
			}, "1941-07-24~", "VI Corps reached Lake Ladoga at Koirinoja on 16 July 1941; the old border at Salmi was reached around 21–24 July.", "Finnish Army of Karelia offensive, from 10 July 1941 (Continuation War)")},
		{ID: "fi-salla-kuusamo", Name: "Salla and Kuusamo area", Names: map[string]string{"fi": "Vanha Salla ja Kuusamon itäosa", "ru": "Куолаярви, Алакуртти, Паанаярви"}, Topics: fiTopics(),
			Geom: func(b *builder) geom.Geometry { return b.sallaKuusamo() },
			Versions: finnishCeded([]version{
				{End: "1939-12-10~", Ctrl: finland, Sov: finland, Status: "integral", Source: "Treaty of Tartu, 14 October 1920 (Lapland province)"},
				{Start: "1939-12-10~", End: "1940-03-13", Ctrl: ussr, Sov: finland, Status: "occupied", Source: srcWinterWar,
					Note: "The Soviet 122nd Division took Salla in the first days of December 1939 and was halted further west; the Kuusamo part saw little fighting. Shown Soviet-held from about 10 December.", Precision: "approximate"},
			}, "1941-07-08~", "German XXXVI Corps and the Finnish 6th Division took Salla on 8 July 1941; the front then stood east of Alakurtti on the Verman river. Finnish III Corps advanced from Kuusamo in July.", "German–Finnish offensive in Lapland (Operation Silberfuchs), July 1941")},
		{ID: "fi-petsamo", Name: "Petsamo", Names: map[string]string{"fi": "Petsamo", "ru": "Печенга", "se": "Beahcán"}, Topics: fiTopics(),
			Geom: func(b *builder) geom.Geometry { return diff(b.petsamoAll(), b.Cut("fi-rybachy")) },
			Versions: []version{
				{End: "1939-12-02~", Ctrl: finland, Sov: finland, Status: "integral", Source: "Treaty of Tartu, 14 October 1920, art. 4 (Petsamo ceded by Soviet Russia to Finland)"},
				{Start: "1939-12-02~", End: "1940-04~", Ctrl: ussr, Sov: finland, Status: "occupied", Source: srcWinterWar,
					Note: "Soviet troops took Petsamo and Liinahamari in the first days of the war and pushed south to about Nautsi; the Moscow treaty (art. 5) returned Petsamo to Finland and the Red Army withdrew in spring 1940 (exact day not established here).", Precision: "approximate"},
				{Start: "1940-04~", Ctrl: finland, Sov: finland, Status: "integral", Source: "Moscow Peace Treaty, 12 March 1940, art. 5 (Soviet withdrawal from Petsamo)",
					Note: "Finnish until the Moscow Armistice of 19 September 1944. From June 1941 German Army Norway (Mountain Corps Norway) was based here for the Murmansk offensive. The area includes Jäniskoski, sold to the USSR only in 1947."},
			}},
		{ID: "fi-rybachy", Name: "Rybachy and Sredny peninsulas (Finnish part)", Names: map[string]string{"fi": "Kalastajasaarento ja Keskisaarento", "ru": "полуострова Рыбачий и Средний"}, Topics: fiTopics(),
			Geom: func(b *builder) geom.Geometry { return inter(b.petsamoAll(), b.Cut("fi-rybachy")) },
			Versions: []version{
				{End: "1939-11-30", Ctrl: finland, Sov: finland, Status: "integral", Source: "Treaty of Tartu, 14 October 1920, art. 4"},
				{Start: "1939-11-30", End: "1940-03-13", Ctrl: ussr, Sov: finland, Status: "occupied", Source: srcWinterWar, Note: "Occupied by the Soviet 104th Division on the first day of the war."},
				{Start: "1940-03-13", Ctrl: ussr, Sov: ussr, Status: "ceded", Source: srcMoscowPeace,
					Note: "The only area ceded in 1940 that Finland and Germany never retook: the Red Army held the peninsulas throughout the war."},
			}},
		{ID: "ru-east-karelia", Name: "East Karelia (Olonets, Petrozavodsk, Maaselkä)", Names: map[string]string{"fi": "Itä-Karjala (Aunus, Äänislinna)", "ru": "Восточная Карелия (Олонец, Петрозаводск)"}, Topics: fiTopics(),
			Geom: func(b *builder) geom.Geometry { return b.eastKarelia() },
			Versions: []version{
				{End: "1941-10-01", Ctrl: ussr, Sov: ussr, Status: "integral", Source: "Treaty of Tartu, 14 October 1920 (Soviet side of the border; Karelian ASSR, from 31 March 1940 the Karelo-Finnish SSR)"},
				{Start: "1941-10-01", Ctrl: finlandMil, Sov: ussr, Status: "occupied", Precision: "approximate",
					Source: "Finnish offensive into East Karelia, July–December 1941; Petrozavodsk (Äänislinna) taken 1 October 1941",
					Note:   "The area was overrun between July and early December 1941: border villages in July, Olonets on 5 September, the Svir on 7 September, Petrozavodsk on 1 October, Medvezhyegorsk and Povenets on 5–6 December; 1 October is used for the whole piece. Drawn to the static front of December 1941; Finland did not annex it."},
			}},
		// ---------------- Estonia ----------------
		{ID: "ee-north", Name: "Estonia (north: Tallinn, Narva)", Names: map[string]string{"et": "Eesti", "de": "Estland", "ru": "Эстония"}, Topics: balTopics(),
			Geom: func(b *builder) geom.Geometry {
				return diff(diff(b.C("Estonia"), b.estoniaIslands()), b.Cut("ee-south-1941"))
			},
			Versions: balticVersions(estonia, "1940-06-17", "1940-08-06", "1941-08-28~", "1941-12-05",
				"German troops reached the north coast at Kunda on 7 August, took Narva on 17 August and Tallinn on 28 August 1941.", eeSrc, ostland)},
		{ID: "ee-south", Name: "Estonia (south: Tartu, Pärnu, Viljandi)", Names: map[string]string{"et": "Lõuna-Eesti", "de": "Südestland"}, Topics: balTopics(),
			Geom: func(b *builder) geom.Geometry {
				return diff(inter(b.C("Estonia"), b.Cut("ee-south-1941")), b.estoniaIslands())
			},
			Versions: balticVersions(estonia, "1940-06-17", "1940-08-06", "1941-07-10~", "1941-12-05",
				"Pärnu fell on 8 July 1941 and southern Estonia in the following days; the northern part of Tartu was held by Soviet forces until 25 July.", eeSrc, ostland)},
		{ID: "ee-saaremaa", Name: "Saaremaa and Muhu", Names: map[string]string{"et": "Saaremaa ja Muhu", "de": "Ösel und Moon"}, Topics: balTopics(),
			Geom: func(b *builder) geom.Geometry { return inter(b.C("Estonia"), b.Cut("ee-saaremaa")) },
			Versions: balticVersions(estonia, "1940-06-17", "1940-08-06", "1941-10-05", "1941-12-05",
				"German landings from 14 September 1941 (Operation Beowulf); the last Soviet troops on the Sõrve peninsula surrendered on 5 October.", eeSrc, ostland)},
		{ID: "ee-hiiumaa", Name: "Hiiumaa and Vormsi", Names: map[string]string{"et": "Hiiumaa ja Vormsi", "de": "Dagö und Worms"}, Topics: balTopics(),
			Geom: func(b *builder) geom.Geometry {
				return diff(inter(b.C("Estonia"), b.Cut("ee-hiiumaa")), b.Cut("ee-saaremaa"))
			},
			Versions: balticVersions(estonia, "1940-06-17", "1940-08-06", "1941-10-21", "1941-12-05",
				"Hiiumaa was the last part of Estonia taken by the Germans, on 21 October 1941 (Operation Siegfried); Vormsi fell earlier.", eeSrc, ostland)},
		{ID: "ee-petseri", Name: "Petseri county", Names: map[string]string{"et": "Petserimaa", "ru": "Печоры", "de": "Petschur"}, Topics: balTopics(),
			Geom: func(b *builder) geom.Geometry { return b.petseri() },
			Versions: balticVersions(estonia, "1940-06-17", "1940-08-06", "1941-07-10~", "1941-12-05",
				"Taken by the Germans with Pskov (9 July 1941). Estonian 1920–44 (Treaty of Tartu, 2 Feb 1920, art. 3); moved to the Russian SFSR in 1944–45.", eeSrc, ostland)},
		{ID: "ee-narvataguse", Name: "Narvataguse (east of the Narva, with Ivangorod)", Names: map[string]string{"et": "Narvataguse, Jaanilinn", "ru": "Заноровье, Ивангород"}, Topics: balTopics(),
			Geom: func(b *builder) geom.Geometry { return b.narvataguse() },
			Versions: balticVersions(estonia, "1940-06-17", "1940-08-06", "1941-08-17", "",
				"Ivangorod fell with Narva on 17 August 1941. Unlike the rest of Estonia it stayed under Army Group North's military administration. Estonian 1920–44 (Treaty of Tartu, 2 Feb 1920, art. 3).", eeSrc, ostland)},
		// ---------------- Latvia ----------------
		{ID: "lv-latvia", Name: "Latvia", Names: map[string]string{"lv": "Latvija", "de": "Lettland", "ru": "Латвия"}, Topics: balTopics(),
			Geom: func(b *builder) geom.Geometry { return b.C("Latvia") },
			Versions: balticVersions(latvia, "1940-06-17", "1940-08-05", "1941-07-01~", "1941-09-01",
				"Daugavpils fell on 26 June, Liepāja on 29 June, Riga on 1 July and the last of Latvia by about 8 July 1941; 1 July is used for the whole country.", lvSrc, ostland)},
		{ID: "lv-abrene", Name: "Abrene district", Names: map[string]string{"lv": "Abrenes apriņķis (Jaunlatgale)", "ru": "Пыталово"}, Topics: balTopics(),
			Geom: func(b *builder) geom.Geometry { return b.abrene() },
			Versions: balticVersions(latvia, "1940-06-17", "1940-08-05", "1941-07-08~", "1941-09-01",
				"Overrun in the first week of July 1941. Latvian 1920–44 (Latvian–Soviet Peace Treaty, 11 Aug 1920); moved to the Russian SFSR in 1944.", lvSrc, ostland)},
		// ---------------- Lithuania ----------------
		{ID: "lt-memel", Name: "Memel Territory", Names: map[string]string{"de": "Memelland", "lt": "Klaipėdos kraštas"}, Topics: balTopics(),
			Geom: func(b *builder) geom.Geometry { return b.lithuaniaMemel() },
			Versions: []version{
				{End: "1939-03-22", Ctrl: lithua, Sov: lithua, Status: "integral", Source: "Klaipėda Convention, Paris, 8 May 1924 (autonomous region of Lithuania)", Note: "Autonomous Klaipėda Region under Lithuanian sovereignty since 1923–24."},
				{Start: "1939-03-22", End: "1939-03-23", Ctrl: lithua, Sov: germany, Status: "ceded",
					Source: "German–Lithuanian treaty of 22 March 1939, signed in Berlin late in the evening after the German ultimatum of 20 March",
					Note:   "Ceded by the treaty; Lithuanian troops and officials were still leaving and German troops marched in the next morning."},
				{Start: "1939-03-23", Ctrl: germany, Sov: germany, Status: "ceded",
					Source: "German–Lithuanian treaty of 22 March 1939 (signed in Berlin after the German ultimatum of 20 March); German troops entered Memel on 23 March 1939",
					Note:   "Ceded under threat of force; incorporated into East Prussia."},
			}},
		{ID: "lt-vilnius", Name: "Vilnius region", Names: map[string]string{"lt": "Vilniaus kraštas", "pl": "Wileńszczyzna (Wilno)", "ru": "Вильно", "be": "Вільня"}, Topics: balTopics(),
			Geom: func(b *builder) geom.Geometry { return b.lithuaniaVilnius() },
			Versions: append([]version{
				{End: "1939-09-19", Ctrl: poland, Sov: poland, Status: "integral", Source: "Decision of the Conference of Ambassadors, 15 March 1923 (Wilno voivodeship)", Note: "Claimed by Lithuania as its capital region throughout the interwar years."},
				{Start: "1939-09-19", End: "1939-10-10", Ctrl: ussr, Sov: poland, Status: "occupied", Source: "Soviet invasion of Poland, 17 September 1939; the Red Army took Wilno on 19 September 1939"},
				{Start: "1939-10-10", End: "1939-10-28", Ctrl: ussr, Sov: lithua, Status: "annexed",
					Source: "Soviet–Lithuanian Mutual Assistance Treaty, Moscow, 10 October 1939, art. 1 (transfer of the city and region of Vilnius to Lithuania)",
					Note:   "Assigned to Lithuania by the treaty while the Red Army still held it; Lithuanian troops entered on 27–28 October 1939. The transfer was made by the occupier of Polish land: the Polish government in exile and Britain did not recognise it."},
				{Start: "1939-10-28", End: "1940-06-15", Ctrl: lithua, Sov: lithua, Status: "annexed",
					Source: "Soviet–Lithuanian Mutual Assistance Treaty, 10 October 1939, art. 1 (transfer of Vilnius and its region); Lithuanian troops entered Vilnius on 28 October 1939",
					Note:   "Transferred by the USSR, which had taken it from Poland; the Polish government in exile did not recognise it, and Britain recognised no change of Poland's frontiers since August 1939. Some eastern parts of this piece (around Švenčionys, Druskininkai, Dieveniškės) stayed in the Byelorussian SSR until November 1940; they are not drawn separately."},
			}, balticVersions(lithua, "1940-06-15", "1940-08-03", "1941-06-24~", "1941-08-01",
				"German troops entered Vilnius on 24 June 1941.", ltSrc, ostland)[1:]...)},
		{ID: "lt-lithuania", Name: "Lithuania", Names: map[string]string{"lt": "Lietuva", "pl": "Litwa", "de": "Litauen"}, Topics: balTopics(),
			Geom: func(b *builder) geom.Geometry {
				return diff(diff(b.C("Lithuania"), b.lithuaniaMemel()), b.lithuaniaVilnius())
			},
			Versions: balticVersions(lithua, "1940-06-15", "1940-08-03", "1941-06-24~", "1941-08-01",
				"German troops crossed the border on 22 June 1941 and took Kaunas (after a Lithuanian uprising) and Vilnius on 24 June; all of Lithuania was overrun by about 26 June.", ltSrc, ostland)},
		// ---------------- Romania / Moldova / Ukraine ----------------
		{ID: "md-bessarabia", Name: "Bessarabia (central)", Names: map[string]string{"ro": "Basarabia", "ru": "Бессарабия", "uk": "Бессарабія"}, Topics: bessTopics(),
			Geom: func(b *builder) geom.Geometry { return b.bessarabiaMoldova() },
			Versions: []version{
				{End: "1940-06-28", Ctrl: romania, Sov: romania, Status: "integral", Source: "Union of Bessarabia with Romania, 9 April 1918; Treaty of Paris (Bessarabia), 28 October 1920",
					Note: "The USSR never recognised the union of 1918; the secret protocol of 23 August 1939 recorded Soviet interest in Bessarabia."},
				{Start: "1940-06-28", End: "1940-08-02", Ctrl: ussr, Sov: ussr, Status: "annexed", Source: srcUltimatum1940, Note: "Romania evacuated under the ultimatum without a treaty of cession."},
				{Start: "1940-08-02", End: "1941-07-16~", Name: "Moldavian SSR", Ctrl: ussr, Sov: ussr, Status: "annexed", Source: srcSSR1940, Note: "Not recognised by Romania; the UK did not recognise changes made by force."},
				{Start: "1941-07-16~", End: "1941-09-03~", Ctrl: romania, Sov: ussr, Status: "occupied", Source: srcRoReturn + "; Chișinău (Kishinev) retaken 16 July 1941",
					Note: "Northern Bessarabia was retaken from early July, Chișinău on 16 July; the date of Chișinău is used for the whole piece. Romania held the Soviet annexation void.", Precision: "approximate"},
				{Start: "1941-09-03~", Name: "Bessarabia Governorate", Ctrl: romania, Sov: romania, Status: "annexed", Source: srcRoDecree, Note: noteRoReannex},
			}},
		{ID: "md-left-bank", Name: "Left bank of the Dniester (Moldavian ASSR strip)", Names: map[string]string{"ro": "Transnistria (malul stâng al Nistrului)", "ru": "Приднестровье", "uk": "Придністров'я"}, Topics: bessTopics(),
			Geom: func(b *builder) geom.Geometry { return diff(b.C("Moldova"), b.bessarabiaMoldova()) },
			Versions: []version{
				{End: "1940-08-02", Name: "Moldavian ASSR (western strip)", Ctrl: ussr, Sov: ussr, Status: "integral", Source: "Moldavian ASSR within the Ukrainian SSR, formed 12 October 1924"},
				{Start: "1940-08-02", End: "1941-08-05~", Name: "Moldavian SSR (left bank)", Ctrl: ussr, Sov: ussr, Status: "integral", Source: srcSSR1940, Note: "Six districts of the former Moldavian ASSR joined the new Moldavian SSR."},
				{Start: "1941-08-05~", End: "1941-08-19", Ctrl: romania, Sov: ussr, Status: "occupied", Source: "German 11th Army and Romanian forces crossed the Dniester from 17 July 1941 and cleared the left bank by early August", Precision: "approximate"},
				{Start: "1941-08-19", Ctrl: romaniaTransn, Sov: ussr, Status: "occupied", Source: "Antonescu's decree of 19 August 1941 establishing the Transnistria Governorate; Tighina Agreement, 30 August 1941", Note: "Romania administered but did not annex Transnistria."},
			}},
		{ID: "ua-southern-bessarabia", Name: "Southern Bessarabia (Budjak)", Names: map[string]string{"ro": "Bugeac", "uk": "Буджак", "ru": "Буджак"}, Topics: bessTopics(),
			Geom: func(b *builder) geom.Geometry { return b.budjak() },
			Versions: []version{
				{End: "1940-06-28", Ctrl: romania, Sov: romania, Status: "integral", Source: "Union of Bessarabia with Romania, 9 April 1918; Treaty of Paris (Bessarabia), 28 October 1920"},
				{Start: "1940-06-28", End: "1940-08-02", Ctrl: ussr, Sov: ussr, Status: "annexed", Source: srcUltimatum1940},
				{Start: "1940-08-02", End: "1941-07-26~", Name: "Southern Bessarabia (Izmail region, Ukrainian SSR)", Ctrl: ussr, Sov: ussr, Status: "annexed", Source: srcSSR1940, Note: "Attached to the Ukrainian SSR, not to the Moldavian SSR."},
				{Start: "1941-07-26~", End: "1941-09-03~", Ctrl: romania, Sov: ussr, Status: "occupied", Source: srcRoReturn + "; last Soviet forces left southern Bessarabia by about 26 July 1941", Precision: "approximate"},
				{Start: "1941-09-03~", Name: "Southern Bessarabia (Bessarabia Governorate)", Ctrl: romania, Sov: romania, Status: "annexed", Source: srcRoDecree, Note: noteRoReannex},
			}},
		{ID: "ua-khotyn", Name: "Khotyn district (northern Bessarabia)", Names: map[string]string{"ro": "Hotin", "uk": "Хотин", "ru": "Хотин"}, Topics: bessTopics(),
			Geom: func(b *builder) geom.Geometry { return b.khotyn() },
			Versions: []version{
				{End: "1940-06-28", Ctrl: romania, Sov: romania, Status: "integral", Source: "Union of Bessarabia with Romania, 9 April 1918 (Hotin county)"},
				{Start: "1940-06-28", End: "1940-08-02", Ctrl: ussr, Sov: ussr, Status: "annexed", Source: srcUltimatum1940},
				{Start: "1940-08-02", End: "1941-07-08~", Ctrl: ussr, Sov: ussr, Status: "annexed", Source: srcSSR1940, Note: "Attached to the Chernivtsi region of the Ukrainian SSR."},
				{Start: "1941-07-08~", End: "1941-09-03~", Ctrl: romania, Sov: ussr, Status: "occupied", Source: srcRoReturn, Note: "Retaken in the first week of July 1941 (day approximate).", Precision: "approximate"},
				{Start: "1941-09-03~", Name: "Hotin county (Bukovina Governorate)", Ctrl: romania, Sov: romania, Status: "annexed", Source: srcRoDecree, Note: "Placed in the Bukovina Governorate. " + noteRoReannex},
			}},
		{ID: "ua-northern-bukovina", Name: "Northern Bukovina", Names: map[string]string{"ro": "Bucovina de Nord, Cernăuți", "uk": "Північна Буковина, Чернівці", "de": "Nordbukowina, Czernowitz"}, Topics: bessTopics(),
			Geom: func(b *builder) geom.Geometry { return diff(diff(b.chernivtsi(), b.khotyn()), b.hertsa()) },
			Versions: []version{
				{End: "1940-06-28", Ctrl: romania, Sov: romania, Status: "integral", Source: "Union of Bukovina with Romania, 28 November 1918; Treaty of Saint-Germain, 10 September 1919"},
				{Start: "1940-06-28", End: "1940-08-02", Ctrl: ussr, Sov: ussr, Status: "annexed", Source: srcUltimatum1940,
					Note: "Never part of the Russian Empire and not named in the 1939 secret protocol; added to the Soviet demands in June 1940."},
				{Start: "1940-08-02", End: "1941-07-05", Name: "Chernivtsi region (Ukrainian SSR)", Ctrl: ussr, Sov: ussr, Status: "annexed", Source: srcSSR1940},
				{Start: "1941-07-05", End: "1941-09-03~", Ctrl: romania, Sov: ussr, Status: "occupied", Source: srcRoReturn + "; Romanian troops entered Cernăuți (Chernivtsi) on 5 July 1941", Precision: "approximate"},
				{Start: "1941-09-03~", Name: "Northern Bukovina (Bukovina Governorate)", Ctrl: romania, Sov: romania, Status: "annexed", Source: srcRoDecree, Note: noteRoReannex},
			}},
		{ID: "ua-hertsa", Name: "Hertsa region", Names: map[string]string{"ro": "Ținutul Herța", "uk": "Герца"}, Topics: bessTopics(),
			Geom: func(b *builder) geom.Geometry { return b.hertsa() },
			Versions: []version{
				{End: "1940-06-28", Ctrl: romania, Sov: romania, Status: "integral", Source: "Part of Dorohoi county, Kingdom of Romania, since 1859–1878"},
				{Start: "1940-06-28", End: "1941-07-05~", Ctrl: ussr, Sov: ussr, Status: "annexed", Source: srcUltimatum1940,
					Note: "Neither Bessarabian nor Bukovinian: the Soviet demand and maps of June 1940 did not name it, but the Red Army occupied it on 28 June 1940; attached to the Chernivtsi region on 2 August 1940."},
				{Start: "1941-07-05~", End: "1941-09-03~", Ctrl: romania, Sov: ussr, Status: "occupied", Source: srcRoReturn, Precision: "approximate"},
				{Start: "1941-09-03~", Ctrl: romania, Sov: romania, Status: "annexed", Source: srcRoDecree, Note: noteRoReannex},
			}},
		{ID: "ua-transnistria", Name: "Transnistria (between Dniester and Bug)", Names: map[string]string{"ro": "Transnistria", "uk": "Придністров'я", "ru": "Транснистрия"}, Topics: bessTopics(),
			Geom: func(b *builder) geom.Geometry { return diff(b.transnistriaAll(), b.odessa()) },
			Versions: []version{
				{End: "1941-08-05~", Ctrl: ussr, Sov: ussr, Status: "integral", Source: "Ukrainian SSR (Odessa and Vinnytsia regions; Moldavian ASSR until 2 August 1940)"},
				{Start: "1941-08-05~", End: "1941-08-19", Ctrl: germanyMil, Sov: ussr, Status: "occupied", Precision: "approximate",
					Source: "German 11th Army and Romanian 3rd and 4th Armies, July–August 1941", Note: "The front passed between mid-July (Dniester crossings) and mid-August 1941 (Mykolaiv, 16 August)."},
				{Start: "1941-08-19", Ctrl: romaniaTransn, Sov: ussr, Status: "occupied",
					Source: "Antonescu's decree of 19 August 1941 establishing the Transnistria Governorate; Tighina Agreement, 30 August 1941", Note: "Romanian administration without annexation; the northern limit is approximate."},
			}},
		{ID: "ua-odessa", Name: "Odessa", Names: map[string]string{"ro": "Odesa", "uk": "Одеса", "ru": "Одесса"}, Topics: bessTopics(),
			Geom: func(b *builder) geom.Geometry { return b.odessa() },
			Versions: []version{
				{End: "1941-10-16", Ctrl: ussr, Sov: ussr, Status: "integral", Source: "Ukrainian SSR; besieged by Romanian forces from 8 August 1941", Note: "The perimeter of the siege is approximate.", Precision: "approximate"},
				{Start: "1941-10-16", Ctrl: romaniaTransn, Sov: ussr, Status: "occupied", Source: "Soviet evacuation of Odessa by sea, completed 16 October 1941; Romanian troops entered the city the same day; capital of the Transnistria Governorate",
					Precision: "approximate"},
			}},
		{ID: "ro-northern-transylvania", Name: "Northern Transylvania", Names: map[string]string{"ro": "Transilvania de Nord", "hu": "Észak-Erdély", "de": "Nordsiebenbürgen"},
			Geom: func(b *builder) geom.Geometry { return b.northTransylvania() },
			Versions: []version{
				{End: "1940-08-30", Ctrl: romania, Sov: romania, Status: "integral", Source: "Union of Transylvania with Romania, 1 December 1918; Treaty of Trianon, 4 June 1920"},
				{Start: "1940-08-30", End: "1940-09-05", Ctrl: romania, Sov: hungary, Status: "annexed",
					Source: "Second Vienna Award, Belvedere Palace, Vienna, 30 August 1940 (German–Italian arbitration accepted in advance by Romania and Hungary)",
					Note:   "Awarded to Hungary on 30 August; the award gave the Romanian troops fourteen days to withdraw and made the residents Hungarian citizens from that day. The United Kingdom did not recognise it."},
				{Start: "1940-09-05", Ctrl: hungary, Sov: hungary, Status: "annexed",
					Source: "Second Vienna Award, 30 August 1940; Hungarian troops entered between 5 and 13 September 1940 (Cluj/Kolozsvár on 11 September); Hungarian Act XXVI of 1940 on the reunion of the territory with Hungary, promulgated 8 October 1940",
					Note:   "Imposed by German–Italian arbitration; the United Kingdom did not recognise it. The handover took a week; 5 September is used for the whole piece.", Precision: "approximate"},
			}},
		{ID: "ro-romania", Name: "Romania", Names: map[string]string{"ro": "România"},
			Geom: func(b *builder) geom.Geometry { return diff(b.C("Romania"), b.northTransylvania()) },
			Versions: []version{{Ctrl: romania, Sov: romania, Status: "independent", Source: "Kingdom of Romania (borders of the Treaties of Trianon and Saint-Germain)",
				Note: "Romania within today's borders minus Northern Transylvania. German troops were stationed here from October 1940; Romania joined the war on the USSR on 22 June 1941."}}},
		{ID: "bg-southern-dobruja", Name: "Southern Dobruja", Names: map[string]string{"ro": "Cadrilater", "bg": "Южна Добруджа"},
			Geom: func(b *builder) geom.Geometry { return inter(b.C("Bulgaria"), b.Cut("s-dobruja")) },
			Versions: []version{
				{End: "1940-09-07", Ctrl: romania, Sov: romania, Status: "integral", Source: "Treaty of Bucharest, 10 August 1913, art. 2 (Durostor and Caliacra counties)"},
				{Start: "1940-09-07", End: "1940-09-21", Ctrl: romania, Sov: bulgar, Status: "ceded", Source: "Treaty of Craiova, 7 September 1940", Note: "Ceded by treaty; Romanian evacuation pending."},
				{Start: "1940-09-21", Ctrl: bulgar, Sov: bulgar, Status: "ceded", Source: "Treaty of Craiova, 7 September 1940; Bulgarian troops entered from 21 September 1940, completing the takeover on 1 October",
					Note: "The only territorial change of 1940 that the Allies later accepted (confirmed by the Paris Peace Treaties of 1947)."},
			}},
	}
}
