#!/usr/bin/env bash
# End-to-end test of bulk work (issue 18): a judge's whole sheet imported
# in one go (every score of the judge changed) is in the file afterwards,
# cell for cell; the ranked YAML export of the result lists every street;
# and a large file's dashboard shows how much it has read while it loads,
# then the rankings, in a real terminal (tmux) at 80×24, in Chinese.
#   LIANGSAIBI_BIN=path/to/liangsaibi bash .ci/e2e-bulk.sh
set -euo pipefail

E2E_NAME=e2e-bulk
. "$(dirname "$0")/e2e-lib.sh"

fail() {
	echo "e2e-bulk FAIL: $*" >&2
	echo "----- screen -----" >&2
	screen >&2
	exit 1
}
screen() { pane bulk; }

cd "$work"
"$BIN" gen --streets 300 --judges 7 --items 20 -o c.yaml >/dev/null
"$BIN" sheet c.yaml --judge j1 -o j1.csv >/dev/null
# Every score of the sheet's street rows moved by 0.1 (down, or up from 0).
awk -F, 'BEGIN { OFS = "," }
	{ sub(/\r$/, "") } # the sheet has Windows line ends
	NR > 8 && $2 ~ /^s[0-9]+$/ {
		for (i = 3; i <= NF; i++) if ($i ~ /^[0-9.]+$/) {
			v = ($i >= 0.1) ? $i - 0.1 : $i + 0.1
			$i = sprintf("%.1f", v); sub(/\.0$/, "", $i); n++
		}
	}
	{ print }
	END { print n > "/dev/stderr" }' j1.csv >j1mod.csv 2>changed.txt
changed=$(cat changed.txt)
((changed == 4500)) || fail "expected 4500 changed cells in the sheet, got $changed"

out=$("$BIN" import c.yaml j1mod.csv --yes --overwrite) || fail "import failed: $out"
grep -q "已写入 4500 处改动" <<<"$out" || fail "import did not report 4500 changes: $(tail -1 <<<"$out")"
echo "  import of 4500 changed scores in one go"

# The file now holds the sheet's values: a new sheet of the judge has the
# same street rows as the one imported.
"$BIN" sheet c.yaml --judge j1 -o again.csv >/dev/null
diff <(tr -d '\r' <again.csv | awk -F, 'NR > 8 && $2 ~ /^s/') <(awk -F, 'NR > 8 && $2 ~ /^s/' j1mod.csv) >/dev/null ||
	fail "the file does not hold the imported scores"
echo "  the file holds every imported score"

"$BIN" export c.yaml -o ranked.yaml >/dev/null || fail "export yaml failed"
streets=$(grep -c '^  - id: ' ranked.yaml)
((streets == 300)) || fail "the ranked YAML lists $streets streets, want 300"
echo "  ranked YAML lists all 300 streets"

"$BIN" gen --streets 20000 --judges 9 --items 20 -o big.yaml >/dev/null
tm new-session -d -s bulk -x 80 -y 24 -c "$work" \
	"env TERM=xterm-256color LANG=C.UTF-8 $(printf '%q' "$BIN") big.yaml; sleep 86400"
within bulk 30 '正在读取比赛数据… [0-9]+%' || fail "no loading progress on screen"
echo "  loading progress: $(screen | grep -oE '正在读取比赛数据… [0-9]+%' | head -1)"
within bulk 120 '名次 +街道' || fail "the rankings did not appear after loading"
echo "  rankings after loading"
tm send-keys -t bulk q
echo "e2e-bulk OK"
