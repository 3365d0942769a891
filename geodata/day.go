package geodata

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Day is a calendar day, counted in days since 1970-01-01 (UTC).
type Day int32

// The period the atlas covers: First and Last are both valid days.
var (
	First = MustDay("1939-01-01")
	Last  = MustDay("1942-12-31")
	// Signing is the day the Anglo-Soviet Treaty was signed in London.
	Signing = MustDay("1942-05-26")
)

// DayOf returns the day of t in UTC.
func DayOf(t time.Time) Day {
	t = t.UTC()
	return Day(time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// Time returns midnight UTC of d.
func (d Day) Time() time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

// String formats d as an ISO 8601 day, e.g. 1942-05-26.
func (d Day) String() string { return d.Time().Format("2006-01-02") }

// Long formats d in words, e.g. "Tuesday 26 May 1942".
func (d Day) Long() string { return d.Time().Format("Monday 2 January 2006") }

// AddMonths returns the same day of the month n months later, clamped to
// the end of a shorter month.
func (d Day) AddMonths(n int) Day {
	t := d.Time()
	y, m, dd := t.Date()
	first := time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	if dd > last {
		dd = last
	}
	return DayOf(time.Date(first.Year(), first.Month(), dd, 0, 0, 0, 0, time.UTC))
}

// ParseDay parses an exact ISO 8601 day (YYYY-MM-DD).
func ParseDay(s string) (Day, error) {
	d, err := ParseDate(s)
	if err != nil {
		return 0, err
	}
	if d.Precision != PrecisionDay || d.Approx {
		return 0, fmt.Errorf("%q is not an exact day (want YYYY-MM-DD)", s)
	}
	return d.Day, nil
}

// MustDay is ParseDay for constants; it panics on a malformed day.
func MustDay(s string) Day {
	d, err := ParseDay(s)
	if err != nil {
		panic(err)
	}
	return d
}

// Precision says how much of a date is known.
type Precision uint8

// The precisions of a Date.
const (
	PrecisionDay Precision = iota
	PrecisionMonth
	PrecisionYear
)

// Date is a possibly approximate date as written in the data, in the
// Extended Date/Time Format (EDTF) subset: YYYY-MM-DD, YYYY-MM or YYYY,
// each optionally followed by "~" (approximate) or "?" (uncertain) or "%"
// (both). A reduced-precision date takes effect on its first day.
type Date struct {
	Day       Day
	Precision Precision
	// Approx is set for "~", "?" and "%" and for reduced precision.
	Approx bool
}

// IsZero reports whether the date is absent (an open end).
func (d Date) IsZero() bool { return d == Date{} }

// String returns the date in the notation it was read in.
func (d Date) String() string {
	var s string
	switch d.Precision {
	case PrecisionYear:
		s = d.Day.Time().Format("2006")
	case PrecisionMonth:
		s = d.Day.Time().Format("2006-01")
	default:
		s = d.Day.String()
	}
	if d.Approx && d.Precision == PrecisionDay {
		s += "~"
	}
	return s
}

// Long formats the date in words, marking approximate dates with "c.".
func (d Date) Long() string {
	t := d.Day.Time()
	var s string
	switch d.Precision {
	case PrecisionYear:
		s = t.Format("2006")
	case PrecisionMonth:
		s = t.Format("January 2006")
	default:
		s = t.Format("2 January 2006")
	}
	if d.Approx {
		s = "c. " + s
	}
	return s
}

// ParseDate parses a date in the EDTF subset described at Date.
func ParseDate(s string) (Date, error) {
	var d Date
	body := s
	if n := len(body); n > 0 {
		switch body[n-1] {
		case '~', '?', '%':
			d.Approx = true
			body = body[:n-1]
		}
	}
	parts := strings.Split(body, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, fmt.Errorf("%q is not a date (want YYYY-MM-DD, YYYY-MM or YYYY, optionally with ~)", s)
	}
	nums := [3]int{0, 1, 1}
	for i, p := range parts {
		if i > 0 && len(p) != 2 {
			return Date{}, fmt.Errorf("%q is not a date (want YYYY-MM-DD)", s)
		}
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || strings.ContainsAny(p, "+-") {
			return Date{}, fmt.Errorf("%q is not a date (want YYYY-MM-DD)", s)
		}
		nums[i] = n
	}
	y, m, dd := nums[0], nums[1], nums[2]
	if m < 1 || m > 12 {
		return Date{}, fmt.Errorf("%q has no month %d", s, m)
	}
	t := time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC)
	if t.Day() != dd || int(t.Month()) != m {
		return Date{}, fmt.Errorf("%q: %s %d has no day %d", s, time.Month(m), y, dd)
	}
	d.Day = DayOf(t)
	d.Precision = Precision(3 - len(parts))
	if d.Precision != PrecisionDay {
		d.Approx = true
	}
	return d, nil
}
