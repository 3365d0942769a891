# Sourced by scripts/smoke.sh and bench/rss.sh: an X server of our own for
# the real window, and cleaning up after it and the app.
#
# The sourcing script sets SCREEN_W, SCREEN_H and TMP (a temporary folder
# this file removes on exit) and, once started, APP_PID; start_xvfb LOG
# writes Xvfb's output to LOG.

XVFB_PID=""
APP_PID=""

# shellcheck disable=SC2317 # called by the trap
xvfb_cleanup() {
	local rc=$?
	if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID" 2>/dev/null || true
		for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
		kill -9 "$APP_PID" 2>/dev/null || true
	fi
	if [[ -n $XVFB_PID ]] && kill -0 "$XVFB_PID" 2>/dev/null; then
		kill "$XVFB_PID" 2>/dev/null || true
		wait "$XVFB_PID" 2>/dev/null || true
	fi
	rm -rf "$TMP"
	exit "$rc"
}
trap xvfb_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# start_xvfb LOG starts Xvfb on the first free display from :99 up (again
# on the next one if another process takes it first) and exports DISPLAY.
start_xvfb() {
	local n log=$1
	for n in $(seq 99 160); do
		[[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]] && continue
		Xvfb ":$n" -screen 0 "${SCREEN_W}x${SCREEN_H}x24" -nolisten tcp >"$log" 2>&1 &
		XVFB_PID=$!
		for _ in $(seq 1 50); do
			kill -0 "$XVFB_PID" 2>/dev/null || break
			if DISPLAY=":$n" xdotool getdisplaygeometry >/dev/null 2>&1; then
				export DISPLAY=":$n"
				return 0
			fi
			sleep 0.1
		done
		kill "$XVFB_PID" 2>/dev/null || true
		wait "$XVFB_PID" 2>/dev/null || true
		XVFB_PID=""
	done
	return 1
}
