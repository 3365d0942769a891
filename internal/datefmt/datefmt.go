// Package datefmt writes the atlas's days in words in the window's
// languages: "26 May 1942", "26. Mai 1942", "26 мая 1942 г.",
// "26 maja 1942", "26. toukokuuta 1942". It knows English, German,
// Russian, Polish, Finnish, Estonian, Latvian, Lithuanian and Romanian;
// any other language is written in English.
package datefmt

import (
	"strconv"
	"strings"
	"time"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// lang is how one language writes dates.
type lang struct {
	// months in the nominative (a month alone: "Mai 1942") and in the
	// form a day takes ("26. Mai", "26 мая", "26 maja").
	nom, gen [12]string
	weekdays [7]string // Sunday first
	// day is the day pattern: {d} day, {m} month (gen), {y} year.
	day string
	// month is the month-and-year pattern: {m} month (nom), {y} year.
	month string
	// year is the year pattern.
	year string
	// weekday is the pattern of a day with its weekday: {w} weekday,
	// {date} the day.
	weekday string
	// approx is put before an approximate date.
	approx string
}

var langs = map[string]*lang{
	"en": {
		nom:      [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
		weekdays: [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
		day:      "{d} {m} {y}", month: "{m} {y}", year: "{y}", weekday: "{w} {date}", approx: "c. ",
	},
	"de": {
		nom:      [12]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
		weekdays: [7]string{"Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"},
		day:      "{d}. {m} {y}", month: "{m} {y}", year: "{y}", weekday: "{w}, {date}", approx: "um ",
	},
	"ru": {
		nom:      [12]string{"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"},
		gen:      [12]string{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
		weekdays: [7]string{"воскресенье", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота"},
		day:      "{d} {m} {y} г.", month: "{m} {y} г.", year: "{y} г.", weekday: "{w}, {date}", approx: "ок. ",
	},
	"pl": {
		nom:      [12]string{"styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"},
		gen:      [12]string{"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"},
		weekdays: [7]string{"niedziela", "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota"},
		day:      "{d} {m} {y}", month: "{m} {y}", year: "{y}", weekday: "{w}, {date}", approx: "ok. ",
	},
	"fi": {
		nom:      [12]string{"tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"},
		gen:      [12]string{"tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"},
		weekdays: [7]string{"sunnuntai", "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai"},
		day:      "{d}. {m} {y}", month: "{m} {y}", year: "{y}", weekday: "{w} {date}", approx: "n. ",
	},
	"et": {
		nom:      [12]string{"jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober", "november", "detsember"},
		weekdays: [7]string{"pühapäev", "esmaspäev", "teisipäev", "kolmapäev", "neljapäev", "reede", "laupäev"},
		day:      "{d}. {m} {y}", month: "{m} {y}", year: "{y}", weekday: "{w}, {date}", approx: "u ",
	},
	"lv": {
		nom:      [12]string{"janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs", "augusts", "septembris", "oktobris", "novembris", "decembris"},
		weekdays: [7]string{"svētdiena", "pirmdiena", "otrdiena", "trešdiena", "ceturtdiena", "piektdiena", "sestdiena"},
		day:      "{y}. gada {d}. {m}", month: "{y}. gada {m}", year: "{y}. gads", weekday: "{w}, {date}", approx: "ap. ",
	},
	"lt": {
		nom:      [12]string{"sausis", "vasaris", "kovas", "balandis", "gegužė", "birželis", "liepa", "rugpjūtis", "rugsėjis", "spalis", "lapkritis", "gruodis"},
		gen:      [12]string{"sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"},
		weekdays: [7]string{"sekmadienis", "pirmadienis", "antradienis", "trečiadienis", "ketvirtadienis", "penktadienis", "šeštadienis"},
		day:      "{y} m. {m} {d} d.", month: "{y} m. {m}", year: "{y} m.", weekday: "{date}, {w}", approx: "apie ",
	},
	"ro": {
		nom:      [12]string{"ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"},
		weekdays: [7]string{"duminică", "luni", "marți", "miercuri", "joi", "vineri", "sâmbătă"},
		day:      "{d} {m} {y}", month: "{m} {y}", year: "{y}", weekday: "{w}, {date}", approx: "cca ",
	},
}

// Languages are the languages datefmt writes, as ISO 639-1 codes.
var Languages = []string{"en", "de", "ru", "pl", "fi", "et", "lv", "lt", "ro"}

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
	m := l.gen[t.Month()-1]
	if m == "" {
		m = l.nom[t.Month()-1]
	}
	return fill(l.day, "{d}", strconv.Itoa(t.Day()), "{m}", m, "{y}", strconv.Itoa(t.Year()))
}

// Day writes d as day, month and year: "26 May 1942", "26. Mai 1942".
func Day(d geodata.Day, code string) string { return of(code).dayText(d.Time()) }

// Weekday writes d with its weekday: "Tuesday 26 May 1942",
// "Dienstag, 26. Mai 1942".
func Weekday(d geodata.Day, code string) string {
	l, t := of(code), d.Time()
	return fill(l.weekday, "{w}", l.weekdays[t.Weekday()], "{date}", l.dayText(t))
}

// Month writes the month and year of d: "May 1942", "май 1942 г.".
func Month(d geodata.Day, code string) string {
	l, t := of(code), d.Time()
	return fill(l.month, "{m}", l.nom[t.Month()-1], "{y}", strconv.Itoa(t.Year()))
}

// Year writes the year of d: "1942", "1942 г.".
func Year(d geodata.Day, code string) string {
	return fill(of(code).year, "{y}", strconv.Itoa(d.Time().Year()))
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
		s = of(code).approx + s
	}
	return s
}
