#!/usr/bin/env bash
# Runs a Windows program under Wine: go test -exec "$PWD/.ci/wine-exec.sh".
# .ci/windows.sh prepares the prefix (WINEPREFIX) and exports it.
set -euo pipefail
: "${WINEPREFIX:?run through .ci/windows.sh, which prepares the Wine prefix}"
export WINEPREFIX
export WINEDEBUG="${WINEDEBUG:--all}"
# Skip the Mono and Gecko installers; keep UTF-8 arguments and file names
# (Wine converts them with the Unix locale).
export WINEDLLOVERRIDES="${WINEDLLOVERRIDES:-mscoree,mshtml=}"
export LC_ALL=C.UTF-8
wine="${WINE:-}"
if [ -z "$wine" ]; then
	for w in /usr/lib/wine/wine64 wine64 wine; do
		if command -v "$w" >/dev/null 2>&1; then
			wine="$w"
			break
		fi
	done
fi
exec "${wine:?no wine found}" "$@"
