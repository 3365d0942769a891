// Package handout writes a tour as a printable handout: one image per
// stop and DIR/index.html, a self-contained page (no scripts, fonts or
// styles from elsewhere) with the tour's title, and for each stop its
// image, title, date, text and sources, and the dataset's name and
// version and the date of export. Its print styles suit A4 and Letter:
// a stop per page, or two when they fit, and never an image split.
//
// The package draws nothing: the caller passes the function that renders
// one stop to a PNG file, so the handout needs no renderer and its tests
// no display.
package handout

import (
	"bytes"
	"context"
	"embed"
	"fmt"
	"html/template"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/frontiers-atlas/frontiers/app/tour"
	"github.com/frontiers-atlas/frontiers/internal/atomicfile"
)

// Info is what the handout says about its data and its making.
type Info struct {
	// Dataset is the data's name ("Frontiers bundled dataset", a file name)
	// and Version its version; both are printed as given.
	Dataset, Version string
	// Exported is the date of export; the zero time means now.
	Exported time.Time
}

// RenderFunc renders stop s (index i, from 0) of the tour to a PNG file
// at path. It should honour ctx for a long drawing.
type RenderFunc func(ctx context.Context, i int, s tour.Stop, path string) error

// ProgressFunc is told after each stop's image is written: done of total
// stops. It may be nil.
type ProgressFunc func(done, total int)

// IndexFile is the handout page's file name.
const IndexFile = "index.html"

// ImageName returns the file name of stop i's image (from 0): its number
// from 01, a hyphen and a slug of its title, e.g. "03-the-red-army.png".
func ImageName(i int, s tour.Stop) string {
	slug := Slug(s.Title)
	if slug == "" {
		return fmt.Sprintf("%02d.png", i+1)
	}
	return fmt.Sprintf("%02d-%s.png", i+1, slug)
}

// Slug turns a title into lower-case ASCII words joined by hyphens,
// accents dropped ("Łódź and Kraków" → "lodz-and-krakow"), at most 48
// bytes long, cut at a word.
func Slug(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(title) {
		if f, ok := fold[r]; ok {
			r = f
		}
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		default:
			dash = true
		}
	}
	s := b.String()
	if len(s) > 48 {
		s = s[:48]
		if i := strings.LastIndexByte(s, '-'); i > 0 {
			s = s[:i]
		}
	}
	return s
}

// fold maps letters that NFD does not take apart.
var fold = map[rune]rune{'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ß': 's', 'æ': 'a', 'Æ': 'A', 'ı': 'i'}

// Export writes the handout of t into dir (made if missing): first the
// image of each stop, through render, telling progress after each, then
// index.html, written atomically. It stops at the first error, or when
// ctx is done (returning ctx's error); index.html is then not written,
// so a handout on disk is always whole. This is the run of `frontiers
// tour [FILE] --export DIR` and of File → Export tour….
func Export(ctx context.Context, t *tour.Tour, dir string, render RenderFunc, info Info, progress ProgressFunc) error {
	if len(t.Stops) == 0 {
		return fmt.Errorf("the tour %q has no stops", t.Title)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for i, s := range t.Stops {
		if err := ctx.Err(); err != nil {
			return err
		}
		path := filepath.Join(dir, ImageName(i, s))
		if err := render(ctx, i, s, path); err != nil {
			return fmt.Errorf("stop %d (%q): %w", i+1, s.Title, err)
		}
		if progress != nil {
			progress(i+1, len(t.Stops))
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return atomicfile.Write(filepath.Join(dir, IndexFile), func(w io.Writer) error { return WriteIndex(w, t, info) })
}

//go:embed index.html.tmpl
var tmplFS embed.FS

var page = template.Must(template.New("index.html.tmpl").Funcs(template.FuncMap{
	"paras": func(s string) []string {
		var out []string
		for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
		return out
	},
}).ParseFS(tmplFS, "index.html.tmpl"))

type stopView struct {
	N          int
	Image      string
	Title      string
	Date, Long string
	Layer      string
	Text       string
	Sources    []string
}

// WriteIndex writes the handout page of t, its images named by ImageName.
func WriteIndex(w io.Writer, t *tour.Tour, info Info) error {
	exp := info.Exported
	if exp.IsZero() {
		exp = time.Now()
	}
	data := struct {
		Tour     *tour.Tour
		Stops    []stopView
		Info     Info
		Exported string
	}{Tour: t, Info: info, Exported: exp.Format("2 January 2006")}
	for i, s := range t.Stops {
		data.Stops = append(data.Stops, stopView{
			N: i + 1, Image: ImageName(i, s), Title: s.Title,
			Date: s.Date.String(), Long: s.Date.Long(), Layer: s.Layer.String(),
			Text: s.Text, Sources: s.Sources,
		})
	}
	var b bytes.Buffer
	if err := page.Execute(&b, data); err != nil {
		return err
	}
	_, err := w.Write(b.Bytes())
	return err
}
