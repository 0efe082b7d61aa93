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
sock="liangsaibi-$E2E_NAME-$$"
tm() { tmux -L "$sock" "$@"; }
tm new-session -d -s keepalive -x 80 -y 24 "sleep 86400"
trap 'tm kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
