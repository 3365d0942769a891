#!/usr/bin/env bash
# Rendering speed, Frontiers vs GDAL: time
#   build/frontiers render --date D -o /tmp/x.png --width W --height H
# against gdal_rasterize burning the same borders
#   build/frontiers export --date D > /tmp/x.geojson
#   gdal_rasterize -ts W H -burn 1 -ot Byte -of GTiff /tmp/x.geojson out.tif
# (GDAL's PNG driver cannot be written directly, only copied to: GTiff it is,
# with no conversion afterwards, so GDAL is timed without PNG encoding.)
# and print frontiers/gdal (mean wall-clock time). Uses hyperfine when it is
# installed (Debian package hyperfine), else /usr/bin/time over RUNS runs.
#
# Env: DATE (1942-05-26), WIDTH (1920), HEIGHT (1080), RUNS (5),
#      BIN (build/frontiers; built if missing), OUT (build/bench),
#      NO_HYPERFINE=1 to time with /usr/bin/time even if hyperfine is there.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

DATE=${DATE:-1942-05-26}
WIDTH=${WIDTH:-1920}
HEIGHT=${HEIGHT:-1080}
RUNS=${RUNS:-5}
BIN=${BIN:-build/frontiers}
OUT=${OUT:-build/bench}

NAME=compare
# shellcheck source=bench/lib.sh
source bench/lib.sh

ensure_debs gdal-bin
# hyperfine is optional: try to install it, fall back to /usr/bin/time.
if [[ -z ${NO_HYPERFINE:-} ]]; then
	ensure_debs hyperfine || echo "compare: hyperfine unavailable, using /usr/bin/time"
fi
command -v gdal_rasterize >/dev/null || die "gdal_rasterize not found after installing gdal-bin"

if [[ ! -x $BIN ]]; then
	echo "compare: building $BIN"
	make build
fi

mkdir -p "$OUT"
PNG=/tmp/x.png
GEOJSON=/tmp/x.geojson
GDAL_OUT=$OUT/gdal.tif

"$BIN" export --date "$DATE" >"$GEOJSON" || die "$BIN export --date $DATE failed"
[[ -s $GEOJSON ]] || die "$BIN export wrote nothing"

frontiers_cmd=("$BIN" render --date "$DATE" -o "$PNG" --width "$WIDTH" --height "$HEIGHT")
# The GDAL output is removed before every run: gdal_rasterize with -ts creates
# a new raster and will not overwrite an existing one.
gdal_cmd=(gdal_rasterize -q -ts "$WIDTH" "$HEIGHT" -burn 1 -ot Byte -of GTiff "$GEOJSON" "$GDAL_OUT")

# One run each first: both must work before anything is timed.
"${frontiers_cmd[@]}" || die "frontiers render failed: ${frontiers_cmd[*]}"
rm -f "$GDAL_OUT"
"${gdal_cmd[@]}" || die "gdal_rasterize failed: ${gdal_cmd[*]}"

q() { printf '%q ' "$@"; }

if [[ -z ${NO_HYPERFINE:-} ]] && command -v hyperfine >/dev/null 2>&1; then
	csv=$OUT/hyperfine.csv
	hyperfine --warmup 1 --runs "$RUNS" --export-csv "$csv" \
		--command-name frontiers "$(q "${frontiers_cmd[@]}")" \
		--command-name gdal_rasterize "rm -f $(q "$GDAL_OUT"); $(q "${gdal_cmd[@]}")"
	# columns: command,mean,stddev,median,user,system,min,max
	t_frontiers=$(awk -F, '$1 == "frontiers" { print $2 }' "$csv")
	t_gdal=$(awk -F, '$1 == "gdal_rasterize" { print $2 }' "$csv")
else
	[[ -x /usr/bin/time ]] || ensure_debs time
	# mean wall-clock seconds of RUNS runs of the command "$@"
	mean_time() {
		local total=0 t i tf
		tf=$(mktemp)
		for ((i = 0; i < RUNS; i++)); do
			rm -f "$GDAL_OUT"
			/usr/bin/time -o "$tf" -f %e "$@" >/dev/null 2>&1 || die "failed: $*"
			t=$(tail -n 1 "$tf")
			total=$(awk -v a="$total" -v b="$t" 'BEGIN { print a + b }')
		done
		rm -f "$tf"
		awk -v a="$total" -v n="$RUNS" 'BEGIN { print a / n }'
	}
	echo "compare: timing $RUNS runs each with /usr/bin/time"
	t_frontiers=$(mean_time "${frontiers_cmd[@]}")
	t_gdal=$(mean_time "${gdal_cmd[@]}")
fi
[[ -n $t_frontiers && -n $t_gdal ]] || die "could not read the timings"

awk -v f="$t_frontiers" -v g="$t_gdal" -v w="$WIDTH" -v h="$HEIGHT" -v d="$DATE" 'BEGIN {
	printf "frontiers render: %.3f s   gdal_rasterize: %.3f s   (%dx%d, %s)\n", f, g, w, h, d
	if (g > 0) printf "ratio frontiers/gdal: %.2f\n", f / g
	else print "ratio frontiers/gdal: n/a (gdal time is 0)"
}'
