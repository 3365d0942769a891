// Package localeenv keeps Fyne quiet about a C locale with a codeset
// (LANG=C.UTF-8, the default of many containers and CI machines). Fyne
// reads the locale through github.com/jeandeaual/go-locale, which knows
// "C" and "POSIX" but passes "C.UTF-8" on as the language tag "C"; Fyne's
// lang package then logs "Error parsing user locale C" when it is
// initialized, before main runs, so every command of the command line
// printed three lines of errors before its answer.
//
// Imported by main for its side effect, the package sets LANGUAGE=en when
// the locale is a C or POSIX one and LANGUAGE is unset: go-locale reads
// LANGUAGE after a locale that is not exactly C or POSIX, and English is
// what Fyne falls back to for a C locale anyway. (GNU gettext ignores
// LANGUAGE under a C locale, so other programs see no change.)
//
// It imports os alone, on purpose. Go initializes the packages of a
// program in the order of their import paths, each as soon as the
// packages it imports are: log, which Fyne imports, imports os, and its
// path sorts after this one, so this package is initialized before log,
// hence before Fyne.
package localeenv

import "os"

func init() {
	if os.Getenv("LANGUAGE") == "" && isC(locale()) {
		os.Setenv("LANGUAGE", "en")
	}
}

// locale returns the locale messages are in, as go-locale reads it: the
// first of LC_ALL, LC_MESSAGES and LANG that is set.
func locale() string {
	for _, v := range [...]string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if s := os.Getenv(v); s != "" {
			return s
		}
	}
	return ""
}

// isC reports whether s names the C or POSIX locale with a codeset or a
// modifier ("C.UTF-8", "POSIX@euro"); the bare names go-locale handles.
func isC(s string) bool {
	for _, name := range [...]string{"C", "POSIX"} {
		if len(s) > len(name) && s[:len(name)] == name && (s[len(name)] == '.' || s[len(name)] == '@') {
			return true
		}
	}
	return false
}
