#!/usr/bin/env bash
# End-to-end test of settling a conflict (issue 13): a score is typed in
# the dashboard and, before it is saved, the same cell is changed in the
# file by another program (sed -i). The dashboard saves nothing, lists the
# conflict (我的 50 / 文件中 66), and `a` keeps the typed score, which is
# then written into the file and recorded in the audit log.
# Usage: LIANGSAIBI_BIN=bin/liangsaibi bash .ci/e2e-conflict.sh
set -euo pipefail

E2E_NAME=e2e-conflict
. "$(dirname "$0")/e2e-lib.sh"

fail() {
	echo "e2e-conflict FAIL: $*" >&2
	exit 1
}
screen() { pane "$1"; }
expect() { wait_for "$1" "$2"; }

"$BIN" demo -o "$work/comp.yaml" >/dev/null
grep -q 'test.paper: 80.5' "$work/comp.yaml" || fail "the demo changed: no 西流湖街道 test.paper: 80.5"
tm new-session -d -s a -x 80 -y 24 -c "$work" \
	"env TERM=xterm-256color LANG=C.UTF-8 $(printf '%q' "$BIN") comp.yaml --operator 甲; sleep 86400"
expect a "排名"
tm send-keys -t a 4
expect a "按街道录入"
tm send-keys -t a s
expect a "选择街道"
tm send-keys -t a End Enter
expect a "按街道录入 · 西流湖街道"
tm send-keys -t a End 5 0 Enter
expect a "= 50"
# Within the 2 s before the autosave: the same cell, in the file.
sed -i 's/test.paper: 80.5/test.paper: 66/' "$work/comp.yaml"
expect a "1 处分数在文件中也被改过"
sleep 3 # an autosave would have run by now
grep -q 'test.paper: 66' "$work/comp.yaml" || fail "the dashboard wrote over the outside edit"
tm send-keys -t a b
expect a "西流湖街道 · 知识测试：我的 50 / 文件中 66"
expect a "a 保留我的"
tm send-keys -t a a
expect a "冲突已处理"
for ((i = 0; i < WAIT * 10; i++)); do
	grep -q 'test.paper: 50' "$work/comp.yaml" && break
	sleep 0.1
done
grep -q 'test.paper: 50' "$work/comp.yaml" || fail "the kept score is not in the file"
grep -q '"resolve.mine"' "$work/comp.yaml.audit.jsonl" || fail "the audit log lacks the resolution"
ls "$work" | grep -q conflict && fail "a conflict copy was written"
echo "e2e-conflict ok"
