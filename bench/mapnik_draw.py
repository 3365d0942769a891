#!/usr/bin/python3
"""Draw a day of Frontiers with Mapnik, for bench/mapnik.sh.

Reads the GeoJSON `frontiers export` wrote (the territories of one day)
and the land backdrop (assets/land.geojson), and draws what `frontiers
render` draws at the same size, in the same projection and extent: the sea,
the land, every territory filled in a colour of its holder, the borders, and
the territories' names with a halo (DejaVu Sans, placed inside, none
overlapping), to a 32-bit PNG. Prints the seconds it spent on the style and
data, on drawing and on writing the PNG.

Usage: mapnik_draw.py TERRITORIES.geojson LAND.geojson OUT.png WIDTH HEIGHT
"""

import hashlib
import json
import sys
import time
from xml.sax.saxutils import escape, quoteattr

import mapnik

# The map projection of package geodata: Lambert azimuthal equal-area on
# the GRS 80 authalic sphere, centred at 52°N 10°E.
LAEA = "+proj=laea +lat_0=52 +lon_0=10 +x_0=0 +y_0=0 +R=6371007.2 +units=m +no_defs"
LONLAT = "+proj=longlat +datum=WGS84 +no_defs"
# geodata.Europe, the extent `frontiers render` shows by default (lon/lat).
EUROPE = (-12.0, 34.0, 50.0, 71.0)


def colour(name):
    """A fill for a holder: a light colour from a hash of its name."""
    h = hashlib.sha1(name.encode()).digest()
    return "#%02x%02x%02x" % (110 + h[0] % 130, 110 + h[1] % 130, 110 + h[2] % 130)


def expr_string(s):
    """s as a string literal of a Mapnik expression."""
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


def style_xml(holders, territories, land):
    fills = "".join(
        "<Rule><Filter>%s</Filter><PolygonSymbolizer fill=%s/></Rule>"
        % (escape("[controller] = " + expr_string(h)), quoteattr(colour(h)))
        for h in holders
    )
    return f"""<Map srs="{LAEA}" background-color="#cfe0ea">
  <Style name="land"><Rule>
    <PolygonSymbolizer fill="#dcd8cc"/>
    <LineSymbolizer stroke="#5a7386" stroke-width="0.7"/>
  </Rule></Style>
  <Style name="fills">{fills}<Rule><ElseFilter/><PolygonSymbolizer fill="#c8c8c8"/></Rule></Style>
  <Style name="borders"><Rule>
    <LineSymbolizer stroke="#3c3c3c" stroke-width="0.8" stroke-linejoin="round"/>
  </Rule></Style>
  <Style name="labels"><Rule>
    <TextSymbolizer face-name="DejaVu Sans Book" size="11" fill="#1e1e1e"
        halo-fill="#ffffff" halo-radius="1.5" placement="interior"
        allow-overlap="false" minimum-padding="2">[name]</TextSymbolizer>
  </Rule></Style>
  <Layer name="land" srs="{LONLAT}">
    <StyleName>land</StyleName>
    <Datasource><Parameter name="type">geojson</Parameter><Parameter name="file">{escape(land)}</Parameter></Datasource>
  </Layer>
  <Layer name="territories" srs="{LONLAT}">
    <StyleName>fills</StyleName>
    <StyleName>borders</StyleName>
    <StyleName>labels</StyleName>
    <Datasource><Parameter name="type">geojson</Parameter><Parameter name="file">{escape(territories)}</Parameter></Datasource>
  </Layer>
</Map>"""


def europe_box():
    """The projected bound of geodata.Europe's edges, densified as
    geodata.Fit densifies them (the projection curves them)."""
    tr = mapnik.ProjTransform(mapnik.Projection(LONLAT), mapnik.Projection(LAEA))
    x0, y0, x1, y1 = EUROPE
    xs, ys = [], []
    for i in range(17):
        t = i / 16
        for lon, lat in ((x0 + t * (x1 - x0), y0), (x0 + t * (x1 - x0), y1),
                         (x0, y0 + t * (y1 - y0)), (x1, y0 + t * (y1 - y0))):
            c = tr.forward(mapnik.Coord(lon, lat))
            xs.append(c.x)
            ys.append(c.y)
    return mapnik.Box2d(min(xs), min(ys), max(xs), max(ys))


def main(argv):
    if len(argv) != 6:
        sys.exit(__doc__.strip().splitlines()[-1])
    territories, land, out = argv[1], argv[2], argv[3]
    width, height = int(argv[4]), int(argv[5])
    t0 = time.perf_counter()
    with open(territories, encoding="utf-8") as f:
        fc = json.load(f)
    holders = sorted({ft["properties"].get("controller") or "" for ft in fc["features"]} - {""})
    m = mapnik.Map(width, height)
    mapnik.load_map_from_string(m, style_xml(holders, territories, land))
    m.zoom_to_box(europe_box())
    img = mapnik.Image(width, height)
    t1 = time.perf_counter()
    mapnik.render(m, img)
    t2 = time.perf_counter()
    img.save(out, "png32")
    t3 = time.perf_counter()
    print("mapnik: style and data %.3f s, drawing %.3f s, PNG %.3f s" % (t1 - t0, t2 - t1, t3 - t2))


if __name__ == "__main__":
    main(sys.argv)
