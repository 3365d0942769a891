package handout

import (
	"context"
	"errors"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/frontiers-atlas/frontiers/app/tour"
)

// fakeRender writes a tiny PNG, as the real renderer would a map.
func fakeRender(_ context.Context, i int, s tour.Stop, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return png.Encode(f, image.NewGray(image.Rect(0, 0, 4+i, 3)))
}

func TestExport(t *testing.T) {
	tr, err := tour.Bundled(tour.DefaultBundled)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "out")
	var calls []int
	info := Info{Dataset: "Frontiers bundled dataset", Version: "0.1.0", Exported: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)}
	err = Export(context.Background(), tr, dir, fakeRender, info, func(done, total int) {
		if total != len(tr.Stops) {
			t.Errorf("total %d", total)
		}
		calls = append(calls, done)
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(calls) != len(tr.Stops) || calls[len(calls)-1] != len(tr.Stops) {
		t.Errorf("progress %v", calls)
	}
	html, err := os.ReadFile(filepath.Join(dir, IndexFile))
	if err != nil {
		t.Fatal(err)
	}
	page := string(html)
	srcs := regexp.MustCompile(`<img src="([^"]+)"`).FindAllStringSubmatch(page, -1)
	if len(srcs) != len(tr.Stops) {
		t.Fatalf("%d images in the page for %d stops", len(srcs), len(tr.Stops))
	}
	for i, s := range tr.Stops {
		name := srcs[i][1]
		if name != ImageName(i, s) || !strings.HasPrefix(name, fmt.Sprintf("%02d-", i+1)) {
			t.Errorf("stop %d: image %q", i+1, name)
		}
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("stop %d: %v", i+1, err)
		}
		if !strings.Contains(page, ">"+strconv.Itoa(i+1)+". "+htmlEsc(s.Title)+"</h2>") {
			t.Errorf("no heading for stop %d %q", i+1, s.Title)
		}
		for _, src := range s.Sources {
			if !strings.Contains(page, "<li>"+htmlEsc(src)+"</li>") {
				t.Errorf("stop %d: no source %q", i+1, src)
			}
		}
	}
	for _, want := range []string{"<h1>From the Pact to the Treaty</h1>", "Frontiers bundled dataset, version 0.1.0", "Exported 1 December 2026", "@media print", "break-inside: avoid", "Wednesday 23 August 1939"} {
		if !strings.Contains(page, want) {
			t.Errorf("no %q in the page", want)
		}
	}
	if strings.Contains(page, "<script") || strings.Contains(page, "http://") || strings.Contains(page, "https://") {
		t.Error("the handout loads something from elsewhere")
	}
	// The images and the page, nothing else.
	ents, _ := os.ReadDir(dir)
	if len(ents) != len(tr.Stops)+1 {
		t.Errorf("%d files in the handout", len(ents))
	}
}

// htmlEsc escapes s as html/template escapes text.
func htmlEsc(s string) string {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;")
	return r.Replace(s)
}

func TestExportCancel(t *testing.T) {
	tr, err := tour.Bundled("winter-war.json")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err = Export(ctx, tr, dir, func(ctx context.Context, i int, s tour.Stop, path string) error {
		n++
		if i == 2 {
			cancel()
		}
		return fakeRender(ctx, i, s, path)
	}, Info{Dataset: "x"}, nil)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
	if n != 3 {
		t.Errorf("%d stops rendered after a cancel at the third", n)
	}
	if _, err := os.Stat(filepath.Join(dir, IndexFile)); !os.IsNotExist(err) {
		t.Error("index.html written by a cancelled export")
	}
}

func TestExportRenderError(t *testing.T) {
	tr, _ := tour.Bundled("winter-war.json")
	err := Export(context.Background(), tr, t.TempDir(), func(context.Context, int, tour.Stop, string) error {
		return errors.New("out of memory")
	}, Info{}, nil)
	if err == nil || err.Error() != `stop 1 ("Finland in the Soviet sphere"): out of memory` {
		t.Errorf("err = %v", err)
	}
}

func TestSlug(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"The Molotov–Ribbentrop Pact", "the-molotov-ribbentrop-pact"},
		{"Łódź and Kraków", "lodz-and-krakow"},
		{"What it left out: the frontier of 22 June 1941", "what-it-left-out-the-frontier-of-22-june-1941"},
		{"  !!  ", ""},
		{"Москва", ""},
		{"A very long title that goes on and on well past the limit of a file name", "a-very-long-title-that-goes-on-and-on-well-past"},
	} {
		if got := Slug(c.in); got != c.want {
			t.Errorf("Slug(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := ImageName(0, tour.Stop{Title: "Москва"}); got != "01.png" {
		t.Errorf("ImageName = %q", got)
	}
	if got := ImageName(11, tour.Stop{Title: "Barbarossa"}); got != "12-barbarossa.png" {
		t.Errorf("ImageName = %q", got)
	}
}
