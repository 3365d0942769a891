// Command frontiers is an atlas of Europe's borders day by day, 1939–1942.
// Without a command it opens the window; `frontiers help` lists the
// commands that answer on the command line.
package main

import (
	"os"

	"github.com/frontiers-atlas/frontiers/app/cli"
	"github.com/frontiers-atlas/frontiers/app/ui"
	_ "github.com/frontiers-atlas/frontiers/internal/fynecache" // before Fyne: see the package
	_ "github.com/frontiers-atlas/frontiers/internal/localeenv" // before Fyne: see the package
)

func main() {
	args := os.Args[1:]
	if cli.IsCommand(args) {
		os.Exit(cli.Main(args, os.Stdout, os.Stderr))
	}
	opts, err := cli.WindowOptions(args)
	if err == nil {
		err = ui.Run(ui.Options{Date: opts.Date, DataFile: opts.DataFile})
	}
	os.Exit(cli.Exit(err, os.Stdout, os.Stderr))
}
