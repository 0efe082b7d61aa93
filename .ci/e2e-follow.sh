#!/usr/bin/env bash
# End-to-end test of following (issue 13) in a real terminal: two
# dashboards on one file. Type in the first, the second shows it live and
# names the first by operator; quit the first, take over in the second
# with Enter, type there, quit, and find both scores in the file.
# Usage: LIANGSAIBI_BIN=bin/liangsaibi bash .ci/e2e-follow.sh
set -euo pipefail

E2E_NAME=e2e-follow
. "$(dirname "$0")/e2e-lib.sh"

fail() {
	echo "e2e-follow FAIL: $*" >&2
	exit 1
}
screen() { pane "$1"; }
expect() { wait_for "$1" "$2"; }
start() { # session operator
	tm new-session -d -s "$1" -x 120 -y 35 -c "$work" \
		"env TERM=xterm-256color LANG=C.UTF-8 $(printf '%q' "$BIN") comp.yaml --operator $2; echo EXIT=\$? > exit-$1; sleep 86400"
	expect "$1" "排名"
}
open_street() {
	tm send-keys -t "$1" 4
	expect "$1" "按街道录入"
	tm send-keys -t "$1" s
	expect "$1" "选择街道"
	tm send-keys -t "$1" End Enter
	expect "$1" "按街道录入 · 西流湖街道"
}

"$BIN" demo -o "$work/comp.yaml" >/dev/null
start a 甲
start b 乙
expect b "文件正由 甲 录入"
open_street a
open_street b
tm send-keys -t a 6 Enter
expect a "已保存：西流湖街道 · 抓党建工作实绩 · 评委一 = 6"
expect b "西流湖街道 · 抓党建工作实绩：保留 7.5 8 7.5 7.5 7.5 · 去掉 6 8"
echo "  the follower shows the score typed in the writer"
tm send-keys -t a q
for ((i = 0; i < WAIT * 10; i++)); do [ -f "$work/exit-a" ] && break; sleep 0.1; done
grep -qx 'EXIT=0' "$work/exit-a" || fail "quit a: $(cat "$work/exit-a" 2>/dev/null)"
expect b "甲 已退出录入：按 Enter 接管录入"
tm send-keys -t b Enter
expect b "已接管录入"
tm send-keys -t b Right 5 Enter
expect b "已保存：西流湖街道 · 抓党建工作实绩 · 评委二 = 5"
echo "  took over in place and typed there"
tm send-keys -t b q
for ((i = 0; i < WAIT * 10; i++)); do [ -f "$work/exit-b" ] && break; sleep 0.1; done
grep -qx 'EXIT=0' "$work/exit-b" || fail "quit b: $(cat "$work/exit-b" 2>/dev/null)"
grep -q 'liang.party: \[6, 5, 8, 8, 7.5, 7.5, 7.5\]' "$work/comp.yaml" || {
	grep 'liang.party' "$work/comp.yaml" >&2
	fail "the file does not hold both scores"
}
echo "e2e-follow ok"
