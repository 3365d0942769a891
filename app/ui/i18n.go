package ui

// The window's languages: its text goes through Fyne's lang package
// (translations embedded from translations/*.json, the English text as
// the key), following the system locale unless View → Language chose
// one (remembered in the settings). Dates are written by
// internal/datefmt in the same language, names of the data in it where
// the data has them.
//
// Fyne's lang package picks its language from the system's locale when
// translations are added, and has no call to choose one: on Linux and
// the BSDs the locale is read from the environment, so the window sets
// LANGUAGE and adds its translations again, and the text changes at
// once (the window rebuilds its panels and menus: relabel). On Windows
// and macOS Fyne asks the system, so a choice other than the system's
// language cannot be applied; the menu says so.

import (
	"embed"
	"os"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
	"github.com/frontiers-atlas/frontiers/internal/datefmt"
)

//go:embed translations
var translationFS embed.FS

// uiLanguage is a language of View → Language, named in itself.
type uiLanguage struct{ Code, Name string }

// uiLanguages are the languages the window is translated into.
var uiLanguages = []uiLanguage{
	{"en", "English"},
	{"de", "Deutsch"},
	{"ru", "Русский"},
	{"pl", "Polski"},
	{"fi", "Suomi"},
}

var (
	langMu sync.Mutex
	// curLang is the language the window's text is in ("en", "de", ...).
	curLang = "en"
	// origLanguage is LANGUAGE as the program found it.
	origLanguage, hadLanguage = os.LookupEnv("LANGUAGE")
)

// applyLanguage makes code the language of the window's text, "" the
// system's, and returns the language now in use (which differs from
// code where the system's cannot be overridden).
func applyLanguage(code string) string {
	langMu.Lock()
	defer langMu.Unlock()
	switch {
	case code != "":
		os.Setenv("LANGUAGE", code)
		// go-locale reads LANGUAGE only after a locale other than C.
		for _, v := range [...]string{"LC_ALL", "LC_MESSAGES", "LANG"} {
			if s := os.Getenv(v); s != "" {
				if s == "C" || s == "POSIX" {
					os.Setenv(v, code)
				}
				break
			}
		}
	case hadLanguage:
		os.Setenv("LANGUAGE", origLanguage)
	default:
		os.Unsetenv("LANGUAGE")
	}
	// Adding translations makes Fyne read the locale again.
	if err := lang.AddTranslationsFS(translationFS, "translations"); err != nil {
		fyne.LogError("loading the translations", err)
	}
	curLang = lang.X("language.code", "en")
	return curLang
}

// currentLang is the language the window's text is in.
func currentLang() string {
	langMu.Lock()
	defer langMu.Unlock()
	return curLang
}

// longDay writes a day with its weekday in the window's language.
func longDay(d geodata.Day) string { return datefmt.Weekday(d, currentLang()) }

// dayText writes a day in the window's language: "26. Mai 1942".
func dayText(d geodata.Day) string { return datefmt.Day(d, currentLang()) }

// dateText writes a date to its precision in the window's language.
func dateText(d geodata.Date) string { return datefmt.Date(d, currentLang()) }

// nameIn returns f's name in the window's language, its own name when
// the data has none in it.
func nameIn(f *geodata.Feature) string { return render.NameIn(f, currentLang()) }

// languageMenu is View → Language: the system's language, then each
// translation; the one chosen has a check mark.
func (u *ui) languageMenu() *fyne.MenuItem {
	choice := u.langChoice
	sys := fyne.NewMenuItem(lang.L("System language"), func() { u.setLanguage("") })
	sys.Checked = choice == ""
	items := []*fyne.MenuItem{sys, fyne.NewMenuItemSeparator()}
	for _, l := range uiLanguages {
		it := fyne.NewMenuItem(l.Name, func() { u.setLanguage(l.Code) })
		it.Checked = choice == l.Code
		items = append(items, it)
	}
	m := fyne.NewMenuItem(lang.L("Language"), nil)
	m.ChildMenu = fyne.NewMenu("", items...)
	return m
}

// setLanguage chooses the language of the window (code "" the system's),
// remembers it and shows the window in it.
func (u *ui) setLanguage(code string) {
	u.langChoice = code
	got := applyLanguage(code)
	u.relabel()
	u.changed()
	if code != "" && !strings.HasPrefix(got, code) {
		fyne.LogError("the language "+code+" cannot be chosen here: the system's ("+got+") is used", nil)
	}
}

// relabel builds the panels and menus again in the language now chosen,
// showing the same state (compare mode, selection, tab).
func (u *ui) relabel() {
	u.pause()
	comparing := u.compare != nil
	u.setCompare(false)
	terrTab := u.tabs != nil && u.tabs.Selected() == u.terrTab
	// The panels of the old text listen to the state: a copy without them.
	st := *u.st
	st.listeners = nil
	u.st = &st
	u.st.listen(u.stateChanged)
	u.checks = map[string]*widget.Check{}
	u.eventSel = -1
	u.build()
	u.stateChanged(dayChanged | styleChanged | selectionChanged)
	if terrTab {
		u.tabs.Select(u.terrTab)
	}
	if comparing {
		u.setCompare(true)
	}
	u.win.SetTitle(u.title())
}

// holderLabel returns holder h's name on day d in the window's language
// (assets/names/holders.json, through render.DefaultNames), the data's own
// name in English or where the holder has no name in the language.
func holderLabel(h geodata.Holder, d geodata.Day) string {
	code := currentLang()
	if code == "en" || h.Name == "" {
		return h.Name
	}
	names := render.DefaultNames()
	if names == nil {
		return h.Name
	}
	if s, ok := names.HolderLabel(h.Name, d, code); ok && s != "" {
		if e, _ := names.HolderLabel(h.Name, d, "en"); s == e {
			// No name in the language: the data's own.
			return h.Name
		}
		return s
	}
	return h.Name
}

// holderName is holderLabel with "—" for no holder (as geodata.HolderName).
func holderName(h geodata.Holder, d geodata.Day) string {
	if h == (geodata.Holder{}) {
		return "—"
	}
	return holderLabel(h, d)
}

// layerText names a layer in the window's language.
func layerText(l geodata.Layer) string {
	if l == geodata.Sovereignty {
		return lang.L("sovereignty")
	}
	return lang.L("control")
}
