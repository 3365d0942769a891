package mapimage

// The maps of a tour's stops, for its handout.

import (
	"context"

	"github.com/frontiers-atlas/frontiers/app/handout"
	"github.com/frontiers-atlas/frontiers/app/tour"
	"github.com/frontiers-atlas/frontiers/geodata"
	"github.com/frontiers-atlas/frontiers/geodata/render"
)

// StopStyle is how a tour stop is drawn: the default style with the
// stop's layer, highlights and overlays, and its first selected
// territory.
func StopStyle(s tour.Stop) render.Style {
	st := render.DefaultStyle()
	st.Layer = s.Layer
	st.Topics = s.Topics
	st.Overlays = s.Overlays
	if len(s.Select) > 0 {
		st.Selected = s.Select[0]
	}
	return st
}

// DrawStops returns what draws each stop of a handout with r: the stop's
// view fitted to w×h in its StopStyle, with its caption, saved as a PNG.
// It draws nothing once ctx is done.
func DrawStops(r *render.Renderer, w, h int) handout.RenderFunc {
	return func(ctx context.Context, _ int, s tour.Stop, path string) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		return SavePNG(path, Render(r, s.Date, StopStyle(s), geodata.Fit(s.View, w, h)))
	}
}
