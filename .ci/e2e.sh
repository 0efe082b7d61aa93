#!/usr/bin/env bash
# End-to-end test of the real binary in a real terminal (tmux), at the
# sizes people use. Extend it with the helpers below:
#   start NAME WIDTH HEIGHT [ARGS...]  run liangsaibi ARGS in a new tmux session
#   keys NAME KEY...                   send keys (tmux send-keys names: Enter, Down, q ...)
#   expect NAME TEXT                   wait until the screen shows TEXT (fixed string)
#   reject NAME TEXT                   fail if the screen shows TEXT now
#   quit NAME                          press q and check that liangsaibi exited with 0
set -euo pipefail

E2E_NAME=e2e
. "$(dirname "$0")/e2e-lib.sh"
sessions=()

fail() {
	echo "e2e FAIL: $*" >&2
	exit 1
}

# screen NAME prints what the pane shows now.
screen() { pane "$1"; }

start() {
	local name="$1" w="$2" h="$3"
	shift 3
	local args=""
	for a in "$@"; do args+=" $(printf '%q' "$a")"; done
	rm -f "$work/$name.exit"
	# The shell records the exit status, then stays so the screen can still
	# be read after the program has ended.
	tm new-session -d -s "$name" -x "$w" -y "$h" -c "$work" \
		"env TERM=xterm-256color LANG=C.UTF-8 $(printf '%q' "$BIN")$args; echo EXIT=\$? > $(printf '%q' "$work/$name.exit"); sleep 86400"
	sessions+=("$name")
	echo "  started $name at ${w}x${h}:$args"
}

keys() {
	local name="$1"
	shift
	tm send-keys -t "$name" "$@"
}

expect() {
	local name="$1" text="$2" i
	for ((i = 0; i < WAIT * 10; i++)); do
		if screen "$name" | grep -qF -- "$text"; then
			return 0
		fi
		sleep 0.1
	done
	echo "----- screen of $name -----" >&2
	screen "$name" >&2
	fail "$name: did not show \"$text\" within ${WAIT}s"
}

reject() {
	local name="$1" text="$2"
	if screen "$name" | grep -qF -- "$text"; then
		screen "$name" >&2
		fail "$name: shows \"$text\""
	fi
}

quit() {
	local name="$1" i
	# The ranking-table fallback has already ended; the dashboard ends on q.
	[ -f "$work/$name.exit" ] || keys "$name" q
	for ((i = 0; i < WAIT * 10; i++)); do
		[ -f "$work/$name.exit" ] && break
		sleep 0.1
	done
	[ -f "$work/$name.exit" ] || {
		screen "$name" >&2
		fail "$name: still running after q"
	}
	grep -qx 'EXIT=0' "$work/$name.exit" || fail "$name: $(cat "$work/$name.exit")"
	tm kill-session -t "$name" 2>/dev/null || true
	echo "  $name exited with 0"
}

# The embedded demo at the two sizes people use: an 80x24 console window and
# a wider terminal. Where stdout is a terminal this is the dashboard.
for size in 80x24 120x35; do
	name="demo-$size"
	start "$name" "${size%x*}" "${size#*x}"
	expect "$name" "建设路街道"
	expect "$name" "航海西路街道"
	expect "$name" "并列"
	expect "$name" "待评"
	reject "$name" "panic"
	if [ ! -f "$work/$name.exit" ]; then # the dashboard is running: visit the views
		keys "$name" 2
		expect "$name" "未达标街道数"
		keys "$name" 3
		expect "$name" "纵向比"
		keys "$name" 1
		expect "$name" "建设路街道"
	fi
	quit "$name"
done
# Looking at the demo writes nothing.
[ -z "$(ls -A "$work" | grep -v '\.exit$')" ] || fail "the demo dashboard left files: $(ls -A "$work")"

# A file written by `demo -o`, opened for entry, in English.
"$BIN" demo -o "$work/demo.yaml" >/dev/null
cp "$work/demo.yaml" "$work/demo.before"
start en 120 35 --lang en demo.yaml
expect en "建设路街道"
expect en "=6"
expect en "Rank"
quit en
cmp -s "$work/demo.yaml" "$work/demo.before" || fail "viewing demo.yaml changed it"

# A broken file: the error names the line, the program exits 1.
printf 'version: 1\ntitel: x\n' >"$work/bad.yaml"
start bad 100 30 bad.yaml
expect bad "bad.yaml:2:1"
keys bad q # the dashboard's error screen stays until q
for ((i = 0; i < WAIT * 10; i++)); do [ -f "$work/bad.exit" ] && break; sleep 0.1; done
grep -qx 'EXIT=1' "$work/bad.exit" || fail "bad: expected exit 1, got $(cat "$work/bad.exit" 2>/dev/null)"
tm kill-session -t bad
echo "  bad exited with 1"

echo "e2e ok"
