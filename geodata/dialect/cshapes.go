package dialect

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// cshapesSource is the source of every CShapes version.
const cshapesSource = "CShapes 2.0 (Schvitz et al. 2022)"

// gwToCOW are the Gleditsch–Ward codes that differ from the COW code of
// the same state in 1886–2019 where Frontiers' data has it.
var gwToCOW = map[int]int{260: 255}

// cshapesDates are the fields a period's first and last day are read
// from, in order: a date field, else year, month and day fields.
var cshapesDates = [2][]struct{ date, y, m, d string }{
	{{"gwsdate", "gwsyear", "gwsmonth", "gwsday"}, {"cowsdate", "cowsyear", "cowsmonth", "cowsday"}, {"start", "", "", ""}},
	{{"gwedate", "gweyear", "gwemonth", "gweday"}, {"cowedate", "coweyear", "cowemonth", "coweday"}, {"end", "", "", ""}},
}

// cshapesRead are the fields read (the rest go to extra).
var cshapesRead = map[string]bool{"cntry_name": true, "country_name": true, "cowcode": true, "gwcode": true, "status": true, "owner": true}

func init() {
	for _, ds := range cshapesDates {
		for _, d := range ds {
			for _, k := range []string{d.date, d.y, d.m, d.d} {
				if k != "" {
					cshapesRead[k] = true
				}
			}
		}
	}
}

// code reads a state code: an integer, as a number or as text.
func code(v any) (int, bool) {
	s, _ := text(v)
	n, err := strconv.Atoi(strings.TrimSpace(s))
	return n, err == nil && n > 0
}

// cshapesDay reads a CShapes date: DD.MM.YYYY HH:MM:SS as the GeoJSON
// writes it (local midnight in UTC: 12:00 or later is the next day),
// DD.MM.YYYY, YYYY-MM-DD (with or without a time), YYYYMMDD.
func cshapesDay(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"02.01.2006 15:04:05", "02.01.2006", "2006-01-02T15:04:05Z07:00", "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02", "20060102", "2006/01/02"} {
		t, err := time.Parse(layout, s)
		if err != nil {
			continue
		}
		t = t.UTC()
		if t.Hour() >= 12 {
			t = t.AddDate(0, 0, 1)
		}
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true
	}
	return time.Time{}, false
}

// cshapesFeatures translates CShapes 2.0.
func cshapesFeatures(file string, feats []*feature) (notes []string, probs Problems) {
	// The names of the file's states by code, for owners given as codes.
	byCode := map[int]string{}
	for _, f := range feats {
		if !f.ok {
			continue
		}
		name := str(f.props["cntry_name"]) + str(f.props["country_name"])
		for _, k := range []string{"cowcode", "gwcode"} {
			if c, ok := code(f.props[k]); ok && name != "" {
				if _, seen := byCode[c]; !seen || strings.EqualFold(str(f.props["status"]), "independent") {
					byCode[c] = name
				}
			}
		}
	}
	ids := map[string]int{}
	gw := false
	for i, f := range feats {
		if !f.ok {
			continue
		}
		p, q := f.props, map[string]any{}
		f.out = q
		var id string
		bad := func(field, msg string, a ...any) {
			probs = append(probs, Problem{File: file, Index: i, ID: id, Field: field, Msg: fmt.Sprintf(msg, a...)})
		}
		nameKey := "cntry_name"
		if p[nameKey] == nil && p["country_name"] != nil {
			nameKey = "country_name"
		}
		name := str(p[nameKey])
		codeKey := "cowcode"
		if p[codeKey] == nil {
			codeKey = "gwcode"
		}
		c, hasCode := code(p[codeKey])
		cow := c
		if codeKey == "gwcode" && hasCode {
			gw = true
			if x, ok := gwToCOW[c]; ok {
				cow = x
			}
		}

		// The period: first and last day, inclusive.
		var days [2]time.Time
		var fields [2]string
		for e, alts := range cshapesDates {
			for _, a := range alts {
				if s := str(p[a.date]); s != "" {
					fields[e] = a.date
					if t, ok := cshapesDay(s); ok {
						days[e] = t
					} else {
						bad(a.date, "%q is not a date: CShapes dates are DD.MM.YYYY HH:MM:SS or YYYY-MM-DD", s)
					}
					break
				}
				if a.y == "" {
					continue
				}
				y, oky := code(p[a.y])
				m, okm := code(p[a.m])
				d, okd := code(p[a.d])
				if oky && okm && okd {
					fields[e] = a.y
					days[e] = time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
					if days[e].Month() != time.Month(m) || days[e].Day() != d {
						bad(a.y, "%d-%02d-%02d is not a day: fix %s, %s and %s", y, m, d, a.y, a.m, a.d)
					}
					break
				}
			}
		}
		start, end := days[0], days[1]
		if hasCode && !start.IsZero() {
			id = fmt.Sprintf("cshapes-%d-%s", c, start.Format(time.DateOnly))
		}

		switch {
		case name == "":
			bad("cntry_name", "missing: a CShapes feature has its state's name in cntry_name")
		case !hasCode:
			bad("gwcode", "missing: a CShapes feature has its state's code in gwcode or cowcode")
		case fields[0] == "":
			bad("gwsdate", "missing: a CShapes feature has its first day in gwsdate (or gwsyear, gwsmonth and gwsday)")
		case !end.IsZero() && end.Before(start):
			bad(fields[1], "%s is before %s %s: CShapes' end is the last day of the period, on or after its first", end.Format(time.DateOnly), fields[0], start.Format(time.DateOnly))
		}
		if id == "" {
			continue
		}
		if n := ids[id]; n > 0 {
			ids[id]++
			id = fmt.Sprintf("%s-%d", id, n+1)
		} else {
			ids[id] = 1
		}

		// Holders and status.
		holder, holderCOW := name, any(cow)
		status := "independent"
		if st := str(p["status"]); st != "" && !strings.EqualFold(st, "independent") {
			switch l := strings.ToLower(st); {
			case strings.Contains(l, "protectorate"):
				status = "protectorate"
			case strings.Contains(l, "mandate"), strings.Contains(l, "trust"):
				status = "administered"
			default:
				status = "integral"
			}
			holderCOW = nil
			if oc, ok := code(p["owner"]); ok {
				if n, ok := byCode[oc]; ok {
					holder = n
				}
				if x, ok := gwToCOW[oc]; ok && gw {
					oc = x
				}
				holderCOW = oc
				if holder == name { // an owner the file does not name
					holderCOW = nil
				}
			} else if o := str(p["owner"]); o != "" {
				holder = o
			}
		}
		if cw, ok := holderCOW.(int); ok && cw > 9999 {
			holderCOW = nil
		}

		q["id"] = id
		q["name"] = name
		q["kind"] = "territory"
		q["start_date"] = start.Format(time.DateOnly)
		if !end.IsZero() {
			q["end_date"] = end.AddDate(0, 0, 1).Format(time.DateOnly)
		}
		q["controller"], q["sovereign"] = holder, holder
		q["controller_cow"], q["sovereign_cow"] = holderCOW, holderCOW
		q["status"] = status
		q["source"] = cshapesSource
		extra := map[string]string{}
		if st := str(p["status"]); st != "" {
			extra["status"] = st
		}
		for k, v := range p {
			if cshapesRead[k] {
				continue
			}
			if s, ok := text(v); ok && s != "" {
				extra[k] = s
			}
		}
		q["extra"] = extra
	}
	note := readAs(file, "CShapes 2.0") + ": its end dates are inclusive (the last day), so each end_date is the day after it"
	if gw {
		note += "; Gleditsch–Ward codes are read as COW codes (Germany 260 as 255)"
	}
	return append(notes, note), probs
}
