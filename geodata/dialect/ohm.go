package dialect

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// statuses are geodata.Statuses (a test keeps them in step).
var statuses = []string{"independent", "integral", "ceded", "annexed", "occupied", "leased", "protectorate", "client state", "puppet state", "free city", "administered", "disputed"}

// frontiersKeys are the properties of the Frontiers schema, kept as they are.
var frontiersKeys = map[string]bool{
	"id": true, "name": true, "names": true, "kind": true, "start_date": true, "end_date": true,
	"controller": true, "controller_cow": true, "sovereign": true, "sovereign_cow": true,
	"status": true, "source": true, "note": true, "precision": true, "topics": true, "extra": true,
}

// idKeys are the properties a feature's id is read from, in order.
var idKeys = []string{"id", "@id", "osm_id", "fid"}

// ignoredKeys are OpenHistoricalMap tags Frontiers has no use for.
var ignoredKeys = map[string]bool{"boundary": true, "admin_level": true, "type": true}

func isStatus(s string) bool {
	for _, x := range statuses {
		if x == s {
			return true
		}
	}
	return false
}

// ohmFeatures translates an OpenHistoricalMap or QGIS export.
func ohmFeatures(file string, feats []*feature) (notes []string) {
	type nameless struct {
		i   int
		key string
	}
	var grouped []nameless
	selfHeld := 0
	for i, f := range feats {
		if !f.ok {
			continue
		}
		p, q := f.props, map[string]any{}
		f.out = q
		extra := map[string]string{}
		bad := func(field, msg string, a ...any) {
			id, _ := q["id"].(string)
			f.bad(file, i, id, field, msg, a...)
		}

		// The id: the Feature member, else the first id property.
		used := ""
		id := f.id
		for _, k := range idKeys {
			if id != "" {
				break
			}
			if id = idText(p[k]); id != "" {
				used = k
			}
		}

		// Names.
		name, en := str(p["name"]), str(p["name:en"])
		names := map[string]any{}
		if m, ok := p["names"].(map[string]any); ok {
			names = m
		} else if v, ok := p["names"]; ok && v != nil {
			q["names"] = v // not an object: the decoder says so
		}
		if en != "" {
			if name != "" && name != en {
				names["und"] = name
			}
			name = en
		}

		for _, k := range slices.Sorted(maps.Keys(p)) {
			v := p[k]
			switch {
			case k == used || k == "name" || k == "names" || k == "name:en" || ignoredKeys[k]:
			case k == "extra":
				if m, ok := v.(map[string]any); ok {
					for ek, ev := range m {
						if s, ok := text(ev); ok {
							extra[ek] = s
						}
					}
				} else if s, ok := text(v); ok {
					extra["extra"] = s
				}
			case strings.HasPrefix(k, "name:"):
				if s := str(v); s != "" {
					if _, ok := names[k[5:]]; !ok {
						names[k[5:]] = s
					}
				}
			case k == "start_date:edtf" || k == "end_date:edtf":
				if d := k[:len(k)-5]; p[d] == nil {
					q[d] = v
				} else if s, ok := text(v); ok {
					extra[k] = s
				}
			case k == "status":
				if s, _ := v.(string); isStatus(s) {
					q[k] = s
				} else if s, ok := text(v); ok {
					extra[k] = s
				}
			case frontiersKeys[k] && k != "id":
				q[k] = v
			default:
				if s, ok := text(v); ok {
					extra[k] = s
				}
			}
		}
		if id != "" {
			q["id"] = id
		}
		if name != "" {
			q["name"] = name
		}
		if len(names) > 0 && q["names"] == nil {
			q["names"] = names
		}

		// Dates: a number (a QGIS integer field) is its text; an interval is refused.
		for _, k := range []string{"start_date", "end_date"} {
			switch v := q[k].(type) {
			case nil:
			case string:
				if strings.Contains(v, "/") || strings.Contains(v, "..") {
					bad(k, "%q is an EDTF interval, not a date: write its first day as start_date and the day after its last as end_date (%s)", v, dateAdvice)
				}
			default:
				if s, ok := text(v); ok {
					q[k] = s
				}
			}
		}

		// Holders: each stands for the other; with neither, the feature holds itself.
		c, s := q["controller"], q["sovereign"]
		switch {
		case c == nil && s == nil:
			if name != "" {
				q["controller"], q["sovereign"] = name, name
				selfHeld++
			}
			if q["status"] == nil {
				q["status"] = "independent"
			}
		case c == nil:
			q["controller"], q["controller_cow"] = s, q["sovereign_cow"]
		case s == nil:
			q["sovereign"], q["sovereign_cow"] = c, q["controller_cow"]
		}
		for _, k := range []string{"controller_cow", "sovereign_cow"} {
			if q[k] == nil {
				delete(q, k)
			}
		}
		if q["status"] == nil {
			q["status"] = "integral"
		}
		if str(q["source"]) == "" {
			q["source"] = base(file) + " (the file names no source)"
		}
		if q["kind"] == nil {
			switch geomType(f.geometry) {
			case "Point", "MultiPoint":
				q["kind"] = "city"
			case "LineString", "MultiLineString":
				q["kind"] = "frontier"
			}
		}
		if len(extra) > 0 {
			q["extra"] = extra
		}
		if id == "" {
			if name == "" {
				bad("id", "missing: add an id property or a Feature id (or a name, to group the versions of one territory by name)")
				continue
			}
			grouped = append(grouped, nameless{i, slug(name)})
		}
	}

	// Versions without an id are grouped by name, one id per geometry.
	geoms := map[string][]string{}
	for _, g := range grouped {
		f := feats[g.i]
		key, n := geomKey(f.geometry), 0
		for j, k := range geoms[g.key] {
			if k == key {
				n = j + 1
			}
		}
		if n == 0 {
			geoms[g.key] = append(geoms[g.key], key)
			n = len(geoms[g.key])
		}
		id := g.key
		if id == "" {
			id = "feature"
		}
		if n > 1 {
			id = fmt.Sprintf("%s-%d", id, n)
		}
		f.out["id"] = id
	}
	if len(grouped) > 0 {
		g := grouped[0]
		notes = append(notes, fmt.Sprintf("%s: %d of %d features have no id (no Feature id and no id, @id, osm_id or fid property): their versions are grouped by name, e.g. feature %d %q has id %q",
			file, len(grouped), len(feats), g.i, feats[g.i].out["name"], feats[g.i].out["id"]))
	}
	if selfHeld > 0 {
		notes = append(notes, fmt.Sprintf("%s: %d features name no controller or sovereign: each is shown as held by itself (its own name)", file, selfHeld))
	}
	return notes
}
