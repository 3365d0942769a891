package ui

import (
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/geodatatest"
)

// menuLabels returns the labels of the main menu's menus.
func menuLabels(u *ui) []string {
	var out []string
	for _, m := range u.menu.Items {
		out = append(out, m.Label)
	}
	return out
}

// View → Language shows the window in the language at once, remembers
// it, and a new window opens in it; "System language" goes back.
func TestLanguageSwitch(t *testing.T) {
	t.Setenv("LANGUAGE", os.Getenv("LANGUAGE")) // restored after the test
	a := test.NewTempApp(t)
	u := newTestUI(t, a, geodata.Signing)
	t.Cleanup(func() { applyLanguage("") })
	if got := strings.Join(menuLabels(u), " "); got != "File View Go Tours Help" {
		t.Fatalf("menus in English: %q", got)
	}
	for _, c := range []struct {
		code, menus, date, play, layer string
	}{
		{"de", "Datei Ansicht Gehe zu Führungen Hilfe", "Dienstag, 26. Mai 1942", "Abspielen", "Kontrolle"},
		{"ru", "Файл Вид Переход Экскурсии Справка", "вторник, 26 мая 1942 г.", "Пуск", "Контроль"},
		{"pl", "Plik Widok Przejdź Wycieczki Pomoc", "wtorek, 26 maja 1942", "Odtwórz", "Kontrola"},
		{"fi", "Tiedosto Näytä Siirry Kierrokset Ohje", "tiistai 26. toukokuuta 1942", "Toista", "Hallinta"},
		{"", "File View Go Tours Help", "Tuesday 26 May 1942", "Play", "Control"},
	} {
		t.Run(c.code, func(t *testing.T) {
			u.setLanguage(c.code)
			if got := strings.Join(menuLabels(u), " "); got != c.menus {
				t.Errorf("menus %q, want %q", got, c.menus)
			}
			if u.dateLabel.Text != c.date {
				t.Errorf("date %q, want %q", u.dateLabel.Text, c.date)
			}
			if u.playBtn.Text != c.play {
				t.Errorf("play button %q, want %q", u.playBtn.Text, c.play)
			}
			if u.layerRadio.Selected != c.layer {
				t.Errorf("layer %q, want %q", u.layerRadio.Selected, c.layer)
			}
			if !strings.HasSuffix(u.win.Title(), c.date) {
				t.Errorf("title %q", u.win.Title())
			}
			if got := u.prefs.saved.Language; got != c.code {
				t.Errorf("saved language %q, want %q", got, c.code)
			}
		})
	}
	// The choice survives a restart.
	u.setLanguage("de")
	u.close()
	u2 := newUI(a, geodatatest.Mini(t), uiForTests())
	u2.restore(0)
	t.Cleanup(func() { u2.close(); u2.win.Close() })
	if got := u2.menu.Items[0].Label; got != "Datei" {
		t.Errorf("after a restart the File menu is %q, want Datei", got)
	}
	// Still working after a relabel: the layer radio moves the state.
	u2.layerRadio.SetSelected("Souveränität")
	if u2.st.layer != geodata.Sovereignty {
		t.Errorf("the relabelled layer radio does not set the layer")
	}
}

// Every item of every menu is shown in the language chosen: none keeps an
// English text that has a translation (an item not wrapped in lang.L).
func TestMenusTranslated(t *testing.T) {
	t.Setenv("LANGUAGE", os.Getenv("LANGUAGE"))
	u := newTestUI(t, test.NewTempApp(t), geodata.Signing)
	t.Cleanup(func() { applyLanguage("") })
	tr := readTranslations(t)
	for _, code := range []string{"de", "ru", "pl", "fi"} {
		t.Run(code, func(t *testing.T) {
			u.setLanguage(code)
			var walk func(path string, items []*fyne.MenuItem)
			walk = func(path string, items []*fyne.MenuItem) {
				for _, it := range items {
					if it.IsSeparator {
						continue
					}
					if want, ok := tr[code][it.Label].(string); ok && want != it.Label {
						t.Errorf("%s → %q is in English (%s: %q)", path, it.Label, code, want)
					}
					if it.ChildMenu != nil {
						walk(path+" → "+it.Label, it.ChildMenu.Items)
					}
				}
			}
			for _, m := range u.menu.Items {
				walk(m.Label, m.Items)
			}
		})
	}
	u.setLanguage("")
}
