package ui

import (
	"os"
	"strings"
	"testing"

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
