package cite

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/frontiers-atlas/frontiers/geodata"
)

func (c *Citation) writeText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "How to cite this map:\n  %s %s, %s. Data: %s. Accessed %s.\n\n",
		AppTitle, "(version "+Version+")", c.mapLine(), c.datasetLine(), c.Accessed.Format("2 January 2006"))
	fmt.Fprintf(bw, "Sources behind what the map shows (%d):\n", len(c.Sources))
	for i, s := range c.Sources {
		fmt.Fprintf(bw, "%3d. %s\n", i+1, s.Text)
		var about []string
		if len(s.Features) > 0 {
			about = append(about, "features "+strings.Join(s.Features, ", "))
		}
		if len(s.Events) > 0 {
			about = append(about, "events "+strings.Join(s.Events, ", "))
		}
		fmt.Fprintf(bw, "     (%s)\n", strings.Join(about, "; "))
	}
	return bw.Flush()
}

func (c *Citation) writeBibTeX(w io.Writer) error {
	bw := bufio.NewWriter(w)
	entry := func(kind, key string, fields [][2]string) {
		fmt.Fprintf(bw, "@%s{%s,\n", kind, key)
		for _, f := range fields {
			if f[1] != "" {
				fmt.Fprintf(bw, "  %-9s = {%s},\n", f[0], f[1])
			}
		}
		bw.WriteString("}\n\n")
	}
	acc := c.Accessed.Format("2006-01-02")
	entry("software", "frontiers", [][2]string{
		{"title", bib(AppTitle)},
		{"version", bib(Version)},
		{"year", c.Accessed.Format("2006")},
		{"note", bib(strings.ToUpper(c.mapLine()[:1]) + c.mapLine()[1:])},
		{"urldate", acc},
	})
	entry("dataset", "frontiers-data", [][2]string{
		{"title", bib(c.Dataset.Name)},
		{"version", bib(c.Dataset.Version)},
		{"note", bib("Data of the " + c.mapLine())},
		{"urldate", acc},
	})
	for i, s := range c.Sources {
		entry("misc", sourceKey(i), [][2]string{
			{"title", bib(s.Text)},
			{"date", bibDate(s.Date)},
			{"note", bib(about(s))},
		})
	}
	return bw.Flush()
}

func sourceKey(i int) string { return fmt.Sprintf("frontiers-src-%03d", i+1) }

func about(s Source) string {
	var parts []string
	if len(s.Features) > 0 {
		parts = append(parts, "features: "+strings.Join(s.Features, ", "))
	}
	if len(s.Events) > 0 {
		parts = append(parts, "events: "+strings.Join(s.Events, ", "))
	}
	return "Source in Frontiers of " + strings.Join(parts, "; ")
}

// bib escapes BibTeX's special characters.
var bibEscaper = strings.NewReplacer(
	`\`, `\textbackslash{}`, "{", `\{`, "}", `\}`, "&", `\&`, "%", `\%`, "$", `\$`,
	"#", `\#`, "_", `\_`, "~", `\textasciitilde{}`, "^", `\textasciicircum{}`,
)

func bib(s string) string { return bibEscaper.Replace(s) }

// bibDate writes a date for biblatex: YYYY-MM-DD, YYYY-MM or YYYY, with a
// trailing "~" for an approximate one (EDTF, as biblatex reads it).
func bibDate(d geodata.Date) string {
	if d.IsZero() {
		return ""
	}
	s := d.Day.String()
	switch d.Precision {
	case geodata.PrecisionMonth:
		s = s[:7]
	case geodata.PrecisionYear:
		s = s[:4]
	}
	if d.Approx {
		s += "~"
	}
	return s
}

// cslDate is a CSL-JSON date.
type cslDate struct {
	DateParts [][]int `json:"date-parts"`
	Circa     bool    `json:"circa,omitempty"`
}

func cslDateOf(d geodata.Date) *cslDate {
	if d.IsZero() {
		return nil
	}
	t := d.Day.Time()
	parts := []int{t.Year(), int(t.Month()), t.Day()}
	switch d.Precision {
	case geodata.PrecisionMonth:
		parts = parts[:2]
	case geodata.PrecisionYear:
		parts = parts[:1]
	}
	return &cslDate{DateParts: [][]int{parts}, Circa: d.Approx}
}

// cslItem is a CSL-JSON item (Citation Style Language 1.0.2 schema).
type cslItem struct {
	ID       string   `json:"id"`
	Type     string   `json:"type"`
	Title    string   `json:"title"`
	Version  string   `json:"version,omitempty"`
	Issued   *cslDate `json:"issued,omitempty"`
	Accessed *cslDate `json:"accessed,omitempty"`
	Note     string   `json:"note,omitempty"`
}

func (c *Citation) writeCSL(w io.Writer) error {
	acc := cslDateOf(geodata.Date{Day: geodata.DayOf(c.Accessed)})
	items := []cslItem{
		{ID: "frontiers", Type: "software", Title: AppTitle, Version: Version, Accessed: acc, Note: c.mapLine()},
		{ID: "frontiers-data", Type: "dataset", Title: c.Dataset.Name, Version: c.Dataset.Version, Accessed: acc, Note: "Data of the " + c.mapLine()},
	}
	for i, s := range c.Sources {
		items = append(items, cslItem{ID: sourceKey(i), Type: "document", Title: s.Text, Issued: cslDateOf(s.Date), Note: about(s)})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(items)
}
