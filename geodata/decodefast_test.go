package geodata

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// sameDecoding checks that DecodeFeatures (the fast path where it applies)
// gives what decodeFeaturesJSON gives: the same features and problems.
func sameDecoding(t *testing.T, data []byte) {
	t.Helper()
	got, gotErr := DecodeFeatures("t.geojson", data)
	want, wantErr := decodeFeaturesJSONHooked("t.geojson", data)
	if !reflect.DeepEqual(gotErr, wantErr) {
		t.Fatalf("error:\n%v\nwant (encoding/json):\n%v", gotErr, wantErr)
	}
	if len(got) != len(want) {
		t.Fatalf("%d features, want %d (encoding/json)", len(got), len(want))
	}
	for i := range got {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Fatalf("feature %d:\n%+v\nwant (encoding/json):\n%+v", i, got[i], want[i])
		}
	}
}

const fastOK = `{"type":"Feature","id":"x","properties":{"id":"x","name":"X","controller":"A","sovereign":"A","status":"independent","source":"s"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}}`

// fc wraps features in a collection.
func fc(feats ...string) string {
	return `{"type":"FeatureCollection","features":[` + strings.Join(feats, ",") + `]}`
}

// withGeom is fastOK with another geometry.
func withGeom(g string) string {
	return strings.Replace(fastOK, `{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}`, g, 1)
}

func TestDecodeFastSameAsJSON(t *testing.T) {
	tests := []struct{ name, data string }{
		{"one", fc(fastOK)},
		{"repeated geometry", fc(fastOK, strings.Replace(fastOK, `"x"`, `"y"`, 2))},
		{"white space", " \n{ \"type\" : \"FeatureCollection\" ,\t\"features\" : [ " + fastOK + " ,\r\n" + strings.Replace(fastOK, `"x"`, `"y"`, 2) + " ] } \n"},
		{"empty collection", `{"type":"FeatureCollection","features":[]}`},
		{"no features", `{"type":"FeatureCollection"}`},
		{"features null", `{"type":"FeatureCollection","features":null}`},
		{"other members", `{"bbox":[1,2,3,4],"type":"FeatureCollection","x":{"a":[true,false,null,"s\u00e9"]},"features":[` + fastOK + `]}`},
		{"Type in capitals", `{"Type":"FeatureCollection","features":[` + fastOK + `]}`},
		{"FEATURES", `{"type":"FeatureCollection","FEATURES":[` + fastOK + `]}`},
		{"features twice", `{"type":"FeatureCollection","features":[` + fastOK + `],"features":[]}`},
		{"type twice", `{"type":"Feature","type":"FeatureCollection","features":[` + fastOK + `]}`},
		{"type not a string", `{"type":5,"features":[]}`},
		{"wrong type", `{"type":"Feature","features":[]}`},
		{"trailing garbage", fc(fastOK) + "x"},
		{"trailing comma", `{"type":"FeatureCollection","features":[` + fastOK + `,]}`},
		{"missing comma", `{"type":"FeatureCollection","features":[` + fastOK + fastOK + `]}`},
		{"unclosed", `{"type":"FeatureCollection","features":[` + fastOK},
		{"feature not an object", fc(fastOK, `12`, `"s"`, `[1]`, `null`)},
		{"feature invalid", fc(fastOK, `{"type":"Feature",}`)},
		{"feature bracket mismatch", fc(`{"type":"Feature","properties":{"a":[1}]}`)},
		{"feature type twice", fc(strings.Replace(fastOK, `"type":"Feature"`, `"type":"Feature","type":"Other"`, 1))},
		{"feature TYPE", fc(strings.Replace(fastOK, `"type":"Feature"`, `"TYPE":"Other"`, 1))},
		{"Kelvin sign key", fc(strings.Replace(fastOK, `"id":"x",`, `"\u212a":1,"ıd":2,`, 1))},
		{"feature type number", fc(strings.Replace(fastOK, `"type":"Feature"`, `"type":7`, 1))},
		{"feature id number", fc(strings.Replace(fastOK, `"id":"x","properties":{"id":"x",`, `"id":12.5,"properties":{`, 1))},
		{"feature id differs", fc(strings.Replace(fastOK, `"id":"x",`, `"id":"z",`, 1))},
		{"properties null", fc(strings.Replace(fastOK, `"properties":{"id":"x","name":"X","controller":"A","sovereign":"A","status":"independent","source":"s"}`, `"properties":null`, 1))},
		{"properties array", fc(strings.Replace(fastOK, `"properties":{`, `"properties":[],"p":{`, 1))},
		{"properties twice", fc(strings.Replace(fastOK, `"properties":{`, `"properties":{},"properties":{`, 1))},
		{"property twice", fc(strings.Replace(fastOK, `"name":"X"`, `"name":"X","name":"Y"`, 1))},
		{"property values", fc(strings.Replace(fastOK, `"name":"X"`, `"name":"X\"\\\/\b\f\n\r\t\u0041\ud83d\ude00\ud800","names":{"fr":"X","de":"Ä"},"topics":["baltic"],"controller_cow":365,"x":[1.5e3,-0,0.1,{"a":null}],"precision":"approximate","note":""`, 1))},
		{"bad escape", fc(strings.Replace(fastOK, `"name":"X"`, `"name":"X\q"`, 1))},
		{"control character", fc(strings.Replace(fastOK, `"name":"X"`, "\"name\":\"X\x01\"", 1))},
		{"numbers", fc(strings.Replace(fastOK, `"controller":"A"`, `"controller":"A","n":[0,-0,1e400,-1e400,1E-400,123456789012345678901234567890,0.000000000000000000000001,9007199254740993,1.7976931348623157e308,4.9e-324,-12.5e+2,1.00000000000000000001]`, 1))},
		{"bad numbers", fc(strings.Replace(fastOK, `"controller":"A"`, `"controller":"A","n":[01]`, 1))},
		{"bad numbers 2", fc(strings.Replace(fastOK, `"controller":"A"`, `"controller":"A","n":[1.]`, 1))},
		{"bad numbers 3", fc(strings.Replace(fastOK, `"controller":"A"`, `"controller":"A","n":[-]`, 1))},
		{"bad numbers 4", fc(strings.Replace(fastOK, `"controller":"A"`, `"controller":"A","n":[+1]`, 1))},
		{"bad numbers 5", fc(strings.Replace(fastOK, `"controller":"A"`, `"controller":"A","n":[.5]`, 1))},
		{"bad numbers 6", fc(strings.Replace(fastOK, `"controller":"A"`, `"controller":"A","n":[1e]`, 1))},
		{"bad literal", fc(strings.Replace(fastOK, `"controller":"A"`, `"controller":"A","n":nul`, 1))},
		{"bad literal 2", fc(strings.Replace(fastOK, `"controller":"A"`, `"controller":"A","n":truex`, 1))},
		{"deep", fc(strings.Replace(fastOK, `"controller":"A"`, `"controller":"A","n":`+strings.Repeat("[", 200)+strings.Repeat("]", 200), 1))},
		{"too deep", fc(strings.Replace(fastOK, `"controller":"A"`, `"controller":"A","n":`+strings.Repeat("[", 20000)+strings.Repeat("]", 20000), 1))},
		{"point", fc(withGeom(`{"type":"Point","coordinates":[1,2]}`))},
		{"base point", fc(strings.Replace(withGeom(`{"type":"Point","coordinates":[1.25,-2.5]}`), `"name":"X"`, `"name":"X","kind":"base"`, 1))},
		{"point 3D", fc(withGeom(`{"type":"Point","coordinates":[1,2,3]}`))},
		{"point 1D", fc(withGeom(`{"type":"Point","coordinates":[1]}`))},
		{"point strings", fc(withGeom(`{"type":"Point","coordinates":["1","2"]}`))},
		{"multipoint", fc(withGeom(`{"type":"MultiPoint","coordinates":[[1,2],[3,4]]}`))},
		{"empty multipoint", fc(withGeom(`{"type":"MultiPoint","coordinates":[]}`))},
		{"linestring", fc(strings.Replace(withGeom(`{"type":"LineString","coordinates":[[1,2],[3,4]]}`), `"name":"X"`, `"name":"X","kind":"frontier"`, 1))},
		{"multilinestring", fc(strings.Replace(withGeom(`{"type":"MultiLineString","coordinates":[[[1,2],[3,4]],[[5,6],[7,8]]]}`), `"name":"X"`, `"name":"X","kind":"frontier"`, 1))},
		{"empty linestring", fc(withGeom(`{"type":"MultiLineString","coordinates":[[]]}`))},
		{"multipolygon", fc(withGeom(`{"coordinates":[[[[0,0],[1,0],[1,1],[0,1],[0,0]]],[[[5,5],[6,5],[6,6],[5,5]]]],"type":"MultiPolygon"}`))},
		{"empty polygon", fc(withGeom(`{"type":"Polygon","coordinates":[]}`))},
		{"empty ring", fc(withGeom(`{"type":"Polygon","coordinates":[[]]}`))},
		{"unclosed ring", fc(withGeom(`{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}`))},
		{"crossing ring", fc(withGeom(`{"type":"Polygon","coordinates":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}`))},
		{"out of range", fc(withGeom(`{"type":"Polygon","coordinates":[[[0,0],[200,0],[1,1],[0,0]]]}`))},
		{"huge coordinate", fc(withGeom(`{"type":"Polygon","coordinates":[[[0,0],[1e400,0],[1,1],[0,0]]]}`))},
		{"geometry bbox", fc(withGeom(`{"type":"Polygon","bbox":[0,0,1,1],"coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}`))},
		{"geometry Type", fc(withGeom(`{"Type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}`))},
		{"geometry type twice", fc(withGeom(`{"type":"Point","type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}`))},
		{"geometry no type", fc(withGeom(`{"coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}`))},
		{"geometry no coordinates", fc(withGeom(`{"type":"Polygon"}`))},
		{"geometry null coordinates", fc(withGeom(`{"type":"Polygon","coordinates":null}`))},
		{"geometry wrong depth", fc(withGeom(`{"type":"Polygon","coordinates":[[0,0],[1,0],[1,1],[0,0]]}`))},
		{"geometry unknown type", fc(withGeom(`{"type":"Circle","coordinates":[0,0]}`))},
		{"geometry collection", fc(withGeom(`{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[1,2]}]}`))},
		{"geometry null", fc(withGeom(`null`))},
		{"geometry number", fc(withGeom(`5`))},
		{"geometry absent", fc(strings.Replace(fastOK, `,"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}`, ``, 1))},
		{"geometry without a value", fc(strings.Replace(fastOK, `"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}`, `"geometry":`, 1), `{"geometry":}`)},
		{"geometry twice", fc(strings.Replace(fastOK, `"geometry":`, `"geometry":null,"geometry":`, 1))},
		{"geometry white space", fc(withGeom(" { \"type\" : \"Polygon\" , \"coordinates\" : [ [ [ 0 , 0 ] , [ 1 , 0 ] , [ 1 , 1 ] , [ 0 , 1 ] , [ 0 , 0 ] ] ] } "))},
		{"geometry precise", fc(withGeom(`{"type":"Polygon","coordinates":[[[0.1,0.2],[10.123456789012345678,0.3],[1.7976931348623157e2,1e-7],[0.1,0.2]]]}`))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sameDecoding(t, []byte(tt.data))
		})
	}
}

// TestDecodeFastFiles compares the two paths on the test data, the bad
// inputs and the fuzz corpus.
func TestDecodeFastFiles(t *testing.T) {
	var files []string
	for _, glob := range []string{"testdata/*.geojson", "testdata/bad/*", "../assets/*.geojson"} {
		m, err := filepath.Glob(glob)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	for _, path := range files {
		t.Run(path, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			sameDecoding(t, data)
		})
	}
	corpus, err := filepath.Glob("testdata/fuzz/FuzzDecodeFeatures/*")
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range corpus {
		t.Run(path, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			// go test fuzz v1 \n []byte("...")
			lines := bytes.SplitN(data, []byte("\n"), 2)
			if len(lines) < 2 {
				t.Skip("not a corpus file")
			}
			s := strings.TrimSpace(string(lines[1]))
			s = strings.TrimSuffix(strings.TrimPrefix(s, "[]byte("), ")")
			v, err := strconv.Unquote(s)
			if err != nil {
				t.Skipf("corpus entry not read: %v", err)
			}
			sameDecoding(t, []byte(v))
		})
	}
}

func FuzzDecodeFast(f *testing.F) {
	f.Add([]byte(fc(fastOK)))
	f.Add([]byte(fc(fastOK, withGeom(`{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]]]}`), `{}`)))
	f.Add([]byte(fc(withGeom(`{"type":"Point","coordinates":[1e2,-0.5]}`))))
	if mini, err := os.ReadFile("testdata/mini.geojson"); err == nil {
		f.Add(mini)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		sameDecoding(t, data)
	})
}

// TestDecodeFastTaken checks that the fast path reads files in the usual
// shape rather than declining them.
func TestDecodeFastTaken(t *testing.T) {
	bundled, err := os.ReadFile("../assets/frontiers.geojson")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
	}{
		{"bundled", bundled},
		{"one", []byte(fc(fastOK))},
		{"odd feature", []byte(fc(fastOK, `12`, withGeom(`{"type":"Circle"}`)))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, _, ok := decodeFast("t.geojson", tt.data); !ok {
				t.Error("declined")
			}
		})
	}
}

// TestDecodeFastEscapesAndNumbers covers what fastjson reads otherwise than
// encoding/json: unpaired surrogate escapes, and numbers whose conversion
// must round as strconv's.
func TestDecodeFastEscapesAndNumbers(t *testing.T) {
	tests := []struct{ name, data string }{
		{"lone high surrogate", fc(strings.Replace(fastOK, `"name":"X"`, `"name":"X\ud800"`, 1))},
		{"high surrogate then escape", fc(strings.Replace(fastOK, `"name":"X"`, `"name":"X\ud800\u0041"`, 1))},
		{"lone low surrogate", fc(strings.Replace(fastOK, `"name":"X"`, `"name":"\udc00\udc00"`, 1))},
		{"surrogate in key", fc(strings.Replace(fastOK, `"name":"X"`, `"name":"X","\ud800":1,"n\u0061mes":{"\ud83d\ude00":"a"}`, 1))},
		{"surrogate in type", fc(strings.Replace(fastOK, `"type":"Feature"`, `"type":"Feature\ud800"`, 1))},
		{"surrogate in geometry type", fc(withGeom(`{"type":"Polygon\ud800","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}`))},
		{"escaped keys", fc(strings.Replace(fastOK, `"type":"Feature"`, `"typ\u0065":"Feature","g\u0065ometry":null`, 1))},
		{"escaped collection", `{"typ\u0065":"Feature\u0043ollection","\u0066eatures":[` + fastOK + `]}`},
		{"backslash and U+FFFD", fc(strings.Replace(fastOK, `"name":"X"`, `"name":"X\\ud800 \ufffd �"`, 1))},
		{"long mantissas", fc(withGeom(`{"type":"Polygon","coordinates":[[[0.1234567890123456,0.30000000000000004],[1.000000000000000111,0],[1,1],[0.1234567890123456,0.30000000000000004]]]}`))},
		{"exponents", fc(withGeom(`{"type":"Polygon","coordinates":[[[1e-5,2E1],[1.5e+1,0],[1,1e0],[1e-5,2E1]]]}`))},
		{"16 digits", fc(strings.Replace(withGeom(`{"type":"Point","coordinates":[9007199254740993,-0.000000000000001]}`), `"name":"X"`, `"name":"X","kind":"base"`, 1))},
		{"bbox member array", `{"type":"FeatureCollection","bbox":[0,[1,{"a":[2]}],"x"],"features":[` + fastOK + `],"more":[]}`},
		{"bad member array", `{"type":"FeatureCollection","bbox":[0,[1,}],"features":[` + fastOK + `]}`},
		{"features not an array", `{"type":"FeatureCollection","features":{"a":` + fastOK + `}}`},
		{"features element empty", `{"type":"FeatureCollection","features":[` + fastOK + `,,` + fastOK + `]}`},
		{"brackets in strings", fc(strings.Replace(fastOK, `"name":"X"`, `"name":"X],[\"{"`, 1))},
		{"deeper than fastjson", fc(strings.Replace(fastOK, `"controller":"A"`, `"controller":"A","n":`+strings.Repeat("[", 400)+strings.Repeat("]", 400), 1))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sameDecoding(t, []byte(tt.data))
		})
	}
}
