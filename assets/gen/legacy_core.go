package main

// Transition: constants of the core region still used by regions not yet in data files.
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
var wItaly = holder{"Italy", 325}
