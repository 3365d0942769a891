package ui

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// usedKeys returns the translation keys of the window's sources: the
// first argument of every lang.L, lang.N and lang.X call written as a
// literal, and the texts translated through a variable (toggles, table
// columns, legend keys, the long texts). plural says which are lang.N's.
func usedKeys(t *testing.T) (keys map[string]bool, plural map[string]bool) {
	t.Helper()
	keys, plural = map[string]bool{}, map[string]bool{}
	files, _ := filepath.Glob("*.go")
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if id, ok := sel.X.(*ast.Ident); !ok || id.Name != "lang" {
				return true
			}
			lit, ok := call.Args[0].(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil {
				t.Fatalf("%s: %v", fset.Position(lit.Pos()), err)
			}
			switch sel.Sel.Name {
			case "L", "X":
				keys[s] = true
			case "N", "XN":
				keys[s], plural[s] = true, true
			}
			return true
		})
	}
	for _, tg := range highlightToggles {
		keys[tg.Label] = true
	}
	for _, tg := range overlayToggles {
		keys[tg.Label] = true
	}
	for _, c := range compareColumns {
		keys[c.title] = true
	}
	for _, k := range overlayKeys {
		keys[k.text] = true
	}
	for _, s := range []string{aboutText, dataNote, goDateHint, treatyHint} {
		keys[s] = true
	}
	for _, r := range shortcutRows {
		keys[r[0]], keys[r[1]] = true, true
	}
	for _, s := range playSteps {
		keys[s.label] = true
	}
	return keys, plural
}

// readTranslations reads translations/*.json: per language, key to
// either a string or plural forms.
func readTranslations(t *testing.T) map[string]map[string]any {
	t.Helper()
	files, _ := filepath.Glob("translations/*.json")
	out := map[string]map[string]any{}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]any{}
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out[strings.TrimSuffix(filepath.Base(name), ".json")] = m
	}
	return out
}

var placeholderRE = regexp.MustCompile(`\{\{\s*\.(\w+)\s*\}\}`)

// placeholders returns the sorted placeholders of a translation's text
// or forms.
func placeholders(v any) []string {
	var texts []string
	switch v := v.(type) {
	case string:
		texts = []string{v}
	case map[string]any:
		for _, f := range v {
			if s, ok := f.(string); ok {
				texts = append(texts, s)
			}
		}
	}
	var out []string
	for _, s := range texts {
		for _, m := range placeholderRE.FindAllStringSubmatch(s, -1) {
			if !slices.Contains(out, m[1]) {
				out = append(out, m[1])
			}
		}
	}
	slices.Sort(out)
	return out
}

// TestTranslations walks every translation file: English has every key
// the sources use and no other, every language has every English key and
// no other, with the same placeholders, plural forms where English has
// them, and every language of View → Language has a file.
func TestTranslations(t *testing.T) {
	keys, plural := usedKeys(t)
	tr := readTranslations(t)
	en := tr["en"]
	if en == nil {
		t.Fatal("no translations/en.json")
	}
	for k := range keys {
		if _, ok := en[k]; !ok {
			t.Errorf("en.json: missing key %q", k)
		}
	}
	for k := range en {
		if !keys[k] {
			t.Errorf("en.json: key %q is not used in app/ui", k)
		}
	}
	for _, l := range uiLanguages {
		if tr[l.Code] == nil {
			t.Errorf("%s (%s) has no translations/%s.json", l.Name, l.Code, l.Code)
		}
	}
	for code, m := range tr {
		t.Run(code, func(t *testing.T) {
			if got, _ := m["language.code"].(string); got != code {
				t.Errorf("language.code is %q, want %q", got, code)
			}
			for k, want := range en {
				v, ok := m[k]
				if !ok {
					t.Errorf("missing key %q", k)
					continue
				}
				if k == "language.code" {
					continue
				}
				if s, ok := v.(string); ok && strings.TrimSpace(s) == "" {
					t.Errorf("%q: empty translation", k)
				}
				if _, isForms := v.(map[string]any); isForms != plural[k] {
					t.Errorf("%q: plural forms %v, want %v", k, isForms, plural[k])
				}
				if forms, ok := v.(map[string]any); ok && forms["other"] == nil {
					t.Errorf("%q: no \"other\" form", k)
				}
				if g, w := placeholders(v), placeholders(want); !slices.Equal(g, w) {
					t.Errorf("%q: placeholders %v, want %v", k, g, w)
				}
			}
			for k := range m {
				if _, ok := en[k]; !ok {
					t.Errorf("key %q is not in en.json", k)
				}
			}
		})
	}
}
