#!/usr/bin/env bash
# End-to-end test of score entry (issue 4) in a real terminal: open a copy
# of a competition file, type scores on the 录入 tab, kill the program with
# SIGKILL once the screen says 已保存, start it again and find the scores on
# screen, then quit cleanly and find them in the file and the audit log.
# Usage: LIANGSAIBI_BIN=bin/liangsaibi bash .ci/e2e-entry.sh
set -euo pipefail

E2E_NAME=e2e-entry
. "$(dirname "$0")/e2e-lib.sh"

fail() {
	echo "e2e-entry FAIL: $*" >&2
	exit 1
}
screen() { pane entry; }
expect() { wait_for entry "$1"; }
start() {
	rm -f "$work/exit"
	tm new-session -d -s entry -x 120 -y 35 -c "$work" \
		"env TERM=xterm-256color LANG=C.UTF-8 $(printf '%q' "$BIN") comp.yaml --operator e2e测试; echo EXIT=\$? > exit; sleep 86400"
	expect "排名"
}
# The program's pid: the child of the pane's shell.
program_pid() {
	local shell
	shell="$(tm display-message -p -t entry '#{pane_pid}')"
	pgrep -P "$shell" -x liangsaibi || fail "liangsaibi is not running"
}
# Go to the entry tab and to the street 西流湖街道 (last in the picker).
open_street() {
	tm send-keys -t entry 4
	expect "按街道录入"
	tm send-keys -t entry s
	expect "选择街道"
	tm send-keys -t entry End Enter
	expect "按街道录入 · 西流湖街道"
}

"$BIN" demo -o "$work/comp.yaml" >/dev/null
cp "$work/comp.yaml" "$work/original.yaml"
grep -q 'liang.party: \[7.5, 7.5, 8, 8, 7.5, 7.5, 7.5\]' "$work/comp.yaml" ||
	fail "the demo changed: update this script's expected scores"

start
open_street
# Three judges' scores for 抓党建工作实绩.
tm send-keys -t entry 6 Enter 6.5 Enter 3.25 Enter
expect "已保存：西流湖街道 · 抓党建工作实绩 · 评委三 = 3.25"
kill -9 "$(program_pid)"
for ((i = 0; i < WAIT * 10; i++)); do [ -f "$work/exit" ] && break; sleep 0.1; done
grep -q 'EXIT=137' "$work/exit" || fail "expected the SIGKILL exit, got $(cat "$work/exit" 2>/dev/null)"
echo "  killed after 已保存"
tm kill-session -t entry

start
# Unless the idle autosave came first, the journal replays them on start.
if cmp -s "$work/original.yaml" "$work/comp.yaml"; then
	expect "已恢复 3 条未保存的录入"
fi
open_street
expect "西流湖街道 · 抓党建工作实绩：保留 6 6.5 7.5 7.5 7.5 · 去掉 3.25 8"
echo "  the scores are back after SIGKILL"
tm send-keys -t entry 12 Enter # refused: the maximum is 10
expect "超出范围"
tm send-keys -t entry q
for ((i = 0; i < WAIT * 10; i++)); do [ -f "$work/exit" ] && break; sleep 0.1; done
grep -qx 'EXIT=0' "$work/exit" || fail "quit: $(cat "$work/exit" 2>/dev/null)"

grep -q 'liang.party: \[6, 6.5, 3.25, 8, 7.5, 7.5, 7.5\]' "$work/comp.yaml" || {
	diff "$work/original.yaml" "$work/comp.yaml" >&2 || true
	fail "the scores are not in the file after q"
}
changed="$(diff "$work/original.yaml" "$work/comp.yaml" | grep -c '^>' || true)"
[ "$changed" = 1 ] || fail "expected exactly one changed line in the file, got $changed"
"$BIN" audit "$work/comp.yaml" >"$work/audit.txt"
grep -q 'e2e测试.*西流湖街道.*抓党建工作实绩.*评委三.*8 → 3.25' "$work/audit.txt" || {
	cat "$work/audit.txt" >&2
	fail "audit does not list the entry"
}
echo "  file and audit log hold the scores after q"

# Issue 13: ] from a finished street lands on the first EMPTY cell of the
# next unfinished one (航海西路街道: 现场答辩, 评委五), not on a filled cell of
# the last row; full-width digits and 。 from an input method are scores;
# a letter is refused as it is typed.
grep -q 'sai.qa: \[8, 7.5, 8.5, 8, ~, ~, ~\]' "$work/comp.yaml" ||
	fail "the demo changed: 航海西路街道's sai.qa is not [8, 7.5, 8.5, 8, ~, ~, ~]"
tm kill-session -t entry
start
open_street
expect "本街道已录完，按 ] 到下一个未录完的街道：航海西路街道"
tm send-keys -t entry ']'
expect "按街道录入 · 航海西路街道"
tm send-keys -t entry '８．５' Enter
expect "已保存：航海西路街道 · 现场答辩 · 评委五 = 8.5"
tm send-keys -t entry '7。5' Enter
expect "已保存：航海西路街道 · 现场答辩 · 评委六 = 7.5"
tm send-keys -t entry 8 a
expect "“a”不能输入"
tm send-keys -t entry Escape
sleep 0.3
tm send-keys -t entry q
for ((i = 0; i < WAIT * 10; i++)); do [ -f "$work/exit" ] && break; sleep 0.1; done
grep -qx 'EXIT=0' "$work/exit" || fail "quit: $(cat "$work/exit" 2>/dev/null)"
grep -q 'sai.qa: \[8, 7.5, 8.5, 8, 8.5, 7.5, ~\]' "$work/comp.yaml" || {
	grep -n 'sai.qa' "$work/comp.yaml" >&2 || true
	fail "] and the full-width digits did not put 8.5 and 7.5 into 航海西路街道's empty cells"
}
echo "  ] lands on the first empty cell; ８．５ and 7。5 are scores; a letter is refused as typed"
echo "e2e-entry ok"
