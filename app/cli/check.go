package cli

// frontiers check: every problem of a dataset and its events file.

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/frontiers-atlas/frontiers/assets"
	"github.com/frontiers-atlas/frontiers/geodata"
)

var checkCommand = command{
	name:    "check",
	args:    "[FILE]",
	summary: "validate a dataset and the events file beside it",
	about:   "Validate a dataset and the events file beside it (x.events.json for x.geojson), listing every problem; without FILE, the bundled data.",
	define: func(c *call) func() error {
		return func() error {
			file := *c.data
			switch fs := c.fs; {
			case fs.NArg() > 1:
				return usagef("unexpected argument %q (check takes one FILE)", fs.Arg(1))
			case fs.NArg() == 1 && file != "" && fs.Arg(0) != file:
				return usagef("two files to check: %q and --data %q", fs.Arg(0), file)
			case fs.NArg() == 1:
				file = fs.Arg(0)
			}
			var res checkResult
			if file == "" {
				res = checkBundled()
				file = "assets/" + assets.TerritoriesFile
			} else {
				res = checkFile(file)
			}
			if n := len(res.problems); n > 0 {
				bw := bufio.NewWriter(c.stdout)
				writeNotes(bw, res.notes)
				for _, p := range res.problems {
					fmt.Fprintln(bw, p.Error())
				}
				bw.Flush()
				return fmt.Errorf("%s: %d problem%s", file, n, plural(n))
			}
			bw := bufio.NewWriter(c.stdout)
			writeNotes(bw, res.notes)
			for _, w := range res.warnings {
				fmt.Fprintln(bw, "warning: "+w)
			}
			fmt.Fprintf(bw, "%s: %d feature%s, %d event%s, no problems", file, res.features, plural(res.features), res.events, plural(res.events))
			if n := len(res.warnings); n > 0 {
				fmt.Fprintf(bw, " (%d warning%s)", n, plural(n))
			}
			fmt.Fprintln(bw)
			err := bw.Flush()
			return writeStdout(err)
		}
	},
}

type checkResult struct {
	features, events int
	// notes say how a foreign file was read (geodata.DecodeFeaturesNoted).
	notes    []string
	problems geodata.Problems
	// warnings are what a valid dataset should still mend: a holder
	// without its Correlates of War code.
	warnings []string
}

// add appends the problems of err (a geodata.Problems or another error
// about file).
func (r *checkResult) add(file string, err error) {
	if err == nil {
		return
	}
	var ps geodata.Problems
	if errors.As(err, &ps) {
		r.problems = append(r.problems, ps...)
		return
	}
	r.problems = append(r.problems, geodata.Problem{File: file, Index: -1, Msg: err.Error()})
}

// eventsPath returns the events file beside a dataset file, as
// geodata.LoadFile looks for it: x.events.json for x.geojson or x.json.
func eventsPath(path string) string {
	return strings.TrimSuffix(strings.TrimSuffix(path, filepath.Ext(path)), ".geo") + ".events.json"
}

func checkFile(path string) checkResult {
	var r checkResult
	st, err := os.Stat(path)
	switch {
	case err != nil:
		r.add(path, errors.New("cannot read: "+reason(err)))
		return r
	case st.IsDir():
		r.add(path, errors.New("is a directory"))
		return r
	case st.Size() > geodata.MaxFileSize:
		r.add(path, fmt.Errorf("%d MB is larger than the %d MB a dataset may have", st.Size()>>20, geodata.MaxFileSize>>20))
		return r
	}
	data, err := os.ReadFile(path)
	if err != nil {
		r.add(path, errors.New("cannot read: "+reason(err)))
		return r
	}
	evPath := eventsPath(path)
	evData, err := os.ReadFile(evPath)
	if err != nil {
		if !errors.Is(err, os.ErrNotExist) {
			r.add(evPath, errors.New("cannot read: "+reason(err)))
		}
		evData = nil
	}
	r.check(path, data, evPath, evData)
	return r
}

func checkBundled() checkResult {
	var r checkResult
	data, err := assets.Raw(assets.TerritoriesFile)
	if err != nil {
		r.add("assets/"+assets.TerritoriesFile, err)
		return r
	}
	evData, err := assets.Raw(assets.EventsFile)
	if err != nil {
		r.add("assets/"+assets.EventsFile, err)
	}
	r.check("assets/"+assets.TerritoriesFile, data, "assets/"+assets.EventsFile, evData)
	return r
}

// check decodes a dataset and its events (evData nil: none) and indexes
// them, collecting every problem.
func (r *checkResult) check(path string, data []byte, evPath string, evData []byte) {
	feats, notes, err := geodata.DecodeFeaturesNoted(path, data)
	r.notes = notes
	r.add(path, err)
	featsOK := err == nil
	r.features = len(feats)
	var events []geodata.Event
	if evData != nil {
		events, err = geodata.DecodeEvents(evPath, evData)
		r.add(evPath, err)
		r.events = len(events)
	}
	if !featsOK {
		// Events naming a feature that did not decode would be reported
		// as naming no feature: check them once the features are clean.
		events = nil
	}
	_, err = geodata.New(path, feats, events, nil)
	r.add(path, err)
	if len(r.problems) == 0 {
		r.warnings = codeWarnings(path, feats)
	}
}

// writeNotes writes the notes of the reader of a foreign file, each on a
// line of its own after "note: ".
func writeNotes(w io.Writer, notes []string) {
	for _, n := range notes {
		fmt.Fprintln(w, "note: "+n)
	}
}

// codeWarnings names, once each, the holders of territories that have no
// Correlates of War code, at the first feature that names them.
func codeWarnings(path string, feats []*geodata.Feature) []string {
	var out []string
	seen := map[string]bool{}
	for i, f := range feats {
		if f.Kind != geodata.KindTerritory {
			continue
		}
		for _, h := range []struct {
			field string
			h     geodata.Holder
		}{{"controller_cow", f.Controller}, {"sovereign_cow", f.Sovereign}} {
			if h.h.COW != 0 || h.h.Name == "" || seen[h.h.Name] {
				continue
			}
			seen[h.h.Name] = true
			out = append(out, fmt.Sprintf("%s: feature %d (%s): %s: %q has no Correlates of War code: give its COW state code, "+
				"or for a protectorate, mandate or colony the code of the protecting, mandatory or colonial power, for a joint occupation the lead power's",
				path, i, f.ID, h.field, h.h.Name))
		}
	}
	return out
}
