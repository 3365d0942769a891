package cli

// The help, generated from the commands table and the flags: `frontiers
// help` shows every command, `frontiers help render` (or `frontiers
// render -h`) one.

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"
)

// The layout of the help: lines of at most helpWidth runes; a flag's
// usage starts in column usageColumn, on the flag's line when the flag
// and its value leave room.
const (
	helpWidth   = 79
	usageColumn = 21
)

const helpHead = "Frontiers: Europe's borders day by day, 1939-01-01 to 1942-12-31.\n"

const windowAbout = "Open the atlas window."

const helpFoot = `Every command takes --data FILE to use a dataset of your own (a GeoJSON
FeatureCollection in the format of package geodata) instead of the bundled
one. Flags may be written with one dash or two.

Exit status: 0 on success, 1 on a failure (no territory at the point,
invalid data, a file that cannot be read or written), 2 on a usage error.
`

// usage is the text of `frontiers help`.
func usage() string {
	var b strings.Builder
	b.WriteString(helpHead + "\nUsage:\n")
	tw := tabwriter.NewWriter(&b, 0, 0, 3, ' ', 0)
	fmt.Fprintf(tw, "  %s\topen the atlas window\n", strings.Join(synopsis(windowCall(), ""), " "))
	fmt.Fprintf(tw, "  frontiers COMMAND [flags]\tanswer on the command line\n")
	fmt.Fprintf(tw, "  frontiers help [COMMAND]\tshow this help, or a command's\n")
	tw.Flush()
	b.WriteString("\nCommands:\n")
	tw = tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	for _, cmd := range commands {
		fmt.Fprintf(tw, "  %s\t%s\n", cmd.name, cmd.summary)
	}
	tw.Flush()
	b.WriteString("\n")
	writeSection(&b, windowCall(), windowAbout, "")
	for i := range commands {
		b.WriteString("\n")
		writeSection(&b, commandCall(&commands[i]), commands[i].about, commands[i].args)
	}
	b.WriteString("\n" + helpFoot)
	return b.String()
}

// commandHelp is the text of `frontiers help CMD`.
func commandHelp(cmd *command) string {
	var b strings.Builder
	writeSection(&b, commandCall(cmd), cmd.about, cmd.args)
	b.WriteString("\n" + helpFoot)
	return b.String()
}

// windowCall and commandCall return a call with the flags of the window
// or of cmd, to describe them.
func windowCall() *call {
	return prepare("", io.Discard, io.Discard, func(c *call) { windowFlags(c) })
}

func commandCall(cmd *command) *call {
	return prepare(cmd.name, io.Discard, io.Discard, func(c *call) { cmd.define(c) })
}

// writeSection writes the help of the command of c: its synopsis, what it
// does, and its flags.
func writeSection(b *strings.Builder, c *call, about, args string) {
	for _, line := range synopsis(c, args) {
		b.WriteString(line + "\n")
	}
	b.WriteString("\n")
	for _, line := range wrap(about, helpWidth-2) {
		b.WriteString("  " + line + "\n")
	}
	b.WriteString("\n")
	for _, name := range c.order {
		f := c.fs.Lookup(name)
		_, text := flag.UnquoteUsage(f)
		if f.DefValue != "" && f.DefValue != "false" {
			text += " (default " + f.DefValue + ")"
		}
		head := "  " + flagSynopsis(f)
		lines := wrap(text, helpWidth-usageColumn)
		if n := utf8.RuneCountInString(head); n+2 <= usageColumn {
			lines[0] = head + strings.Repeat(" ", usageColumn-n) + lines[0]
		} else {
			b.WriteString(head + "\n")
			lines[0] = strings.Repeat(" ", usageColumn) + lines[0]
		}
		for i := 1; i < len(lines); i++ {
			lines[i] = strings.Repeat(" ", usageColumn) + lines[i]
		}
		b.WriteString(strings.Join(lines, "\n") + "\n")
	}
}

// synopsis returns the command line of c, wrapped: the required flags,
// then the others in brackets, then args.
func synopsis(c *call, args string) []string {
	var words []string
	for _, required := range []bool{true, false} {
		for _, name := range c.order {
			if c.required[name] != required {
				continue
			}
			w := flagSynopsis(c.fs.Lookup(name))
			if !required {
				w = "[" + w + "]"
			}
			words = append(words, w)
		}
	}
	if args != "" {
		words = append(words, args)
	}
	indent := strings.Repeat(" ", utf8.RuneCountInString(c.name)+1)
	lines := wrapWords(words, helpWidth-len(indent))
	for i := range lines {
		if i == 0 {
			lines[i] = c.name + " " + lines[i]
		} else {
			lines[i] = indent + lines[i]
		}
	}
	return lines
}

// flagSynopsis writes a flag as it is given: "--date YYYY-MM-DD",
// "-o FILE.png", "--json".
func flagSynopsis(f *flag.Flag) string {
	s := "--" + f.Name
	if len(f.Name) == 1 {
		s = "-" + f.Name
	}
	if value, _ := flag.UnquoteUsage(f); value != "" {
		s += " " + value
	}
	return s
}

// wrap breaks text into lines of at most width runes, between words.
func wrap(text string, width int) []string { return wrapWords(strings.Fields(text), width) }

// wrapWords puts words into lines of at most width runes, one space
// apart; a longer word has a line of its own.
func wrapWords(words []string, width int) []string {
	var lines []string
	line := ""
	for _, w := range words {
		switch {
		case line == "":
			line = w
		case utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) <= width:
			line += " " + w
		default:
			lines = append(lines, line)
			line = w
		}
	}
	return append(lines, line)
}
