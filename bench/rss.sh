#!/usr/bin/env bash
# Resident memory of the window: runs build/frontiers under Xvfb (Mesa,
# software GL) at 1280x800 with the bundled data and prints its VmRSS
#   idle   once the window is up and has settled (RSS_SETTLE seconds)
#   play   the peak while the timeline plays (RSS_PLAY seconds; a territory
#          selected first, so the side panel changes every day too)
#   after  once play is paused and the window has settled again
#   peak   VmHWM, the process's high-water mark
# and exits 1 if any of them is RSS_LIMIT_MB (200) or more. ~25 s with the
# build; not part of `make test` (`make rss` runs it): the margin is
# ~10 MB and depends on this machine's Mesa and fonts.
#
# Knobs (environment):
#   RSS_BIN       binary to run; if set, nothing is built (default: builds build/frontiers)
#   RSS_DATE      start date (default 1939-08-01, so that play has days to go)
#   RSS_SETTLE    seconds to let the window settle before "idle" (default 5)
#   RSS_PLAY      seconds to play; 0 skips playing (default 10)
#   RSS_LIMIT_MB  the budget (default 200)
#   RSS_TIMEOUT   seconds to wait for the window (default 60)
# Needs Xvfb, xdotool (`make test-deps`) and a cgo toolchain (`make deps`).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

RSS_DATE=${RSS_DATE:-1939-08-01}
RSS_SETTLE=${RSS_SETTLE:-5}
RSS_PLAY=${RSS_PLAY:-10}
RSS_LIMIT_MB=${RSS_LIMIT_MB:-200}
RSS_TIMEOUT=${RSS_TIMEOUT:-60}
SCREEN_W=1280
SCREEN_H=800

log() { printf 'rss: %s\n' "$*"; }
die() {
	printf 'rss: error: %s\n' "$*" >&2
	if [[ -s ${TMP:-/nonexistent}/app.stderr ]]; then
		tail -n 20 "$TMP/app.stderr" >&2
	fi
	exit 2
}

for tool in Xvfb xdotool; do
	command -v "$tool" >/dev/null 2>&1 || die "$tool not found (run: make test-deps)"
done

if [[ -n ${RSS_BIN:-} ]]; then
	BIN=$RSS_BIN
else
	BIN=build/frontiers
	log "building $BIN (cgo)"
	CGO_ENABLED=1 go build -tags no_emoji -o "$BIN" . || die "go build failed"
fi
[[ -x $BIN ]] || die "$BIN is not an executable"

TMP=$(mktemp -d)
# shellcheck source=../scripts/xvfb.sh
. scripts/xvfb.sh

start_xvfb "$TMP/xvfb.log" || die "could not start Xvfb on any display :99..:160"

mkdir -p "$TMP/config" "$TMP/cache"
env LANG=en_US.UTF-8 XDG_CONFIG_HOME="$TMP/config" XDG_CACHE_HOME="$TMP/cache" \
	"$BIN" --date "$RSS_DATE" </dev/null >"$TMP/app.stdout" 2>"$TMP/app.stderr" &
APP_PID=$!

rss() { awk '/^VmRSS:/ { print $2 }' "/proc/$APP_PID/status"; }
status() { grep -E '^(VmHWM|VmRSS|RssAnon|RssFile|RssShmem):' "/proc/$APP_PID/status" | tr -s ' \t' ' ' | paste -sd' '; }
mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
alive() { kill -0 "$APP_PID" 2>/dev/null || die "the app exited"; }

WID=""
deadline=$((SECONDS + RSS_TIMEOUT))
while ((SECONDS < deadline)); do
	alive
	WID=$(xdotool search --onlyvisible --pid "$APP_PID" --name Frontiers 2>/dev/null | head -n 1 || true)
	[[ -n $WID ]] && break
	sleep 0.2
done
[[ -n $WID ]] || die "no window after ${RSS_TIMEOUT}s"
eval "$(xdotool getwindowgeometry --shell "$WID")" # X Y WIDTH HEIGHT
log "window up (pid $APP_PID, ${WIDTH}x${HEIGHT}); settling ${RSS_SETTLE}s"
xdotool mousemove $((X + WIDTH - 1)) $((Y + HEIGHT / 2)) # off the map: no hover tip
sleep "$RSS_SETTLE"
alive
IDLE=$(rss)
log "idle:  $(status)"

PLAY=0
AFTER=$IDLE
if ((RSS_PLAY > 0)); then
	# Select the territory in the middle of the map (the map fills the
	# middle of the window), then Space plays (the map takes no focus).
	xdotool mousemove $((X + WIDTH * 47 / 100)) $((Y + HEIGHT * 37 / 100)) click 1
	sleep 0.5
	from=$(xdotool getwindowname "$WID")
	xdotool key space
	end=$((SECONDS + RSS_PLAY))
	while ((SECONDS < end)); do
		alive
		r=$(rss)
		((r > PLAY)) && PLAY=$r
		sleep 0.2
	done
	xdotool key space
	to=$(xdotool getwindowname "$WID")
	[[ $from != "$to" ]] || die "the timeline did not play (title still '$to')"
	log "played ${RSS_PLAY}s: '${from#Frontiers — }' -> '${to#Frontiers — }'"
	sleep 3
	alive
	AFTER=$(rss)
	log "after: $(status)"
fi
PEAK=$(awk '/^VmHWM:/ { print $2 }' "/proc/$APP_PID/status")

LIMIT=$((RSS_LIMIT_MB * 1024))
printf 'rss: VmRSS idle %s MB, play peak %s MB, after play %s MB; VmHWM %s MB (budget < %s MB)\n' \
	"$(mb "$IDLE")" "$(mb "$PLAY")" "$(mb "$AFTER")" "$(mb "$PEAK")" "$RSS_LIMIT_MB"
fail=0
for pair in "idle:$IDLE" "play:$PLAY" "after:$AFTER" "VmHWM:$PEAK"; do
	if ((${pair#*:} >= LIMIT)); then
		printf 'rss: FAIL: %s %s MB >= %s MB\n' "${pair%%:*}" "$(mb "${pair#*:}")" "$RSS_LIMIT_MB" >&2
		fail=1
	fi
done
((fail == 0)) && log "OK"
exit "$fail"
