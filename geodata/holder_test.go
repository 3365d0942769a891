package geodata

import "testing"

func TestHolderKey(t *testing.T) {
	for _, tc := range []struct {
		h    Holder
		want string
	}{
		{Holder{Name: "Germany", COW: 255}, "cow:255:germany"},
		{Holder{Name: "Germany (Reichskommissariat Ostland)", COW: 255}, "cow:255:germany"},
		{Holder{Name: "Germany and Italy (military occupation)", COW: 255}, "cow:255:germany and italy"},
		{Holder{Name: "United Kingdom", COW: 200}, "cow:200:united kingdom"},
		{Holder{Name: "United Kingdom (Mandate for Palestine)", COW: 200}, "cow:200:united kingdom"},
		{Holder{Name: "Transjordan (British mandate)", COW: 200}, "cow:200:transjordan"},
		{Holder{Name: "  France  (Vichy)", COW: 220}, "cow:220:france"},
		{Holder{Name: "Free City of Danzig"}, "name:free city of danzig"},
		{Holder{Name: "Vatican City (Holy See)"}, "name:vatican city (holy see)"},
	} {
		t.Run(tc.h.Name, func(t *testing.T) {
			if got := tc.h.Key(); got != tc.want {
				t.Errorf("Key() = %q, want %q", got, tc.want)
			}
		})
	}
	// Holders that share a key are one state of the day; those that do
	// not keep their border.
	same := func(a, b Holder) bool { return a.Key() == b.Key() }
	if !same(Holder{Name: "Germany", COW: 255}, Holder{Name: "Germany (General Government)", COW: 255}) {
		t.Error("Germany and its General Government key apart")
	}
	if same(Holder{Name: "Transjordan (British mandate)", COW: 200}, Holder{Name: "United Kingdom (Mandate for Palestine)", COW: 200}) {
		t.Error("Transjordan keys with the United Kingdom: their border would be erased")
	}
}
