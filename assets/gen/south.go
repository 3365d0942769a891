package main

import "github.com/peterstace/simplefeatures/geom"

// Iran, the Soviet Union west of 65°E (European Russia, the Transcaucasus,
// western Kazakhstan and Central Asia), the Middle East and North Africa,
// 1939–42. Pieces are cut from Natural Earth's countries with the lines in
// lines/south.json; Russia's pieces are cut from what the Finnish, Baltic
// and East Prussian pieces leave, each front piece minus the ones before
// it, so that they tile it without overlaps.

func init() {
	regions = append(regions, region{territories: southTerritories, events: southEvents})
}

// Holders of this region (prefixed s so as not to clash with other regions).
var (
	sIran       = holder{"Iran", 630}
	sSovIran    = holder{"Soviet Union (occupation zone in Iran)", 365}
	sBritIran   = holder{"United Kingdom (occupation zone in Iran)", 200}
	sIraq       = holder{"Iraq", 645}
	sUKIraq     = holder{"United Kingdom (military occupation; Iraqi government restored)", 200}
	sEgypt      = holder{"Egypt", 651}
	sSaudi      = holder{"Saudi Arabia", 670}
	sAfghan     = holder{"Afghanistan", 700}
	sUKMil      = holder{"United Kingdom (military occupation)", 200}
	sItalyMil   = holder{"Italy (military occupation)", 325}
	sAxisMil    = holder{"Germany and Italy (military occupation)", 0}
	sAxisTunis  = holder{"Germany and Italy (military occupation; Vichy resident-general in office)", 0}
	sFrMandate  = holder{"France (Mandate for Syria and the Lebanon)", 220}
	sFreeFrench = holder{"Free France (with British forces)", 0}
	sDarlan     = holder{"France (Darlan's administration, with Allied forces)", 0}
	sSyriaM     = holder{"Syria (French mandate)", 0}
	sLebanonM   = holder{"Lebanon (French mandate)", 0}
	sPalMandate = holder{"United Kingdom (Mandate for Palestine)", 200}
	sPalestineM = holder{"Palestine (British mandate)", 0}
	sTransjCtrl = holder{"Transjordan (Emirate under British mandate)", 0}
	sTransjM    = holder{"Transjordan (British mandate)", 0}
	sTunisia    = holder{"Tunisia (Beylik under French protectorate)", 0}
	sMorocco    = holder{"Morocco (Sultanate under French and Spanish protectorates)", 0}
	sSpainProt  = holder{"Spain (protectorate in Morocco)", 230}
	sSpainOcc   = holder{"Spain (occupation of the Tangier zone)", 230}
	sTangierAdm = holder{"Tangier International Zone", 0}
	sKuwait     = holder{"Kuwait (sheikhdom under British protection)", 0}
	sBahrain    = holder{"Bahrain (sheikhdom under British protection)", 0}
	sQatar      = holder{"Qatar (sheikhdom under British protection)", 0}
	sTrucial    = holder{"Trucial States (sheikhdoms under British protection)", 0}
	sOman       = holder{"Muscat and Oman", 0}
	sBrIndia    = holder{"United Kingdom (British India)", 200}
)

// ---- geometry ----

// ruRest is Natural Earth's Russia less the pieces of other regions.
func (b *builder) ruRest() geom.Geometry {
	return b.Memo("ruRest", func() geom.Geometry { return b.russiaInterior() })
}

// sRuSeq cuts Russia's front pieces in a fixed order: each is the rest of
// Russia inside its line, minus every piece cut before it.
var sRuOrder = []string{
	"ru-litsa-1941", "ru-crimea", "ru-kuban-caucasus-1942", "ru-pskov-1941", "ru-leningrad-novgorod-1941", "ru-tikhvin-1941", "ru-toropets-1941",
	"ru-smolensk-1941", "ru-rzhev-vyazma-1941", "ru-mozhaysk-1941", "ru-kalinin-klin-1941", "ru-kaluga-tula-1941",
	"ru-bryansk-orel-1941", "ru-kursk-belgorod-1941", "ru-voronezh-oskol-1942", "ru-taganrog-1941", "ru-rostov-1941",
	"ru-stalingrad-1942", "ru-don-kalach-1942", "ru-don-steppe-1942",
}

func (b *builder) sRu(line string) geom.Geometry {
	return b.Memo("sRu:"+line, func() geom.Geometry {
		var before []geom.Geometry
		for _, l := range sRuOrder {
			if l == line {
				break
			}
			before = append(before, b.sRu(l))
		}
		g := inter(b.ruRest(), b.Cut(line))
		if len(before) > 0 {
			g = diff(g, union(before...))
		}
		return g
	})
}

// sRuDec lists, for a front piece, the Soviet gains of December 1942 cut
// out of it, in order: each part is the piece inside its line, minus the
// parts before it; what is left keeps the piece's id.
var sRuDec = map[string][]string{
	"ru-voronezh-oskol-1942": {"ru-little-saturn-1942"},
	"ru-don-steppe-1942":     {"ru-little-saturn-1942", "ru-kotelnikovo-1942", "ru-elista-1942"},
}

// sRuDecPart is the part of piece inside line (one of sRuDec[piece]).
func (b *builder) sRuDecPart(piece, line string) geom.Geometry {
	return b.Memo("sRuDec:"+piece+":"+line, func() geom.Geometry {
		var before []geom.Geometry
		for _, l := range sRuDec[piece] {
			if l == line {
				break
			}
			before = append(before, b.sRuDecPart(piece, l))
		}
		g := inter(b.sRu(piece), b.Cut(line))
		if len(before) > 0 {
			g = diff(g, union(before...))
		}
		return g
	})
}

// sRuDecRest is what is left of piece once its December 1942 parts are cut out.
func (b *builder) sRuDecRest(piece string) geom.Geometry {
	return b.Memo("sRuDecRest:"+piece, func() geom.Geometry {
		var parts []geom.Geometry
		for _, l := range sRuDec[piece] {
			parts = append(parts, b.sRuDecPart(piece, l))
		}
		return diff(b.sRu(piece), union(parts...))
	})
}

// Crimea splits into Sevastopol, Kerch and the rest.
func (b *builder) sCrimeaPart(part string) geom.Geometry {
	return b.Memo("sCrimea:"+part, func() geom.Geometry {
		c := b.sRu("ru-crimea")
		switch part {
		case "sevastopol":
			return inter(c, b.Cut("ru-sevastopol"))
		case "kerch":
			return inter(c, b.Cut("ru-kerch"))
		}
		return diff(diff(c, b.Cut("ru-sevastopol")), b.Cut("ru-kerch"))
	})
}

// sRuSoviet is the rest of Russia: Soviet throughout.
func (b *builder) sRuSoviet() geom.Geometry {
	return b.Memo("sRuSoviet", func() geom.Geometry {
		var all []geom.Geometry
		for _, l := range sRuOrder {
			all = append(all, b.sRu(l))
		}
		return diff(b.ruRest(), union(all...))
	})
}

func (b *builder) sIranPart(part string) geom.Geometry {
	return b.Memo("sIran:"+part, func() geom.Geometry {
		ir := b.C("Iran")
		sov := inter(ir, b.Cut("ir-soviet-zone-1941"))
		brit := diff(inter(ir, b.Cut("ir-british-zone-1941")), sov)
		switch part {
		case "soviet":
			return sov
		case "british":
			return brit
		}
		return diff(diff(ir, sov), brit)
	})
}

func (b *builder) sSyriaPart(south bool) geom.Geometry {
	s := inter(b.C("Syria"), b.Cut("sy-damascus-1941"))
	if south {
		return s
	}
	return diff(b.C("Syria"), s)
}

// carve cuts a country into pieces by successive cuts: piece i is the
// country inside cut i less the pieces before it; the last piece returned
// is the rest of the country.
func (b *builder) carve(country string, cuts ...string) []geom.Geometry {
	c := b.C(country)
	var parts []geom.Geometry
	for _, cut := range cuts {
		p := inter(c, b.Cut(cut))
		for _, q := range parts {
			p = diff(p, q)
		}
		parts = append(parts, p)
	}
	rest := c
	for _, q := range parts {
		rest = diff(rest, q)
	}
	return append(parts, rest)
}

// carvedPart returns the named piece of a carved country (a cut's id, or
// "" for the rest); the country is carved once.
func (b *builder) carvedPart(country string, cuts []string, part string) geom.Geometry {
	key := "carve:" + country + ":"
	if _, ok := b.cache[key+part]; !ok {
		for j, p := range b.carve(country, cuts...) {
			name := ""
			if j < len(cuts) {
				name = cuts[j]
			}
			b.cache[key+name] = p
		}
	}
	return b.cache[key+part]
}

var (
	egyptCuts = []string{"eg-sollum", "eg-sidi-barrani", "eg-matruh-alamein"}
	libyaCuts = []string{"ly-tobruk", "ly-marmarica", "ly-cyrenaica"}
)

func (b *builder) sEgyptPart(part string) geom.Geometry {
	cut := map[string]string{"sollum": "eg-sollum", "sidi-barrani": "eg-sidi-barrani", "matruh": "eg-matruh-alamein"}[part]
	return b.carvedPart("Egypt", egyptCuts, cut)
}

func (b *builder) sLibyaPart(part string) geom.Geometry {
	cut := map[string]string{"tobruk": "ly-tobruk", "marmarica": "ly-marmarica", "cyrenaica": "ly-cyrenaica"}[part]
	return b.carvedPart("Libya", libyaCuts, cut)
}

func (b *builder) sMoroccoPart(part string) geom.Geometry {
	return b.Memo("sMorocco:"+part, func() geom.Geometry {
		ma := b.C("Morocco")
		tng := inter(ma, b.Cut("ma-tangier"))
		spa := diff(inter(ma, b.Cut("ma-spanish-zone")), tng)
		ifni := inter(ma, b.Cut("ma-ifni"))
		juby := inter(ma, b.Cut("ma-cape-juby"))
		switch part {
		case "tangier":
			return tng
		case "spanish":
			return spa
		case "ifni":
			return ifni
		case "juby":
			return juby
		}
		return diff(diff(diff(diff(ma, tng), spa), ifni), juby)
	})
}
