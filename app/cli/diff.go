package cli

// frontiers diff: the territories whose holder changed between two days.

import (
	"fmt"
	"io"
	"math"
	"text/tabwriter"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
)

var diffCommand = command{
	name:    "diff",
	summary: "list the territories whose holder changed between two days",
	about:   "List the territories whose holder changed from one day to the other, largest first, with their areas in km² (on the equal-area projection), and each holder's gains and losses.",
	define: func(c *call) func() error {
		from, to := c.span("compare day `YYYY-MM-DD`", "with day `YYYY-MM-DD`", true)
		lay := c.layer("control", "compare who controls the land or who is sovereign (`control|sovereignty`)")
		asJSON := c.bool("json", "print JSON instead of a table")
		return c.withAtlas(func(a *geodata.Atlas) error {
			d := a.Compare(from.day, to.day, lay.layer)
			if n := render.DefaultNames(); n != nil {
				d = d.WithStates(n.StateOf)
			}
			if *asJSON {
				return writeStdout(writeIndentedJSON(c.stdout, diffJSON(d)))
			}
			return writeStdout(writeDiffText(c.stdout, d))
		})
	},
}

// diffOut is what `frontiers diff --json` prints.
type diffOut struct {
	From    string        `json:"from"`
	To      string        `json:"to"`
	Layer   string        `json:"layer"`
	Changes []diffChange  `json:"changes"`
	Holders []diffBalance `json:"holders"`
	// Topics total the changes of each highlight topic (baltic,
	// bessarabia, finland, bases) with the gains and losses of each state
	// of the day in it.
	Topics []diffTopic `json:"topics"`
}

// diffTopic is how much land of one highlight topic changed hands.
type diffTopic struct {
	Topic      string      `json:"topic"`
	ChangedKm2 float64     `json:"changed_km2"`
	States     []diffState `json:"states"`
}

// diffState is a state's gains and losses in km² within a topic.
type diffState struct {
	State     string  `json:"state"`
	GainedKm2 float64 `json:"gained_km2"`
	LostKm2   float64 `json:"lost_km2"`
	NetKm2    float64 `json:"net_km2"`
}

// diffChange is one territory whose holder changed; From or To is null
// when the territory was not on the map that day.
type diffChange struct {
	ID      string  `json:"id"`
	Name    string  `json:"name"`
	From    *string `json:"from"`
	FromCOW *int    `json:"from_cow"`
	To      *string `json:"to"`
	ToCOW   *int    `json:"to_cow"`
	AreaKm2 float64 `json:"area_km2"`
}

// diffBalance is a holder's gains and losses in km².
type diffBalance struct {
	Holder    string  `json:"holder"`
	COW       *int    `json:"cow"`
	GainedKm2 float64 `json:"gained_km2"`
	LostKm2   float64 `json:"lost_km2"`
	NetKm2    float64 `json:"net_km2"`
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }

// holderName returns a holder's name for JSON: null for a territory not
// on the map.
func holderName(h geodata.Holder) *string {
	if h == (geodata.Holder{}) {
		return nil
	}
	s := h.Name
	return &s
}

// diffJSON converts a comparison for JSON output.
func diffJSON(d geodata.Diff) diffOut {
	out := diffOut{From: d.From.String(), To: d.To.String(), Layer: d.Layer.String(),
		Changes: []diffChange{}, Holders: []diffBalance{}, Topics: []diffTopic{}}
	for _, c := range d.Changes {
		out.Changes = append(out.Changes, diffChange{ID: c.ID, Name: c.Name,
			From: holderName(c.From), FromCOW: cowCode(c.From), To: holderName(c.To), ToCOW: cowCode(c.To),
			AreaKm2: round1(c.AreaKm2)})
	}
	for _, b := range d.Holders {
		out.Holders = append(out.Holders, diffBalance{Holder: b.Holder.Name, COW: cowCode(b.Holder),
			GainedKm2: round1(b.Gained), LostKm2: round1(b.Lost), NetKm2: round1(b.Net())})
	}
	for _, t := range d.Topics {
		dt := diffTopic{Topic: t.Topic, ChangedKm2: round1(t.ChangedKm2), States: []diffState{}}
		for _, b := range t.States {
			dt.States = append(dt.States, diffState{State: b.State, GainedKm2: round1(b.Gained), LostKm2: round1(b.Lost), NetKm2: round1(b.Net())})
		}
		out.Topics = append(out.Topics, dt)
	}
	return out
}

// writeDiffText writes a comparison as tables: the changes, the holders'
// balances, then each highlight topic's total with its states' balances.
func writeDiffText(w io.Writer, d geodata.Diff) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	total := 0.0
	for _, c := range d.Changes {
		total += c.AreaKm2
	}
	n := len(d.Changes)
	fmt.Fprintf(tw, "Changes of %s from %s to %s: %d territor%s, %s km²\n",
		d.Layer, d.From, d.To, n, map[bool]string{true: "y", false: "ies"}[n == 1], geodata.FormatKm2(total))
	if n > 0 {
		fmt.Fprintf(tw, "\nTerritory\t%s\t%s\t%12s\n", d.From, d.To, "km²")
		for _, c := range d.Changes {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%12s\n", c.Name, geodata.HolderName(c.From), geodata.HolderName(c.To), geodata.FormatKm2(c.AreaKm2))
		}
		fmt.Fprintf(tw, "\nHolder\t%12s  %12s  %12s\n", "gained km²", "lost km²", "net km²")
		for _, b := range d.Holders {
			fmt.Fprintf(tw, "%s\t%12s  %12s  %12s\n", b.Holder.Name, geodata.FormatKm2(b.Gained), geodata.FormatKm2(b.Lost), signed(b.Net()))
		}
		for _, t := range d.Topics {
			fmt.Fprintf(tw, "\nTopic %s: %s km² changed hands\n", t.Topic, geodata.FormatKm2(t.ChangedKm2))
			fmt.Fprintf(tw, "State\t%12s  %12s  %12s\n", "gained km²", "lost km²", "net km²")
			for _, b := range t.States {
				fmt.Fprintf(tw, "%s\t%12s  %12s  %12s\n", b.State, geodata.FormatKm2(b.Gained), geodata.FormatKm2(b.Lost), signed(b.Net()))
			}
		}
	}
	return tw.Flush()
}

// signed formats a net change with its sign: "+12,345", "−12,345", "0".
func signed(x float64) string {
	if math.Round(x) > 0 {
		return "+" + geodata.FormatKm2(x)
	}
	return geodata.FormatKm2(x)
}
