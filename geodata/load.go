package geodata

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/paulmach/orb"
)

// LoadFile reads a dataset file and, if it exists beside it, its events
// file (for "x.geojson", "x.events.json"). The atlas's Notes are those of
// the reader of a foreign file (DecodeFeaturesNoted).
func LoadFile(path string, land orb.MultiPolygon) (*Atlas, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, Problems{{File: path, Index: -1, Msg: "cannot read: " + errText(err)}}
	}
	if st.Size() > MaxFileSize {
		return nil, Problems{{File: path, Index: -1, Msg: fmt.Sprintf("%d MB is larger than the %d MB a dataset may have", st.Size()>>20, MaxFileSize>>20)}}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, Problems{{File: path, Index: -1, Msg: "cannot read: " + errText(err)}}
	}
	feats, notes, err := DecodeFeaturesNoted(path, data)
	if err != nil {
		return nil, err
	}
	var events []Event
	evPath := strings.TrimSuffix(strings.TrimSuffix(path, filepath.Ext(path)), ".geo") + ".events.json"
	if evData, err := os.ReadFile(evPath); err == nil {
		if events, err = DecodeEvents(evPath, evData); err != nil {
			return nil, err
		}
	}
	a, err := New(path, feats, events, land)
	if a != nil {
		a.Notes = notes
	}
	return a, err
}

// errText is err without the path a *os.PathError repeats.
func errText(err error) string {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}
