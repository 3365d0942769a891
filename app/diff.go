package app

// Comparing two dates on the command line: frontiers diff.

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
)

// DiffJSON is what `frontiers diff --json` prints.
type DiffJSON struct {
	From    string            `json:"from"`
	To      string            `json:"to"`
	Layer   string            `json:"layer"`
	Changes []DiffChangeJSON  `json:"changes"`
	Holders []DiffBalanceJSON `json:"holders"`
	// States total the holders by the state of the day their land counts
	// for; Topics the land of each highlight topic that changed hands.
	States []DiffStateJSON `json:"states"`
	Topics []DiffTopicJSON `json:"topics"`
}

// DiffStateJSON is a state's gains and losses in km².
type DiffStateJSON struct {
	State     string  `json:"state"`
	GainedKm2 float64 `json:"gained_km2"`
	LostKm2   float64 `json:"lost_km2"`
	NetKm2    float64 `json:"net_km2"`
}

// DiffTopicJSON is the land of a highlight topic that changed hands.
type DiffTopicJSON struct {
	Topic      string          `json:"topic"`
	ChangedKm2 float64         `json:"changed_km2"`
	States     []DiffStateJSON `json:"states"`
}

func statesJSON(bs []geodata.StateBalance) []DiffStateJSON {
	out := []DiffStateJSON{}
	for _, b := range bs {
		out = append(out, DiffStateJSON{State: b.State, GainedKm2: round1(b.Gained), LostKm2: round1(b.Lost), NetKm2: round1(b.Net())})
	}
	return out
}

// compareStates compares two days of a, totalled by the states of the
// bundled names.
func compareStates(a *geodata.Atlas, from, to geodata.Day, l geodata.Layer) geodata.Diff {
	d := a.Compare(from, to, l)
	if n := render.DefaultNames(); n != nil {
		d = d.WithStates(n.StateOf)
	}
	return d
}

// DiffChangeJSON is one territory whose holder changed; From or To is
// null when the territory was not on the map that day.
type DiffChangeJSON struct {
	ID      string  `json:"id"`
	Name    string  `json:"name"`
	From    *string `json:"from"`
	FromCOW *int    `json:"from_cow"`
	To      *string `json:"to"`
	ToCOW   *int    `json:"to_cow"`
	AreaKm2 float64 `json:"area_km2"`
}

// DiffBalanceJSON is a holder's gains and losses in km².
type DiffBalanceJSON struct {
	Holder    string  `json:"holder"`
	COW       *int    `json:"cow"`
	GainedKm2 float64 `json:"gained_km2"`
	LostKm2   float64 `json:"lost_km2"`
	NetKm2    float64 `json:"net_km2"`
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }

func holderName(h geodata.Holder) *string {
	if h == (geodata.Holder{}) {
		return nil
	}
	s := h.Name
	return &s
}

// diffJSON converts a comparison for JSON output.
func diffJSON(d geodata.Diff) DiffJSON {
	out := DiffJSON{From: d.From.String(), To: d.To.String(), Layer: d.Layer.String(),
		Changes: []DiffChangeJSON{}, Holders: []DiffBalanceJSON{}}
	for _, c := range d.Changes {
		out.Changes = append(out.Changes, DiffChangeJSON{ID: c.ID, Name: c.Name,
			From: holderName(c.From), FromCOW: cowCode(c.From), To: holderName(c.To), ToCOW: cowCode(c.To),
			AreaKm2: round1(c.AreaKm2)})
	}
	for _, b := range d.Holders {
		out.Holders = append(out.Holders, DiffBalanceJSON{Holder: b.Holder.Name, COW: cowCode(b.Holder),
			GainedKm2: round1(b.Gained), LostKm2: round1(b.Lost), NetKm2: round1(b.Net())})
	}
	out.States = statesJSON(d.States)
	out.Topics = []DiffTopicJSON{}
	for _, t := range d.Topics {
		out.Topics = append(out.Topics, DiffTopicJSON{Topic: t.Topic, ChangedKm2: round1(t.ChangedKm2), States: statesJSON(t.States)})
	}
	return out
}

// holderText returns a holder's name, or "—" for a territory not on the map.
func diffHolder(h geodata.Holder) string {
	if h == (geodata.Holder{}) {
		return "—"
	}
	return h.Name
}

// formatKm2 writes a whole number of km² with thousands separators.
func formatKm2(x float64) string {
	neg := x < 0
	n := int64(math.Round(math.Abs(x)))
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg && n != 0 {
		return "−" + b.String()
	}
	return b.String()
}

// pad pads s with spaces to w runes.
func pad(s string, w int) string {
	if n := utf8.RuneCountInString(s); n < w {
		return s + strings.Repeat(" ", w-n)
	}
	return s
}

func padLeft(s string, w int) string {
	if n := utf8.RuneCountInString(s); n < w {
		return strings.Repeat(" ", w-n) + s
	}
	return s
}

// WriteDiffText writes a comparison as a text table.
func WriteDiffText(w io.Writer, d geodata.Diff) error {
	bw := bufio.NewWriter(w)
	total := 0.0
	for _, c := range d.Changes {
		total += c.AreaKm2
	}
	n := len(d.Changes)
	fmt.Fprintf(bw, "Changes of %s from %s to %s: %d territor%s, %s km²\n",
		d.Layer, d.From, d.To, n, map[bool]string{true: "y", false: "ies"}[n == 1], formatKm2(total))
	if n > 0 {
		nameW, fromW, toW := len("Territory"), len(d.From.String()), len(d.To.String())
		for _, c := range d.Changes {
			nameW = max(nameW, utf8.RuneCountInString(c.Name))
			fromW = max(fromW, utf8.RuneCountInString(diffHolder(c.From)))
			toW = max(toW, utf8.RuneCountInString(diffHolder(c.To)))
		}
		fmt.Fprintf(bw, "\n%s  %s  %s  %12s\n", pad("Territory", nameW), pad(d.From.String(), fromW), pad(d.To.String(), toW), "km²")
		for _, c := range d.Changes {
			fmt.Fprintf(bw, "%s  %s  %s  %s\n", pad(c.Name, nameW), pad(diffHolder(c.From), fromW), pad(diffHolder(c.To), toW), padLeft(formatKm2(c.AreaKm2), 12))
		}
		hw := len("Holder")
		for _, b := range d.Holders {
			hw = max(hw, utf8.RuneCountInString(b.Holder.Name))
		}
		fmt.Fprintf(bw, "\n%s  %12s  %12s  %12s\n", pad("Holder", hw), "gained km²", "lost km²", "net km²")
		for _, b := range d.Holders {
			net := formatKm2(b.Net())
			if math.Round(b.Net()) > 0 {
				net = "+" + net
			}
			fmt.Fprintf(bw, "%s  %s  %s  %s\n", pad(b.Holder.Name, hw), padLeft(formatKm2(b.Gained), 12), padLeft(formatKm2(b.Lost), 12), padLeft(net, 12))
		}
		writeStates(bw, "State", d.States)
		for _, t := range d.Topics {
			fmt.Fprintf(bw, "\nTopic %s: %s km² changed hands\n", t.Topic, formatKm2(t.ChangedKm2))
			writeStates(bw, "State", t.States)
		}
	}
	return bw.Flush()
}

// writeStates writes a table of state balances under a heading.
func writeStates(bw *bufio.Writer, head string, bs []geodata.StateBalance) {
	sw := len(head)
	for _, b := range bs {
		sw = max(sw, utf8.RuneCountInString(b.State))
	}
	fmt.Fprintf(bw, "\n%s  %12s  %12s  %12s\n", pad(head, sw), "gained km²", "lost km²", "net km²")
	for _, b := range bs {
		net := formatKm2(b.Net())
		if math.Round(b.Net()) > 0 {
			net = "+" + net
		}
		fmt.Fprintf(bw, "%s  %s  %s  %s\n", pad(b.State, sw), padLeft(formatKm2(b.Gained), 12), padLeft(formatKm2(b.Lost), 12), padLeft(net, 12))
	}
}

// cmdDiff lists the changes of holder between two days.
func cmdDiff(c *cliCmd, args []string) int {
	fs := c.flags()
	from := fs.String("from", "", "")
	to := fs.String("to", "", "")
	lay := fs.String("layer", "control", "")
	asJSON := fs.Bool("json", false, "")
	data := fs.String("data", "", "")
	if code, done := c.parse(fs, args, false); done {
		return code
	}
	if *from == "" || *to == "" {
		return c.usage("--from YYYY-MM-DD and --to YYYY-MM-DD are required")
	}
	a0, err := flagDay("from", *from)
	if err != nil {
		return c.usage("%v", err)
	}
	b0, err := flagDay("to", *to)
	if err != nil {
		return c.usage("%v", err)
	}
	l, err := flagLayer(*lay)
	if err != nil {
		return c.usage("%v", err)
	}
	a, err := loadAtlas(*data)
	if err != nil {
		return c.loadFailed(*data, err)
	}
	d := compareStates(a, a0, b0, l)
	if *asJSON {
		err = writeIndentedJSON(c.stdout, diffJSON(d))
	} else {
		err = WriteDiffText(c.stdout, d)
	}
	if err != nil {
		return c.fail("writing standard output: %v", err)
	}
	return 0
}
