#!/usr/bin/env bash
# End-to-end test of the first frame (issue 18): a city file's dashboard,
# opened a second time, shows the rankings of its last load at once with
# the loading line, then the real state; a changed file shows no preview;
# LIANGSAIBI_NO_CACHE=1 writes nothing. Real terminal (tmux), 80×24, Chinese.
#   LIANGSAIBI_BIN=path/to/liangsaibi bash .ci/e2e-frame.sh
set -euo pipefail

E2E_NAME=e2e-frame
. "$(dirname "$0")/e2e-lib.sh"

fail() {
	echo "e2e-frame FAIL: $*" >&2
	echo "----- screen -----" >&2
	pane frame >&2
	exit 1
}

cd "$work"
export XDG_CACHE_HOME="$work/cache" # the cache goes here, not into the user's
cache="$XDG_CACHE_HOME/liangsaibi"
"$BIN" gen --streets 3000 --judges 7 --items 20 -o city.yaml >/dev/null
first=林山寨112社区 loading=正在读取比赛数据 ready="按 ? 查看全部按键"

# open starts the dashboard of city.yaml in session frame.
open() {
	tm kill-session -t frame 2>/dev/null || true
	tm new-session -d -s frame -x 80 -y 24 "env XDG_CACHE_HOME='$XDG_CACHE_HOME' $* '$BIN' city.yaml"
}

# quit leaves the dashboard and waits until it has gone.
quit() {
	tm send-keys -t frame q
	local i
	for ((i = 0; i < WAIT * 10; i++)); do
		tm has-session -t frame 2>/dev/null || return 0
		sleep 0.1
	done
	fail "the dashboard did not quit"
}

# first_screen prints the first screen showing either the rankings or the
# loading line, and then waits for the real state.
first_screen() {
	local i s
	for ((i = 0; i < WAIT * 50; i++)); do
		s=$(pane frame)
		if grep -qF "$first" <<<"$s" || grep -qF "$loading" <<<"$s"; then
			printf '%s\n' "$s"
			wait_for frame "$ready"
			return 0
		fi
		sleep 0.02
	done
	fail "nothing shown within ${WAIT}s"
}

open
s=$(first_screen)
grep -qF "$first" <<<"$s" && fail "rankings before anything was kept: $s"
quit
n=$(find "$cache" -name '*.frame' | wc -l)
((n == 1)) || fail "expected one cache entry after the first load, found $n"
[[ $(stat -c %a "$cache") == 700 ]] || fail "cache folder mode $(stat -c %a "$cache")"
[[ $(stat -c %a "$cache"/*.frame) == 600 ]] || fail "cache entry mode $(stat -c %a "$cache"/*.frame)"
echo "  first load: the spinner, then the rankings; one private cache entry"

# first_rankings prints the first whole screen showing the rankings, with
# the loading line or the ready one (a large file's first frame is the
# spinner, before the kept rankings are read; a capture can land while a
# frame is half written), and then waits for the real state.
first_rankings() {
	local i s
	for ((i = 0; i < WAIT * 50; i++)); do
		s=$(pane frame)
		if grep -qF "$first" <<<"$s" && grep -qF -e "$loading" -e "$ready" <<<"$s"; then
			printf '%s\n' "$s"
			wait_for frame "$ready"
			return 0
		fi
		sleep 0.02
	done
	fail "no rankings within ${WAIT}s"
}

open
s=$(first_rankings)
grep -qF "$loading" <<<"$s" ||
	fail "the second start did not show the kept rankings with the loading line: $s"
pane frame | grep -qF "$loading" && fail "still loading after the real state"
quit
echo "  second load: the kept rankings at once, with the loading line, then the real state"

printf '\n# 改过\n' >>city.yaml
open
s=$(first_screen)
grep -qF "$first" <<<"$s" && fail "a changed file showed the rankings kept for the old one: $s"
quit
echo "  a changed file: no preview"

rm -rf "$cache"
open LIANGSAIBI_NO_CACHE=1
wait_for frame "$ready"
quit
[[ ! -e $cache ]] || fail "LIANGSAIBI_NO_CACHE=1 wrote $(ls "$cache")"
echo "  LIANGSAIBI_NO_CACHE=1: nothing kept"
echo "e2e-frame: ok"
