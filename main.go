// Command frontiers is an atlas of Europe's borders day by day, 1939–1942.
// Without arguments it opens the window; `frontiers help` lists the
// commands that answer on the command line.
package main

import (
	"os"

	"github.com/frontiers-atlas/frontiers/app"
	"github.com/frontiers-atlas/frontiers/app/ui"
)

func main() {
	app.Window = func(o app.Options) error { return ui.Run(ui.Options{Date: o.Date, DataFile: o.DataFile}) }
	os.Exit(app.Main(os.Args[1:], os.Stdout, os.Stderr))
}
