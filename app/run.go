// Package app is the command line of Frontiers (Main); the window is
// package app/ui, which main connects through Window.
package app

import (
	"errors"

	"github.com/frontiers-atlas/frontiers/geodata"
)

// Options are the window's start options, from the command line.
type Options struct {
	// Date is the day to open on; 0 means the day of the last session.
	Date geodata.Day
	// DataFile is a dataset to open instead of the bundled one.
	DataFile string
}

// Window opens the window (package app/ui) and returns when it is
// closed; main sets it, so that the command line does not import Fyne.
var Window func(Options) error

// Run opens the window through Window.
func Run(opts Options) error {
	if Window == nil {
		return errors.New("this build has no window")
	}
	return Window(opts)
}
