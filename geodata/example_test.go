package geodata_test

import (
	"fmt"

	"github.com/paulmach/orb"

	"github.com/frontiers-atlas/frontiers/geodata"
)

func ExampleParseDate() {
	d, _ := geodata.ParseDate("1941-07~")
	fmt.Println(d.Day, d.Approx, d.Long())
	// Output: 1941-07-01 true c. July 1941
}

func ExampleAtlas_TerritoryAt() {
	a, err := geodata.LoadFile("testdata/mini.geojson", nil)
	if err != nil {
		panic(err)
	}
	for _, day := range []string{"1940-06-16", "1940-06-17", "1940-08-06"} {
		f := a.TerritoryAt(geodata.MustDay(day), orb.Point{22, 52})
		fmt.Printf("%s: %s held by %s, sovereign %s (%s)\n", day, f.Name, f.Controller.Name, f.Sovereign.Name, f.Status)
	}
	// Output:
	// 1940-06-16: Westmark held by West, sovereign West (independent)
	// 1940-06-17: Westmark held by East, sovereign West (occupied)
	// 1940-08-06: Westmark held by East, sovereign East (annexed)
}

func ExampleDay_Long() {
	fmt.Println(geodata.Signing.Long())
	// Output: Tuesday 26 May 1942
}
