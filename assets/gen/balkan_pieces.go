package main

import "github.com/peterstace/simplefeatures/geom"

// Geometry of the Balkan pieces (Hungary, Yugoslavia, Albania, Greece,
// Bulgaria): Natural Earth countries cut by the lines of data/balkan/lines.json.
// Each country's pieces come from intersection and difference with the same
// polygons, so they tile it without gaps or overlaps. Islands are taken whole
// with bkPick (by the centroid of each polygon), so no line has to thread a
// narrow channel.

// bkPick returns the polygons of g whose centroid lies in the box and whose
// area is at most maxArea (deg²; 0 for no limit).
func bkPick(g geom.Geometry, x0, y0, x1, y1, maxArea float64) geom.Geometry {
	var out []geom.Geometry
	for _, part := range g.Dump() {
		p, ok := part.AsPolygon()
		if !ok || p.IsEmpty() {
			continue
		}
		if maxArea > 0 && p.Area() > maxArea {
			continue
		}
		xy, ok := p.Centroid().XY()
		if ok && xy.X >= x0 && xy.X <= x1 && xy.Y >= y0 && xy.Y <= y1 {
			out = append(out, p.AsGeometry())
		}
	}
	return union(out...)
}

// bkBig returns the polygons of g larger than minArea.
func bkBig(g geom.Geometry, minArea float64) geom.Geometry {
	var out []geom.Geometry
	for _, part := range g.Dump() {
		if p, ok := part.AsPolygon(); ok && p.Area() >= minArea {
			out = append(out, p.AsGeometry())
		}
	}
	return union(out...)
}

// ---- Slovenia ----

func (b *builder) bkSloIt() geom.Geometry {
	return b.inside("Slovenia", "yu-it-1920")
}

func (b *builder) bkSloYu() geom.Geometry {
	return b.outside("Slovenia", "yu-it-1920")
}

func (b *builder) bkPrekmurje() geom.Geometry {
	return b.Memo("bkPrek", func() geom.Geometry { return inter(b.bkSloYu(), b.Cut("yu-prekmurje")) })
}

func (b *builder) bkSloRest() geom.Geometry {
	return b.Memo("bkSloRest", func() geom.Geometry { return diff(b.bkSloYu(), b.Cut("yu-prekmurje")) })
}

func (b *builder) bkSloGerman() geom.Geometry {
	return b.Memo("bkSloDE", func() geom.Geometry { return inter(b.bkSloRest(), b.Cut("yu-slovenia-1941")) })
}

func (b *builder) bkLjubljana() geom.Geometry {
	return b.Memo("bkLjub", func() geom.Geometry { return diff(b.bkSloRest(), b.Cut("yu-slovenia-1941")) })
}

// ---- Croatia ----

func (b *builder) bkCroIt() geom.Geometry {
	return b.Memo("bkCroIt", func() geom.Geometry {
		hr := b.C("Croatia")
		cres := bkPick(hr, 14.2, 44.4, 14.5, 45.2, 0.2) // Cres with Lošinj
		return union(inter(hr, b.Cut("yu-it-1920")), cres)
	})
}

func (b *builder) bkZara() geom.Geometry {
	return b.Memo("bkZara", func() geom.Geometry {
		// Lastovo (Lagosta) was Italian with Zara from 1920 (Treaty of
		// Rapallo, art. 7); it is drawn from Natural Earth 1:10m on.
		return union(diff(inter(b.C("Croatia"), b.Cut("yu-zara-1920")), b.bkCroIt()),
			bkPick(b.C("Croatia"), 16.7, 42.68, 17.0, 42.8, 0.2))
	})
}

func (b *builder) bkCroYu() geom.Geometry {
	return b.Memo("bkCroYu", func() geom.Geometry { return diff(diff(b.C("Croatia"), b.bkCroIt()), b.bkZara()) })
}

func (b *builder) bkMedimurje() geom.Geometry {
	return b.Memo("bkMedj", func() geom.Geometry { return inter(b.bkCroYu(), b.Cut("yu-medimurje")) })
}

func (b *builder) bkBaranja() geom.Geometry {
	return b.Memo("bkBaranja", func() geom.Geometry { return inter(b.bkCroYu(), b.Cut("yu-baranja")) })
}

func (b *builder) bkCroSouth() geom.Geometry {
	return b.Memo("bkCroSouth", func() geom.Geometry {
		return diff(diff(b.bkCroYu(), b.bkMedimurje()), b.bkBaranja())
	})
}

// bkDalmatia is what Italy annexed from Croatia by the Treaties of Rome.
func (b *builder) bkDalmatia() geom.Geometry {
	return b.Memo("bkDalm", func() geom.Geometry {
		s := b.bkCroSouth()
		return union(
			inter(s, b.Cut("yu-fiume-1941")),
			inter(s, b.Cut("yu-dalmatia-1941")),
			bkPick(s, 14.5, 44.95, 14.75, 45.2, 0.2),   // Krk
			bkPick(s, 14.68, 44.70, 14.85, 44.86, 0.2), // Rab
			bkPick(s, 16.6, 42.88, 17.25, 43.02, 0.2),  // Korčula
			bkPick(s, 17.3, 42.68, 17.8, 42.82, 0.05),  // Mljet
			bkPick(s, 16.0, 42.98, 16.3, 43.12, 0.2),   // Vis
			bkPick(s, 16.15, 43.32, 16.45, 43.43, 0.2), // Šolta
		)
	})
}

func (b *builder) bkNDHCroatia() geom.Geometry {
	return b.Memo("bkNDH", func() geom.Geometry { return diff(b.bkCroSouth(), b.bkDalmatia()) })
}

// ---- Serbia and Kosovo ----

func (b *builder) bkVojNorth() geom.Geometry {
	return b.inside("Serbia", "yu-danube-vojvodina")
}

func (b *builder) bkBacka() geom.Geometry {
	return b.Memo("bkBacka", func() geom.Geometry { return inter(b.bkVojNorth(), b.Cut("yu-tisza")) })
}

func (b *builder) bkBanat() geom.Geometry {
	return b.Memo("bkBanat", func() geom.Geometry { return diff(b.bkVojNorth(), b.Cut("yu-tisza")) })
}

func (b *builder) bkSerbiaSouth() geom.Geometry {
	return b.outside("Serbia", "yu-danube-vojvodina")
}

func (b *builder) bkSrem() geom.Geometry {
	return b.Memo("bkSrem", func() geom.Geometry { return inter(b.bkSerbiaSouth(), b.Cut("yu-sava-srem")) })
}

func (b *builder) bkSerbiaProper() geom.Geometry {
	return b.Memo("bkSrbP", func() geom.Geometry { return diff(b.bkSerbiaSouth(), b.Cut("yu-sava-srem")) })
}

func (b *builder) bkSerbiaBG() geom.Geometry {
	return b.Memo("bkSrbBG", func() geom.Geometry { return inter(b.bkSerbiaProper(), b.Cut("yu-bulgaria-serbia-1941")) })
}

func (b *builder) bkKosovoNorth() geom.Geometry {
	return b.inside("Kosovo", "yu-kosovo-north-1941")
}

func (b *builder) bkSerbiaGerman() geom.Geometry {
	return b.Memo("bkSrbDE", func() geom.Geometry {
		return union(diff(b.bkSerbiaProper(), b.Cut("yu-bulgaria-serbia-1941")), b.bkKosovoNorth())
	})
}

func (b *builder) bkKosovoAl() geom.Geometry {
	return b.outside("Kosovo", "yu-kosovo-north-1941")
}

// ---- Macedonia, Montenegro ----

func (b *builder) bkMacedoniaAl() geom.Geometry {
	return b.inside("Macedonia", "yu-macedonia-1941")
}

func (b *builder) bkMacedoniaBG() geom.Geometry {
	return b.outside("Macedonia", "yu-macedonia-1941")
}

func (b *builder) bkKotor() geom.Geometry {
	return b.inside("Montenegro", "yu-kotor-1941")
}

func (b *builder) bkMontenegro() geom.Geometry {
	return b.outside("Montenegro", "yu-kotor-1941")
}

// ---- Albania ----

func (b *builder) bkAlbaniaSouth() geom.Geometry {
	return b.inside("Albania", "al-greek-front-1941")
}

func (b *builder) bkAlbaniaNorth() geom.Geometry {
	return b.outside("Albania", "al-greek-front-1941")
}

// ---- Greece ----

// Greek islands are sorted whole into the zones by their centroid and put
// together with bkCollect (no overlay), which keeps Natural Earth's rings as
// they are; only the mainland polygon is cut.

// bkCollect gathers the polygons of disjoint geometries without an overlay.
func bkCollect(gs ...geom.Geometry) geom.Geometry {
	var ps []geom.Polygon
	for _, g := range gs {
		for _, part := range g.Dump() {
			if p, ok := part.AsPolygon(); ok && !p.IsEmpty() {
				ps = append(ps, p)
			}
		}
	}
	return geom.NewMultiPolygon(ps).AsGeometry()
}

type bkBox struct{ x0, y0, x1, y1 float64 }

var (
	bkBoxDodecanese = bkBox{26.2, 35.38, 28.6, 37.5} // with Patmos, Lipsi and Agathonisi
	bkBoxCrete      = bkBox{23.4, 34.8, 26.4, 35.7}
	bkBoxIonian     = bkBox{19.5, 37.5, 21.0, 39.9}
	bkBoxNAegean    = bkBox{25.0, 38.1, 26.7, 40.1}
	bkBoxThraceIsl  = bkBox{24.4, 40.3, 25.8, 40.9} // Thasos, Samothrace
)

// bkGreekIslands returns the Greek islands (every polygon but the mainland)
// whose centroid is in box, or, with nil, those in none of the boxes.
func (b *builder) bkGreekIslands(box *bkBox) geom.Geometry {
	var out []geom.Geometry
	for _, part := range b.C("Greece").Dump() {
		p, ok := part.AsPolygon()
		if !ok || p.IsEmpty() || p.Area() > 5 {
			continue
		}
		xy, _ := p.Centroid().XY()
		in := func(bb bkBox) bool { return xy.X >= bb.x0 && xy.X <= bb.x1 && xy.Y >= bb.y0 && xy.Y <= bb.y1 }
		if box != nil {
			if in(*box) {
				out = append(out, p.AsGeometry())
			}
			continue
		}
		if !in(bkBoxDodecanese) && !in(bkBoxCrete) && !in(bkBoxIonian) && !in(bkBoxNAegean) && !in(bkBoxThraceIsl) {
			out = append(out, p.AsGeometry())
		}
	}
	return bkCollect(out...)
}

func (b *builder) bkDodecanese() geom.Geometry {
	return b.Memo("bkDodec", func() geom.Geometry { return b.bkGreekIslands(&bkBoxDodecanese) })
}

func (b *builder) bkCreteAll() geom.Geometry {
	return b.Memo("bkCreteAll", func() geom.Geometry { return b.bkGreekIslands(&bkBoxCrete) })
}

func (b *builder) bkLasithi() geom.Geometry {
	return b.Memo("bkLasithi", func() geom.Geometry { return inter(b.bkCreteAll(), b.Cut("gr-lasithi-1941")) })
}

func (b *builder) bkCrete() geom.Geometry {
	return b.Memo("bkCrete", func() geom.Geometry { return diff(b.bkCreteAll(), b.Cut("gr-lasithi-1941")) })
}

func (b *builder) bkIonian() geom.Geometry {
	return b.Memo("bkIonian", func() geom.Geometry { return b.bkGreekIslands(&bkBoxIonian) })
}

func (b *builder) bkNorthAegean() geom.Geometry {
	return b.Memo("bkNAeg", func() geom.Geometry { return b.bkGreekIslands(&bkBoxNAegean) })
}

func (b *builder) bkGreeceMain() geom.Geometry {
	return b.Memo("bkGrMain", func() geom.Geometry { return bkBig(b.C("Greece"), 5) })
}

func (b *builder) bkEvros() geom.Geometry {
	return b.Memo("bkEvros", func() geom.Geometry { return inter(b.bkGreeceMain(), b.Cut("gr-evros-1941")) })
}

func (b *builder) bkThraceMain() geom.Geometry {
	return b.Memo("bkThraceMain", func() geom.Geometry {
		return diff(inter(b.bkGreeceMain(), b.Cut("gr-strymon-1941")), b.Cut("gr-evros-1941"))
	})
}

func (b *builder) bkThrace() geom.Geometry {
	return b.Memo("bkThrace", func() geom.Geometry { return bkCollect(b.bkThraceMain(), b.bkGreekIslands(&bkBoxThraceIsl)) })
}

func (b *builder) bkCentralMacedonia() geom.Geometry {
	return b.Memo("bkCMac", func() geom.Geometry {
		return diff(diff(inter(b.bkGreeceMain(), b.Cut("gr-central-macedonia-1941")), b.Cut("gr-strymon-1941")), b.Cut("gr-evros-1941"))
	})
}

func (b *builder) bkEpirus() geom.Geometry {
	return b.Memo("bkEpirus", func() geom.Geometry { return inter(b.bkGreeceMain(), b.Cut("gr-epirus-1941")) })
}

func (b *builder) bkAttica() geom.Geometry {
	return b.Memo("bkAttica", func() geom.Geometry { return inter(b.bkGreeceMain(), b.Cut("gr-attica-1941")) })
}

func (b *builder) bkGreeceItalian() geom.Geometry {
	return b.Memo("bkGrIt", func() geom.Geometry {
		g := b.bkGreeceMain()
		for _, x := range []geom.Geometry{b.bkEvros(), b.bkThraceMain(), b.bkCentralMacedonia(), b.bkEpirus(), b.bkAttica()} {
			g = diff(g, x)
		}
		return bkCollect(g, b.bkGreekIslands(nil))
	})
}

// ---- Bulgaria ----

func (b *builder) bkBulgaria() geom.Geometry {
	return b.outside("Bulgaria", "s-dobruja")
}

// balkanPieces are the geometry recipes of data/balkan/pieces.json.
var balkanPieces = recipes{
	"hu-hungary":               country("Hungary"),
	"bg-bulgaria":              (*builder).bkBulgaria,
	"it-julian-march":          func(b *builder) geom.Geometry { return union(b.bkSloIt(), b.bkCroIt()) },
	"it-zara":                  (*builder).bkZara,
	"yu-prekmurje":             (*builder).bkPrekmurje,
	"yu-northern-slovenia":     (*builder).bkSloGerman,
	"yu-ljubljana":             (*builder).bkLjubljana,
	"yu-medimurje":             (*builder).bkMedimurje,
	"yu-baranja":               (*builder).bkBaranja,
	"yu-dalmatia":              (*builder).bkDalmatia,
	"hr-croatia":               (*builder).bkNDHCroatia,
	"hr-bosnia-herzegovina":    country("Bosnia and Herz."),
	"hr-srem":                  (*builder).bkSrem,
	"yu-backa":                 (*builder).bkBacka,
	"yu-banat":                 (*builder).bkBanat,
	"rs-serbia":                (*builder).bkSerbiaGerman,
	"rs-pirot-vranje":          (*builder).bkSerbiaBG,
	"al-kosovo":                (*builder).bkKosovoAl,
	"al-western-macedonia":     (*builder).bkMacedoniaAl,
	"mk-vardar-macedonia":      (*builder).bkMacedoniaBG,
	"yu-kotor":                 (*builder).bkKotor,
	"yu-montenegro":            (*builder).bkMontenegro,
	"al-albania":               (*builder).bkAlbaniaNorth,
	"al-southern-albania":      (*builder).bkAlbaniaSouth,
	"it-dodecanese":            (*builder).bkDodecanese,
	"gr-east-macedonia-thrace": (*builder).bkThrace,
	"gr-evros":                 (*builder).bkEvros,
	"gr-central-macedonia":     (*builder).bkCentralMacedonia,
	"gr-attica":                (*builder).bkAttica,
	"gr-epirus":                (*builder).bkEpirus,
	"gr-ionian-islands":        (*builder).bkIonian,
	"gr-greece-italian-zone":   (*builder).bkGreeceItalian,
	"gr-north-aegean":          (*builder).bkNorthAegean,
	"gr-crete":                 (*builder).bkCrete,
	"gr-lasithi":               (*builder).bkLasithi,
}
