#!/usr/bin/env bash
# A whole round as a new staff member runs it (issue 19), in Chinese, at
# 80×24 and at 200×60: init (a template edited down to three streets and
# three judges), validate, the dashboard (scores typed on the 录入 tab,
# help, the projector, the export dialog), export, judges' sheets out and
# back in with import, audit. Checks the words on the way: no ~ in the
# grid, no 保留 无, file names with a readable time, legends that explain
# only what is on screen, help that lists only keys that work.
# Usage: LIANGSAIBI_BIN=bin/liangsaibi bash .ci/e2e-round.sh
set -euo pipefail

E2E_NAME=e2e-round
. "$(dirname "$0")/e2e-lib.sh"

fail() {
	echo "e2e-round FAIL ($size): $*" >&2
	exit 1
}
screen() { pane round; }
expect() { wait_for round "$1"; }
absent() {
	if screen | grep -qF -- "$1"; then
		screen >&2
		fail "shows \"$1\""
	fi
}
run() { (cd "$dir" && LANG=C.UTF-8 "$BIN" "$@"); }

for size in 80x24 200x60; do
	w="${size%x*}"
	h="${size#*x}"
	dir="$work/$size"
	mkdir -p "$dir"

	# A file that is not there: the message says so and how to make one.
	out="$(run rank 本季度.yaml 2>&1 || true)"
	grep -qF '找不到这个文件' <<<"$out" || fail "missing file: $out"
	grep -qF 'liangsaibi init 本季度.yaml' <<<"$out" || fail "no init hint: $out"

	run init 本季度.yaml >/dev/null
	# The template's two streets and three judges, a third street added, the
	# sample scores dropped: the round starts empty.
	f="$dir/本季度.yaml"
	sed -i '/^scores:/,$d' "$f"
	sed -i 's/^  - {id: xushui, name: 须水街道, group: 城乡接合部}/&\n  - {id: linshanzhai, name: 林山寨街道, group: 城区}/' "$f"
	cat >>"$f" <<'YAML'
scores:
  tongbailu:
    show.redproperty: 2
    show.renovation: 95.5
    test.paper: 86
YAML
	run validate 本季度.yaml >/dev/null || fail "validate: $(run validate 本季度.yaml 2>&1)"

	tm new-session -d -s round -x "$w" -y "$h" -c "$dir" \
		"env TERM=xterm-256color LANG=C.UTF-8 $(printf '%q' "$BIN") 本季度.yaml --operator 小王; sleep 86400"
	expect "排名"
	# First round, streets pending: no ↑↓ in the legend, 待评 explained.
	absent "较上轮"
	absent "上轮没有"
	[ "$h" -lt 30 ] || expect "待评 尚未评完"

	# Entry: tab 4, type three judges' scores for 工作实绩 of 桐柏路街道.
	tm send-keys -t round 4
	expect "按街道录入"
	absent "~"
	expect "未评"
	tm send-keys -t round 17 Enter 18.5 Enter 16 Enter
	expect "已保存："
	# Out of range: a plain sentence without a stray space.
	expect "▸现场汇报"
	tm send-keys -t round 11 Enter
	expect "的分数应在 0 到 10 之间"
	# Once on the screen: the note under the grid, not again in the status line.
	[ "$(screen | grep -cF '的分数应在 0 到 10 之间')" = 1 ] || { screen >&2; fail "the message is shown more than once"; }
	absent " 的分数"
	absent "保留 无"
	# The help lists only what works here: digits type, so no 1-8 and no 6/p.
	tm send-keys -t round '?'
	expect "Shift+Tab"
	expect "0-9"
	absent "1-8"
	absent "6/p"
	tm send-keys -t round '?'
	sleep 0.3
	absent "Shift+Tab"
	# The by-judge layout: still no ~.
	tm send-keys -t round m
	expect "按评委录入"
	absent "~"
	tm send-keys -t round m

	# The projector beside it: p opens it, Esc comes back.
	tm send-keys -t round p
	expect "Esc 返回"
	expect "待评 4/6"
	tm send-keys -t round Escape
	expect "按街道录入"
	sleep 0.3

	# The / filter finds a street by its pinyin initials and by its id.
	tm send-keys -t round Escape
	expect "名次"
	tm send-keys -t round /
	tm send-keys -t round xs
	expect "筛选“xs”：1/3"
	tm send-keys -t round BSpace BSpace xushui
	expect "筛选“xushui”：1/3"
	tm send-keys -t round Escape
	sleep 0.3
	absent "筛选“"

	# The export dialog: a name with a readable time, the base selected so
	# typing replaces it; -GBK for the GB18030 CSV.
	tm send-keys -t round x
	expect "导出排名"
	screen | grep -qE '排名-2026年第一季度-[0-9]{4}-[0-9]{2}-[0-9]{2}-[0-9]{2}时[0-9]{2}分\.xlsx' ||
		{ screen >&2; fail "the proposed name has no readable time"; }
	tm send-keys -t round Right Right
	expect "分-GBK.csv"
	tm send-keys -t round Left Left
	tm send-keys -t round "四季度排名"
	expect "四季度排名.xlsx"
	tm send-keys -t round Enter
	expect "已导出"
	[ -f "$dir/四季度排名.xlsx" ] || fail "the dialog wrote no 四季度排名.xlsx: $(ls "$dir")"
	tm send-keys -t round q
	sleep 1
	tm kill-session -t round

	# The CLI: export, a judge's sheet out and back in, audit.
	run export 本季度.yaml -o 排名.csv >/dev/null || fail "export"
	run sheet 本季度.yaml --judge 评委乙 -o 评委乙.xlsx >/dev/null || fail "sheet"
	run import 本季度.yaml 评委乙.xlsx --yes --operator 小王 >/dev/null || fail "import of an untouched sheet"
	out="$(run sheet 本季度.yaml --judge 评委乙 2>&1)" || fail "sheet without -o: $out"
	grep -qE '评分表-评委乙-[0-9]{4}-[0-9]{2}-[0-9]{2}-[0-9]{2}时[0-9]{2}分\.xlsx' <<<"$out" || fail "sheet name: $out"
	# Streets named as people name them: part of the name, pinyin initials;
	# several matches are listed, a typo gets "did you mean".
	run sheet 本季度.yaml --street 须水 -o 须水.xlsx >/dev/null || fail "sheet --street 须水: $(run sheet 本季度.yaml --street 须水 -o x.xlsx 2>&1)"
	run sheet 本季度.yaml --street xs -o xs.csv >/dev/null || fail "sheet --street xs"
	grep -qF '须水街道,xushui' "$dir/xs.csv" || fail "--street xs is not 须水街道: $(head -3 "$dir/xs.csv")"
	out="$(run sheet 本季度.yaml --street 街道 -o y.csv 2>&1 || true)"
	grep -qF '可以指几个：' <<<"$out" || fail "an ambiguous street: $out"
	out="$(run sheet 本季度.yaml --street xushiu -o y.csv 2>&1 || true)"
	grep -qF '是不是“须水街道”' <<<"$out" || fail "no did-you-mean: $out"
	out="$(run audit 本季度.yaml)"
	grep -qF '小王' <<<"$out" || fail "audit does not name the operator: $out"
	grep -qF '本机键盘' <<<"$out" || fail "audit does not say where a change came from: $out"
	grep -qF '18.5' <<<"$out" || fail "audit lacks the typed 18.5: $out"
	grep -q 'show.results: \[17, 18.5, 16\]' "$f" || fail "the file lacks the typed scores: $(grep show.results "$f")"
done
echo "e2e-round: ok"
