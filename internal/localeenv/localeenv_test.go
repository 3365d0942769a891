package localeenv

import "testing"

func TestIsC(t *testing.T) {
	for s, want := range map[string]bool{
		"C.UTF-8": true, "C.utf8": true, "POSIX.UTF-8": true, "C@euro": true,
		"C": false, "POSIX": false, "": false, "en_US.UTF-8": false, "Ca_ES.UTF-8": false, "de_DE@euro": false,
	} {
		if got := isC(s); got != want {
			t.Errorf("isC(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestLocale(t *testing.T) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "C.UTF-8")
	t.Setenv("LANG", "de_DE.UTF-8")
	if got := locale(); got != "C.UTF-8" {
		t.Errorf("locale() = %q, want LC_MESSAGES's C.UTF-8", got)
	}
	t.Setenv("LC_ALL", "fr_FR.UTF-8")
	if got := locale(); got != "fr_FR.UTF-8" {
		t.Errorf("locale() = %q, want LC_ALL's fr_FR.UTF-8", got)
	}
}
