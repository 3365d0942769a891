#!/usr/bin/env bash
# Rendering speed, Frontiers vs Mapnik, drawing the same day at the same
# size in the same projection and extent:
#   build/frontiers render --date D -o /tmp/frontiers.png --width W --height H
# (fills, borders, overlays, labels, caption; PNG) against
#   build/frontiers export --date D > day.geojson       (not timed)
#   bench/mapnik_draw.py day.geojson assets/land.geojson mapnik.png W H
# (Mapnik through Debian's python3-mapnik: the land, a fill per holder,
# borders, haloed labels; 32-bit PNG). Each is timed as a whole process,
# RUNS times, taking turns so that both see the same load; prints the
# median and mean wall-clock times, Mapnik's own split of its last run, and
# frontiers/mapnik (of the medians). Issue 10's target: 0.5 or less.
#
# Env: DATE (1942-05-26), WIDTH (1920), HEIGHT (1080), RUNS (9),
#      BIN (build/frontiers; built if missing), OUT (build/bench),
#      PYTHON (/usr/bin/python3: Debian's, which has the mapnik module).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

DATE=${DATE:-1942-05-26}
WIDTH=${WIDTH:-1920}
HEIGHT=${HEIGHT:-1080}
RUNS=${RUNS:-9}
BIN=${BIN:-build/frontiers}
OUT=${OUT:-build/bench}
PYTHON=${PYTHON:-/usr/bin/python3}

NAME=mapnik
# shellcheck source=bench/lib.sh
source bench/lib.sh

"$PYTHON" -c 'import mapnik' 2>/dev/null || ensure_debs python3-mapnik fonts-dejavu-core
"$PYTHON" -c 'import mapnik' || die "$PYTHON cannot import mapnik (Debian package python3-mapnik)"

if [[ ! -x $BIN ]]; then
	echo "mapnik: building $BIN"
	make build
fi

mkdir -p "$OUT"
GEOJSON=$OUT/day.geojson
OURS=$OUT/frontiers.png
THEIRS=$OUT/mapnik.png

"$BIN" export --date "$DATE" >"$GEOJSON" || die "$BIN export --date $DATE failed"
[[ -s $GEOJSON ]] || die "$BIN export wrote nothing"

ours=("$BIN" render --date "$DATE" -o "$OURS" --width "$WIDTH" --height "$HEIGHT")
theirs=("$PYTHON" bench/mapnik_draw.py "$GEOJSON" assets/land.geojson "$THEIRS" "$WIDTH" "$HEIGHT")

# One run each first: both must work before anything is timed.
"${ours[@]}" || die "frontiers render failed: ${ours[*]}"
"${theirs[@]}" || die "mapnik_draw.py failed: ${theirs[*]}"

# seconds CMD...: the wall-clock seconds the command takes (its output
# kept in $OUT/last.txt).
seconds() {
	local t0 t1
	t0=$(date +%s.%N)
	"$@" >"$OUT/last.txt" 2>&1 || die "failed: $*"
	t1=$(date +%s.%N)
	awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f\n", b - a }'
}

t_ours=() t_theirs=()
for ((i = 0; i < RUNS; i++)); do
	t_ours+=("$(seconds "${ours[@]}")")
	t_theirs+=("$(seconds "${theirs[@]}")")
done

# stats T...: "median mean" of the times.
stats() {
	printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1; s += $1 }
		END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.3f %.3f\n", m, s / NR }'
}
read -r m_ours a_ours <<<"$(stats "${t_ours[@]}")"
read -r m_theirs a_theirs <<<"$(stats "${t_theirs[@]}")"

printf '%s, %dx%d, %d runs each, taking turns (wall-clock seconds)\n' "$DATE" "$WIDTH" "$HEIGHT" "$RUNS"
printf 'frontiers render: median %s, mean %s   (%s)\n' "$m_ours" "$a_ours" "${t_ours[*]}"
printf 'mapnik:           median %s, mean %s   (%s)\n' "$m_theirs" "$a_theirs" "${t_theirs[*]}"
sed 's/^mapnik: /mapnik, its last run: /' "$OUT/last.txt"
awk -v f="$m_ours" -v m="$m_theirs" 'BEGIN { printf "ratio frontiers/mapnik (medians): %.2f\n", f / m }'
printf 'images: %s %s\n' "$OURS" "$THEIRS"
