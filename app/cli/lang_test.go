package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestLangFlag(t *testing.T) {
	for _, c := range []struct {
		lang, label, controller string
	}{
		{"de", "Distrikt Warschau", "Generalgouvernement"},
		{"pl", "Warszawa, Mazowsze", ""},
		{"fi", "Warsaw and central Mazovia", ""},
	} {
		t.Run(c.lang, func(t *testing.T) {
			out, errs, code := runCLI(t, "query", "--date", "1942-05-26", "--at", "52.23,21.01", "--lang", c.lang)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			var q queryResult
			if err := json.Unmarshal([]byte(out), &q); err != nil {
				t.Fatal(err)
			}
			if q.Label != c.label {
				t.Errorf("label %q, want %q", q.Label, c.label)
			}
			if c.controller != "" && q.ControllerLabel != c.controller {
				t.Errorf("controller label %q, want %q", q.ControllerLabel, c.controller)
			}
			if q.Name != "Warsaw and central Mazovia" {
				t.Errorf("name %q changed by --lang", q.Name)
			}
		})
	}
	out, errs, code := runCLI(t, "export", "--date", "1942-05-26", "--layer", "control", "--lang", "ru")
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	if !strings.Contains(out, `"holder_label":"Афганистан"`) {
		t.Errorf("export --lang ru has no Russian holder labels")
	}
	if _, errs, code := runCLI(t, "query", "--date", "1942-05-26", "--at", "52.23,21.01", "--lang", "German"); code != 2 || !strings.Contains(errs, "--lang") {
		t.Errorf("--lang German: exit %d, %q", code, errs)
	}
}
