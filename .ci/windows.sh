#!/usr/bin/env bash
# Windows checks under Wine (Debian 12's wine64 8.0): the Windows build's
# tests run as Windows programs (go test -exec .ci/wine-exec.sh), then the
# Windows binary is run on the demo and its output compared byte for byte
# with the Linux binary's. Installs what it needs (wine64, and binutils for
# a small stand-in DLL); idempotent; the Wine prefix is kept between runs
# (LIANGSAIBI_WINEPREFIX, default ~/.cache/liangsaibi-wine), so only the
# first run pays for creating it. What Wine cannot check: README, Windows.
set -euo pipefail

cd "$(dirname "$0")/.."
repo="$PWD"
export CGO_ENABLED=0
tmp="$(mktemp -d)"
section() { printf '\n=== windows: %s (%ds)\n' "$*" "$SECONDS"; }
fail() {
	echo "windows.sh: $*" >&2
	exit 1
}

section "wine"
need=()
if ! command -v /usr/lib/wine/wine64 wine64 wine >/dev/null 2>&1; then
	need+=(wine64)
fi
if ! command -v x86_64-w64-mingw32-as >/dev/null 2>&1; then
	need+=(binutils-mingw-w64-x86-64)
fi
if [ "${#need[@]}" -gt 0 ]; then
	echo "installing ${need[*]}"
	apt-get update
	DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need[@]}"
fi
wine="$(command -v /usr/lib/wine/wine64 wine64 wine 2>/dev/null | head -n1)"
wineserver="$(command -v /usr/lib/wine/wineserver64 /usr/lib/wine/wineserver wineserver 2>/dev/null | head -n1)"
[ -n "$wine" ] && [ -n "$wineserver" ] || fail "wine is not installed"
export WINE="$wine"
export WINEPREFIX="${LIANGSAIBI_WINEPREFIX:-${XDG_CACHE_HOME:-${HOME:-/root}/.cache}/liangsaibi-wine}"
export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
# Stop this prefix's wineserver (and anything left in it) on the way out.
trap '"$wineserver" -k >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
echo "$("$wine" --version) at $wine, prefix $WINEPREFIX"

section "wine prefix"
if [ ! -f "$WINEPREFIX/system.reg" ]; then
	echo "creating the prefix (once)"
	mkdir -p "$WINEPREFIX"
	# Without wine32 wineboot reports that syswow64\rundll32.exe is missing:
	# harmless, there are no 32-bit programs here.
	timeout 300 "$wine" wineboot --init || fail "wineboot failed or timed out"
	timeout 120 "$wineserver" -w || true
fi
[ -f "$WINEPREFIX/system.reg" ] || fail "no Wine prefix at $WINEPREFIX"
# Go 1.22+ needs bcryptprimitives.dll (ProcessPrng), which Wine 8 lacks;
# install the stand-in (.ci/wine/bcryptprimitives.s) unless this Wine has
# its own (a "Wine builtin DLL" in system32).
sys32="$WINEPREFIX/drive_c/windows/system32"
prng="$sys32/bcryptprimitives.dll"
if [ -f "$prng" ] && head -c 128 "$prng" | grep -aq 'Wine builtin DLL'; then
	echo "Wine has its own bcryptprimitives.dll"
else
	mw=x86_64-w64-mingw32
	printf 'LIBRARY advapi32.dll\nEXPORTS\nSystemFunction036\n' >"$tmp/advapi32.def"
	printf 'LIBRARY bcryptprimitives.dll\nEXPORTS\nProcessPrng\n' >"$tmp/bcryptprimitives.def"
	"$mw-dlltool" -d "$tmp/advapi32.def" -l "$tmp/libadvapi32.a"
	"$mw-as" -o "$tmp/prng.o" .ci/wine/bcryptprimitives.s
	"$mw-ld" --dll --no-insert-timestamp -e DllMain -o "$tmp/bcryptprimitives.dll" \
		"$tmp/prng.o" "$tmp/bcryptprimitives.def" "$tmp/libadvapi32.a"
	if ! cmp -s "$tmp/bcryptprimitives.dll" "$prng"; then
		cp "$tmp/bcryptprimitives.dll" "$prng"
		echo "installed the stand-in bcryptprimitives.dll"
	else
		echo "stand-in bcryptprimitives.dll in place"
	fi
fi

section "Go standard library under Wine"
# Since Go 1.25 os.RemoveAll (t.TempDir's clean-up) deletes with
# FileDispositionInformationEx, falling back to the old way only for the
# status codes Windows gives; Wine 8 answers STATUS_NOT_IMPLEMENTED, so
# every clean-up fails with "Invalid function". The test build gets a copy
# of that file with this status added to the fallback list (go test
# -overlay); liangsaibi itself never calls RemoveAll, and the smoke test
# below uses the unchanged standard library.
overlay=()
at="$(go env GOROOT)/src/internal/syscall/windows/at_windows.go"
if [ -f "$at" ] && grep -q 'FileDispositionInformationEx' "$at" && ! grep -q 'STATUS_NOT_IMPLEMENTED\|0xC0000002' "$at"; then
	sed -E 's/^([[:space:]]*)STATUS_NOT_SUPPORTED:/\1STATUS_NOT_SUPPORTED, NTStatus(0xC0000002):/' "$at" >"$tmp/at_windows.go"
	grep -q 'NTStatus(0xC0000002)' "$tmp/at_windows.go" ||
		fail "$at changed: cannot add Wine's STATUS_NOT_IMPLEMENTED to Deleteat's fallback"
	printf '{"Replace":{"%s":"%s"}}\n' "$at" "$tmp/at_windows.go" >"$tmp/overlay.json"
	overlay=(-overlay "$tmp/overlay.json")
	echo "Deleteat falls back on STATUS_NOT_IMPLEMENTED (test build only)"
else
	echo "no change needed"
fi

section "tests under Wine (GOOS=windows GOARCH=amd64)"
# tui is left out: its watcher tests are being rewritten.
wine_test() {
	GOOS=windows GOARCH=amd64 timeout 1200 go test -count=1 -timeout 15m "${overlay[@]}" \
		-exec "$repo/.ci/wine-exec.sh" "$@" 2>&1 | tee "$tmp/wine-test.log"
}
if ! wine_test ./data/... ./scoring/... ./display/... ./cmd/...; then
	# Wine sometimes fails to start a process under load ("fork/exec …:
	# Internal error"), which no code of ours can cause: only then, the
	# packages that failed run once more; any other failure stands.
	grep -q 'fork/exec .*Internal error' "$tmp/wine-test.log" || fail "tests failed under Wine"
	mapfile -t again < <(sed -n 's#^FAIL\tliangsaibi/\([^ \t]*\).*#./\1#p' "$tmp/wine-test.log" | sort -u)
	[ "${#again[@]}" -gt 0 ] || fail "tests failed under Wine"
	echo "Wine could not start a process; once more: ${again[*]}"
	wine_test "${again[@]}" || fail "tests failed under Wine, twice"
fi

section "smoke: liangsaibi.exe under Wine against the Linux build"
GOOS=windows GOARCH=amd64 go build -trimpath -o "$tmp/liangsaibi.exe" ./cmd/liangsaibi
go build -trimpath -o "$tmp/liangsaibi" ./cmd/liangsaibi
mkdir -p "$tmp/win" "$tmp/lin"
win() { (cd "$tmp/win" && timeout 120 "$repo/.ci/wine-exec.sh" "$tmp/liangsaibi.exe" "$@"); }
lin() { (cd "$tmp/lin" && "$tmp/liangsaibi" "$@"); }
# same NAME ARGS...: both binaries exit alike and print the same bytes.
same() {
	local name="$1" wc=0 lc=0
	shift
	win "$@" >"$tmp/win/$name.out" 2>"$tmp/win/$name.err" || wc=$?
	lin "$@" >"$tmp/lin/$name.out" 2>"$tmp/lin/$name.err" || lc=$?
	[ "$wc" = "$lc" ] || fail "$name: exit $wc on Windows, $lc on Linux: $(cat "$tmp/win/$name.err")"
	cmp "$tmp/win/$name.out" "$tmp/lin/$name.out" || fail "$name: stdout differs"
	cmp "$tmp/win/$name.err" "$tmp/lin/$name.err" || fail "$name: stderr differs"
	echo "  $name: exit $wc, same output"
}
# sameFile NAME: a file both wrote is the same.
sameFile() {
	cmp "$tmp/win/$1" "$tmp/lin/$1" || fail "$1 differs"
	echo "  $1: same"
}
# sameBut NAME PATTERN: the same but for the lines matching PATTERN (a time
# of writing: the two runs may fall in different seconds).
sameBut() {
	cmp <(grep -v -- "$2" "$tmp/win/$1") <(grep -v -- "$2" "$tmp/lin/$1") || fail "$1 differs"
	grep -q -- "$2" "$tmp/win/$1" || fail "$1 has no line matching $2"
	echo "  $1: same but for its time of writing"
}
same demo demo -o d.yaml
sameFile d.yaml
sameFile demo.prev.yaml
same rank-json rank d.yaml --format json
same rank-table rank d.yaml
grep -q '建设路街道' "$tmp/win/rank-table.out" || fail "rank table has no 建设路街道"
same rank-csv rank d.yaml --format csv
same validate validate d.yaml
printf 'version: 2\nstreets: [\n' >"$tmp/win/bad.yaml"
cp "$tmp/win/bad.yaml" "$tmp/lin/bad.yaml"
same validate-bad validate bad.yaml
[ -s "$tmp/win/validate-bad.out" ] || [ -s "$tmp/win/validate-bad.err" ] || fail "validate-bad: no message"
# A Chinese file name through the command line and the Windows file API.
cp "$tmp/win/d.yaml" "$tmp/win/示例.yaml"
cp "$tmp/lin/d.yaml" "$tmp/lin/示例.yaml"
same rank-chinese-name rank 示例.yaml --format json
same export-csv export d.yaml -o 排名.csv
sameFile 排名.csv
same export-gbk export d.yaml -o gbk.csv --encoding gb18030
sameFile gbk.csv
same export-csv-again export d.yaml -o 排名.csv
sameFile 排名-1.csv
same export-md export d.yaml -o 通报.md
sameBut 通报.md '^导出时间：'
same export-xlsx export d.yaml -o 排名.xlsx
# An xlsx holds its time of writing: check it is a zip of real size.
[ "$(head -c 4 "$tmp/win/排名.xlsx" | od -An -tx1 | tr -d ' ')" = 504b0304 ] || fail "排名.xlsx is not a zip file"
size="$(wc -c <"$tmp/win/排名.xlsx")"
[ "$size" -gt 10000 ] || fail "排名.xlsx is only $size bytes"
echo "  排名.xlsx: zip, $size bytes"

section "windows checks passed in ${SECONDS}s"
