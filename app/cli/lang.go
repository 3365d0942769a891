package cli

// --lang: labels in a language (render, query, export). Territories are
// named by their names in the language where the data has them, holders
// by assets/names/holders.json (the name of the day), falling back to
// English.

import (
	"regexp"
	"sync"

	"github.com/frontiers-atlas/frontiers/assets"
	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
	"github.com/frontiers-atlas/frontiers/geodata/render/label"
)

const langUsage = "labels in language `CODE` (ISO 639-1: de, ru, pl, fi, et, lv, lt, ro...), falling back to English"

var langRE = regexp.MustCompile(`^[a-z]{2,3}$`)

// lang declares --lang; its value is "" when not given.
func (c *call) lang() *string {
	l := c.flag("lang", "", langUsage)
	c.check(func() error {
		if *l != "" && !langRE.MatchString(*l) {
			return usagef("--lang %q: want a language code such as de or ru", *l)
		}
		return nil
	})
	return l
}

var (
	namesOnce sync.Once
	names     *label.Names
)

// holderIn returns holder h's name on day d in lang, its own name when
// it has none in it (or lang is "" or "en").
func holderIn(h geodata.Holder, d geodata.Day, lang string) string {
	if lang == "" || lang == "en" || h.Name == "" {
		return h.Name
	}
	namesOnce.Do(func() { names, _ = label.LoadNames(assets.Names()) })
	if names == nil {
		return h.Name
	}
	s, ok := names.HolderLabel(h.Name, d, lang)
	if e, _ := names.HolderLabel(h.Name, d, "en"); !ok || s == "" || s == e {
		return h.Name
	}
	return s
}

// nameIn returns f's name in lang (see render.NameIn).
func nameIn(f *geodata.Feature, lang string) string { return render.NameIn(f, lang) }
