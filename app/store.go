package app

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sync"

	"fyne.io/fyne/v2"

	"github.com/frontiers-atlas/frontiers/internal/atomicfile"
)

// prefsFile is the name of the preferences file in the app's storage.
const prefsFile = "frontiers-preferences.json"

// store is the window's fyne.Preferences: a JSON file in the app's storage
// folder, written whole through a temporary file and a rename, so that a
// crash while saving leaves the previous file as it was. (Fyne's own
// preferences rewrite their file in place.) Values are kept in memory;
// Save writes them.
type store struct {
	path string

	mu        sync.Mutex
	values    map[string]any
	listeners []func()
	// loadErr says why the file could not be read, if it could not.
	loadErr error
}

var _ fyne.Preferences = (*store)(nil)

// openStore reads the preferences in path; a missing file is an empty
// store, an unreadable one an empty store with loadErr set (the file is
// left alone until the next save).
func openStore(path string) *store {
	s := &store{path: path, values: map[string]any{}}
	data, err := os.ReadFile(path)
	switch {
	case os.IsNotExist(err):
	case err != nil:
		s.loadErr = err
	default:
		if err := json.Unmarshal(data, &s.values); err != nil {
			s.loadErr = fmt.Errorf("%s: %v", path, err)
			s.values = map[string]any{}
		}
	}
	return s
}

// Save writes the preferences atomically.
func (s *store) Save() error {
	s.mu.Lock()
	data, err := json.MarshalIndent(s.values, "", "  ") // keys sorted
	s.mu.Unlock()
	if err != nil {
		return err
	}
	return atomicfile.Write(s.path, func(w io.Writer) error {
		_, err := w.Write(append(data, '\n'))
		return err
	})
}

func (s *store) get(key string) (any, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.values[key]
	return v, ok
}

func (s *store) set(key string, v any) {
	s.mu.Lock()
	s.values[key] = v
	ls := append([]func(){}, s.listeners...)
	s.mu.Unlock()
	for _, l := range ls {
		l()
	}
}

func (s *store) Bool(key string) bool { return s.BoolWithFallback(key, false) }
func (s *store) BoolWithFallback(key string, fallback bool) bool {
	if v, ok := s.get(key); ok {
		if b, ok := v.(bool); ok {
			return b
		}
	}
	return fallback
}
func (s *store) SetBool(key string, value bool) { s.set(key, value) }

func (s *store) Float(key string) float64 { return s.FloatWithFallback(key, 0) }
func (s *store) FloatWithFallback(key string, fallback float64) float64 {
	if v, ok := s.get(key); ok {
		if f, ok := v.(float64); ok {
			return f
		}
	}
	return fallback
}
func (s *store) SetFloat(key string, value float64) { s.set(key, value) }

func (s *store) Int(key string) int { return s.IntWithFallback(key, 0) }
func (s *store) IntWithFallback(key string, fallback int) int {
	if v, ok := s.get(key); ok {
		switch n := v.(type) {
		case float64:
			return int(n)
		case int:
			return n
		}
	}
	return fallback
}
func (s *store) SetInt(key string, value int) { s.set(key, float64(value)) }

func (s *store) String(key string) string { return s.StringWithFallback(key, "") }
func (s *store) StringWithFallback(key, fallback string) string {
	if v, ok := s.get(key); ok {
		if str, ok := v.(string); ok {
			return str
		}
	}
	return fallback
}
func (s *store) SetString(key string, value string) { s.set(key, value) }

func (s *store) BoolList(key string) []bool { return s.BoolListWithFallback(key, nil) }
func (s *store) BoolListWithFallback(key string, fallback []bool) []bool {
	return listOf(s, key, fallback, func(v any) (bool, bool) { b, ok := v.(bool); return b, ok })
}
func (s *store) SetBoolList(key string, value []bool) { s.set(key, anyList(value)) }

func (s *store) FloatList(key string) []float64 { return s.FloatListWithFallback(key, nil) }
func (s *store) FloatListWithFallback(key string, fallback []float64) []float64 {
	return listOf(s, key, fallback, func(v any) (float64, bool) { f, ok := v.(float64); return f, ok })
}
func (s *store) SetFloatList(key string, value []float64) { s.set(key, anyList(value)) }

func (s *store) IntList(key string) []int { return s.IntListWithFallback(key, nil) }
func (s *store) IntListWithFallback(key string, fallback []int) []int {
	return listOf(s, key, fallback, func(v any) (int, bool) {
		switch n := v.(type) {
		case float64:
			return int(n), true
		case int:
			return n, true
		}
		return 0, false
	})
}
func (s *store) SetIntList(key string, value []int) { s.set(key, anyList(value)) }

func (s *store) StringList(key string) []string { return s.StringListWithFallback(key, nil) }
func (s *store) StringListWithFallback(key string, fallback []string) []string {
	return listOf(s, key, fallback, func(v any) (string, bool) { str, ok := v.(string); return str, ok })
}
func (s *store) SetStringList(key string, value []string) { s.set(key, anyList(value)) }

func (s *store) RemoveValue(key string) {
	s.mu.Lock()
	delete(s.values, key)
	s.mu.Unlock()
}

func (s *store) AddChangeListener(f func()) {
	s.mu.Lock()
	s.listeners = append(s.listeners, f)
	s.mu.Unlock()
}

func (s *store) ChangeListeners() []func() {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]func(){}, s.listeners...)
}

func anyList[T any](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

func listOf[T any](s *store, key string, fallback []T, conv func(any) (T, bool)) []T {
	v, ok := s.get(key)
	if !ok {
		return fallback
	}
	var out []T
	switch l := v.(type) {
	case []any:
		for _, x := range l {
			t, ok := conv(x)
			if !ok {
				return fallback
			}
			out = append(out, t)
		}
	case []T:
		return append([]T(nil), l...)
	default:
		return fallback
	}
	return out
}
