#!/usr/bin/env bash
# End-to-end test of the judges' phones (issue 14), on the loopback only:
# `liangsaibi serve` in a real terminal at 80x24, in Chinese; a judge's
# submission (as the page sends it) shows in the console and reaches the
# file; a closed street refuses; then the Go browser test (headless
# Chromium) and the load test with kill -9. Screenshots go to
# $LIANGSAIBI_SHOTS (default: a folder printed at the end).
# Usage: LIANGSAIBI_BIN=bin/liangsaibi bash .ci/e2e-web.sh
set -euo pipefail

E2E_NAME=e2e-web
. "$(dirname "$0")/e2e-lib.sh"
repo="$(cd "$(dirname "$0")/.." && pwd)"

fail() {
	echo "e2e-web FAIL: $*" >&2
	exit 1
}
screen() { pane "$1"; }
expect() { wait_for "$1" "$2"; }

cp "$repo/testdata/spec/example.yaml" "$repo/testdata/spec/example.prev.yaml" "$work/"
chmod u+w "$work"/example*.yaml # a read-only copy would open view-only
port=$((20000 + $$ % 20000))
tm new-session -d -s serve -x 80 -y 24 -c "$work" "LIANGSAIBI_LANG=zh $BIN serve example.yaml --addr 127.0.0.1:$port --operator 值班员"
expect serve "评委手机打分"
expect serve "http://127.0.0.1:$port/j/"
link="$(screen serve | grep -o "http://127.0.0.1:$port/j/[A-Za-z0-9_-]*" | head -1)"
token="$(curl -fsS "$link" | grep -o 'name="token" content="[^"]*"' | sed 's/.*content="//; s/"$//')"
[ -n "$token" ] || fail "the judge's page has no form token"

# A submission as the judge's page sends it: shown in the console, in the file after quitting.
curl -fsS -X POST -H 'Content-Type: application/json' -H "X-Token: $token" \
	-d '{"street":"xushui","values":{"show.results":"15.5","compete.talk":"9"}}' "$link/submit" | grep -q '"ok":true' ||
	fail "the submission was not acknowledged"
expect serve "评委甲 提交了 须水街道"
expect serve "✓"

# Close 桐柏路街道 (the first street) in the console: a late submission is refused, with the reason.
tm send-keys -t serve o
expect serve "桐柏路街道 关闭评分"
answer="$(curl -sS -X POST -H 'Content-Type: application/json' -H "X-Token: $token" \
	-d '{"street":"tongbailu","values":{"show.results":"1","compete.talk":"1"}}' "$link/submit")"
echo "$answer" | grep -q '已关闭' || fail "a late submission was not refused: $answer"
expect serve "已拒绝"

# A wrong secret gets nothing.
code="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/j/wrong-secret")"
[ "$code" = 404 ] || fail "a wrong link answered $code"

# Quit through the dashboard (Esc, then q): the scores are in the file and the audit names the judge.
tm send-keys -t serve Escape
sleep 0.5
tm send-keys -t serve q
for ((i = 0; i < WAIT * 10; i++)); do
	tm has-session -t serve 2>/dev/null || break
	sleep 0.1
done
grep -q 'compete.talk: \[9,' "$work/example.yaml" || fail "the phone's score is not in the file"
grep -q 'phone@127.0.0.1' "$work/example.yaml.audit.jsonl" || fail "the audit does not name the phone"
grep -q '评委甲' "$work/example.yaml.audit.jsonl" || fail "the audit does not name the judge"

# The laptop restarts: serve again, the same link (same port) still works
# and the console is as it was (also after kill -9); withdraw the link with
# k, restart once more, and it stays withdrawn.
quit_serve() {
	tm send-keys -t serve Escape
	sleep 0.5
	tm send-keys -t serve q
	for ((i = 0; i < WAIT * 10; i++)); do
		tm has-session -t serve 2>/dev/null || return 0
		sleep 0.1
	done
	fail "serve did not quit"
}
[ "$(stat -c %a "$work/example.yaml.links.json")" = 600 ] || fail "the links file is not 0600"
tm new-session -d -s serve -x 80 -y 24 -c "$work" "LIANGSAIBI_LANG=zh $BIN serve example.yaml --addr 127.0.0.1:$port --operator 值班员"
expect serve "沿用本轮已发的评委链接"
code="$(curl -s -o /dev/null -w '%{http_code}' "$link")"
[ "$code" = 200 ] || fail "the judge's link answered $code after a restart"

# The console is as staff left it: 桐柏路街道 still closed (a late phone
# submission is refused), 评委甲's 须水街道 still shown with its time.
expect serve "已恢复控制台状态：1 个街道已关闭"
expect serve "已从审计记录恢复 1 份手机提交"
screen serve | grep '桐柏路街道' | grep -q '关闭' || { screen serve >&2; fail "桐柏路街道 is open again after a restart"; }
screen serve | grep '须水街道' | grep -q '✓' || { screen serve >&2; fail "评委甲's submission for 须水街道 is not shown after a restart"; }
answer="$(curl -sS -X POST -H 'Content-Type: application/json' -H "X-Token: $token" \
	-d '{"street":"tongbailu","values":{"show.results":"2","compete.talk":"2"}}' "$link/submit")"
echo "$answer" | grep -q '已关闭' || fail "a submission for a street closed before the restart was not refused: $answer"

# Return 评委甲's 须水街道 (third row) with a reason, then kill -9 serve:
# the return and its reason come back with the next serve.
tm send-keys -t serve Down Down b
expect serve "退回 评委甲 的 须水街道，原因："
tm send-keys -t serve -l "请核对现场汇报"
tm send-keys -t serve Enter
expect serve "已退回 评委甲 的 须水街道：请核对现场汇报"
pid="$(tm display -p -t serve '#{pane_pid}')"
[ "$(cat "/proc/$pid/comm")" = liangsaibi ] || pid="$(pgrep -P "$pid" -x liangsaibi)"
kill -9 "$pid"
for ((i = 0; i < WAIT * 10; i++)); do
	tm has-session -t serve 2>/dev/null || break
	sleep 0.1
done
tm new-session -d -s serve -x 80 -y 24 -c "$work" "LIANGSAIBI_LANG=zh $BIN serve example.yaml --addr 127.0.0.1:$port --operator 值班员"
expect serve "已恢复控制台状态：1 个街道已关闭，答辩中：—，1 份退回"
screen serve | grep '须水街道' | grep -q '退回' || { screen serve >&2; fail "the return is forgotten after kill -9"; }
page="$(curl -s -m 3 "$link/events" || true)" # the stream stays open: cut after 3 s
echo "$page" | grep -q '"returned":"请核对现场汇报"' || fail "the judge's page lost the return after kill -9: $page"
tm send-keys -t serve Up Up
tm send-keys -t serve k
expect serve "评委甲 的链接已作废"
quit_serve
tm new-session -d -s serve -x 80 -y 24 -c "$work" "LIANGSAIBI_LANG=zh $BIN serve example.yaml --addr 127.0.0.1:$port --operator 值班员"
expect serve "评委甲 的链接已作废"
code="$(curl -s -o /dev/null -w '%{http_code}' "$link")"
[ "$code" = 404 ] || fail "a withdrawn link answered $code after a restart"
quit_serve

# The real browser and the load (chromium from Debian; installed when missing).
if ! command -v chromium >/dev/null 2>&1; then
	(apt-get update -qq && apt-get install -y -qq chromium) >/dev/null 2>&1 || echo "e2e-web: chromium could not be installed; the browser test will skip" >&2
fi
shots="${LIANGSAIBI_SHOTS:-$work/../liangsaibi-shots}"
mkdir -p "$shots"
(cd "$repo" && LIANGSAIBI_SHOTS="$shots" go test ./web -run 'TestBrowser|TestLoadKill9' -count=1 -v) | grep -E '^(=== RUN|--- |\s+\S+_test.go|ok|FAIL|PASS)'
echo "e2e-web: ok (screenshots in $shots)"
