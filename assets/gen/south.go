package main

import "github.com/peterstace/simplefeatures/geom"

// Iran, the Soviet Union west of 65°E (European Russia, the Transcaucasus,
// western Kazakhstan and Central Asia), the Middle East and North Africa,
// 1939–42. Pieces are cut from Natural Earth's countries with the lines in
// lines/south.json; Russia's pieces are cut from what the Finnish, Baltic
// and East Prussian pieces leave, each front piece minus the ones before
// it, so that they tile it without overlaps.

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

// sRuPiece is the front piece of Russia cut by line (see sRu).
func sRuPiece(line string) recipe {
	return func(b *builder) geom.Geometry { return b.sRu(line) }
}

// sRuDecRestPiece is what is left of a front piece once its December 1942
// parts are cut out (see sRuDecRest).
func sRuDecRestPiece(piece string) recipe {
	return func(b *builder) geom.Geometry { return b.sRuDecRest(piece) }
}

// sRuDecPartPiece is one December 1942 part of a front piece (see sRuDecPart).
func sRuDecPartPiece(piece, line string) recipe {
	return func(b *builder) geom.Geometry { return b.sRuDecPart(piece, line) }
}

// southPieces are the geometry recipes of data/south/pieces.json.
var southPieces = recipes{
	"ir-soviet-zone":        func(b *builder) geom.Geometry { return b.sIranPart("soviet") },
	"ir-british-zone":       func(b *builder) geom.Geometry { return b.sIranPart("british") },
	"ir-iran":               func(b *builder) geom.Geometry { return b.sIranPart("rest") },
	"ru-russia":             func(b *builder) geom.Geometry { return b.sRuSoviet() },
	"ru-litsa":              sRuPiece("ru-litsa-1941"),
	"ru-pskov":              sRuPiece("ru-pskov-1941"),
	"ru-leningrad-novgorod": sRuPiece("ru-leningrad-novgorod-1941"),
	"ru-tikhvin":            sRuPiece("ru-tikhvin-1941"),
	"ru-toropets":           sRuPiece("ru-toropets-1941"),
	"ru-smolensk":           sRuPiece("ru-smolensk-1941"),
	"ru-rzhev-vyazma":       sRuPiece("ru-rzhev-vyazma-1941"),
	"ru-mozhaysk":           sRuPiece("ru-mozhaysk-1941"),
	"ru-kalinin-klin":       sRuPiece("ru-kalinin-klin-1941"),
	"ru-kaluga-tula":        sRuPiece("ru-kaluga-tula-1941"),
	"ru-bryansk-orel":       sRuPiece("ru-bryansk-orel-1941"),
	"ru-kursk-belgorod":     sRuPiece("ru-kursk-belgorod-1941"),
	"ru-voronezh-oskol":     sRuDecRestPiece("ru-voronezh-oskol-1942"),
	"ru-middle-don":         sRuDecPartPiece("ru-voronezh-oskol-1942", "ru-little-saturn-1942"),
	"ru-taganrog":           sRuPiece("ru-taganrog-1941"),
	"ru-rostov":             sRuPiece("ru-rostov-1941"),
	"ru-don-steppe":         sRuDecRestPiece("ru-don-steppe-1942"),
	"ru-upper-chir":         sRuDecPartPiece("ru-don-steppe-1942", "ru-little-saturn-1942"),
	"ru-kotelnikovo":        sRuDecPartPiece("ru-don-steppe-1942", "ru-kotelnikovo-1942"),
	"ru-elista":             sRuDecPartPiece("ru-don-steppe-1942", "ru-elista-1942"),
	"ru-don-kalach":         sRuPiece("ru-don-kalach-1942"),
	"ru-stalingrad":         sRuPiece("ru-stalingrad-1942"),
	"ru-kuban-caucasus":     sRuPiece("ru-kuban-caucasus-1942"),
	"ru-crimea":             func(b *builder) geom.Geometry { return b.sCrimeaPart("rest") },
	"ru-sevastopol":         func(b *builder) geom.Geometry { return b.sCrimeaPart("sevastopol") },
	"ru-kerch":              func(b *builder) geom.Geometry { return b.sCrimeaPart("kerch") },
	"ge-georgia":            country("Georgia"),
	"am-armenia":            country("Armenia"),
	"az-azerbaijan":         country("Azerbaijan"),
	"kz-kazakhstan":         func(b *builder) geom.Geometry { return union(b.C("Kazakhstan"), b.C("Baikonur")) },
	"tm-turkmenistan":       country("Turkmenistan"),
	"uz-uzbekistan":         country("Uzbekistan"),
	"af-afghanistan":        country("Afghanistan"),
	"pk-baluchistan":        country("Pakistan"),
	"iq-iraq":               country("Iraq"),
	"kw-kuwait":             country("Kuwait"),
	"bh-bahrain":            country("Bahrain"),
	"qa-qatar":              country("Qatar"),
	"ae-trucial-states":     country("United Arab Emirates"),
	"om-musandam":           country("Oman"),
	"sa-saudi-arabia":       country("Saudi Arabia"),
	"jo-transjordan":        country("Jordan"),
	"ps-palestine":          func(b *builder) geom.Geometry { return union(b.C("Israel"), b.C("Palestine")) },
	"lb-lebanon":            country("Lebanon"),
	"sy-damascus":           func(b *builder) geom.Geometry { return b.sSyriaPart(true) },
	"sy-syria":              func(b *builder) geom.Geometry { return b.sSyriaPart(false) },
	"cy-cyprus": func(b *builder) geom.Geometry {
		return union(b.C("Cyprus"), b.C("N. Cyprus"), b.C("Akrotiri"), b.C("Dhekelia"), b.C("Cyprus U.N. Buffer Zone"))
	},
	"mt-malta":           country("Malta"),
	"gi-gibraltar":       country("Gibraltar"),
	"eg-egypt":           func(b *builder) geom.Geometry { return b.sEgyptPart("rest") },
	"eg-matruh-alamein":  func(b *builder) geom.Geometry { return b.sEgyptPart("matruh") },
	"eg-sidi-barrani":    func(b *builder) geom.Geometry { return b.sEgyptPart("sidi-barrani") },
	"eg-sollum":          func(b *builder) geom.Geometry { return b.sEgyptPart("sollum") },
	"ly-tobruk":          func(b *builder) geom.Geometry { return b.sLibyaPart("tobruk") },
	"ly-marmarica":       func(b *builder) geom.Geometry { return b.sLibyaPart("marmarica") },
	"ly-cyrenaica":       func(b *builder) geom.Geometry { return b.sLibyaPart("cyrenaica") },
	"ly-tripolitania":    func(b *builder) geom.Geometry { return b.sLibyaPart("rest") },
	"tn-tunisia":         func(b *builder) geom.Geometry { return diff(b.C("Tunisia"), b.Cut("tn-west-1942")) },
	"tn-west":            func(b *builder) geom.Geometry { return inter(b.C("Tunisia"), b.Cut("tn-west-1942")) },
	"dz-algeria":         func(b *builder) geom.Geometry { return diff(b.C("Algeria"), b.Cut("dz-oran")) },
	"dz-oran":            func(b *builder) geom.Geometry { return inter(b.C("Algeria"), b.Cut("dz-oran")) },
	"ma-french-morocco":  func(b *builder) geom.Geometry { return b.sMoroccoPart("rest") },
	"ma-spanish-morocco": func(b *builder) geom.Geometry { return b.sMoroccoPart("spanish") },
	"ma-tangier":         func(b *builder) geom.Geometry { return b.sMoroccoPart("tangier") },
	"ma-ifni":            func(b *builder) geom.Geometry { return b.sMoroccoPart("ifni") },
	"ma-cape-juby":       func(b *builder) geom.Geometry { return b.sMoroccoPart("juby") },
	"eh-spanish-sahara":  country("W. Sahara"),
	"mr-mauritania":      country("Mauritania"),
}
