#!/usr/bin/env bash
# End-to-end test of review (复核) and sealing (issue 15) in a real terminal
# at 80×24, in Chinese: 甲 enters a score and cannot confirm it; 乙 opens the
# file, confirms the sheet, is killed with SIGKILL and finds the review
# still there; a round is sealed with S y, refuses a score, and `verify` and
# `audit --verify` check it; a hand edit is named.
# Usage: LIANGSAIBI_BIN=bin/liangsaibi bash .ci/e2e-seal.sh
set -euo pipefail

E2E_NAME=e2e-seal
. "$(dirname "$0")/e2e-lib.sh"

fail() {
	echo "e2e-seal FAIL: $*" >&2
	exit 1
}
screen() { pane seal; }
expect() { wait_for seal "$1"; }
start() { # FILE OPERATOR
	rm -f "$work/exit"
	tm new-session -d -s seal -x 80 -y 24 -c "$work" \
		"env TERM=xterm-256color LANG=C.UTF-8 $(printf '%q' "$BIN") $1 --operator $2; echo EXIT=\$? > exit; sleep 86400"
	expect "排名"
}
stop() {
	tm send-keys -t seal q
	for ((i = 0; i < WAIT * 10; i++)); do [ -f "$work/exit" ] && break; sleep 0.1; done
	tm kill-session -t seal
}
open_street() { # the last street, 西流湖街道
	tm send-keys -t seal 4
	expect "按街道录入"
	tm send-keys -t seal s
	expect "选择街道"
	tm send-keys -t seal End Enter
	expect "按街道录入 · 西流湖街道"
}

"$BIN" demo -o "$work/r.yaml" >/dev/null
sed -i 's/^rules:/rules:\n  review: confirm/' "$work/r.yaml"
grep -q '^  review: confirm' "$work/r.yaml" || fail "could not set rules.review"
cp "$work/r.yaml" "$work/s.yaml"
sed -i '/^  review: confirm/d' "$work/s.yaml"

# 甲 enters a score and may not confirm it.
start r.yaml 甲
expect "待复核"
open_street
tm send-keys -t seal 6 Enter Left
expect "6?"
tm send-keys -t seal c
expect "不能复核自己录入的分数"
echo "  甲 cannot confirm 甲's own score"
stop

# 乙 confirms the sheet, is killed, and the review is still there.
start r.yaml 乙
open_street
tm send-keys -t seal C
expect "本表：待复核 0"
shell="$(tm display-message -p -t seal '#{pane_pid}')"
kill -9 "$(pgrep -P "$shell" -x "$(basename "$BIN")")"
tm kill-session -t seal
start r.yaml 丙
open_street
expect "本表：待复核 0，已复核 55"
expect "6✓"
echo "  乙's review survived SIGKILL"
stop

# Sealing from the dashboard: S asks, y seals; a score is then refused.
start s.yaml 甲
tm send-keys -t seal S
expect "按 y 确认"
tm send-keys -t seal y
expect "已封存 校验码"
open_street
tm send-keys -t seal 7 Enter
expect "已封存（校验码"
echo "  sealed with S y; a score is refused"
stop
digest="$(grep -o '"digest":"[0-9a-f]*"' "$work/s.yaml.audit.jsonl" | tail -1 | cut -d'"' -f4)"
[ ${#digest} -eq 64 ] || fail "no seal in the audit log"
(cd "$work" && "$BIN" verify s.yaml --digest "${digest:0:8}") | grep -q '^一致' || fail "verify does not match"
(cd "$work" && "$BIN" audit s.yaml --verify) | grep -q '^结论：未发现篡改$' || fail "audit --verify of the sealed round"
(cd "$work" && "$BIN" audit r.yaml --verify) | grep -q '^结论：未发现篡改$' || fail "audit --verify of the reviewed round"

# A score changed by hand is named.
sed -i 's/liang.party: \[7.5, 7.5, 8, 8, 7.5, 7.5, 7.5\]/liang.party: [7.5, 7.5, 8, 8, 7.5, 7.5, 9.5]/' "$work/s.yaml"
out="$(cd "$work" && "$BIN" audit s.yaml --verify || true)"
echo "$out" | grep -q '西流湖街道 · 抓党建工作实绩 · 评委七 文件中为 9.5' || { echo "$out" >&2; fail "the hand edit is not named"; }
echo "  audit --verify names the hand edit"
echo "e2e-seal: ok"
