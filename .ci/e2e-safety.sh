#!/usr/bin/env bash
# Terminal safety, end to end: hostile file names, values and a hostile
# previous-round title go through the real binary in a real terminal
# (tmux). Passes when the pane's title is unchanged and the screen was not
# cleared. A positive control first proves the checks can fail.
#   LIANGSAIBI_BIN=bin/liangsaibi bash .ci/e2e-safety.sh
set -euo pipefail

E2E_NAME=e2e-safety
. "$(dirname "$0")/e2e-lib.sh"
S=safety # the session the payloads are shown in

fail() {
	echo "e2e-safety FAIL: $*" >&2
	tm capture-pane -p -t "$S" >&2 2>/dev/null || true
	exit 1
}

ESC=$'\e'
BEL=$'\a'
TITLE="${ESC}]0;pwned${BEL}"    # OSC 0: window and pane title
CLEAR="${ESC}[2J${ESC}[H"       # CSI: clear screen, cursor home
CLIP="${ESC}]52;c;cHduZWQ=${BEL}" # OSC 52: write "pwned" to the clipboard
C1=$'\xc2\x9b'"2J"              # C1 CSI (U+009B) clear screen
BIDI=$'\xe2\x80\xae'            # U+202E right-to-left override

# A valid competition whose previous round's title carries every payload
# (a ranked export is read loosely, so its title is not refused).
cat >"$work/prev.yaml" <<YAML
title: "\\e]0;pwned\\a\\e[2J\\e]52;c;cHduZWQ=\\a\\u009b2J\\u202e上一轮"
streets: [{id: s1, rank: 1, total: 90}]
YAML
cat >"$work/good.yaml" <<'YAML'
version: 1
title: 安全测试
previous: prev.yaml
criteria:
  - id: c
    name: 类别
    weight: 100
    items: [{id: i, name: 细则, max: 100, judged: false}]
streets: [{id: s1, name: 桐柏路街道}, {id: s2, name: 须水街道}]
scores: {s1: {i: 90}, s2: {i: 80}}
YAML
# The same file under a hostile name, and files whose values are echoed.
cp "$work/good.yaml" "$work/${TITLE}${CLEAR}.yaml"
printf 'version: "\\e]0;pwned\\a"\ntitle: t\nvesion\\e[2J: 1\ncriteria: [{id: c, name: c, weight: "\\e]52;c;cHduZWQ=\\a", items: []}]\nstreets: []\n' >"$work/values${CLIP}.yaml"
printf 'version: 1\ntitle: "a\\u202eb\\u009b2J"\n' >"$work/${C1}${BIDI}.yaml"

tm new-session -d -s "$S" -x 160 -y 50 -c "$work" "env TERM=xterm-256color LANG=C.UTF-8 bash --norc --noprofile"
sleep 0.5
title() { tm display -p -t "$S" '#{pane_title}'; }
run_in_pane() { # run a command line in the pane and wait for it to finish
	local marker="done-$RANDOM$RANDOM"
	tm send-keys -t "$S" -l -- "$1; echo $marker"
	tm send-keys -t "$S" Enter
	for ((i = 0; i < 150; i++)); do
		tm capture-pane -p -J -t "$S" -S - | grep -qx -- "$marker" && return 0
		sleep 0.1
	done
	fail "timed out: $1"
}

# Positive control: the raw payload does change the title and clear the
# screen in this terminal, so the checks below would notice.
run_in_pane "printf '\\033]0;control-title\\007'"
[ "$(title)" = "control-title" ] || fail "control: OSC 0 did not set the pane title (got $(title))"
run_in_pane "echo CONTROL-MARK"
run_in_pane "printf '\\033[2J'"
tm capture-pane -p -t "$S" | grep -q CONTROL-MARK && fail "control: CSI 2J did not clear the screen"
echo "  control: a raw OSC 0 sets the title and CSI 2J clears the screen"

run_in_pane "printf '\\033]0;safe-title\\007'; clear; echo EARLIER-TEXT-MARK"
before="$(title)"
[ "$before" = "safe-title" ] || fail "could not set the starting title"

q() { printf '%q' "$1"; }
run_in_pane "$(q "$BIN") validate $(q "$TITLE$CLEAR.yaml") $(q "values$CLIP.yaml") $(q "$C1$BIDI.yaml") missing$(q "$TITLE").yaml"
run_in_pane "$(q "$BIN") rank $(q "$TITLE$CLEAR.yaml")"
run_in_pane "$(q "$BIN") rank --lang en $(q "$TITLE$CLEAR.yaml")"
run_in_pane "$(q "$BIN") --lang $(q "x$TITLE") rank $(q "values$CLIP.yaml")"
run_in_pane "$(q "$BIN") $(q "rnak$CLEAR")"

screen="$(tm capture-pane -p -J -t "$S" -S -)"
grep -q EARLIER-TEXT-MARK <<<"$screen" || fail "the screen was cleared"
[ "$(title)" = "$before" ] || fail "the pane title changed to: $(title)"
grep -q '桐柏路街道' <<<"$screen" || fail "rank did not print the table"
grep -qF '\x1b]0;pwned\x07' <<<"$screen" || fail "the escaped payload is not shown"
grep -qF 'pwned' <<<"$screen" || fail "payload text missing"
echo "e2e-safety ok: title unchanged, screen not cleared, payloads shown as escapes"
