package problem

import (
	"errors"
	"testing"
)

func TestError(t *testing.T) {
	tests := []struct {
		name string
		p    Problem
		want string
	}{
		{"file", Problem{File: "a.geojson", Msg: "not UTF-8 text"}, "a.geojson: not UTF-8 text"},
		{"file field", Problem{File: "a.geojson", Field: "crs", Msg: "x"}, "a.geojson: crs: x"},
		{"item", Problem{File: "a.geojson", Item: Numbered("feature", 3, "ee"), Field: "end_date", Msg: "1940-02-30 is not a date"},
			"a.geojson: feature 3 (ee): end_date: 1940-02-30 is not a date"},
		{"item no field", Problem{File: "p.json", Item: `holder "X"`, Msg: "is a state's name"}, `p.json: holder "X": is a state's name`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.Error(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestNumbered(t *testing.T) {
	for _, tt := range [][2]string{
		{Numbered("feature", 0, "ee"), "feature 0 (ee)"},
		{Numbered("event", 7, ""), "event 7"},
		{Numbered("stop", 2, `"Barbarossa"`), `stop 2 ("Barbarossa")`},
		{Numbered("feature", -1, "ee"), ""},
	} {
		if got, want := tt[0], tt[1]; got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
}

func TestList(t *testing.T) {
	var l List
	if l.Err() != nil {
		t.Fatal("an empty list is an error")
	}
	l.Add("t.json", "", "title", "missing: %s", "add one")
	l.Add("t.json", Numbered("stop", 1, ""), "date", "%q is not a date", "1941-06-31")
	err := l.Err()
	want := "t.json: title: missing: add one\nt.json: stop 1: date: \"1941-06-31\" is not a date"
	if err == nil || err.Error() != want {
		t.Fatalf("got %v, want %q", err, want)
	}
	var back List
	if !errors.As(err, &back) || len(back) != 2 {
		t.Errorf("errors.As: %v %d", back, len(back))
	}
}
