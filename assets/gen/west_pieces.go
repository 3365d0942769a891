package main

import "github.com/peterstace/simplefeatures/geom"

// Geometry of the western and northern European pieces: Natural Earth
// countries cut by the lines of data/west/lines.json. Pieces of one country are
// made by intersection and difference with the same polygons, so they share
// their edges exactly.

// ---- Norway ----

// wNorwayMain is mainland Norway with its coastal islands; Jan Mayen (and
// Svalbard, north of the atlas extent) lie outside this box.
func (b *builder) wNorwayMain() geom.Geometry {
	return b.Memo("wNoMain", func() geom.Geometry { return inter(b.C("Norway"), box(3, 57, 32, 72)) })
}

func (b *builder) wJanMayen() geom.Geometry {
	return b.Memo("wNoJanMayen", func() geom.Geometry { return diff(b.C("Norway"), box(3, 57, 32, 72)) })
}

func (b *builder) wNoSouth() geom.Geometry {
	return b.Memo("wNoSouth", func() geom.Geometry { return diff(b.wNorwayMain(), b.Cut("no-trondelag")) })
}

func (b *builder) wNoTrondelag() geom.Geometry {
	return b.Memo("wNoTrond", func() geom.Geometry {
		return diff(inter(b.wNorwayMain(), b.Cut("no-trondelag")), b.Cut("no-nordland"))
	})
}

func (b *builder) wNoHelgeland() geom.Geometry {
	return b.Memo("wNoHelg", func() geom.Geometry {
		return diff(inter(inter(b.wNorwayMain(), b.Cut("no-trondelag")), b.Cut("no-nordland")), b.Cut("no-salten"))
	})
}

func (b *builder) wNoNorthAll() geom.Geometry {
	return b.Memo("wNoNorthAll", func() geom.Geometry {
		return inter(inter(inter(b.wNorwayMain(), b.Cut("no-trondelag")), b.Cut("no-nordland")), b.Cut("no-salten"))
	})
}

func (b *builder) wNoNarvik() geom.Geometry {
	return b.Memo("wNoNarvik", func() geom.Geometry { return inter(b.wNoNorthAll(), b.Cut("no-ofoten")) })
}

func (b *builder) wNoNorth() geom.Geometry {
	return b.Memo("wNoNorth", func() geom.Geometry { return diff(b.wNoNorthAll(), b.Cut("no-ofoten")) })
}

// ---- Low Countries ----

func (b *builder) wZeeland() geom.Geometry {
	return b.inside("Netherlands", "nl-zeeland")
}

func (b *builder) wEupenMalmedy() geom.Geometry {
	return b.inside("Belgium", "be-eupen-malmedy")
}

func (b *builder) wFlanders() geom.Geometry {
	return b.Memo("wFlanders", func() geom.Geometry {
		return diff(inter(b.C("Belgium"), b.Cut("be-flanders")), b.wEupenMalmedy())
	})
}

func (b *builder) wBelgiumRest() geom.Geometry {
	return b.Memo("wBeRest", func() geom.Geometry {
		return diff(diff(b.C("Belgium"), b.wEupenMalmedy()), b.Cut("be-flanders"))
	})
}

// ---- France ----

func (b *builder) wCorsica() geom.Geometry {
	return b.Memo("wCorsica", func() geom.Geometry { return inter(b.C("France"), box(8.3, 41.2, 9.8, 43.2)) })
}

func (b *builder) wFranceMain() geom.Geometry {
	return b.Memo("wFrMain", func() geom.Geometry { return diff(b.C("France"), b.wCorsica()) })
}

func (b *builder) wAlsaceMoselle() geom.Geometry {
	return b.Memo("wAlsMos", func() geom.Geometry { return inter(b.wFranceMain(), b.Cut("fr-alsace-moselle")) })
}

func (b *builder) wMoselle() geom.Geometry {
	return b.Memo("wMoselle", func() geom.Geometry { return inter(b.wAlsaceMoselle(), b.Cut("fr-moselle")) })
}

func (b *builder) wAlsace() geom.Geometry {
	return b.Memo("wAlsace", func() geom.Geometry { return diff(b.wAlsaceMoselle(), b.Cut("fr-moselle")) })
}

func (b *builder) wNordPdC() geom.Geometry {
	return b.Memo("wNord", func() geom.Geometry { return diff(inter(b.wFranceMain(), b.Cut("fr-nord")), b.wAlsaceMoselle()) })
}

func (b *builder) wMenton() geom.Geometry {
	return b.Memo("wMenton", func() geom.Geometry { return inter(b.wFranceMain(), b.Cut("fr-italian-zone-1940")) })
}

func (b *builder) wFreeZone() geom.Geometry {
	return b.Memo("wFree", func() geom.Geometry {
		return diff(diff(inter(b.wFranceMain(), b.Cut("fr-demarcation-1940")), b.wMenton()), b.wAlsaceMoselle())
	})
}

func (b *builder) wFreeEast() geom.Geometry {
	return b.Memo("wFreeEast", func() geom.Geometry { return inter(b.wFreeZone(), b.Cut("fr-italian-zone-1942")) })
}

func (b *builder) wFreeWest() geom.Geometry {
	return b.Memo("wFreeWest", func() geom.Geometry { return diff(b.wFreeZone(), b.Cut("fr-italian-zone-1942")) })
}

func (b *builder) wOccupiedZone() geom.Geometry {
	return b.Memo("wOcc", func() geom.Geometry {
		g := diff(b.wFranceMain(), b.Cut("fr-demarcation-1940"))
		g = diff(g, b.wAlsaceMoselle())
		g = diff(g, b.wNordPdC())
		return diff(g, b.wMenton())
	})
}

func (b *builder) wOccupiedAtlantic() geom.Geometry {
	return b.Memo("wOccAtl", func() geom.Geometry { return inter(b.wOccupiedZone(), b.Cut("fr-loire")) })
}

func (b *builder) wOccupiedNorth() geom.Geometry {
	return b.Memo("wOccNorth", func() geom.Geometry { return diff(b.wOccupiedZone(), b.Cut("fr-loire")) })
}

// ---- Turkey ----

func (b *builder) wHatay() geom.Geometry {
	return b.inside("Turkey", "tr-hatay")
}

// westPieces are the geometry recipes of data/west/pieces.json.
var westPieces = recipes{
	"se-sweden":             country("Sweden"),
	"ch-switzerland":        country("Switzerland"),
	"li-liechtenstein":      country("Liechtenstein"),
	"pt-portugal":           country("Portugal"),
	"ie-ireland":            country("Ireland"),
	"es-spain":              country("Spain"),
	"ad-andorra":            country("Andorra"),
	"sm-san-marino":         country("San Marino"),
	"va-vatican":            country("Vatican"),
	"it-italy":              country("Italy"),
	"tr-turkey":             func(b *builder) geom.Geometry { return diff(b.C("Turkey"), b.wHatay()) },
	"tr-hatay":              (*builder).wHatay,
	"dk-denmark":            country("Denmark"),
	"gl-greenland":          country("Greenland"),
	"fo-faroe-islands":      country("Faeroe Is."),
	"is-iceland":            country("Iceland"),
	"no-jan-mayen":          (*builder).wJanMayen,
	"no-south":              (*builder).wNoSouth,
	"no-trondelag":          (*builder).wNoTrondelag,
	"no-helgeland":          (*builder).wNoHelgeland,
	"no-narvik":             (*builder).wNoNarvik,
	"no-north":              (*builder).wNoNorth,
	"nl-netherlands":        func(b *builder) geom.Geometry { return diff(b.C("Netherlands"), b.wZeeland()) },
	"nl-zeeland":            (*builder).wZeeland,
	"be-belgium":            (*builder).wBelgiumRest,
	"be-flanders":           (*builder).wFlanders,
	"be-eupen-malmedy":      (*builder).wEupenMalmedy,
	"lu-luxembourg":         country("Luxembourg"),
	"gb-united-kingdom":     country("United Kingdom"),
	"im-isle-of-man":        country("Isle of Man"),
	"gg-guernsey":           country("Guernsey"),
	"je-jersey":             country("Jersey"),
	"fr-occupied-north":     (*builder).wOccupiedNorth,
	"fr-occupied-atlantic":  (*builder).wOccupiedAtlantic,
	"fr-nord-pas-de-calais": (*builder).wNordPdC,
	"fr-alsace":             (*builder).wAlsace,
	"fr-moselle":            (*builder).wMoselle,
	"fr-free-zone-west":     (*builder).wFreeWest,
	"fr-free-zone-east":     (*builder).wFreeEast,
	"fr-menton":             (*builder).wMenton,
	"fr-corsica":            (*builder).wCorsica,
	"mc-monaco":             country("Monaco"),
}
