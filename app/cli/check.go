package cli

// frontiers check: every problem of a dataset and its events file.

import (
	"bufio"
	"errors"
	"fmt"
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
				for _, p := range res.problems {
					fmt.Fprintln(bw, p.Error())
				}
				bw.Flush()
				return fmt.Errorf("%s: %d problem%s", file, n, plural(n))
			}
			_, err := fmt.Fprintf(c.stdout, "%s: %d feature%s, %d event%s, no problems\n",
				file, res.features, plural(res.features), res.events, plural(res.events))
			return writeStdout(err)
		}
	},
}

type checkResult struct {
	features, events int
	problems         geodata.Problems
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
	feats, err := geodata.DecodeFeatures(path, data)
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
}
