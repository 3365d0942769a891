package main

// westEvents: the dated story of western and northern Europe, 1939–1942, in
// our own words.
func westEvents() []event {
	norway := []string{"no-south", "no-trondelag", "no-helgeland", "no-narvik", "no-north"}
	france := []string{"fr-occupied-north", "fr-occupied-atlantic", "fr-nord-pas-de-calais", "fr-alsace", "fr-moselle", "fr-free-zone-west", "fr-free-zone-east", "fr-menton", "fr-corsica"}
	lowCountries := []string{"nl-netherlands", "nl-zeeland", "be-belgium", "be-flanders", "be-eupen-malmedy", "lu-luxembourg"}
	cat := func(lists ...[]string) []string {
		var out []string
		for _, l := range lists {
			out = append(out, l...)
		}
		return out
	}
	return []event{
		{ID: "hatay-joins-turkey", Date: "1939-06-29", Title: "Hatay votes to join Turkey",
			Description: "Six days after France agreed to cede the Sanjak of Alexandretta to secure Turkey's goodwill, the assembly of the State of Hatay votes for union with Turkey; the last French troops leave in July.",
			Territories: []string{"tr-hatay", "tr-turkey"}, Source: "Franco-Turkish agreement of 23 June 1939; vote of the Hatay assembly, 29 June 1939",
			DateNote: "The cession was agreed on 23 June; the formal incorporation into Turkey followed in July 1939."},
		{ID: "weserubung", Date: "1940-04-09", Title: "Germany invades Denmark and Norway",
			Description: "Operation Weserübung: Denmark is occupied within hours and its government stays in office under protest; in Norway German forces seize Oslo, the southern ports, Bergen, Trondheim and Narvik, but the King and government escape and fight on.",
			Territories: cat([]string{"dk-denmark"}, norway), Source: "German invasion of Denmark and Norway, 9 April 1940"},
		{ID: "faroes-occupied", Date: "1940-04-12", Title: "Britain occupies the Faroe Islands",
			Description: "With Denmark under German control, British forces occupy the Danish Faroe Islands to keep them and their waters out of German hands; the local authorities carry on.",
			Territories: []string{"fo-faroe-islands"}, Source: "British occupation of the Faroe Islands (Operation Valentine), April 1940",
			DateNote: "The first British warships arrived on 12 April; troops landed on 13 April 1940."},
		{ID: "reichskommissariat-norwegen", Date: "1940-04-24", Title: "Terboven named Reich Commissioner for Norway",
			Description: "Hitler puts the occupied parts of Norway under Josef Terboven, Gauleiter of Essen, as Reich Commissioner, answerable to him alone.",
			Territories: norway, Source: "Hitler's decree of 24 April 1940"},
		{ID: "fall-gelb", Date: "1940-05-10", Title: "Germany invades the Netherlands, Belgium, Luxembourg and France",
			Description: "The German offensive in the west begins: airborne troops land in the Netherlands and at Eben-Emael, Luxembourg is overrun in a day, and the main thrust goes through the Ardennes towards the Meuse at Sedan.",
			Territories: cat(lowCountries, []string{"fr-occupied-north", "fr-nord-pas-de-calais"}), Source: "German invasion of the Low Countries and France, 10 May 1940 (Fall Gelb)"},
		{ID: "iceland-occupied", Date: "1940-05-10", Title: "British forces occupy Iceland",
			Description: "British troops land at Reykjavík to forestall a German move on Iceland, cut off from Denmark; the Icelandic government protests but cooperates.",
			Territories: []string{"is-iceland"}, Source: "British occupation of Iceland, 10 May 1940 (Operation Fork)"},
		{ID: "dutch-capitulation", Date: "1940-05-15", Title: "The Netherlands capitulate",
			Description: "After the bombing of Rotterdam and the threat to other cities, General Winkelman signs the capitulation of the Dutch army at Rijsoord; Zeeland fights on until 17 May. The Queen and government carry on the war from London.",
			Territories: []string{"nl-netherlands", "nl-zeeland"}, Source: "Capitulation of the Dutch forces, Rijsoord, 15 May 1940",
			DateNote: "Winkelman announced the surrender on the evening of 14 May; the document was signed on 15 May 1940."},
		{ID: "eupen-malmedy-annexed", Date: "1940-05-18", Title: "Germany annexes Eupen-Malmedy",
			Description: "A decree of Hitler declares Eupen, Malmedy and Moresnet, Belgian since the Treaty of Versailles, reunited with the Reich; a further decree adds ten neighbouring communes around Montzen.",
			Territories: []string{"be-eupen-malmedy"}, Source: "Führer decree of 18 May 1940; decree of 23 May 1940 on the Montzen communes"},
		{ID: "belgian-capitulation", Date: "1940-05-28", Title: "Belgium capitulates",
			Description: "Cornered in western Flanders, King Leopold III orders the Belgian army to lay down its arms; the government, which disowns the decision, goes on with the war from abroad. Belgium and northern France come under a German military administration in Brussels.",
			Territories: []string{"be-belgium", "be-flanders", "fr-nord-pas-de-calais"}, Source: "Capitulation of the Belgian army, effective 28 May 1940"},
		{ID: "narvik-retaken", Date: "1940-05-28", Title: "Allied and Norwegian troops retake Narvik",
			Description: "French, Polish, Norwegian and British forces take Narvik back from Dietl's mountain troops, the first Allied land victory of the war; by then the Allies have already decided to leave Norway.",
			Territories: []string{"no-narvik"}, Source: "Recapture of Narvik, 28 May 1940"},
		{ID: "reichskommissariat-niederlande", Date: "1940-05-29", Title: "Seyss-Inquart takes over the Netherlands",
			Description: "Arthur Seyss-Inquart takes office in The Hague as Reich Commissioner for the occupied Netherlands, replacing the brief military administration.",
			Territories: []string{"nl-netherlands", "nl-zeeland"}, Source: "Hitler's decree of 18 May 1940; Seyss-Inquart installed 29 May 1940"},
		{ID: "norway-capitulation", Date: "1940-06-10", Title: "Norway's army capitulates",
			Description: "With the Allies gone from Narvik and the King and government sailed for Britain on 7 June, the Norwegian forces in the north lay down their arms. Norway as a state stays at war from London.",
			Territories: norway, Source: "Capitulation of the Norwegian forces, 10 June 1940"},
		{ID: "italy-enters-war", Date: "1940-06-10", Title: "Italy declares war on France and Britain",
			Description: "Mussolini joins the war as France collapses; the Italian offensive in the Alps and on the Riviera comes only on 21–24 June and takes little beyond Menton.",
			Territories: []string{"it-italy", "fr-menton", "fr-free-zone-east"}, Source: "Italian declaration of war, 10 June 1940"},
		{ID: "paris-falls", Date: "1940-06-14", Title: "German troops enter Paris",
			Description: "The government having left for Tours and then Bordeaux, Paris is declared an open city and German troops march in unopposed.",
			Territories: []string{"fr-occupied-north"}, Source: "Entry of the German army into Paris, 14 June 1940"},
		{ID: "franco-german-armistice", Date: "1940-06-22", Title: "Franco-German armistice at Rethondes",
			Description: "Pétain's government signs the armistice in the railway carriage of 1918: Germany occupies the north and the whole Atlantic coast, a free zone is left to the French government, and the fleet is to be disarmed. Alsace and Moselle are not mentioned, but Germany soon takes them over.",
			Territories: france, Source: "Franco-German armistice, Rethondes, 22 June 1940",
			DateNote: "Signed 22 June; in force from 00:35 on 25 June 1940, after the Franco-Italian armistice."},
		{ID: "franco-italian-armistice", Date: "1940-06-24", Title: "Franco-Italian armistice",
			Description: "Signed near Rome: Italy keeps only the ground its troops hold, chiefly Menton, and a 50 km demilitarised strip is set on the French side of the front.",
			Territories: []string{"fr-menton", "fr-free-zone-east", "fr-corsica"}, Source: "Franco-Italian armistice, Villa Incisa, 24 June 1940"},
		{ID: "channel-islands-occupied", Date: "1940-06-30", Title: "Germany occupies the Channel Islands",
			Description: "German troops land on Guernsey, demilitarised and left undefended by Britain, and on Jersey the next day; Alderney and Sark follow. They are the only British territory occupied by Germany.",
			Territories: []string{"gg-guernsey", "je-jersey"}, Source: "German occupation of the Channel Islands, 30 June – 3 July 1940"},
		{ID: "vichy-full-powers", Date: "1940-07-10", Title: "Full powers to Pétain: the Vichy regime",
			Description: "Meeting at Vichy, the National Assembly gives Marshal Pétain full powers; the next day he makes himself head of the French State, ending the Third Republic.",
			Territories: []string{"fr-free-zone-west", "fr-free-zone-east", "fr-corsica"}, Source: "Constitutional law of 10 July 1940; constitutional acts of 11 July 1940"},
		{ID: "luxembourg-civil-administration", Date: "1940-07-29", Title: "Luxembourg under a German civil administration",
			Description: "Gauleiter Gustav Simon takes over Luxembourg as Chief of Civil Administration with the task of making it German; Hitler confirms him on 2 August.",
			Territories: []string{"lu-luxembourg"}, Source: "Civil administration of Luxembourg from 29 July 1940; Hitler's decree of 2 August 1940"},
		{ID: "alsace-moselle-cdz", Date: "1940-08-02", Title: "Alsace and Moselle put under German gauleiters",
			Description: "By an unpublished decree, Hitler places Alsace under Robert Wagner of Baden and Moselle under Josef Bürckel of the Saar-Palatinate as chiefs of civil administration: a hidden annexation that France cannot prevent.",
			Territories: []string{"fr-alsace", "fr-moselle"}, Source: "Führer decree of 2 August 1940 on the provisional administration of Alsace and Lorraine"},
		{ID: "us-forces-iceland", Date: "1941-07-07", Title: "US forces arrive in Iceland",
			Description: "At the request of Iceland's government, US Marines land to take over the island's defence from Britain, months before the United States enters the war.",
			Territories: []string{"is-iceland"}, Source: "US–Icelandic defence agreement of 1 July 1941; landing of 7 July 1941"},
		{ID: "operation-gauntlet", Date: "1941-08-25", Title: "Allied raid on Spitsbergen",
			Description: "Canadian, British and Norwegian troops land on Norway's Svalbard, evacuate its Norwegian and Soviet miners and wreck the coal mines and radio stations so that Germany cannot use them. Svalbard lies north of this atlas.",
			Territories: []string{}, Source: "Operation Gauntlet, 25 August – 3 September 1941"},
		{ID: "luxembourg-annexed", Date: "1942-08-30", Title: "Germany declares Luxembourg annexed",
			Description: "Simon proclaims Luxembourg part of the Reich and introduces conscription into the Wehrmacht; a general strike follows and is crushed with executions. The Grand Duchess's government in exile and the Allies reject the annexation.",
			Territories: []string{"lu-luxembourg"}, Source: "Proclamation of Gauleiter Simon, 30 August 1942"},
		{ID: "case-anton", Date: "1942-11-11", Title: "Germany and Italy occupy the free zone",
			Description: "After the Allied landings in North Africa, German troops cross the demarcation line and occupy southern France while Italy takes the area east of the Rhône, Corsica and Monaco. The Vichy government stays, with even less power; on 27 November the fleet at Toulon scuttles itself.",
			Territories: []string{"fr-free-zone-west", "fr-free-zone-east", "fr-corsica", "mc-monaco"}, Source: "Case Anton and the Italian occupation, 11–12 November 1942"},
	}
}
