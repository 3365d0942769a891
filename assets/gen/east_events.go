package main

import "github.com/peterstace/simplefeatures/geom"

var (
	eastPolishIDs = []string{"pl-danzig-west-prussia", "pl-wartheland", "pl-zichenau", "pl-east-upper-silesia", "pl-suwalki",
		"pl-krakow-radom", "pl-warsaw", "pl-lublin", "pl-bialystok", "pl-nowogrodek-wilno", "pl-polesie", "pl-volhynia", "pl-galicia", "cz-zaolzie", "lt-vilnius"}
	eastSovietZoneIDs = []string{"pl-bialystok", "pl-nowogrodek-wilno", "pl-polesie", "pl-volhynia", "pl-galicia"}
	eastAnnexedIDs    = []string{"pl-danzig-west-prussia", "pl-wartheland", "pl-zichenau", "pl-east-upper-silesia", "pl-suwalki", "cz-zaolzie"}
	eastGGIDs         = []string{"pl-krakow-radom", "pl-warsaw", "pl-lublin"}
)

func eastOverlays() []*overlay {
	const (
		srcProt1 = "Secret Additional Protocol to the German–Soviet Non-Aggression Pact, Moscow, 23 August 1939, art. 2 (Poland divided 'approximately by the line of the rivers Narew, Vistula and San')"
		srcProt2 = "German–Soviet Boundary and Friendship Treaty and secret protocol, Moscow, 28 September 1939 (Lublin and part of Warsaw province to Germany's sphere; the line of the Pisa, Narew, Bug and San)"
	)
	return []*overlay{
		{ID: "sphere-soviet-poland-1939-08", Name: "Soviet sphere in Poland (secret protocol of 23 August 1939)", Kind: "sphere", Start: "1939-08-23", End: "1939-09-28",
			Source: srcProt1, Precision: "approximate",
			Note: "Polish land of 1939 east of the Narew, Vistula and San (with Wilno). The protocol named only the rivers; Warsaw's east bank (Praga) lay on the Soviet side.",
			Geom: func(b *builder, d *dataset) geom.Geometry {
				return inter(unionOf(d, eastPolishIDs...), b.Cut("mr-1939-08-line"))
			}},
		{ID: "sphere-german-poland-1939-08", Name: "German sphere in Poland (secret protocol of 23 August 1939)", Kind: "sphere", Start: "1939-08-23", End: "1939-09-28",
			Source: srcProt1, Precision: "approximate", Note: "Polish land of 1939 west of the Narew, Vistula and San.",
			Geom: func(b *builder, d *dataset) geom.Geometry {
				return diff(unionOf(d, eastPolishIDs...), b.Cut("mr-1939-08-line"))
			}},
		{ID: "sphere-soviet-poland-1939-09", Name: "Soviet zone of Poland (Boundary Treaty of 28 September 1939)", Kind: "sphere", Start: "1939-09-28", End: "1941-06-22",
			Source: srcProt2, Precision: "approximate",
			Note: "Poland east of the Pisa–Narew–Bug–San line, annexed by the USSR on 1–2 November 1939 (Wilno was passed to Lithuania and is not included).",
			Geom: func(b *builder, d *dataset) geom.Geometry { return unionOf(d, eastSovietZoneIDs...) }},
		{ID: "sphere-german-poland-1939-09", Name: "German zone of Poland (Boundary Treaty of 28 September 1939)", Kind: "sphere", Start: "1939-09-28", End: "1941-06-22",
			Source: srcProt2, Precision: "approximate", Note: "Poland west of the 1939 line: the lands annexed to the Reich and the General Government.",
			Geom: func(b *builder, d *dataset) geom.Geometry {
				return unionOf(d, append(append([]string{}, eastAnnexedIDs...), eastGGIDs...)...)
			}},
	}
}

func eastEvents() []event {
	cat := func(lists ...[]string) []string {
		var out []string
		for _, l := range lists {
			out = append(out, l...)
		}
		return out
	}
	return []event{
		{ID: "slovak-independence", Date: "1939-03-14", Title: "Slovakia declares independence", Description: "Summoned to Berlin and pressed by Hitler, the Slovak leader Jozef Tiso has the Slovak Diet in Bratislava proclaim an independent Slovak State; it puts itself under German protection nine days later.", Territories: []string{"sk-slovakia"}, Source: srcSlovakia},
		{ID: "carpatho-ukraine-independence", Date: "1939-03-15", Title: "Carpatho-Ukraine proclaimed and invaded", Description: "At Khust the diet of Carpatho-Ukraine declares independence under Avgustyn Voloshyn while Hungarian troops are already crossing in; within three days Hungary holds the whole land.", Territories: []string{"ua-carpatho-ukraine"}, Source: "Declaration of independence at Khust, 15 March 1939; Hungarian invasion, 14–18 March 1939", DateNote: "Hungarian troops crossed on the night of 14–15 March; Khust fell on 16 March and resistance ended about 18 March 1939."},
		{ID: "prague-occupied", Date: "1939-03-15", Title: "Germany occupies Prague", Description: "After President Hácha, summoned to Berlin, signs his country's fate over to Hitler in the night, German troops march into Bohemia and Moravia; Czecho-Slovakia ceases to exist.", Territories: []string{"cz-bohemia-moravia"}, Source: "German occupation of the Czech lands, 15 March 1939"},
		{ID: "protectorate-bohemia-moravia", Date: "1939-03-16", Title: "Protectorate of Bohemia and Moravia", Description: "From Prague Castle Hitler decrees the Czech lands a protectorate of the Reich under a Reich Protector; Britain and France protest but do not act.", Territories: []string{"cz-bohemia-moravia"}, Source: "Hitler's decree of 16 March 1939"},
		{ID: "hungary-takes-carpatho-ukraine", Date: "1939-03-18", Title: "Hungary completes the conquest of Carpatho-Ukraine", Description: "The last Carpathian Sich units are overcome and Hungary reaches the Polish border on the Carpathian crest.", Territories: []string{"ua-carpatho-ukraine"}, Source: "Hungarian invasion of Carpatho-Ukraine, 14–18 March 1939", DateNote: "Dates for the end of fighting vary from 17 to 18 March 1939."},
		{ID: "british-guarantee-poland", Date: "1939-03-31", Title: "British guarantee to Poland", Description: "Chamberlain tells the Commons that Britain, with France, will support Poland if its independence is threatened and it chooses to resist.", Territories: eastPolishIDs[:len(eastPolishIDs)-1], Source: "Chamberlain's statement in the House of Commons, 31 March 1939"},
		{ID: "anglo-polish-agreement", Date: "1939-08-25", Title: "Anglo-Polish Agreement of Mutual Assistance", Description: "Two days after the Nazi–Soviet pact, Britain and Poland sign a treaty of mutual assistance; a secret protocol limits it to aggression by Germany.", Territories: eastPolishIDs[:len(eastPolishIDs)-1], Source: "Agreement of Mutual Assistance between the United Kingdom and Poland, London, 25 August 1939, and secret protocol"},
		{ID: "danzig-annexed", Date: "1939-09-01", Title: "Danzig annexed", Description: "As the invasion of Poland begins, the Free City's Nazi leader proclaims Danzig part of the Reich and Berlin enacts it the same day; the Polish Post Office is stormed and Westerplatte shelled.", Territories: []string{"pl-danzig"}, Source: "Forster's proclamation and the Reich law on the reunification of Danzig, 1 September 1939"},
		{ID: "warsaw-capitulates", Date: "1939-09-28", Title: "Warsaw capitulates", Description: "After three weeks of siege and bombing, Warsaw's garrison capitulates; German troops march in on 1 October.", Territories: []string{"pl-warsaw"}, Source: "Capitulation of Warsaw, 28 September 1939"},
		{ID: "battle-of-kock", Date: "1939-10-06", Title: "The last Polish units lay down their arms", Description: "General Kleeberg's group surrenders after the battle of Kock, ending organised fighting in Poland; the government carries on in exile in France.", Territories: []string{"pl-lublin"}, Source: "Capitulation after the battle of Kock, 6 October 1939"},
		{ID: "annexation-decree", Date: "1939-10-08", Title: "Germany annexes western Poland", Description: "Hitler decrees the annexation of western Poland: two new Reichsgaue (Danzig-West Prussia and Posen, later Wartheland), and additions to East Prussia and Silesia. It takes effect on 26 October.", Territories: cat(eastAnnexedIDs, []string{"pl-danzig"}), Source: "Hitler's decree of 8 October 1939 on the organisation and administration of the eastern territories", DateNote: "Signed 8 October; in force 26 October 1939."},
		{ID: "general-government", Date: "1939-10-26", Title: "General Government set up", Description: "Civil administration replaces the army: the annexations take effect, and the rest of German-held Poland becomes the General Government under Hans Frank, seated in Kraków.", Territories: cat(eastGGIDs, eastAnnexedIDs), Source: "Hitler's decree of 12 October 1939, in force 26 October 1939"},
		{ID: "western-ukraine-annexed", Date: "1939-11-01", Title: "USSR annexes Western Ukraine", Description: "After 'people's assemblies' chosen under Soviet control ask to join, the Supreme Soviet admits former south-eastern Poland to the Ukrainian SSR.", Territories: []string{"pl-volhynia", "pl-galicia"}, Source: srcWUkraine},
		{ID: "western-belarus-annexed", Date: "1939-11-02", Title: "USSR annexes Western Belorussia", Description: "The Supreme Soviet admits former north-eastern Poland (less Wilno, given to Lithuania) to the Byelorussian SSR.", Territories: []string{"pl-bialystok", "pl-nowogrodek-wilno", "pl-polesie"}, Source: srcWBelarus},
		{ID: "minsk-falls", Date: "1941-06-28", Title: "Minsk falls", Description: "German armour closes the Białystok–Minsk pocket; Białystok has fallen the day before and most of the land Poland lost in 1939 is overrun within a week.", Territories: []string{"by-minsk", "pl-bialystok", "pl-nowogrodek-wilno"}, Source: "German capture of Białystok (27 June) and Minsk (28 June 1941)"},
		{ID: "lwow-falls", Date: "1941-06-30", Title: "Lwów falls", Description: "German troops enter Lwów; retreating Soviet security police had shot thousands of prisoners in the city's jails.", Territories: []string{"pl-galicia"}, Source: "German capture of Lwów (Lviv), 30 June 1941"},
		{ID: "czechoslovak-recognition", Date: "1941-07-18", Title: "Czechoslovak government in exile fully recognised", Description: "Britain grants full recognition to the Czechoslovak government in London, and the USSR signs an agreement with it the same day, dropping its ties with Slovakia.", Territories: []string{"cz-bohemia-moravia", "sk-slovakia"}, Source: "British recognition and Soviet–Czechoslovak agreement, London, 18 July 1941"},
		{ID: "sikorski-maisky", Date: "1941-07-30", Title: "Sikorski–Maisky agreement", Description: "Poland and the USSR restore relations: Moscow declares the German–Soviet treaties of 1939 on territorial changes in Poland void and agrees to a Polish army in the USSR. Eden assures Sikorski that Britain recognises no change in Poland since August 1939. The frontier itself is left open.", Territories: cat(eastSovietZoneIDs, []string{"frontier-ussr-1941"}), Source: "Polish–Soviet Agreement, London, 30 July 1941; Eden's note to Sikorski of the same day"},
		{ID: "bezirk-bialystok", Date: "1941-08-01", Title: "Bezirk Białystok", Description: "Germany puts the Białystok region under Erich Koch's civil administration, attached to East Prussia but not annexed.", Territories: []string{"pl-bialystok"}, Source: "Hitler's decree of 17 July 1941; civil administration from 1 August 1941"},
		{ID: "district-galicia", Date: "1941-08-01", Title: "District of Galicia", Description: "Eastern Galicia with Lwów becomes the fifth district of the General Government.", Territories: []string{"pl-galicia"}, Source: "Hitler's decree of 17 July 1941; District of Galicia from 1 August 1941"},
		{ID: "reichskommissariat-ukraine", Date: "1941-09-01", Title: "Reichskommissariat Ukraine", Description: "Erich Koch takes over a civil administration in Volhynia, Polesie and western Podolia, seated at Rivne; Generalbezirk Weißruthenien in Ostland starts the same day. Both grow eastward as the army hands over land.", Territories: []string{"pl-volhynia", "pl-polesie", "ua-podolia", "pl-nowogrodek-wilno", "by-minsk"}, Source: srcRKU},
		{ID: "kiev-falls", Date: "1941-09-19", Title: "Kiev falls", Description: "German troops enter Kiev; the encirclement east of the city, completed on 16 September, traps several Soviet armies.", Territories: []string{"ua-kiev", "ua-chernihiv", "ua-left-bank-south"}, Source: "German capture of Kiev, 19 September 1941", DateNote: "The pocket was cleared by 26 September 1941."},
		{ID: "rku-enlarged", Date: "1941-10-20", Title: "Reichskommissariat Ukraine enlarged", Description: "The Zhytomyr and Kiev general districts pass from the army to Koch's civil administration; the south (Mykolaiv, Dnipropetrovsk) follows on 15 November.", Territories: []string{"ua-zhytomyr-vinnytsia", "ua-kiev", "ua-right-bank-south"}, Source: srcRKUOct + "; " + srcRKUNov},
		{ID: "kharkiv-falls", Date: "1941-10-24", Title: "Kharkiv falls", Description: "The German 6th Army takes Kharkiv; Stalino has fallen three days earlier and the front settles on the Donets and the Mius for the winter.", Territories: []string{"ua-kharkiv-donbas"}, Source: "German capture of Kharkiv, 24 October 1941"},
		{ID: "barvenkovo-lozovaya-offensive", Date: "1942-01-27~", Title: "Barvenkovo–Lozovaya offensive", Description: "Attacking across the frozen Donets south of Kharkiv from 18 January, two Soviet fronts tear a gap between Balakliia and Sloviansk, retake Barvinkove and the Lozova rail junction and drive a deep bulge into the German line before the offensive stalls at the end of the month.", Territories: []string{"ua-barvenkove-salient", "ua-kharkiv-donbas"}, Source: "Barvenkovo–Lozovaya offensive of the South-Western and Southern Fronts, 18–31 January 1942", DateNote: "The offensive ran from 18 to 31 January 1942; Barvinkove was taken on 23 January and Lozova about 27 January, the date used for the salient."},
		{ID: "second-battle-of-kharkiv", Date: "1942-05-28~", Title: "Second Battle of Kharkiv", Description: "A Soviet offensive from the Izium salient towards Kharkiv, launched on 12 May, is caught by a German pincer attack from 17 May; the salient is cut off at its neck and the armies inside it are destroyed, opening the way for the German summer offensive.", Territories: []string{"ua-barvenkove-salient", "ua-kharkiv-donbas"}, Source: "Second Battle of Kharkiv, 12–28 May 1942 (German counter-stroke, Operation Fridericus, from 17 May)", DateNote: "The Soviet attack opened on 12 May and the German one on 17 May; the pocket closed about 22–23 May, the offensive was called off on 28 May and break-out attempts went on to about 30 May 1942."},
		{ID: "operations-wilhelm-fridericus-ii", Date: "1942-06-25~", Title: "Operations Wilhelm and Fridericus II", Description: "Before the main summer offensive the Germans clear the Soviet-held land east of the Northern Donets: Operation Wilhelm (10–15 June) pushes the 28th Army back from around Vovchansk, and Operation Fridericus II (22–26 June) takes Izium and Kupiansk and carries the 1st Panzer Army to the Oskil.", Territories: []string{"ua-donets-east"}, Source: "Operation Wilhelm, 10–15 June 1942; Operation Fridericus II, 22–26 June 1942", DateNote: "Wilhelm ran from 10 to 15 June and Fridericus II from 22 to 26 June 1942; Izium was occupied on 24 June and Kupiansk about 25 June, the date used."},
		{ID: "voroshilovgrad-falls", Date: "1942-07-17", Title: "Voroshilovgrad falls", Description: "The German summer offensive overruns the last Soviet-held corner of Ukraine.", Territories: []string{"ua-voroshilovgrad"}, Source: "German capture of Voroshilovgrad (Luhansk), 17 July 1942"},
		{ID: "munich-repudiated", Date: "1942-08-05", Title: "Britain repudiates Munich", Description: "In notes exchanged with Jan Masaryk, Eden declares that since Germany destroyed the Munich arrangements in March 1939, Britain is free of any engagement under them and will not be bound by them at the peace.", Territories: []string{"cz-sudetenland", "cz-bohemia-moravia"}, Source: "Exchange of notes between Eden and Masaryk, 5 August 1942"},
		{ID: "rku-left-bank", Date: "1942-09-01", Title: "Reichskommissariat Ukraine reaches its largest extent", Description: "Left-bank districts around Poltava, Zaporizhzhia and Melitopol pass to the Reichskommissariat; Chernihiv, Kharkiv and the Donbas remain under the army.", Territories: []string{"ua-left-bank-south"}, Source: srcRKU42},
	}
}
