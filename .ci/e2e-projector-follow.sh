#!/usr/bin/env bash
# End-to-end test of the projector as a follower (issue 13): a dashboard
# writes, `liangsaibi project` in a second tmux window shows the typed
# score live (from the journal, before the file is saved), never takes the
# lock, and goes on after the dashboard quits.
# Usage: LIANGSAIBI_BIN=bin/liangsaibi bash .ci/e2e-projector-follow.sh
set -euo pipefail

E2E_NAME=e2e-projector-follow
. "$(dirname "$0")/e2e-lib.sh"

fail() {
	echo "e2e-projector-follow FAIL: $*" >&2
	exit 1
}
screen() { pane "$1"; }
expect() { # session text [absent]
	local i
	for ((i = 0; i < WAIT * 10; i++)); do
		if [ "${3:-}" = absent ]; then
			screen "$1" | grep -qF -- "$2" || return 0
		else
			screen "$1" | grep -qF -- "$2" && return 0
		fi
		sleep 0.1
	done
	screen "$1" >&2
	fail "$1: \"$2\" ${3:-not shown} after ${WAIT}s"
}

"$BIN" demo -o "$work/comp.yaml" >/dev/null
before="$("$BIN" rank "$work/comp.yaml" 2>/dev/null | grep 西流湖街道 | grep -oE '[0-9]+\.[0-9]{2}' | head -1)"
tm new-session -d -s a -x 120 -y 35 -c "$work" \
	"env TERM=xterm-256color LANG=C.UTF-8 $(printf '%q' "$BIN") comp.yaml --operator 甲; echo EXIT=\$? > exit-a; sleep 86400"
expect a "排名"
tm new-session -d -s p -x 120 -y 35 -c "$work" \
	"env TERM=xterm-256color LANG=C.UTF-8 $(printf '%q' "$BIN") project comp.yaml; sleep 86400"
expect p "● 实时"
expect p "$before"
tm send-keys -t a 4
expect a "按街道录入"
tm send-keys -t a s
expect a "选择街道"
tm send-keys -t a End Enter
expect a "按街道录入 · 西流湖街道"
# The last row is the written test (a direct score): it moves the total.
tm send-keys -t a End 5 0 Enter
expect a "= 50"
expect a "已保存：西流湖街道 · "
# Shown from the journal before any save: the old total goes at once.
expect p "$before" absent
echo "  the projector dropped the old total $before"
for ((i = 0; i < WAIT * 10; i++)); do
	after="$("$BIN" rank "$work/comp.yaml" 2>/dev/null | grep 西流湖街道 | grep -oE '[0-9]+\.[0-9]{2}' | head -1)"
	[ "$after" != "$before" ] && break
	sleep 0.1
done
[ "$after" != "$before" ] || fail "the dashboard never saved the score"
expect p "$after"
echo "  the projector shows the new total $after"
tm send-keys -t a q
for ((i = 0; i < WAIT * 10; i++)); do [ -f "$work/exit-a" ] && break; sleep 0.1; done
grep -qx 'EXIT=0' "$work/exit-a" || fail "quit a: $(cat "$work/exit-a" 2>/dev/null)"
# The projector holds no lock: a new dashboard writes.
tm new-session -d -s b -x 120 -y 35 -c "$work" \
	"env TERM=xterm-256color LANG=C.UTF-8 $(printf '%q' "$BIN") comp.yaml --operator 乙; sleep 86400"
expect b "排名"
tm send-keys -t b 4
expect b "按街道录入"
screen b | grep -qF "文件正由" && fail "the projector holds the file"
expect p "$after"
echo "e2e-projector-follow ok"
