package geodata

import (
	"reflect"
	"strings"
	"testing"
)

// A snapshot reads back to the features it was made from; a file that is
// not one, or is cut off, is a problem naming the file.
func TestSnapshotRoundTrip(t *testing.T) {
	want := loadMini(t).Features()
	snap, err := EncodeSnapshot(want)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeSnapshot("mini.snapshot", snap)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("%d features, want %d", len(got), len(want))
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("feature %d: got %+v, want %+v", i, got[i], want[i])
		}
	}

	t.Run("bad", func(t *testing.T) {
		tests := []struct {
			name, data, want string
		}{
			{"empty", "", "no snapshot header"},
			{"GeoJSON", `{"type":"FeatureCollection","features":[]}`, "no snapshot header"},
			{"cut off", string(snap[:len(snap)/2]), "cut off"},
			{"trailing bytes", string(snap) + "x", "1 bytes after the last feature"},
			{"no feature count", snapshotMagic + "\x00", "cut off"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				_, err := DecodeSnapshot("x.snapshot", []byte(tt.data))
				if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "x.snapshot") {
					t.Errorf("error %v, want one naming x.snapshot and saying %q", err, tt.want)
				}
			})
		}
	})
}
