// Package cli is the command line of frontiers: the commands that answer
// from the geodata engine without a window (render, export, query, diff,
// animate, events, check, tour, cite), their help, and the window's start options.
// It imports nothing from Fyne, so that it builds and tests without cgo.
//
// Each command is a row of the commands table: its name, a one-line
// summary, and a function that declares its flags on a call and returns
// what runs it. The flags that several commands share (the dates, the
// layer, the map's size and extent, --data) are declared and checked by
// the methods of call; the help is generated from the flags.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/frontiers-atlas/frontiers/assets"
	"github.com/frontiers-atlas/frontiers/geodata"
)

// A command is one of the commands of frontiers.
type command struct {
	name    string
	summary string // one line, for the list of commands
	about   string // what it does, for its help
	args    string // its positional arguments for the synopsis, "" for none
	// define declares the command's flags on c and returns what runs the
	// command once they are parsed and checked.
	define func(c *call) (run func() error)
}

// commands are the commands, in the order of the help.
var commands = []command{
	renderCommand, exportCommand, queryCommand, diffCommand, animateCommand, eventsCommand, checkCommand, tourCommand, citeCommand,
}

func lookup(name string) *command {
	for i := range commands {
		if commands[i].name == name {
			return &commands[i]
		}
	}
	return nil
}

// IsCommand reports whether args ask for a command or for help rather
// than for the window: their first argument is a word (a command, known
// or not) or -h, -help or --help.
func IsCommand(args []string) bool {
	return len(args) > 0 && (isHelp(args[0]) || !strings.HasPrefix(args[0], "-"))
}

func isHelp(s string) bool { return s == "-h" || s == "-help" || s == "--help" }

// Main runs the command of args (without the program name; see
// IsCommand) and returns the exit status: 0 on success, 1 on a failure, 2
// on a usage error. Answers go to stdout, errors to stderr, one line each.
func Main(args []string, stdout, stderr io.Writer) int {
	switch {
	case len(args) == 0 || isHelp(args[0]):
		fmt.Fprint(stdout, usage())
		return 0
	case args[0] == "help":
		return help(args[1:], stdout, stderr)
	}
	cmd := lookup(args[0])
	if cmd == nil {
		fmt.Fprintf(stderr, "frontiers: unknown command %q (run frontiers help)\n", args[0])
		return 2
	}
	var run func() error
	c := prepare(cmd.name, stdout, stderr, func(c *call) { run = cmd.define(c) })
	err := c.parse(args[1:], cmd.args != "")
	if err == nil {
		err = run()
	}
	return exit(err, c.name, func() string { return commandHelp(cmd) }, stdout, stderr, false)
}

// help runs `frontiers help [COMMAND]`.
func help(args []string, stdout, stderr io.Writer) int {
	switch {
	case len(args) == 0:
		fmt.Fprint(stdout, usage())
		return 0
	case len(args) > 1:
		fmt.Fprintf(stderr, "frontiers help: unexpected argument %q (help takes one COMMAND)\n", args[1])
		return 2
	}
	cmd := lookup(args[0])
	if cmd == nil {
		fmt.Fprintf(stderr, "frontiers help: unknown command %q (run frontiers help)\n", args[0])
		return 2
	}
	fmt.Fprint(stdout, commandHelp(cmd))
	return 0
}

// Window are the window's start options.
type Window struct {
	// Date is the day to open on; 0 means the day of the last session
	// (from the preferences), else 26 May 1942.
	Date geodata.Day
	// DataFile is a dataset to open instead of the bundled one.
	DataFile string
}

// WindowOptions parses the window's command line: frontiers [--date D]
// [--data FILE]. Its errors are for Exit: flag.ErrHelp for -h, a usage
// error, or a --data file that cannot be read.
func WindowOptions(args []string) (Window, error) {
	var date *dayFlag
	c := prepare("", io.Discard, io.Discard, func(c *call) { date = windowFlags(c) })
	if err := c.parse(args, false); err != nil {
		return Window{}, err
	}
	if *c.data != "" {
		if _, err := os.Stat(*c.data); err != nil {
			return Window{}, fmt.Errorf("--data %q: %v", *c.data, reason(err))
		}
	}
	return Window{Date: date.day, DataFile: *c.data}, nil
}

// windowFlags declares the window's flags besides --data.
func windowFlags(c *call) *dayFlag {
	return c.day("date", "open on day `YYYY-MM-DD` (default: the day of the last session, or 26 May 1942, the day of the Anglo-Soviet Treaty)", false)
}

// Exit reports err, from WindowOptions or from the window, and returns
// the exit status: 0 for nil, and for flag.ErrHelp after printing the
// help on stdout; 2 for a usage error; 1 for any other error, each of
// its lines on stderr (the window reports a dataset's and the bundled
// data's problems together).
func Exit(err error, stdout, stderr io.Writer) int {
	return exit(err, "frontiers", usage, stdout, stderr, true)
}

// exit reports err of the command name and returns the exit status: 0
// for nil, and for flag.ErrHelp after printing help(); 2 for a usage
// error; 1 for another. An error is printed on one line, or with all its
// lines for a failure when allLines.
func exit(err error, name string, help func() string, stdout, stderr io.Writer, allLines bool) int {
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprint(stdout, help())
		return 0
	case errors.As(err, new(usageError)):
		fmt.Fprintf(stderr, "%s: %s\n", name, oneLine(err.Error()))
		return 2
	case !allLines:
		fmt.Fprintf(stderr, "%s: %s\n", name, oneLine(err.Error()))
		return 1
	}
	for line := range strings.SplitSeq(strings.TrimRight(err.Error(), "\n"), "\n") {
		fmt.Fprintf(stderr, "%s: %s\n", name, line)
	}
	return 1
}

// usageError is a mistake in the command line (exit status 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, a ...any) error { return usageError{fmt.Sprintf(format, a...)} }

// oneLine keeps the first line of s, saying how many it leaves out.
func oneLine(s string) string {
	s = strings.TrimRight(s, "\n")
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i] + fmt.Sprintf(" (and %d more lines)", strings.Count(s[i:], "\n"))
	}
	return s
}

// reason is err without the operation and path an *os.PathError adds.
func reason(err error) string {
	if pe, ok := errors.AsType[*os.PathError](err); ok {
		return pe.Err.Error()
	}
	return err.Error()
}

// A call is one run of a command: its flags, where it writes, and the
// checks of its flags' values.
type call struct {
	name           string // "frontiers render", for messages
	stdout, stderr io.Writer
	fs             *flag.FlagSet
	// data is --data, which every command takes: a dataset of the
	// user's own instead of the bundled one.
	data *string
	// order holds the flags' names in the order declared, required the
	// names of the flags the command needs, for the help.
	order    []string
	required map[string]bool
	// checks check the flags' values once parsed, in the order declared.
	checks []func() error
}

const dataUsage = "use the dataset in `FILE` instead of the bundled one"

// prepare makes the call of the command name ("" for the window): the
// flags that declare declares, then --data. Its flag set reports nothing
// itself: parse returns its errors.
func prepare(name string, stdout, stderr io.Writer, declare func(*call)) *call {
	c := &call{name: strings.TrimSpace("frontiers " + name), stdout: stdout, stderr: stderr, required: map[string]bool{}}
	c.fs = flag.NewFlagSet(c.name, flag.ContinueOnError)
	c.fs.SetOutput(io.Discard)
	c.fs.Usage = func() {}
	declare(c)
	c.data = c.flag("data", "", dataUsage)
	return c
}

// parse parses args and checks the flags' values. Its error is
// flag.ErrHelp after -h, or a usage error. positional says whether the
// command takes arguments besides its flags.
func (c *call) parse(args []string, positional bool) error {
	if err := c.fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err.Error()}
	}
	if !positional && c.fs.NArg() > 0 {
		return usagef("unexpected argument %q (flags come as --name value)", c.fs.Arg(0))
	}
	for _, check := range c.checks {
		if err := check(); err != nil {
			return err
		}
	}
	return nil
}

// atlas loads the dataset: the file of --data, or the bundled one. Its
// error says why on one line, pointing to frontiers check when there are
// several problems.
func (c *call) atlas() (*geodata.Atlas, error) {
	file := *c.data
	var a *geodata.Atlas
	var err error
	if file == "" {
		a, err = assets.Load()
	} else {
		a, err = geodata.LoadFile(file, assets.Land())
	}
	var ps geodata.Problems
	switch {
	case err == nil:
		return a, nil
	case errors.As(err, &ps) && len(ps) == 1:
		return nil, ps[0]
	case len(ps) > 1 && file == "":
		return nil, fmt.Errorf("%v (and %d more problems: run frontiers check)", ps[0], len(ps)-1)
	case len(ps) > 1:
		return nil, fmt.Errorf("%v (and %d more problems: run frontiers check %s)", ps[0], len(ps)-1, file)
	case file == "":
		return nil, fmt.Errorf("bundled data: %v", err)
	}
	return nil, fmt.Errorf("%s: %v", file, err)
}

// withAtlas returns what runs a command that answers from the dataset:
// run, given the dataset as atlas loads it, or atlas's error.
func (c *call) withAtlas(run func(a *geodata.Atlas) error) func() error {
	return func() error {
		a, err := c.atlas()
		if err != nil {
			return err
		}
		return run(a)
	}
}

// writeStdout wraps an error writing the answer.
func writeStdout(err error) error {
	if err != nil {
		return fmt.Errorf("writing standard output: %v", err)
	}
	return nil
}
