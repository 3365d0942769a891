package testfile

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"
)

// SVG is what a test reads back from an SVG file.
type SVG struct {
	// Territories are the paths in the group of id "territories".
	Territories []SVGPath
	// Texts and Titles are the contents of every <text> and <title>.
	Texts, Titles []string
	// Count is how many elements of each name the file has.
	Count map[string]int
}

// SVGPath is a <path>: its id and its d.
type SVGPath struct{ ID, D string }

// ParseSVG reads data, an SVG file, failing t when it is not XML.
func ParseSVG(t *testing.T, data []byte) SVG {
	t.Helper()
	doc := SVG{Count: map[string]int{}}
	dec := xml.NewDecoder(bytes.NewReader(data))
	var stack []string
	inTerr := 0
	var text strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("the SVG is not XML: %v", err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			stack = append(stack, e.Name.Local)
			doc.Count[e.Name.Local]++
			attr := map[string]string{}
			for _, a := range e.Attr {
				attr[a.Name.Local] = a.Value
			}
			if e.Name.Local == "g" && attr["id"] == "territories" {
				inTerr = len(stack)
			}
			if e.Name.Local == "path" && inTerr > 0 {
				doc.Territories = append(doc.Territories, SVGPath{attr["id"], attr["d"]})
			}
			text.Reset()
		case xml.CharData:
			text.Write(e)
		case xml.EndElement:
			switch e.Name.Local {
			case "text":
				doc.Texts = append(doc.Texts, text.String())
			case "title":
				doc.Titles = append(doc.Titles, text.String())
			}
			if len(stack) == inTerr {
				inTerr = 0
			}
			stack = stack[:len(stack)-1]
		}
	}
	return doc
}
