package places

import (
	"strings"
	"testing"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/geodatatest"
)

func mustDay(s string) geodata.Day { return geodata.MustDay(s) }

func TestPlaces(t *testing.T) {
	ps, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) < 150 {
		t.Errorf("%d places, want 150 or more", len(ps))
	}
	byName := map[string]*Place{}
	for i := range ps {
		if byName[ps[i].Name] != nil {
			t.Errorf("%s twice", ps[i].Name)
		}
		byName[ps[i].Name] = &ps[i]
		// Europe and its neighbours.
		if p := ps[i]; p.Lat < 28 || p.Lat > 72 || p.Lon < -25 || p.Lon > 55 {
			t.Errorf("%s at %v,%v is outside the map", p.Name, p.Lat, p.Lon)
		}
	}
	for _, tc := range []struct{ place, day, want string }{
		{"Vilnius", "1939-05-01", "Wilno"},
		{"Vilnius", "1940-05-01", "Vilnius"},
		{"Vilnius", "1942-05-26", "Wilna"},
		{"Łódź", "1939-06-01", "Łódź"},
		{"Łódź", "1940-05-01", "Litzmannstadt"},
		{"Gdynia", "1939-09-20", "Gdynia"},
		{"Gdynia", "1939-11-01", "Gotenhafen"},
		{"Viipuri", "1940-06-01", "Vyborg"},
		{"Viipuri", "1942-05-26", "Viipuri"},
		{"Klaipėda", "1939-01-01", "Klaipėda"},
		{"Klaipėda", "1939-04-01", "Memel"},
		{"Lviv", "1939-01-01", "Lwów"},
		{"Lviv", "1940-01-01", "Lvov"},
		{"Lviv", "1942-01-01", "Lemberg"},
		{"Chișinău", "1940-08-01", "Kishinev"},
		{"Chișinău", "1941-08-01", "Chișinău"},
		{"Cernăuți", "1941-01-01", "Chernovtsy"},
		{"Ljubljana", "1941-06-01", "Lubiana"},
		{"Wrocław", "1940-01-01", "Breslau"},
		{"Stalino", "1940-01-01", "Stalino"},
		{"Tbilisi", "1940-01-01", "Tbilisi"},
		{"Petsamo", "1940-01-01", "Petsamo"},
		{"Tallinn", "1942-05-26", "Reval"},
		{"Käkisalmi", "1941-01-01", "Keksgolm"},
		{"Tighina", "1940-12-01", "Bendery"},
	} {
		p := byName[tc.place]
		if p == nil {
			t.Errorf("no place %s", tc.place)
			continue
		}
		if got := p.NameOn(mustDay(tc.day)); got != tc.want {
			t.Errorf("%s on %s: %q, want %q", tc.place, tc.day, got, tc.want)
		}
	}
	for _, name := range []string{"Pressburg", "Agram", "Laibach", "Fiume", "Königsberg", "Tiflis", "Kexholm", "Priozersk", "Bender", "Stettin", "Posen", "Donetsk", "Pechenga"} {
		found := false
		for i := range ps {
			for _, n := range ps[i].AllNames() {
				if n == name {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("no place is called %s", name)
		}
	}
	if _, err := load([]byte(`{"places":[{"name":"X","lat":1,"lon":1,"names":[{"name":"A","to":"1940-01-01"},{"name":"B","from":"1939-06-01"}]}]}`)); err == nil {
		t.Error("overlapping names accepted")
	}
	if _, err := load([]byte(`{"places":[{"name":"X","lat":91,"lon":1}]}`)); err == nil {
		t.Error("latitude 91 accepted")
	}
}

func TestSearch(t *testing.T) {
	a := geodatatest.Mini(t)
	ps, err := load([]byte(`{"places":[{"name":"Midtown","lat":52.5,"lon":22.5,"also":["Mittelstadt"],"names":[{"name":"Mittelstadt","from":"1940-06-17"}]},{"name":"Łowicz","lat":52.1,"lon":27.0}]}`))
	if err != nil {
		t.Fatal(err)
	}
	rs := Search(a, ps, "mid", mustDay("1942-05-26"))
	if len(rs) != 1 || rs[0].Label != "Mittelstadt (Midtown)" || !strings.Contains(rs[0].Detail, "Westmark, held by East") {
		t.Errorf("mid on 1942-05-26: %+v", rs)
	}
	rs = Search(a, ps, "Mittelstadt", mustDay("1939-05-01"))
	if len(rs) != 1 || rs[0].Label != "Midtown (Mittelstadt)" {
		t.Errorf("Mittelstadt in 1939: %+v", rs)
	}
	// Folded: "lowicz" finds Łowicz; territories by any name.
	if rs := Search(a, ps, "lowicz", geodata.Signing); len(rs) != 1 || rs[0].Place == nil {
		t.Errorf("lowicz: %+v", rs)
	}
	rs = Search(a, ps, "occid", geodata.Signing)
	if len(rs) != 1 || rs[0].ID != "westmark" || rs[0].Label != "Westmark (Occidentia)" {
		t.Errorf("occid: %+v", rs)
	}
	rs = Search(a, ps, "mark", mustDay("1940-01-01"))
	if len(rs) != 3 {
		t.Errorf("mark: %+v", rs)
	}
	for _, r := range rs {
		if r.ID == "southmark" && !strings.Contains(r.Detail, "not on the map") {
			t.Errorf("southmark in 1940: %q", r.Detail)
		}
	}
	if rs := Search(a, ps, "  ", geodata.Signing); rs != nil {
		t.Errorf("blank query: %+v", rs)
	}
}
