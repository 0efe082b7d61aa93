#!/usr/bin/env bash
# End-to-end test of `liangsaibi project` in a real terminal (tmux): the
# projector shows the demo, another process rewrites a score the way an
# atomic save does (write a temporary file, rename it over), and the new
# order must be on the screen within 2 s. A truncated file must keep the
# last good order with a warning. The projector must not write any file.
#   LIANGSAIBI_BIN=path/to/liangsaibi bash .ci/e2e-projector.sh
set -euo pipefail

E2E_NAME=e2e-projector
. "$(dirname "$0")/e2e-lib.sh"

fail() {
	echo "e2e-projector FAIL: $*" >&2
	echo "----- screen -----" >&2
	screen >&2
	exit 1
}
screen() { pane proj; }

"$BIN" demo -o "$work/demo.yaml" >/dev/null
mkdir "$work/spare"
cp "$work/demo.yaml" "$work/spare/good.yaml"
grep -q 'test.paper: 80.5' "$work/demo.yaml" || fail "the demo changed: no line to edit"

tm new-session -d -s proj -x 120 -y 35 -c "$work" \
	"env TERM=xterm-256color LANG=C.UTF-8 $(printf '%q' "$BIN") project demo.yaml; echo EXIT=\$? > $(printf '%q' "$work/exit"); sleep 86400"
within proj 15 '13 +西流湖街道' || fail "the demo's last place (13 西流湖街道) is not on screen"
within proj 1 '12 +须水街道' || fail "12 须水街道 not on screen"
echo "  projector shows the demo"
before="$(cd "$work" && ls -A | sort)"

# Another process raises 西流湖街道's test score: it overtakes 须水街道.
sed 's/test.paper: 80.5/test.paper: 100/' "$work/demo.yaml" >"$work/.demo.yaml.tmp"
mv "$work/.demo.yaml.tmp" "$work/demo.yaml"
within proj 2 '12 +西流湖街道' || fail "new order (12 西流湖街道) not shown within 2 s"
within proj 1 '13 +须水街道' || fail "new order (13 须水街道) not shown"
echo "  new order on screen within 2 s"

# A half-written file keeps the last good order, with a discreet warning.
head -c 3000 "$work/spare/good.yaml" >"$work/.demo.yaml.tmp"
mv "$work/.demo.yaml.tmp" "$work/demo.yaml"
within proj 2 '⚠' || fail "no warning after a truncated file"
screen | grep -qE '12 +西流湖街道' || fail "the last good order is gone after a truncated file"
echo "  truncated file: last good order kept, warning shown"

cp "$work/spare/good.yaml" "$work/.demo.yaml.tmp"
mv "$work/.demo.yaml.tmp" "$work/demo.yaml"
within proj 2 '13 +西流湖街道' || fail "did not follow the good file again"
screen | grep -q '⚠' && fail "warning still shown after a good file"
echo "  good file again: followed, warning gone"

after="$(cd "$work" && ls -A | sort)"
[ "$before" = "$after" ] || fail "files changed: [$before] -> [$after]"

tm send-keys -t proj q
for ((i = 0; i < 100; i++)); do [ -f "$work/exit" ] && break; sleep 0.1; done
grep -qx 'EXIT=0' "$work/exit" 2>/dev/null || fail "q did not exit with 0: $(cat "$work/exit" 2>/dev/null)"
echo "e2e-projector ok"
