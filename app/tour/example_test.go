package tour_test

import (
	"fmt"
	"time"

	"github.com/frontiers-atlas/frontiers/app/tour"
)

func Example() {
	t, err := tour.Parse("lesson.json", []byte(`{
  "title": "Two days in 1939",
  "stops": [
    {"date": "1939-09-01", "view": [14, 49, 24, 55], "title": "Invasion", "text": "Germany attacks."},
    {"date": "1939-09-17", "view": [18, 49, 28, 56], "title": "From the east", "text": "So does the USSR."}
  ]
}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	p := tour.NewPlayer(t)
	p.Next()
	fmt.Println(p.Position(), p.Stop().Title)
	for _, ms := range []int{0, 500, 1000} {
		day, view, done := p.Frame(time.Duration(ms) * time.Millisecond)
		fmt.Printf("%4d ms: %s, %.1f° wide, done=%v\n", ms, day, view.Max[0]-view.Min[0], done)
	}
	// Output:
	// stop 2 of 2 From the east
	//    0 ms: 1939-09-01, 10.0° wide, done=false
	//  500 ms: 1939-09-09, 14.0° wide, done=false
	// 1000 ms: 1939-09-17, 10.0° wide, done=true
}

func ExampleParse_problems() {
	_, err := tour.Parse("tour.json", []byte(`{"title": "T", "stops": [
  {"date": "1941-06-31", "view": [14, 48, 32, 57], "title": "Barbarossa"}]}`))
	fmt.Println(err)
	// Output:
	// tour.json: stop 1 ("Barbarossa"): date: "1941-06-31": June has 30 days
}
