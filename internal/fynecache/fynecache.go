// Package fynecache shortens the life of Fyne's caches to 3 s unless
// FYNE_CACHE says otherwise. Fyne keeps a texture for every distinct text
// it has drawn until the text goes unused for its cache life, a minute by
// default; playing the timeline draws new texts 30 times a second (the
// date, "N days after", "On <day>:"), so a minute of them is ~100 MB of
// textures, half of the window's memory budget (bench/rss.sh).
//
// FYNE_CACHE is Fyne's own setting, read when its cache package is
// initialized, before main runs. Imported by main for its side effect,
// this package sets it first: it imports os alone, and Go initializes
// the packages of a program in the order of their import paths, each as
// soon as the packages it imports are, so it is initialized before log,
// which Fyne imports (as internal/localeenv is).
package fynecache

import "os"

// Life is the cache life the window runs with.
const Life = "3s"

func init() {
	if os.Getenv("FYNE_CACHE") == "" {
		os.Setenv("FYNE_CACHE", Life)
	}
}
