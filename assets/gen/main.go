package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime/pprof"

	"github.com/peterstace/simplefeatures/geom"
)

// scale is the Natural Earth scale the base is built from (the suffix of
// world-atlas's files).
const scale = "10m"

// world holds the Natural Earth countries and land, clipped to the extent.
type world struct {
	countries map[string]geom.Geometry
	land      geom.Geometry
}

func loadWorld(dir string) (*world, error) {
	clip := extentPolygon()
	feats, err := readFeatures(filepath.Join(dir, "countries-"+scale+".json"), "countries")
	if err != nil {
		return nil, err
	}
	w := &world{countries: map[string]geom.Geometry{}}
	for _, f := range feats {
		g, err := featureGeometry(f, clip)
		if err != nil {
			return nil, err
		}
		if !g.IsEmpty() {
			w.countries[f.Name] = g
		}
	}
	lf, err := readFeatures(filepath.Join(dir, "land-"+scale+".json"), "land")
	if err != nil {
		return nil, err
	}
	var parts []geom.Geometry
	for _, f := range lf {
		g, err := featureGeometry(f, clip)
		if err != nil {
			return nil, err
		}
		parts = append(parts, g)
	}
	w.land = union(parts...)
	if err := w.addMicroStates(dir, clip); err != nil {
		return nil, err
	}
	return w, nil
}

// addMicroStates takes from Natural Earth 1:50m the countries that 1:10m
// has no area for (world-atlas quantizes both to the same grid of about
// 400 by 190 m, and at 1:10m the Vatican's outline falls to a line) and
// cuts them out of the countries around them.
func (w *world) addMicroStates(dir string, clip geom.Geometry) error {
	if scale == "50m" {
		return nil
	}
	feats, err := readFeatures(filepath.Join(dir, "countries-50m.json"), "countries")
	if err != nil {
		return err
	}
	for _, f := range feats {
		if _, ok := w.countries[f.Name]; ok {
			continue
		}
		g, err := featureGeometry(f, clip)
		if err != nil {
			return err
		}
		if g.IsEmpty() {
			continue
		}
		for name, c := range w.countries {
			if c.Envelope().Intersects(g.Envelope()) && geom.Intersects(c, g) {
				w.countries[name] = diff(c, g)
			}
		}
		w.countries[f.Name] = g
		w.land = union(w.land, g)
	}
	return nil
}

func (w *world) country(name string) geom.Geometry {
	g, ok := w.countries[name]
	if !ok {
		panic(fmt.Sprintf("Natural Earth has no country %q in the extent", name))
	}
	return g
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run() error {
	neDir := flag.String("ne", "build/npm/node_modules/world-atlas", "directory holding world-atlas's countries-"+scale+".json and land-"+scale+".json")
	outDir := flag.String("o", "assets", "output directory")
	probe := flag.String("probe", "", "debug: lon,lat to look up in the Natural Earth countries")
	png := flag.String("png", "", "debug: write a picture of the territories on -day to this file")
	day := flag.String("day", "1939-09-01", "debug: day for -png")
	bbox := flag.String("bbox", "19,43,36,71", "debug: lon0,lat0,lon1,lat1 for -png")
	cpuprofile := flag.String("cpuprofile", "", "debug: write a CPU profile of the run to this file")
	flag.Parse()
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}

	// The data files first: their mistakes are reported at once, before
	// the slow reading of Natural Earth.
	d, err := loadData(dataFS, regions)
	if err != nil {
		return err
	}
	w, err := loadWorld(*neDir)
	if err != nil {
		return err
	}
	if *probe != "" {
		var lon, lat float64
		fmt.Sscanf(*probe, "%f,%f", &lon, &lat)
		pt := geom.NewPoint(geom.Coordinates{XY: geom.XY{X: lon, Y: lat}, Type: geom.DimXY}).AsGeometry()
		for name, g := range w.countries {
			if geom.Intersects(g, pt) {
				fmt.Println(name)
			}
		}
		return nil
	}
	ds, err := build(w, d)
	if err != nil {
		return err
	}
	if *png != "" {
		return renderPNG(ds, *png, *day, *bbox)
	}
	return writeWithSnapshots(ds, *outDir)
}
