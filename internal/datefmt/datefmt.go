// Package datefmt writes the atlas's days in words in the window's
// languages: "26 May 1942", "26. Mai 1942", "26 мая 1942 г.",
// "26 maja 1942", "26. toukokuuta 1942". It knows English, German,
// Russian, Polish, Finnish, Estonian, Latvian, Lithuanian and Romanian;
// any other language is written in English.
package datefmt

import (
	_ "embed"
	"encoding/json"
	"strconv"
	"strings"
	"time"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// lang is how one language writes dates, as langs.json has it.
type lang struct {
	Code string `json:"code"` // ISO 639-1
	// Months are the months in the nominative (a month alone: "Mai
	// 1942"); MonthsOfDay, where the language has them, in the form a day
	// takes ("26 мая", "26 maja").
	Months      [12]string `json:"months"`
	MonthsOfDay [12]string `json:"months_of_day"`
	Weekdays    [7]string  `json:"weekdays"` // Sunday first
	// Day is the day pattern: {d} day, {m} month (of a day), {y} year.
	Day string `json:"day"`
	// Month is the month-and-year pattern: {m} month, {y} year.
	Month string `json:"month"`
	// Year is the year pattern.
	Year string `json:"year"`
	// Weekday is the pattern of a day with its weekday: {w} weekday,
	// {date} the day.
	Weekday string `json:"weekday"`
	// Approx is put before an approximate date.
	Approx string `json:"approx"`
}

//go:embed langs.json
var langsJSON []byte

// langs are the languages of langs.json by code; Languages their codes
// in its order.
var langs, Languages = readLangs(langsJSON)

// readLangs reads the languages file; it is part of the program, so a
// fault in it is a panic at start-up (and a failing test).
func readLangs(data []byte) (map[string]*lang, []string) {
	var ls []*lang
	if err := json.Unmarshal(data, &ls); err != nil {
		panic("datefmt: langs.json: " + err.Error())
	}
	m, codes := map[string]*lang{}, make([]string, len(ls))
	for i, l := range ls {
		m[l.Code], codes[i] = l, l.Code
	}
	return m, codes
}

// of returns the rules of language code (a tag like "de-DE" or "de_DE"
// counts as "de"), English for one it does not know.
func of(code string) *lang {
	code = strings.ToLower(code)
	if i := strings.IndexAny(code, "-_."); i > 0 {
		code = code[:i]
	}
	if l, ok := langs[code]; ok {
		return l
	}
	return langs["en"]
}

func fill(pattern string, kv ...string) string {
	return strings.NewReplacer(kv...).Replace(pattern)
}

func (l *lang) dayText(t time.Time) string {
	m := l.MonthsOfDay[t.Month()-1]
	if m == "" {
		m = l.Months[t.Month()-1]
	}
	return fill(l.Day, "{d}", strconv.Itoa(t.Day()), "{m}", m, "{y}", strconv.Itoa(t.Year()))
}

// Day writes d as day, month and year: "26 May 1942", "26. Mai 1942".
func Day(d geodata.Day, code string) string { return of(code).dayText(d.Time()) }

// Weekday writes d with its weekday: "Tuesday 26 May 1942",
// "Dienstag, 26. Mai 1942".
func Weekday(d geodata.Day, code string) string {
	l, t := of(code), d.Time()
	return fill(l.Weekday, "{w}", l.Weekdays[t.Weekday()], "{date}", l.dayText(t))
}

// Month writes the month and year of d: "May 1942", "май 1942 г.".
func Month(d geodata.Day, code string) string {
	l, t := of(code), d.Time()
	return fill(l.Month, "{m}", l.Months[t.Month()-1], "{y}", strconv.Itoa(t.Year()))
}

// Year writes the year of d: "1942", "1942 г.".
func Year(d geodata.Day, code string) string {
	return fill(of(code).Year, "{y}", strconv.Itoa(d.Time().Year()))
}

// Date writes d to its precision, an approximate date marked: "c. May
// 1942", "ок. 26 мая 1942 г.".
func Date(d geodata.Date, code string) string {
	var s string
	switch d.Precision {
	case geodata.PrecisionYear:
		s = Year(d.Day, code)
	case geodata.PrecisionMonth:
		s = Month(d.Day, code)
	default:
		s = Day(d.Day, code)
	}
	if d.Approx {
		s = of(code).Approx + s
	}
	return s
}
