# Helpers of the bench scripts (sourced): set NAME before sourcing, for
# the messages.

die() { printf '%s: error: %s\n' "$NAME" "$*" >&2; exit 1; }

# ensure_debs PKG...: install the missing Debian packages (as root or
# through sudo).
ensure_debs() {
	local missing=() p sudo=()
	for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
	((${#missing[@]})) || return 0
	if ((EUID != 0)); then
		command -v sudo >/dev/null 2>&1 || die "missing Debian packages: ${missing[*]} (not root, no sudo)"
		sudo=(sudo)
	fi
	echo "$NAME: installing ${missing[*]}"
	"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
	"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
}
