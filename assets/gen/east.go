package main

import "github.com/peterstace/simplefeatures/geom"

// Poland, Germany, Czechoslovakia and the western USSR, 1939–42.
// Pieces are cut from Natural Earth's Germany, Austria, Poland, Czechia,
// Slovakia, Russia (Kaliningrad), Belarus and Ukraine with the lines in
// data/east/lines.json; each country's pieces are built by intersection and
// difference with the same polygons, so they tile it without overlaps.

func (b *builder) plEastPrussia() geom.Geometry {
	return b.inside("Poland", "de-pl-1939-east-prussia")
}

func (b *builder) plGermanWest() geom.Geometry {
	return b.inside("Poland", "de-pl-1939-west")
}

func (b *builder) danzig() geom.Geometry {
	return b.Memo("danzig", func() geom.Geometry {
		return diff(inter(b.C("Poland"), b.Cut("danzig-1920")), b.plEastPrussia())
	})
}

// poland1939 is the part of today's Poland that was Polish on 1 January 1939.
func (b *builder) poland1939() geom.Geometry {
	return b.Memo("pl1939", func() geom.Geometry {
		return diff(diff(diff(b.C("Poland"), b.plGermanWest()), b.plEastPrussia()), b.danzig())
	})
}

func (b *builder) plSovietNorth() geom.Geometry {
	return b.Memo("plSovN", func() geom.Geometry { return inter(b.poland1939(), b.Cut("pl-soviet-1939-north")) })
}

func (b *builder) plSovietSouth() geom.Geometry {
	return b.Memo("plSovS", func() geom.Geometry { return inter(b.poland1939(), b.Cut("pl-soviet-1939-south")) })
}

func (b *builder) suwalki() geom.Geometry {
	return b.Memo("suwalki", func() geom.Geometry {
		rest := diff(diff(b.poland1939(), b.plSovietNorth()), b.plSovietSouth())
		return inter(rest, box(22.3, 53.75, 23.8, 54.5))
	})
}

// plGermanZone is the Polish land west of the line of 28 September 1939 (without Suwałki).
func (b *builder) plGermanZone() geom.Geometry {
	return b.Memo("plDEzone", func() geom.Geometry {
		return diff(diff(diff(b.poland1939(), b.plSovietNorth()), b.plSovietSouth()), b.suwalki())
	})
}

func (b *builder) dwp() geom.Geometry {
	return b.Memo("dwp", func() geom.Geometry { return inter(b.plGermanZone(), b.Cut("pl-danzig-west-prussia-1939")) })
}

func (b *builder) wartheland() geom.Geometry {
	return b.Memo("warth", func() geom.Geometry {
		return diff(inter(b.plGermanZone(), b.Cut("pl-wartheland-1939")), b.dwp())
	})
}

func (b *builder) zichenau() geom.Geometry {
	return b.Memo("zich", func() geom.Geometry {
		return diff(diff(inter(b.plGermanZone(), b.Cut("pl-zichenau-1939")), b.dwp()), b.wartheland())
	})
}

func (b *builder) eastUpperSilesia() geom.Geometry {
	return b.Memo("eus", func() geom.Geometry {
		return diff(diff(inter(b.plGermanZone(), b.Cut("pl-east-upper-silesia-1939")), b.wartheland()), b.dwp())
	})
}

func (b *builder) generalGovernment() geom.Geometry {
	return b.Memo("gg", func() geom.Geometry {
		g := diff(b.plGermanZone(), b.dwp())
		g = diff(g, b.wartheland())
		g = diff(g, b.zichenau())
		return diff(g, b.eastUpperSilesia())
	})
}

func (b *builder) lublin() geom.Geometry {
	return b.Memo("lublin", func() geom.Geometry { return inter(b.generalGovernment(), b.Cut("pl-lublin-district")) })
}

func (b *builder) warsaw() geom.Geometry {
	return b.Memo("warsaw", func() geom.Geometry {
		return diff(inter(b.generalGovernment(), b.Cut("pl-warsaw-district")), b.lublin())
	})
}

// Belarus.
func (b *builder) bySoviet1921() geom.Geometry {
	return b.inside("Belarus", "riga-1921")
}

func (b *builder) byPolish() geom.Geometry {
	return b.Memo("byPl", func() geom.Geometry { return diff(b.C("Belarus"), b.bySoviet1921()) })
}

func (b *builder) byBialystok() geom.Geometry {
	return b.Memo("byBial", func() geom.Geometry { return inter(b.byPolish(), b.Cut("by-bialystok-1941")) })
}

func (b *builder) byPolesie() geom.Geometry {
	return b.Memo("byPolesie", func() geom.Geometry {
		return diff(inter(b.byPolish(), b.Cut("by-polesie-1941")), b.byBialystok())
	})
}

func (b *builder) byMinsk() geom.Geometry {
	return b.Memo("byMinsk", func() geom.Geometry { return inter(b.bySoviet1921(), b.Cut("by-weissruthenien-1941")) })
}

// Ukraine (what the Romanian-region pieces leave).
func (b *builder) zakarpattia() geom.Geometry {
	return b.Memo("zak", func() geom.Geometry { return inter(b.ukraineRest(), b.Cut("zakarpattia-1939")) })
}

func (b *builder) viennaUA() geom.Geometry {
	return b.Memo("viennaUA", func() geom.Geometry { return inter(b.zakarpattia(), b.Cut("vienna-award-1938")) })
}

func (b *builder) uaSoviet1921() geom.Geometry {
	return b.Memo("uaSov", func() geom.Geometry {
		return inter(diff(b.ukraineRest(), b.zakarpattia()), b.Cut("riga-1921"))
	})
}

func (b *builder) uaPolish() geom.Geometry {
	return b.Memo("uaPl", func() geom.Geometry {
		return diff(diff(b.ukraineRest(), b.zakarpattia()), b.uaSoviet1921())
	})
}

func (b *builder) volhynia() geom.Geometry {
	return b.Memo("volhynia", func() geom.Geometry { return inter(b.uaPolish(), b.Cut("ua-volhynia-1939")) })
}

func (b *builder) kiev() geom.Geometry {
	return b.Memo("kiev", func() geom.Geometry { return inter(b.uaSoviet1921(), b.Cut("kiev-1941")) })
}

func (b *builder) rightBank() geom.Geometry {
	return b.Memo("rightBank", func() geom.Geometry {
		return diff(inter(b.uaSoviet1921(), b.Cut("dnieper-right-bank")), b.kiev())
	})
}

func (b *builder) leftBank() geom.Geometry {
	return b.Memo("leftBank", func() geom.Geometry {
		return diff(diff(b.uaSoviet1921(), b.Cut("dnieper-right-bank")), b.kiev())
	})
}

func (b *builder) podolia() geom.Geometry {
	return b.Memo("podolia", func() geom.Geometry { return inter(b.rightBank(), b.Cut("podolia-1941")) })
}

func (b *builder) rightBankNorth() geom.Geometry {
	return b.Memo("rbN", func() geom.Geometry {
		return inter(diff(b.rightBank(), b.podolia()), b.Cut("ua-right-bank-north-1941"))
	})
}

func (b *builder) chernihiv() geom.Geometry {
	return b.Memo("chernihiv", func() geom.Geometry { return inter(b.leftBank(), b.Cut("ua-chernihiv-1941")) })
}

func (b *builder) leftBankRKU() geom.Geometry {
	return b.Memo("lbRKU", func() geom.Geometry {
		return diff(inter(b.leftBank(), b.Cut("ua-left-bank-rku-1942")), b.chernihiv())
	})
}

func (b *builder) voroshilovgrad() geom.Geometry {
	return b.Memo("voro", func() geom.Geometry {
		return diff(diff(inter(b.leftBank(), b.Cut("ua-voroshilovgrad-1942")), b.chernihiv()), b.leftBankRKU())
	})
}

// kharkivDonbas is the left bank left over once Chernihiv, the RKU's
// left-bank districts and the Voroshilovgrad region are taken out.
func (b *builder) kharkivDonbas() geom.Geometry {
	return b.Memo("kharDon", func() geom.Geometry {
		return diff(diff(diff(b.leftBank(), b.chernihiv()), b.leftBankRKU()), b.voroshilovgrad())
	})
}

// donetsEast is the land east of the Northern Donets (Vovchansk, Kupiansk)
// with the Izium bridgehead, held by the Red Army until June 1942; cut out of
// kharkivDonbas before the salient, so Izium falls to it.
func (b *builder) donetsEast() geom.Geometry {
	return b.Memo("donetsEast", func() geom.Geometry { return inter(b.kharkivDonbas(), b.Cut("ua-donets-east-1942")) })
}

// barvenkove is the Barvenkovo (Izium) salient of January–May 1942, cut out
// of kharkivDonbas; what is left keeps the parent piece's id.
func (b *builder) barvenkove() geom.Geometry {
	return b.Memo("barv", func() geom.Geometry {
		return diff(inter(b.kharkivDonbas(), b.Cut("ua-barvenkove-salient-1942")), b.donetsEast())
	})
}

func (b *builder) kharkivDonbasRest() geom.Geometry {
	return b.Memo("kharDonRest", func() geom.Geometry { return diff(diff(b.kharkivDonbas(), b.barvenkove()), b.donetsEast()) })
}

// Czech lands and Slovakia.
func (b *builder) zaolzie() geom.Geometry {
	return b.inside("Czechia", "zaolzie-1938")
}

func (b *builder) czechCore() geom.Geometry {
	return b.Memo("czCore", func() geom.Geometry {
		return diff(inter(b.C("Czechia"), b.Cut("munich-1938-core")), b.zaolzie())
	})
}

func (b *builder) viennaSK() geom.Geometry {
	return b.inside("Slovakia", "vienna-award-1938")
}

// eastPieces are the geometry recipes of data/east/pieces.json.
var eastPieces = recipes{
	"de-germany":             country("Germany"),
	"de-austria":             country("Austria"),
	"de-eastern-provinces":   (*builder).plGermanWest,
	"de-east-prussia":        func(b *builder) geom.Geometry { return union(b.kaliningrad(), b.plEastPrussia()) },
	"pl-danzig":              (*builder).danzig,
	"cz-sudetenland":         func(b *builder) geom.Geometry { return diff(diff(b.C("Czechia"), b.czechCore()), b.zaolzie()) },
	"cz-bohemia-moravia":     (*builder).czechCore,
	"cz-zaolzie":             (*builder).zaolzie,
	"sk-slovakia":            func(b *builder) geom.Geometry { return diff(b.C("Slovakia"), b.viennaSK()) },
	"cz-first-vienna-award":  func(b *builder) geom.Geometry { return union(b.viennaSK(), b.viennaUA()) },
	"ua-carpatho-ukraine":    func(b *builder) geom.Geometry { return diff(b.zakarpattia(), b.viennaUA()) },
	"pl-danzig-west-prussia": (*builder).dwp,
	"pl-wartheland":          (*builder).wartheland,
	"pl-zichenau":            (*builder).zichenau,
	"pl-east-upper-silesia":  (*builder).eastUpperSilesia,
	"pl-suwalki":             (*builder).suwalki,
	"pl-krakow-radom":        func(b *builder) geom.Geometry { return diff(diff(b.generalGovernment(), b.lublin()), b.warsaw()) },
	"pl-warsaw":              (*builder).warsaw,
	"pl-lublin":              (*builder).lublin,
	"pl-bialystok":           func(b *builder) geom.Geometry { return union(b.plSovietNorth(), b.byBialystok()) },
	"pl-nowogrodek-wilno":    func(b *builder) geom.Geometry { return diff(diff(b.byPolish(), b.byBialystok()), b.byPolesie()) },
	"pl-polesie":             (*builder).byPolesie,
	"pl-volhynia":            (*builder).volhynia,
	"pl-galicia":             func(b *builder) geom.Geometry { return union(diff(b.uaPolish(), b.volhynia()), b.plSovietSouth()) },
	"by-minsk":               (*builder).byMinsk,
	"by-east":                func(b *builder) geom.Geometry { return diff(b.bySoviet1921(), b.byMinsk()) },
	"ua-podolia":             (*builder).podolia,
	"ua-zhytomyr-vinnytsia":  (*builder).rightBankNorth,
	"ua-kiev":                (*builder).kiev,
	"ua-right-bank-south":    func(b *builder) geom.Geometry { return diff(diff(b.rightBank(), b.podolia()), b.rightBankNorth()) },
	"ua-chernihiv":           (*builder).chernihiv,
	"ua-left-bank-south":     (*builder).leftBankRKU,
	"ua-kharkiv-donbas":      (*builder).kharkivDonbasRest,
	"ua-barvenkove-salient":  (*builder).barvenkove,
	"ua-donets-east":         (*builder).donetsEast,
	"ua-voroshilovgrad":      (*builder).voroshilovgrad,
}
