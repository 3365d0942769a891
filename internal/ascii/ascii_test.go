package ascii

import "testing"

func TestFold(t *testing.T) {
	tests := map[string]string{
		"Westmark":                 "Westmark",
		"Klaipėda":                 "Klaipeda",
		"Łódź":                     "Lodz",
		"Chișinău":                 "Chisinau",
		"Großdeutsches Reich":      "Grossdeutsches Reich",
		"Åland — Ahvenanmaa":       "Aland — Ahvenanmaa",
		"Free City of Danzig (城市)": "Free City of Danzig (??)",
		"Cernăuţi":                 "Cernauti",
	}
	for in, want := range tests {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}
