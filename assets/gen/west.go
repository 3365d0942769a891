package main

import "github.com/peterstace/simplefeatures/geom"

// Western and northern Europe: the neutrals, Scandinavia, the Low Countries,
// the British Isles, France and Italy, 1939–1942.

// Holders of this region (prefixed w so as not to clash with other regions).
var (
	wDenmark    = holder{"Denmark", 390}
	wIceland    = holder{"Iceland", 0} // COW system member only from 1944
	wUK         = holder{"United Kingdom", 200}
	wUSUK       = holder{"United States and United Kingdom", 0}
	wNL         = holder{"Netherlands", 210}
	wBE         = holder{"Belgium", 211}
	wLU         = holder{"Luxembourg", 212}
	wFrance     = holder{"France", 220}
	wVichy      = holder{"France (Vichy regime)", 220}
	wItaly      = holder{"Italy", 325}
	wSpain      = holder{"Spain", 230}
	wTurkey     = holder{"Turkey", 640}
	wAndorra    = holder{"Andorra", 0}
	wMonaco     = holder{"Monaco", 0}
	wLiecht     = holder{"Liechtenstein", 0}
	wSanMarino  = holder{"San Marino", 0}
	wVatican    = holder{"Vatican City", 0}
	wHatayState = holder{"Hatay State", 0}

	wGerDK        = holder{"Germany (occupation; Danish government in office)", 255}
	wGerNL        = holder{"Germany (Reichskommissariat Niederlande)", 255}
	wGerBNF       = holder{"Germany (military administration of Belgium and Northern France)", 255}
	wGerFR        = holder{"Germany (military administration in France)", 255}
	wGerSouth     = holder{"Germany (military occupation; Vichy government in office)", 255}
	wGerLux       = holder{"Germany (Chief of Civil Administration in Luxembourg)", 255}
	wGerMoselland = holder{"Germany (Gau Moselland)", 255}
	wGerAlsace    = holder{"Germany (Chief of Civil Administration in Alsace)", 255}
	wGerLorraine  = holder{"Germany (Chief of Civil Administration in Lorraine)", 255}
)

const (
	wSrcWeser      = "German invasion of Denmark and Norway, 9 April 1940 (Operation Weserübung)"
	wSrcTerboven   = "Hitler's decree of 24 April 1940 appointing Josef Terboven Reich Commissioner for the occupied Norwegian territories (Reichskommissariat Norwegen)"
	wNoteNorway    = "Norway never ceded territory: King Haakon VII and the Nygaardsvold government continued the war from London from June 1940. In Oslo, Terboven ruled through Norwegian commissioner-ministers (from 25 September 1940) and, from 1 February 1942, through Vidkun Quisling's 'national government'."
	wSrcGelb       = "German invasion of the Netherlands, Belgium and Luxembourg, 10 May 1940 (Fall Gelb)"
	wSrcArmistice  = "Franco-German armistice signed at Rethondes, 22 June 1940, in force 25 June 1940 at 00:35, art. 2 (occupied zone) and 3 (rights of the occupying power)"
	wSrcVichy      = "Vote of full powers to Marshal Pétain, 10 July 1940, and the constitutional acts of 11 July 1940 creating the French State (État français) at Vichy"
	wNoteVichy     = "The French State governed the free zone from Vichy and, under the armistice, also administered the occupied zone under German supervision. It was recognised by the United States and many others; relations with the United Kingdom were broken off after the British attack on the French fleet at Mers-el-Kébir (3 July 1940), and Britain backed de Gaulle's Free French."
	wSrcAnton      = "German occupation of the free zone from 11 November 1942 (Case Anton), after the Allied landings in North Africa of 8 November 1942"
	wSrcAntonIt    = "Italian occupation of south-eastern France and Corsica from 11 November 1942, alongside Case Anton"
	wNoteFrOcc     = "Sovereignty stayed French: the armistice transferred no territory, and the French administration continued under German control."
	wSrcCdZ        = "Hitler's unpublished decree of 2 August 1940 on the provisional administration of Alsace and Lorraine (chiefs of civil administration Robert Wagner and Josef Bürckel)"
	wNoteAlsMos    = "De facto annexation without any treaty or public law: the French officials were expelled, French law replaced by German law, tens of thousands of people deemed French expelled; German citizenship and service in the Wehrmacht were imposed in August 1942. France (Vichy) protested; no state recognised it."
	wNoteNeutralWW = "The 1939–1942 borders are today's borders (as drawn by Natural Earth)."
)

// wNeutral returns the single version of a state whose borders did not
// change in 1939–1942.
func wNeutral(h holder, src, note string) []version {
	return []version{{Ctrl: h, Sov: h, Status: "independent", Source: src, Note: note}}
}

func westTerritories() []*territory {
	cg := func(name string) func(b *builder) geom.Geometry {
		return func(b *builder) geom.Geometry { return b.C(name) }
	}
	return []*territory{
		// ---------------- The neutrals ----------------
		{ID: "se-sweden", Name: "Sweden", Names: map[string]string{"sv": "Sverige"}, Geom: cg("Sweden"),
			Versions: wNeutral(sweden, "Borders unchanged 1939–1942; Sweden stayed neutral throughout the war",
				"Neutral, though it let German troops and war material cross its railways (the transit traffic of July 1940 – August 1943, and a whole division from Norway to Finland in June 1941) and sold Germany iron ore. "+wNoteNeutralWW)},
		{ID: "ch-switzerland", Name: "Switzerland", Names: map[string]string{"de": "Schweiz", "fr": "Suisse", "it": "Svizzera"}, Geom: cg("Switzerland"),
			Versions: wNeutral(swiss, "Borders unchanged 1939–1942; Swiss armed neutrality throughout the war", "Surrounded by the Axis and Axis-occupied France from November 1942. "+wNoteNeutralWW)},
		{ID: "li-liechtenstein", Name: "Liechtenstein", Geom: cg("Liechtenstein"),
			Versions: wNeutral(wLiecht, "Borders unchanged 1939–1942; neutral throughout the war",
				"In customs and postal union with Switzerland (treaty of 29 March 1923), which represented it abroad; not a member of the state system in the Correlates of War data until 1990.")},
		{ID: "pt-portugal", Name: "Portugal", Names: map[string]string{"pt": "Portugal"}, Geom: cg("Portugal"),
			Versions: wNeutral(portug, "Borders unchanged 1939–1942; neutral throughout the war (Anglo-Portuguese alliance kept in force)",
				"With Madeira and the Azores (the Azores lie mostly west of the atlas extent); the Allied bases in the Azores date from October 1943, after this period. "+wNoteNeutralWW)},
		{ID: "ie-ireland", Name: "Ireland", Names: map[string]string{"ga": "Éire"}, Geom: cg("Ireland"),
			Versions: wNeutral(ireland, "Borders unchanged 1939–1942; Irish neutrality throughout 'the Emergency' (from 2 September 1939)",
				"Éire under the constitution of 1937, whose articles 2 and 3 claimed the whole island; Northern Ireland stayed part of the United Kingdom.")},
		{ID: "es-spain", Name: "Spain", Names: map[string]string{"es": "España"}, Geom: cg("Spain"),
			Versions: wNeutral(wSpain, "Borders unchanged 1939–1942; the civil war ended on 1 April 1939; Spain declared neutrality on 4 September 1939 and 'non-belligerence' from 12 June 1940",
				"Franco's Spain, with the Balearic and Canary Islands. On 14 June 1940 Spanish troops occupied the international zone of Tangier (in Africa, not shown); Spain sent the Blue Division to fight the USSR from 1941 without declaring war.")},
		{ID: "ad-andorra", Name: "Andorra", Names: map[string]string{"ca": "Andorra"}, Geom: cg("Andorra"),
			Versions: wNeutral(wAndorra, "Borders unchanged 1939–1942; co-principality (paréage of 1278) under the Bishop of Urgell and the French head of state",
				"Neutral; not a member of the state system in the Correlates of War data until 1993.")},
		{ID: "sm-san-marino", Name: "San Marino", Geom: cg("San Marino"),
			Versions: wNeutral(wSanMarino, "Borders unchanged 1939–1942; independent republic enclosed by Italy",
				"Ruled by a fascist party close to Mussolini's until July 1943; not a member of the state system in the Correlates of War data until 1992.")},
		{ID: "va-vatican", Name: "Vatican City", Names: map[string]string{"it": "Città del Vaticano", "la": "Status Civitatis Vaticanae"}, Geom: cg("Vatican"),
			Versions: wNeutral(wVatican, "Lateran Treaty between the Holy See and Italy, 11 February 1929 (Vatican City State); neutral throughout the war",
				"Tiny at this scale; it may not show.")},
		{ID: "it-italy", Name: "Italy", Names: map[string]string{"it": "Italia"}, Geom: cg("Italy"),
			Versions: []version{{Ctrl: wItaly, Sov: wItaly, Status: "independent", Precision: "approximate",
				Source: "Kingdom of Italy (borders of the Treaties of Saint-Germain, 1919, and Rapallo, 1920, and of Rome, 1924, for Fiume); at war from 10 June 1940",
				Note:   "Drawn within today's borders: the Kingdom also held Istria, Fiume (Rijeka) and Zara (Zadar), now in Slovenia and Croatia, which are not shown here, and in 1941 annexed the Province of Ljubljana and much of Dalmatia (also not shown). Albania, invaded on 7 April 1939, is outside this region."}}},
		{ID: "tr-turkey", Name: "Turkey", Names: map[string]string{"tr": "Türkiye"},
			Geom:     func(b *builder) geom.Geometry { return diff(b.C("Turkey"), b.wHatay()) },
			Versions: wNeutral(wTurkey, "Treaty of Lausanne, 24 July 1923; neutral in 1939–1942 (Anglo-French–Turkish treaty of mutual assistance, 19 October 1939; German–Turkish friendship treaty, 18 June 1941)", wNoteNeutralWW)},
		{ID: "tr-hatay", Name: "Hatay (Sanjak of Alexandretta)", Names: map[string]string{"tr": "Hatay", "fr": "Sandjak d'Alexandrette", "ar": "لواء الإسكندرونة"},
			Geom: func(b *builder) geom.Geometry { return b.wHatay() },
			Versions: []version{
				{End: "1939-06-29", Name: "State of Hatay", Ctrl: wHatayState, Sov: wHatayState, Status: "client state", Precision: "approximate",
					Source: "Franco-Turkish agreements of 1937–1938; State of Hatay proclaimed 2 September 1938",
					Note:   "Detached from French-mandate Syria and nominally independent from September 1938, with French and Turkish troops stationed jointly since July 1938 and Turkish influence dominant. Syria regarded it as Syrian. The northern line against Turkey is approximate."},
				{Start: "1939-06-29", Ctrl: wTurkey, Sov: wTurkey, Status: "annexed", Precision: "approximate",
					Source: "Franco-Turkish agreement of 23 June 1939 ceding the sanjak; vote of the Hatay assembly for union with Turkey, 29 June 1939",
					Note:   "The last French troops left in July 1939 and Hatay became a Turkish province. France ceded it in return for Turkey's alignment with the Allies; Syria never recognised the transfer."},
			}},
		// ---------------- Scandinavia ----------------
		{ID: "dk-denmark", Name: "Denmark", Names: map[string]string{"da": "Danmark", "de": "Dänemark"}, Geom: cg("Denmark"),
			Versions: []version{
				{End: "1940-04-09", Ctrl: wDenmark, Sov: wDenmark, Status: "independent", Source: "Kingdom of Denmark (border with Germany by the Schleswig plebiscites of 1920); neutral; German–Danish non-aggression pact of 31 May 1939"},
				{Start: "1940-04-09", Ctrl: wGerDK, Sov: wDenmark, Status: "occupied", Source: wSrcWeser + "; Denmark accepted the occupation under protest the same morning",
					Note: "An occupation without annexation: Germany promised to respect Danish sovereignty, and King Christian X, the government, the Rigsdag, the courts and the police stayed in office under German 'protection', watched over by a German plenipotentiary in Copenhagen. The Danish minister in Washington refused to take orders from Copenhagen."},
			}},
		{ID: "gl-greenland", Name: "Greenland (east coast)", Names: map[string]string{"kl": "Kalaallit Nunaat", "da": "Grønland"}, Geom: cg("Greenland"),
			Versions: []version{
				{End: "1940-04-09", Ctrl: wDenmark, Sov: wDenmark, Status: "integral", Source: "Danish colony under the Act on the Administration of Greenland of 18 April 1925",
					Note: "Only the corner of the east coast inside the atlas's extent (west of 25°W it is cut off) is drawn."},
				{Start: "1940-04-09", Ctrl: holder{"Denmark (Greenland's own administration, cut off from occupied Copenhagen)", 390}, Sov: wDenmark, Status: "integral",
					Source: "German occupation of Denmark, 9 April 1940; the two governors took over under the emergency clause of the 1925 Act; Agreement relating to the Defense of Greenland (Washington, 9 April 1941)",
					Note:   "The governors ran Greenland on their own from 1940; Henrik Kauffmann, the Danish minister in Washington, signed the 1941 defence agreement with the United States without Copenhagen's consent, and US bases followed from 1941. Denmark kept the sovereignty."},
			}},
		{ID: "fo-faroe-islands", Name: "Faroe Islands", Names: map[string]string{"fo": "Føroyar", "da": "Færøerne"}, Geom: cg("Faeroe Is."),
			Versions: []version{
				{End: "1940-04-12", Ctrl: wDenmark, Sov: wDenmark, Status: "integral", Source: "Danish county (amt) of the Faroe Islands"},
				{Start: "1940-04-12", Ctrl: wUK, Sov: wDenmark, Status: "occupied", Source: "British occupation of the Faroe Islands, from 12 April 1940 (Operation Valentine)",
					Note: "A friendly occupation to keep the islands from Germany after Denmark fell: the Løgting and the Danish prefect (amtmand) went on governing, cut off from Copenhagen. Denmark's sovereignty was not questioned."},
			}},
		{ID: "is-iceland", Name: "Iceland", Names: map[string]string{"is": "Ísland"}, Geom: cg("Iceland"),
			Versions: []version{
				{End: "1940-05-10", Name: "Kingdom of Iceland", Ctrl: wIceland, Sov: wIceland, Status: "independent",
					Source: "Danish–Icelandic Act of Union, 1 December 1918 (sovereign kingdom in personal union with Denmark); neutral",
					Note:   "On 10 April 1940, with Denmark occupied, the Althing took over the king's powers and foreign affairs. Iceland had no army. It became a republic on 17 June 1944 (and a Correlates of War state from then)."},
				{Start: "1940-05-10", End: "1941-07-07", Ctrl: wUK, Sov: wIceland, Status: "occupied",
					Source: "British occupation of Iceland, 10 May 1940 (Operation Fork)",
					Note:   "The Icelandic government protested but cooperated; it kept governing the country. Canadian troops reinforced the British garrison in 1940."},
				{Start: "1941-07-07", Ctrl: wUSUK, Sov: wIceland, Status: "occupied",
					Source: "US–Icelandic defence agreement (exchange of notes of 1 July 1941); US Marines landed on 7 July 1941",
					Note:   "The United States took over Iceland's defence at the Icelandic government's request, while still neutral; British forces stayed and were drawn down in 1942, so the controller is given as both. The Icelandic government kept governing the country throughout."},
			}},
		{ID: "no-jan-mayen", Name: "Jan Mayen", Geom: func(b *builder) geom.Geometry { return b.wJanMayen() },
			Versions: []version{{Ctrl: norway, Sov: norway, Status: "integral", Source: "Annexed by Norway, 8 May 1929",
				Note: "Arctic island with a Norwegian weather station; it was not occupied by Germany. Svalbard, also Norwegian (Svalbard Treaty, 1920), lies north of the atlas extent: its people were evacuated by the Allied raid of August–September 1941 (Operation Gauntlet)."}}},
		{ID: "no-south", Name: "Southern Norway (Oslo, Bergen, Stavanger, Kristiansand)", Names: map[string]string{"no": "Sør-Norge (Østlandet, Sørlandet, Vestlandet)"},
			Geom: func(b *builder) geom.Geometry { return b.wNoSouth() },
			Versions: []version{
				{End: "1940-04-09", Ctrl: norway, Sov: norway, Status: "independent", Source: "Kingdom of Norway; neutral"},
				{Start: "1940-04-09", End: "1940-04-24", Ctrl: germanyMil, Sov: norway, Status: "occupied", Precision: "approximate", Source: wSrcWeser,
					Note: "German forces took Oslo, Kristiansand, Arendal, Egersund, Stavanger and Bergen on 9 April (the Blücher was sunk in the Oslofjord, letting the King and government escape). Norwegian and Allied forces held much of the interior into late April; the last Norwegian units in the south gave up in early May. Quisling's self-proclaimed government of 9 April was set aside by the Germans on 15 April."},
				{Start: "1940-04-24", Ctrl: germanyNorway, Sov: norway, Status: "occupied", Source: wSrcTerboven, Note: wNoteNorway},
			}},
		{ID: "no-trondelag", Name: "Trøndelag (Trondheim, Namsos)", Names: map[string]string{"no": "Trøndelag"},
			Geom: func(b *builder) geom.Geometry { return b.wNoTrondelag() },
			Versions: []version{
				{End: "1940-05-03~", Ctrl: norway, Sov: norway, Status: "independent", Source: "Kingdom of Norway", Precision: "approximate",
					Note: "German troops landed at Trondheim on 9 April 1940 and held the town and the Værnes airfield; British and French troops landed at Namsos from 14 April and were evacuated on 2–3 May. The Hegra fortress held out until 5 May."},
				{Start: "1940-05-03~", Ctrl: germanyNorway, Sov: norway, Status: "occupied", Source: "German conquest of Trøndelag, completed in early May 1940; " + wSrcTerboven, Note: wNoteNorway, Precision: "approximate"},
			}},
		{ID: "no-helgeland", Name: "Helgeland (Mosjøen, Mo i Rana)", Names: map[string]string{"no": "Helgeland"},
			Geom: func(b *builder) geom.Geometry { return b.wNoHelgeland() },
			Versions: []version{
				{End: "1940-05-18~", Ctrl: norway, Sov: norway, Status: "independent", Source: "Kingdom of Norway", Precision: "approximate",
					Note: "German troops advanced north from Trøndelag in May 1940: Mosjøen was taken around 11 May and Mo i Rana around 18 May, despite British and Norwegian rearguards."},
				{Start: "1940-05-18~", Ctrl: germanyNorway, Sov: norway, Status: "occupied", Source: "German advance through Helgeland, May 1940; " + wSrcTerboven, Note: wNoteNorway, Precision: "approximate"},
			}},
		{ID: "no-narvik", Name: "Narvik and Ofoten", Names: map[string]string{"no": "Narvik og Ofoten"},
			Geom: func(b *builder) geom.Geometry { return b.wNoNarvik() },
			Versions: []version{
				{End: "1940-04-09", Ctrl: norway, Sov: norway, Status: "independent", Source: "Kingdom of Norway; Narvik, the ice-free port for Swedish iron ore"},
				{Start: "1940-04-09", End: "1940-05-28", Ctrl: germanyMil, Sov: norway, Status: "occupied", Precision: "approximate", Source: wSrcWeser + "; General Dietl's mountain troops landed at Narvik",
					Note: "The German destroyers were sunk in the two naval battles of Narvik (10 and 13 April), but Dietl's troops held the town and the ore railway towards the Swedish border while Norwegian, British, French and Polish forces closed in (Bjerkvik landing, 13 May)."},
				{Start: "1940-05-28", End: "1940-06-10", Ctrl: norway, Sov: norway, Status: "independent", Precision: "approximate",
					Source: "Recapture of Narvik by Norwegian, French, Polish and British troops, 28 May 1940",
					Note:   "Held by Allied and Norwegian forces until the Allies evacuated northern Norway on 4–8 June; the German troops, pushed back towards the Swedish border, then returned."},
				{Start: "1940-06-10", Ctrl: germanyNorway, Sov: norway, Status: "occupied", Source: "Capitulation of the Norwegian army in northern Norway, 10 June 1940; " + wSrcTerboven, Note: wNoteNorway},
			}},
		{ID: "no-north", Name: "Northern Norway (Bodø, Tromsø, Finnmark)", Names: map[string]string{"no": "Nord-Norge"},
			Geom: func(b *builder) geom.Geometry { return b.wNoNorth() },
			Versions: []version{
				{End: "1940-06-10", Ctrl: norway, Sov: norway, Status: "independent", Source: "Kingdom of Norway",
					Note: "Never reached by the invasion until the end: the King and the government moved to Tromsø in May 1940 and left for Britain on 7 June. Bodø, at the southern edge of this piece, was given up by British troops at the end of May and taken by the Germans in the first days of June.", Precision: "approximate"},
				{Start: "1940-06-10", Ctrl: germanyNorway, Sov: norway, Status: "occupied", Source: "Capitulation of the Norwegian army in northern Norway, 10 June 1940; " + wSrcTerboven, Note: wNoteNorway},
			}},
		// ---------------- The Low Countries ----------------
		{ID: "nl-netherlands", Name: "Netherlands", Names: map[string]string{"nl": "Nederland"},
			Geom: func(b *builder) geom.Geometry { return diff(b.C("Netherlands"), b.wZeeland()) },
			Versions: []version{
				{End: "1940-05-15", Ctrl: wNL, Sov: wNL, Status: "independent", Source: "Kingdom of the Netherlands; neutral",
					Note: "Invaded on 10 May 1940: the north-east and Limburg were overrun in the first days, and the Germans reached Rotterdam from the south on 13 May; the centre of Rotterdam was bombed on 14 May. Shown Dutch until the capitulation (approximate for the last five days).", Precision: "approximate"},
				{Start: "1940-05-15", End: "1940-05-29", Ctrl: germanyMil, Sov: wNL, Status: "occupied",
					Source: "Capitulation of the Dutch army, signed at Rijsoord on 15 May 1940 (General Winkelman)",
					Note:   "Queen Wilhelmina and the government had left for London on 13 May and kept the kingdom at war."},
				{Start: "1940-05-29", Ctrl: wGerNL, Sov: wNL, Status: "occupied",
					Source: "Hitler's decree of 18 May 1940 appointing Arthur Seyss-Inquart Reich Commissioner for the occupied Netherlands; he took office on 29 May 1940",
					Note:   "A civil occupation regime: the Dutch secretaries-general ran the ministries under the Reich Commissioner. Germany did not annex the country."},
			}},
		{ID: "nl-zeeland", Name: "Zeeland", Names: map[string]string{"nl": "Zeeland"},
			Geom: func(b *builder) geom.Geometry { return b.wZeeland() },
			Versions: []version{
				{End: "1940-05-17", Ctrl: wNL, Sov: wNL, Status: "independent", Source: "Kingdom of the Netherlands (province of Zeeland); neutral",
					Note: "Zeeland was left out of the capitulation of 15 May: Dutch and French troops fought on until 17 May (Middelburg was bombed that day)."},
				{Start: "1940-05-17", End: "1940-05-29", Ctrl: germanyMil, Sov: wNL, Status: "occupied", Source: "Surrender of the Dutch forces in Zeeland, 17 May 1940"},
				{Start: "1940-05-29", Ctrl: wGerNL, Sov: wNL, Status: "occupied", Source: "Seyss-Inquart took office as Reich Commissioner for the occupied Netherlands, 29 May 1940"},
			}},
		{ID: "be-belgium", Name: "Belgium (Brussels, Antwerp, Liège, Wallonia)", Names: map[string]string{"nl": "België", "fr": "Belgique", "de": "Belgien"},
			Geom: func(b *builder) geom.Geometry { return b.wBelgiumRest() },
			Versions: []version{
				{End: "1940-05-17", Ctrl: wBE, Sov: wBE, Status: "independent", Source: "Kingdom of Belgium; neutral (policy of independence of 1936)", Precision: "approximate",
					Note: "Invaded on 10 May 1940: Eben-Emael fell on 11 May and the east of the country in the first days; the Belgian, British and French armies fell back from the Dyle line on 16 May. Brussels (17 May) is used for the whole piece; Antwerp fell on 18 May."},
				{Start: "1940-05-17", Ctrl: wGerBNF, Sov: wBE, Status: "occupied", Precision: "approximate",
					Source: "German entry into Brussels, 17 May 1940; German military administration of Belgium and Northern France (General von Falkenhausen)",
					Note:   "King Leopold III stayed in Belgium as a prisoner after the capitulation; the Pierlot government went into exile in London (from October 1940). The Belgian secretaries-general administered under the German military command."},
			}},
		{ID: "be-flanders", Name: "West and East Flanders (Bruges, Ghent, Ostend)", Names: map[string]string{"nl": "West- en Oost-Vlaanderen", "fr": "Flandre-Occidentale et Flandre-Orientale"},
			Geom: func(b *builder) geom.Geometry { return b.wFlanders() },
			Versions: []version{
				{End: "1940-05-28", Ctrl: wBE, Sov: wBE, Status: "independent", Source: "Kingdom of Belgium", Precision: "approximate",
					Note: "The last ground of the Belgian army, on the Lys, from about 20 May; Ghent was lost a few days before the capitulation."},
				{Start: "1940-05-28", Ctrl: wGerBNF, Sov: wBE, Status: "occupied",
					Source: "Unconditional capitulation of the Belgian army, ordered by King Leopold III and effective 28 May 1940 at 04:00",
					Note:   "Under the German military administration of Belgium and Northern France."},
			}},
		{ID: "be-eupen-malmedy", Name: "Eupen-Malmedy (with Sankt Vith and the Montzen area)", Names: map[string]string{"de": "Eupen-Malmedy, Sankt Vith", "fr": "Eupen-Malmedy, Saint-Vith"},
			Geom: func(b *builder) geom.Geometry { return b.wEupenMalmedy() },
			Versions: []version{
				{End: "1940-05-10", Ctrl: wBE, Sov: wBE, Status: "integral", Source: "Treaty of Versailles, 28 June 1919, art. 34 (Eupen and Malmedy to Belgium, confirmed by the League of Nations on 20 September 1920); Moresnet by art. 32"},
				{Start: "1940-05-10", End: "1940-05-18", Ctrl: germanyMil, Sov: wBE, Status: "occupied", Source: wSrcGelb},
				{Start: "1940-05-18", Ctrl: germany, Sov: germany, Status: "annexed", Precision: "approximate",
					Source: "Führer decree of 18 May 1940 on the reunification of Eupen, Malmedy and Moresnet with the German Reich; decree of 23 May 1940 adding ten Belgian communes around Montzen",
					Note:   "Attached to the Aachen district of the Rhine Province. Never recognised by Belgium or the Allies, and undone in 1944–45. The 1940 annexation went beyond the pre-1920 border (the Montzen area, Beho and parcels of other communes); the line is approximate."},
			}},
		{ID: "lu-luxembourg", Name: "Luxembourg", Names: map[string]string{"lb": "Lëtzebuerg", "fr": "Luxembourg", "de": "Luxemburg"}, Geom: cg("Luxembourg"),
			Versions: []version{
				{End: "1940-05-10", Ctrl: wLU, Sov: wLU, Status: "independent", Source: "Grand Duchy of Luxembourg; perpetual neutrality under the Treaty of London, 11 May 1867"},
				{Start: "1940-05-10", End: "1940-07-29", Ctrl: germanyMil, Sov: wLU, Status: "occupied", Source: wSrcGelb,
					Note: "Grand Duchess Charlotte and the government left for exile; a government commission of senior officials under Albert Wehrer dealt with the German military administration."},
				{Start: "1940-07-29", End: "1942-08-30", Ctrl: wGerLux, Sov: wLU, Status: "occupied",
					Source: "Civil administration of Luxembourg under Gauleiter Gustav Simon, from 29 July 1940 (confirmed by Hitler's decree of 2 August 1940)",
					Note:   "Aimed at annexation from the start: German became the only official language in August 1940, the constitution and the parties were swept away."},
				{Start: "1942-08-30", Ctrl: wGerMoselland, Sov: wLU, Status: "occupied",
					Source: "Simon's proclamation of 30 August 1942 incorporating Luxembourg into the Reich (Gau Moselland) and introducing conscription into the Wehrmacht",
					Note:   "Germany claimed Luxembourg as annexed; the annexation was never recognised by the Grand Duchess's government in exile or by the Allies, so the sovereign stays Luxembourg. The announcement set off the general strike of 31 August – 3 September 1942, which was crushed with executions."},
			}},
		// ---------------- British Isles ----------------
		{ID: "gb-united-kingdom", Name: "United Kingdom", Names: map[string]string{"cy": "Y Deyrnas Unedig", "ga": "An Ríocht Aontaithe"}, Geom: cg("United Kingdom"),
			Versions: wNeutral(wUK, "United Kingdom of Great Britain and Northern Ireland (Anglo-Irish Treaty, 1921; Royal and Parliamentary Titles Act, 1927); at war with Germany from 3 September 1939",
				"Great Britain and Northern Ireland; borders unchanged throughout the war.")},
		{ID: "im-isle-of-man", Name: "Isle of Man", Names: map[string]string{"gv": "Ellan Vannin"}, Geom: cg("Isle of Man"),
			Versions: []version{{Ctrl: wUK, Sov: wUK, Status: "integral", Source: "Crown dependency of the British Crown; defended and represented by the United Kingdom",
				Note: "Not part of the United Kingdom in law but under the British Crown; shown with it. Used for internment camps from 1940."}}},
		{ID: "gg-guernsey", Name: "Guernsey (with Alderney and Sark)", Names: map[string]string{"fr": "Guernesey"}, Geom: cg("Guernsey"),
			Versions: []version{
				{End: "1940-06-30", Ctrl: wUK, Sov: wUK, Status: "integral", Source: "Bailiwick of Guernsey, Crown dependency of the British Crown",
					Note: "Britain demilitarised the Channel Islands on 19–20 June 1940; Alderney was almost entirely evacuated."},
				{Start: "1940-06-30", Ctrl: wGerFR, Sov: wUK, Status: "occupied",
					Source: "German occupation of Guernsey, 30 June 1940 (Alderney 2 July, Sark 3 July)",
					Note:   "The only British soil occupied by Germany. The island authorities stayed in office under a German Feldkommandantur subordinate to the military administration in France."},
			}},
		{ID: "je-jersey", Name: "Jersey", Geom: cg("Jersey"),
			Versions: []version{
				{End: "1940-07-01", Ctrl: wUK, Sov: wUK, Status: "integral", Source: "Bailiwick of Jersey, Crown dependency of the British Crown",
					Note: "Demilitarised by Britain on 19–20 June 1940."},
				{Start: "1940-07-01", Ctrl: wGerFR, Sov: wUK, Status: "occupied", Source: "German occupation of Jersey, 1 July 1940",
					Note: "The Bailiff and the States stayed in office under the German Feldkommandantur; in September 1942 British-born residents were deported to Germany."},
			}},
		// ---------------- France ----------------
		{ID: "fr-occupied-north", Name: "Northern France (Paris, Normandy, Brittany, Champagne)", Names: map[string]string{"fr": "Zone occupée (nord)"},
			Geom: func(b *builder) geom.Geometry { return b.wOccupiedNorth() },
			Versions: []version{
				{End: "1940-06-14", Ctrl: wFrance, Sov: wFrance, Status: "independent", Source: "French Republic (Third Republic); at war with Germany from 3 September 1939", Precision: "approximate",
					Note: "From 13 May 1940 the Germans broke through on the Meuse at Sedan and took the Ardennes, Aisne and Somme in May; the battle on the Somme and the Aisne began on 5 June, Rouen fell on 9 June. Paris (14 June) is used for the whole piece; Brittany and the lower Loire were overrun by about 19–20 June."},
				{Start: "1940-06-14", Ctrl: wGerFR, Sov: wFrance, Status: "occupied", Precision: "approximate",
					Source: "German entry into Paris, 14 June 1940 (declared an open city); " + wSrcArmistice,
					Note:   wNoteFrOcc + " A coastal and north-eastern 'forbidden zone' inside it, closed to returning refugees, is not drawn."},
			}},
		{ID: "fr-occupied-atlantic", Name: "Western France (Atlantic coast: Bordeaux, Poitiers, La Rochelle)", Names: map[string]string{"fr": "Zone occupée (côte atlantique)"},
			Geom: func(b *builder) geom.Geometry { return b.wOccupiedAtlantic() },
			Versions: []version{
				{End: "1940-06-25", Ctrl: wFrance, Sov: wFrance, Status: "independent", Source: "French Republic (Third Republic)", Precision: "approximate",
					Note: "German troops crossed the Loire from about 19 June 1940 and took Poitiers and the coast towards La Rochelle in the days before the armistice; the French government sat at Bordeaux from 14 to 29 June."},
				{Start: "1940-06-25", Ctrl: wGerFR, Sov: wFrance, Status: "occupied", Precision: "approximate",
					Source: wSrcArmistice,
					Note:   "Assigned to German occupation by the armistice so that Germany held the whole Atlantic coast to the Spanish border; German troops entered Bordeaux and reached Hendaye at the end of June, after the French government had left for Clermont-Ferrand and Vichy. " + wNoteFrOcc},
			}},
		{ID: "fr-nord-pas-de-calais", Name: "Nord and Pas-de-Calais", Names: map[string]string{"fr": "Nord et Pas-de-Calais"},
			Geom: func(b *builder) geom.Geometry { return b.wNordPdC() },
			Versions: []version{
				{End: "1940-05-26~", Ctrl: wFrance, Sov: wFrance, Status: "independent", Source: "French Republic (Third Republic)"},
				{Start: "1940-05-26~", Ctrl: wGerBNF, Sov: wFrance, Status: "occupied", Precision: "approximate",
					Source: "German advance to the Channel, May 1940 (Arras 24 May, Boulogne 25 May, Calais 26 May, Lille 31 May, Dunkirk 4 June); the two departments were attached to the military commander in Brussels",
					Note:   "Cut off from Paris and governed by the German military administration of Belgium and Northern France, outside the authority of the armistice commission. " + wNoteFrOcc},
			}},
		{ID: "fr-alsace", Name: "Alsace (Bas-Rhin, Haut-Rhin)", Names: map[string]string{"fr": "Alsace", "de": "Elsass"},
			Geom: func(b *builder) geom.Geometry { return b.wAlsace() },
			Versions: []version{
				{End: "1940-06-19~", Ctrl: wFrance, Sov: wFrance, Status: "integral", Source: "Treaty of Versailles, 28 June 1919, art. 51 (return of Alsace-Lorraine to France)"},
				{Start: "1940-06-19~", End: "1940-08-02", Ctrl: germanyMil, Sov: wFrance, Status: "occupied", Precision: "approximate",
					Source: "German crossing of the Rhine, 15 June 1940; Colmar taken 17 June and Strasbourg 19 June 1940",
					Note:   "Some Maginot Line garrisons held out until after the armistice. Gauleiter Robert Wagner took over the civil administration within days of the conquest, before the armistice."},
				{Start: "1940-08-02", Ctrl: wGerAlsace, Sov: wFrance, Status: "occupied", Source: wSrcCdZ + "; Alsace attached to Gau Baden", Note: wNoteAlsMos},
			}},
		{ID: "fr-moselle", Name: "Moselle (northern Lorraine)", Names: map[string]string{"fr": "Moselle", "de": "Lothringen"},
			Geom: func(b *builder) geom.Geometry { return b.wMoselle() },
			Versions: []version{
				{End: "1940-06-17~", Ctrl: wFrance, Sov: wFrance, Status: "integral", Source: "Treaty of Versailles, 28 June 1919, art. 51 (return of Alsace-Lorraine to France)"},
				{Start: "1940-06-17~", End: "1940-08-02", Ctrl: germanyMil, Sov: wFrance, Status: "occupied", Precision: "approximate",
					Source: "German advance into Lorraine, June 1940; Metz taken 17 June 1940", Note: "The Maginot Line forts north of Metz surrendered only after the armistice."},
				{Start: "1940-08-02", Ctrl: wGerLorraine, Sov: wFrance, Status: "occupied", Source: wSrcCdZ + "; Moselle attached to Bürckel's Gau Saarpfalz (later Westmark)", Note: wNoteAlsMos},
			}},
		{ID: "fr-free-zone-west", Name: "Southern France (Vichy, Lyon, Toulouse, Marseille, Limoges)", Names: map[string]string{"fr": "Zone libre (zone sud)"},
			Geom: func(b *builder) geom.Geometry { return b.wFreeWest() },
			Versions: []version{
				{End: "1940-07-11", Ctrl: wFrance, Sov: wFrance, Status: "independent", Source: "French Republic (Third Republic); free zone under the armistice of 22 June 1940, art. 2", Precision: "approximate",
					Note: "Before the armistice German troops pushed beyond the later demarcation line (Lyon was entered on 19–20 June, and Clermont-Ferrand and Saint-Étienne were reached); they withdrew behind the line in early July 1940. This is not shown."},
				{Start: "1940-07-11", End: "1942-11-11", Ctrl: wVichy, Sov: wFrance, Status: "independent", Source: wSrcVichy, Note: wNoteVichy},
				{Start: "1942-11-11", Ctrl: wGerSouth, Sov: wFrance, Status: "occupied", Source: wSrcAnton,
					Note: "The armistice army was disbanded on 27 November 1942; the Vichy government stayed in office, its authority over the southern zone now under the German military. " + wNoteFrOcc},
			}},
		{ID: "fr-free-zone-east", Name: "South-eastern France (Savoy, Dauphiné, Provence, Nice)", Names: map[string]string{"fr": "Zone libre (Savoie, Dauphiné, Provence)", "it": "Zona d'occupazione italiana"},
			Geom: func(b *builder) geom.Geometry { return b.wFreeEast() },
			Versions: []version{
				{End: "1940-07-11", Ctrl: wFrance, Sov: wFrance, Status: "independent", Source: "French Republic (Third Republic); free zone under the armistices of 22 and 24 June 1940",
					Note: "Italy's offensive across the Alps (21–24 June 1940) gained little; the Franco-Italian armistice set a demilitarised strip 50 km deep along the front."},
				{Start: "1940-07-11", End: "1942-11-11", Ctrl: wVichy, Sov: wFrance, Status: "independent", Source: wSrcVichy, Note: wNoteVichy},
				{Start: "1942-11-11", Ctrl: wItaly, Sov: wFrance, Status: "occupied", Source: wSrcAntonIt, Precision: "approximate",
					Note: "The Italian 4th Army occupied the departments east of the Rhône. The naval base of Toulon, in this area, stayed in French hands until the Germans moved in on 27 November 1942, when the French fleet scuttled itself. The western limit is approximate: parts of Vaucluse and Ain are not split exactly. " + wNoteFrOcc},
			}},
		{ID: "fr-menton", Name: "Menton and the Roya border strip", Names: map[string]string{"fr": "Menton", "it": "Mentone"},
			Geom: func(b *builder) geom.Geometry { return b.wMenton() },
			Versions: []version{
				{End: "1940-06-25", Ctrl: wFrance, Sov: wFrance, Status: "integral", Source: "French since 1860–61: the county of Nice by the Treaty of Turin, 24 March 1860; Menton and Roquebrune bought from the Prince of Monaco by the treaty of 2 February 1861",
					Note: "Italy declared war on 10 June 1940; its offensive along the coast and in the Alps (21–24 June) reached Menton in the last days before the armistice."},
				{Start: "1940-06-25", Ctrl: wItaly, Sov: wFrance, Status: "occupied", Precision: "approximate",
					Source: "Franco-Italian armistice, Villa Incisa (Rome), 24 June 1940, in force 25 June 1940: Italian occupation of the ground taken",
					Note:   "Italy ran Menton much as Italian territory, but France ceded nothing. The Italian zone of 1940 also had small Alpine strips in Savoie and the Hautes-Alpes that are not drawn."},
			}},
		{ID: "fr-corsica", Name: "Corsica", Names: map[string]string{"fr": "Corse", "co": "Corsica", "it": "Corsica"},
			Geom: func(b *builder) geom.Geometry { return b.wCorsica() },
			Versions: []version{
				{End: "1940-07-11", Ctrl: wFrance, Sov: wFrance, Status: "integral", Source: "French since the Treaty of Versailles (France–Genoa), 15 May 1768",
					Note: "Claimed by Italian irredentists; not occupied in 1940."},
				{Start: "1940-07-11", End: "1942-11-11", Ctrl: wVichy, Sov: wFrance, Status: "integral", Source: wSrcVichy, Note: wNoteVichy},
				{Start: "1942-11-11", Ctrl: wItaly, Sov: wFrance, Status: "occupied", Source: wSrcAntonIt + "; Italian landings at Bastia and Ajaccio from 11 November 1942",
					Note: "Italian military occupation. " + wNoteFrOcc},
			}},
		{ID: "mc-monaco", Name: "Monaco", Names: map[string]string{"fr": "Monaco"}, Geom: cg("Monaco"),
			Versions: []version{
				{End: "1942-11-11", Ctrl: wMonaco, Sov: wMonaco, Status: "independent", Source: "Principality of Monaco; Franco-Monegasque treaty of protection, 17 July 1918; neutral",
					Note: "A French garrison was posted in September 1939 under the 1918 treaty. Not a member of the state system in the Correlates of War data until 1993. Tiny at this scale; it may not show."},
				{Start: "1942-11-11", Ctrl: wItaly, Sov: wMonaco, Status: "occupied", Source: "Italian troops entered the principality on 11 November 1942",
					Note: "Prince Louis II stayed on the throne."},
			}},
	}
}
