package main

import "github.com/peterstace/simplefeatures/geom"

// Geometry of every piece: a Natural Earth country cut by authored lines.
// Pieces of one country are built by intersection and difference with the
// same polygons, so they share their edges exactly.

func (b *builder) fi1939InRussia() geom.Geometry {
	return b.inside("Russia", "fi-1920-south")
}

func (b *builder) isthmus() geom.Geometry {
	return b.Memo("isthmus", func() geom.Geometry { return diff(b.fi1939InRussia(), b.Cut("fi-isthmus-ladoga-karelia")) })
}

func (b *builder) ladogaKarelia() geom.Geometry {
	return b.Memo("ladoga", func() geom.Geometry { return inter(b.fi1939InRussia(), b.Cut("fi-isthmus-ladoga-karelia")) })
}

func (b *builder) sallaKuusamo() geom.Geometry {
	return b.inside("Russia", "fi-1920-north")
}

func (b *builder) petsamoAll() geom.Geometry {
	return b.inside("Russia", "fi-petsamo-1920")
}

func (b *builder) finlandModern() geom.Geometry {
	return b.Memo("finland", func() geom.Geometry { return union(b.C("Finland"), b.C("Åland")) })
}

func (b *builder) estoniaIslands() geom.Geometry {
	return b.Memo("eeIslands", func() geom.Geometry {
		return union(inter(b.C("Estonia"), b.Cut("ee-saaremaa")), inter(b.C("Estonia"), b.Cut("ee-hiiumaa")))
	})
}

func (b *builder) lithuaniaMemel() geom.Geometry {
	return b.inside("Lithuania", "lt-memel")
}

func (b *builder) lithuaniaVilnius() geom.Geometry {
	return b.Memo("vilnius", func() geom.Geometry {
		return diff(inter(b.C("Lithuania"), b.Cut("lt-vilnius-1923")), b.lithuaniaMemel())
	})
}

func (b *builder) bessarabiaMoldova() geom.Geometry {
	return b.inside("Moldova", "dniester-right-bank")
}

func (b *builder) chernivtsi() geom.Geometry {
	return b.inside("Ukraine", "chernivtsi-1940")
}

func (b *builder) khotyn() geom.Geometry {
	return b.Memo("khotyn", func() geom.Geometry { return inter(b.chernivtsi(), b.Cut("khotyn")) })
}

func (b *builder) hertsa() geom.Geometry {
	return b.Memo("hertsa", func() geom.Geometry { return diff(inter(b.chernivtsi(), b.Cut("hertsa")), b.khotyn()) })
}

func (b *builder) budjak() geom.Geometry {
	return b.Memo("budjak", func() geom.Geometry {
		return diff(inter(b.C("Ukraine"), b.Cut("dniester-right-bank")), b.chernivtsi())
	})
}

func (b *builder) transnistriaAll() geom.Geometry {
	return b.Memo("transAll", func() geom.Geometry {
		return diff(diff(inter(b.C("Ukraine"), b.Cut("transnistria-1941")), b.chernivtsi()), b.budjak())
	})
}

func (b *builder) odessa() geom.Geometry {
	return b.Memo("odessa", func() geom.Geometry { return inter(b.transnistriaAll(), b.Cut("odessa-1941")) })
}

func (b *builder) northTransylvania() geom.Geometry {
	return b.inside("Romania", "n-transylvania")
}

func (b *builder) eastKarelia() geom.Geometry {
	return b.Memo("eastKarelia", func() geom.Geometry {
		g := inter(b.C("Russia"), b.Cut("east-karelia-1941"))
		return diff(diff(g, b.fi1939InRussia()), b.sallaKuusamo())
	})
}

func (b *builder) narvataguse() geom.Geometry {
	return b.inside("Russia", "ee-narvataguse")
}

func (b *builder) petseri() geom.Geometry {
	return b.inside("Russia", "ee-petseri")
}

func (b *builder) abrene() geom.Geometry {
	return b.Memo("abrene", func() geom.Geometry {
		return diff(inter(b.C("Russia"), b.Cut("lv-abrene")), b.petseri())
	})
}

// coveredInRussia is every piece cut out of Natural Earth's Russia.
func (b *builder) coveredInRussia() geom.Geometry {
	return union(b.fi1939InRussia(), b.sallaKuusamo(), b.petsamoAll(), b.eastKarelia(), b.narvataguse(), b.petseri(), b.abrene())
}

func (b *builder) coveredInUkraine() geom.Geometry {
	return union(b.chernivtsi(), b.budjak(), b.transnistriaAll())
}

// Context regions: land around our pieces that we do not publish as
// territories but need in order to trace frontiers.
func (b *builder) kaliningrad() geom.Geometry {
	return b.Memo("kaliningrad", func() geom.Geometry { return inter(b.C("Russia"), box(19, 54, 23, 55.5)) })
}

func (b *builder) russiaInterior() geom.Geometry {
	return b.Memo("ruInterior", func() geom.Geometry {
		return diff(diff(b.C("Russia"), b.coveredInRussia()), b.kaliningrad())
	})
}

func (b *builder) ukraineRest() geom.Geometry {
	return b.Memo("uaRest", func() geom.Geometry { return diff(b.C("Ukraine"), b.coveredInUkraine()) })
}

// galicia approximates the part of today's Ukraine that was Polish in 1939
// west of the Zbruch, as far as it touches our pieces.
func (b *builder) galicia() geom.Geometry {
	return b.Memo("galicia", func() geom.Geometry { return inter(b.ukraineRest(), box(22, 47.5, 26.27, 52.5)) })
}

// corePieces are the geometry recipes of data/core/pieces.json.
var corePieces = recipes{
	"fi-finland": func(b *builder) geom.Geometry {
		return diff(b.finlandModern(), inter(b.C("Finland"), b.Cut("fi-hanko")))
	},
	"fi-hanko":                  func(b *builder) geom.Geometry { return inter(b.C("Finland"), b.Cut("fi-hanko")) },
	"fi-karelian-isthmus-south": func(b *builder) geom.Geometry { return inter(b.isthmus(), b.Cut("fi-mannerheim-line")) },
	"fi-karelian-isthmus":       func(b *builder) geom.Geometry { return diff(b.isthmus(), b.Cut("fi-mannerheim-line")) },
	"fi-ladoga-karelia":         func(b *builder) geom.Geometry { return diff(b.ladogaKarelia(), b.Cut("fi-ladoga-karelia-east")) },
	"fi-ladoga-karelia-east":    func(b *builder) geom.Geometry { return inter(b.ladogaKarelia(), b.Cut("fi-ladoga-karelia-east")) },
	"fi-salla-kuusamo":          (*builder).sallaKuusamo,
	"fi-petsamo":                func(b *builder) geom.Geometry { return diff(b.petsamoAll(), b.Cut("fi-rybachy")) },
	"fi-rybachy":                func(b *builder) geom.Geometry { return inter(b.petsamoAll(), b.Cut("fi-rybachy")) },
	"ru-east-karelia":           (*builder).eastKarelia,
	"ee-north": func(b *builder) geom.Geometry {
		return diff(diff(b.C("Estonia"), b.estoniaIslands()), b.Cut("ee-south-1941"))
	},
	"ee-south": func(b *builder) geom.Geometry {
		return diff(inter(b.C("Estonia"), b.Cut("ee-south-1941")), b.estoniaIslands())
	},
	"ee-saaremaa": func(b *builder) geom.Geometry { return inter(b.C("Estonia"), b.Cut("ee-saaremaa")) },
	"ee-hiiumaa": func(b *builder) geom.Geometry {
		return diff(inter(b.C("Estonia"), b.Cut("ee-hiiumaa")), b.Cut("ee-saaremaa"))
	},
	"ee-petseri":     (*builder).petseri,
	"ee-narvataguse": (*builder).narvataguse,
	"lv-latvia":      country("Latvia"),
	"lv-abrene":      (*builder).abrene,
	"lt-memel":       (*builder).lithuaniaMemel,
	"lt-vilnius":     (*builder).lithuaniaVilnius,
	"lt-lithuania": func(b *builder) geom.Geometry {
		return diff(diff(b.C("Lithuania"), b.lithuaniaMemel()), b.lithuaniaVilnius())
	},
	"md-bessarabia":            (*builder).bessarabiaMoldova,
	"md-left-bank":             func(b *builder) geom.Geometry { return diff(b.C("Moldova"), b.bessarabiaMoldova()) },
	"ua-southern-bessarabia":   (*builder).budjak,
	"ua-khotyn":                (*builder).khotyn,
	"ua-northern-bukovina":     func(b *builder) geom.Geometry { return diff(diff(b.chernivtsi(), b.khotyn()), b.hertsa()) },
	"ua-hertsa":                (*builder).hertsa,
	"ua-transnistria":          func(b *builder) geom.Geometry { return diff(b.transnistriaAll(), b.odessa()) },
	"ua-odessa":                (*builder).odessa,
	"ro-northern-transylvania": (*builder).northTransylvania,
	"ro-romania":               func(b *builder) geom.Geometry { return diff(b.C("Romania"), b.northTransylvania()) },
	"bg-southern-dobruja":      func(b *builder) geom.Geometry { return inter(b.C("Bulgaria"), b.Cut("s-dobruja")) },
}
