#!/usr/bin/env bash
# Real-window smoke test: runs build/frontiers under Xvfb and drives it with
# xdotool, the way a person would.
#
#   1. start the app at --date 1942-05-26 and wait for its window ("Frontiers")
#   2. screenshot a.png
#   3. drag the timeline slider (bottom of the window) from 85% to 10% of the
#      window width -> screenshot b.png; the window title (which carries the
#      date) must change
#   4. click on the map -> screenshot c.png
#   5. a.png != b.png and b.png != c.png (ImageMagick compare -metric AE)
#
# Screenshots and logs stay in build/smoke/. Needs: Xvfb, xdotool, ImageMagick
# (`make test-deps` installs them) and a cgo toolchain (`make deps`).
#
# Knobs (environment):
#   SMOKE_BIN        binary to run; if set, nothing is built (default: builds build/frontiers)
#   SMOKE_DATE       start date (default 1942-05-26)
#   SMOKE_SLIDER_Y   px above the window's bottom edge where the slider is (default 40)
#   SMOKE_SLIDER_FROM / SMOKE_SLIDER_TO   drag start/end, % of window width (default 85 / 10)
#   SMOKE_CLICK_X/Y  click point, px relative to the window (default: window centre)
#   SMOKE_MIN_DIFF   minimum differing pixels for "changed" (default 500)
#   SMOKE_TIMEOUT    seconds to wait for the window (default 60)
#   SMOKE_SETTLE_TIMEOUT  seconds to wait for the screen to stop changing (default 20)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

OUT=build/smoke
SMOKE_DATE=${SMOKE_DATE:-1942-05-26}
SMOKE_SLIDER_Y=${SMOKE_SLIDER_Y:-40}
SMOKE_SLIDER_FROM=${SMOKE_SLIDER_FROM:-85}
SMOKE_SLIDER_TO=${SMOKE_SLIDER_TO:-10}
SMOKE_MIN_DIFF=${SMOKE_MIN_DIFF:-500}
SMOKE_TIMEOUT=${SMOKE_TIMEOUT:-60}
SMOKE_SETTLE_TIMEOUT=${SMOKE_SETTLE_TIMEOUT:-20}
SCREEN_W=1280
SCREEN_H=800
COMPARE=/usr/bin/compare # /usr/local/bin/convert & co. may be stand-ins: use ImageMagick's own

log() { printf 'smoke: %s\n' "$*"; }
fail() {
	printf 'smoke: FAIL: %s\n' "$*" >&2
	if [[ -s ${APP_ERR:-} ]]; then
		printf 'smoke: --- app stderr (last 40 lines of %s) ---\n' "$APP_ERR" >&2
		tail -n 40 "$APP_ERR" >&2
		printf 'smoke: --- end of app stderr ---\n' >&2
	fi
	exit 1
}

for tool in Xvfb xdotool import "$COMPARE"; do
	command -v "$tool" >/dev/null 2>&1 || fail "$tool not found (run: make test-deps)"
done

rm -rf "$OUT"
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
APP_ERR=$OUT/app.stderr
APP_OUT=$OUT/app.stdout
TMP=$(mktemp -d)

# shellcheck source=../scripts/xvfb.sh
. scripts/xvfb.sh

# --- build ---------------------------------------------------------------
if [[ -n ${SMOKE_BIN:-} ]]; then
	BIN=$SMOKE_BIN
	log "using $BIN (SMOKE_BIN set, not building)"
else
	BIN=build/frontiers
	log "building $BIN (cgo)"
	CGO_ENABLED=1 go build -tags no_emoji -o "$BIN" . || fail "go build failed"
fi
[[ -x $BIN ]] || fail "$BIN is not an executable"

# --- X server ------------------------------------------------------------
start_xvfb "$OUT/xvfb.log" || { cat "$OUT/xvfb.log" >&2 || true; fail "could not start Xvfb on any display :99..:160"; }
log "Xvfb running on $DISPLAY (${SCREEN_W}x${SCREEN_H}x24)"

# --- app -----------------------------------------------------------------
mkdir -p "$TMP/config" "$TMP/cache"
env LANG=en_US.UTF-8 XDG_CONFIG_HOME="$TMP/config" XDG_CACHE_HOME="$TMP/cache" \
	"$BIN" --date "$SMOKE_DATE" </dev/null >"$APP_OUT" 2>"$APP_ERR" &
APP_PID=$!
log "started $BIN --date $SMOKE_DATE (pid $APP_PID)"

WID=""
deadline=$((SECONDS + SMOKE_TIMEOUT))
while ((SECONDS < deadline)); do
	kill -0 "$APP_PID" 2>/dev/null || {
		wait "$APP_PID" && rc=0 || rc=$?
		APP_PID=""
		fail "the app exited (status $rc) before its window appeared"
	}
	WID=$(xdotool search --onlyvisible --name Frontiers 2>/dev/null | head -n 1 || true)
	[[ -n $WID ]] && break
	sleep 0.5
done
[[ -n $WID ]] || fail "no visible window named 'Frontiers' after ${SMOKE_TIMEOUT}s"

# Geometry (without a window manager X/Y are screen coordinates).
geometry() {
	# shellcheck disable=SC2034 # SCREEN, WINDOW: set by the eval, unused
	local X Y WIDTH HEIGHT SCREEN WINDOW
	eval "$(xdotool getwindowgeometry --shell "$WID")"
	WX=$X WY=$Y WW=$WIDTH WH=$HEIGHT
}
geometry
if ((WX < 0 || WY < 0 || WX + WW > SCREEN_W || WY + WH > SCREEN_H)); then
	log "window ${WW}x${WH}+${WX}+${WY} does not fit the ${SCREEN_W}x${SCREEN_H} screen: moving/resizing it"
	xdotool windowmove "$WID" 0 0
	((WW > SCREEN_W)) && WW=$SCREEN_W
	((WH > SCREEN_H)) && WH=$SCREEN_H
	xdotool windowsize "$WID" "$WW" "$WH"
	sleep 1
	geometry
fi
log "window $WID: ${WW}x${WH}+${WX}+${WY}, title: $(xdotool getwindowname "$WID")"

# --- helpers ---------------------------------------------------------------
# Differing pixels between two images (ImageMagick prints it on stderr; exit 1
# just means "different", 2 is an error).
diff_pixels() {
	local out rc=0
	out=$("$COMPARE" -metric AE "$1" "$2" null: 2>&1) || rc=$?
	((rc <= 1)) || fail "compare $1 $2 failed: $out"
	awk '{ printf "%d\n", $1 }' <<<"$out"
}

# Screenshot of the whole screen, taken once the picture has stopped changing
# (two consecutive grabs identical) or after SMOKE_SETTLE_TIMEOUT seconds.
shot() {
	local dest=$1 prev="$TMP/prev.png" cur="$TMP/cur.png" end=$((SECONDS + SMOKE_SETTLE_TIMEOUT)) d
	sleep 0.5
	import -window root "$prev" || fail "import -window root failed"
	while :; do
		sleep 0.5
		import -window root "$cur" || fail "import -window root failed"
		d=$(diff_pixels "$prev" "$cur")
		if ((d == 0)); then break; fi
		if ((SECONDS >= end)); then
			log "warning: screen still changing after ${SMOKE_SETTLE_TIMEOUT}s; taking $dest anyway"
			break
		fi
		mv "$cur" "$prev"
	done
	mv "$cur" "$dest"
	kill -0 "$APP_PID" 2>/dev/null || fail "the app died (while taking $(basename "$dest"))"
}

# --- a: initial state --------------------------------------------------------
xdotool mousemove 0 0 # park the pointer away from the window
shot "$OUT/a.png"
TITLE_A=$(xdotool getwindowname "$WID")
log "a.png taken; title: '$TITLE_A'"
[[ $TITLE_A == *1942* ]] ||
	fail "window title '$TITLE_A' does not carry the start date (expected it to contain 1942)"

# --- b: drag the timeline slider -----------------------------------------------
SY=$((WY + WH - SMOKE_SLIDER_Y))
SX1=$((WX + WW * SMOKE_SLIDER_FROM / 100))
SX2=$((WX + WW * SMOKE_SLIDER_TO / 100))
log "dragging the slider from ($SX1,$SY) to ($SX2,$SY)"
xdotool mousemove "$SX1" "$SY"
sleep 0.3
xdotool mousedown 1
sleep 0.3
steps=8
for i in $(seq 1 "$steps"); do
	xdotool mousemove $((SX1 + (SX2 - SX1) * i / steps)) "$SY"
	sleep 0.1
done
sleep 0.2
xdotool mouseup 1

# Move to the click point before b.png, so that c.png differs from b.png only
# by what the click did (not by hover effects).
CX=$((WX + ${SMOKE_CLICK_X:-$((WW / 2))}))
CY=$((WY + ${SMOKE_CLICK_Y:-$((WH / 2))}))
xdotool mousemove "$CX" "$CY"
shot "$OUT/b.png"
TITLE_B=$(xdotool getwindowname "$WID")
log "b.png taken; title: '$TITLE_B'"

# --- c: click on the map ---------------------------------------------------------
log "clicking the map at ($CX,$CY)"
xdotool click 1
shot "$OUT/c.png"
TITLE_C=$(xdotool getwindowname "$WID")
log "c.png taken; title: '$TITLE_C'"

# --- assertions -------------------------------------------------------------------
failures=()
AB=$(diff_pixels "$OUT/a.png" "$OUT/b.png")
BC=$(diff_pixels "$OUT/b.png" "$OUT/c.png")
log "differing pixels: a/b $AB, b/c $BC (threshold $SMOKE_MIN_DIFF)"
((AB > SMOKE_MIN_DIFF)) ||
	failures+=("dragging the slider changed only $AB pixels (a.png vs b.png; need > $SMOKE_MIN_DIFF): is the slider ${SMOKE_SLIDER_Y}px above the window's bottom edge? (SMOKE_SLIDER_Y)")
((BC > SMOKE_MIN_DIFF)) ||
	failures+=("clicking the map changed only $BC pixels (b.png vs c.png; need > $SMOKE_MIN_DIFF)")
[[ $TITLE_B != *"26 May 1942"* && $TITLE_B != "$TITLE_A" ]] ||
	failures+=("window title did not change after the drag: before '$TITLE_A', after '$TITLE_B'")

if ((${#failures[@]})); then
	for f in "${failures[@]}"; do printf 'smoke: FAIL: %s\n' "$f" >&2; done
	printf 'smoke: screenshots in %s\n' "$OUT" >&2
	fail "${#failures[@]} check(s) failed"
fi
log "OK: screenshots in $OUT (a.png, b.png, c.png)"
