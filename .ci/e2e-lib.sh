# Shared set-up of the end-to-end scripts; source it after setting E2E_NAME.
# It resolves the binary (BIN), sets WAIT (seconds to wait for text), makes a
# scratch folder (work) and a private tmux server (tm: nobody else's
# sessions), kept up by an idle session for the whole run: a server that
# exits with its last session races with the next start ("server exited
# unexpectedly"). Both go away when the script exits.
BIN="${LIANGSAIBI_BIN:?set LIANGSAIBI_BIN to the liangsaibi binary}"
BIN="$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")"
WAIT="${E2E_WAIT:-15}"
work="$(mktemp -d)"
export XDG_CACHE_HOME="$work/cache" # the dashboards' cache of the last rankings stays in the scratch folder
sock="liangsaibi-$E2E_NAME-$$"
tm() { tmux -L "$sock" "$@"; }
tm new-session -d -s keepalive -x 80 -y 24 "sleep 86400"
trap 'tm kill-server 2>/dev/null || true; rm -rf "$work"' EXIT

# pane is what tmux session $1 shows now.
pane() { tm capture-pane -p -t "$1" 2>/dev/null || true; }

# wait_for SESSION TEXT waits up to WAIT seconds for TEXT on SESSION's
# screen; otherwise it prints the screen and fails (the script's fail).
wait_for() {
	local i
	for ((i = 0; i < WAIT * 10; i++)); do
		pane "$1" | grep -qF -- "$2" && return 0
		sleep 0.1
	done
	pane "$1" >&2
	fail "$1 did not show \"$2\" within ${WAIT}s"
}

# within SESSION SECONDS REGEX waits until SESSION's screen matches the
# extended regex, for a timed check; it fails quietly (the caller says why).
within() {
	local limit="$2" re="$3" start now
	start=$(date +%s%N)
	while :; do
		pane "$1" | grep -qE -- "$re" && return 0
		now=$(date +%s%N)
		((now - start < limit * 1000000000)) || return 1
		sleep 0.05
	done
}
