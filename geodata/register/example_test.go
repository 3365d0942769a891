package register_test

import (
	"fmt"
	"testing/fstest"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/register"
)

func Example() {
	const zone = `{
	  "zone": "west-1940", "title": "Norway and the West, 1940", "start": "1940-04-09", "end": "1940-06-26",
	  "sources": {"ZN": "Earl F. Ziemke, The German Northern Theater of Operations 1940–1945 (1959)"},
	  "places": [
	    {"id": "narvik", "name": "Narvik", "lat": 68.44, "lon": 17.43, "initial": "Norway",
	     "changes": [
	       {"date": "1940-04-09", "to": "Germany", "by": "Gruppe 1 (General Dietl)", "source": "ZN"},
	       {"date": "1940-05-28", "to": "Norway", "by": "French, Polish and Norwegian troops", "source": "ZN"},
	       {"date": "1940-06-09", "to": "Germany", "by": "Gruppe Narvik", "source": "ZN", "precision": "approximate", "date_note": "8 or 9 June"}]}
	  ]
	}`
	r, err := register.Load(fstest.MapFS{"register/west-1940.json": {Data: []byte(zone)}}, "register")
	if err != nil {
		fmt.Println(err)
		return
	}
	day := geodata.MustDay("1940-06-20")
	holder, _ := r.Controller("narvik", day)
	fmt.Println(holder)
	fmt.Println(register.Format(r.Place("narvik"), r.Entries("narvik", day)))
	// Output:
	// Germany
	// Narvik: taken by Gruppe 1 (General Dietl) (Germany) 9 Apr 1940 (ZN); retaken by French, Polish and Norwegian troops (Norway) 28 May 1940 (ZN); retaken by Gruppe Narvik (Germany) c. 9 Jun 1940 (ZN)
}
