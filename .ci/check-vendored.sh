#!/usr/bin/env bash
# Checks that each patched copy under third_party/ is exactly the upstream
# module at the version go.mod pins, plus third_party/NAME.patch — no
# unrecorded change can hide in a vendored library.
#   bash .ci/check-vendored.sh                 check every copy (CI)
#   bash .ci/check-vendored.sh --update NAME   rewrite NAME.patch from its folder
set -euo pipefail

cd "$(dirname "$0")/.."
root="$PWD"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# check NAME MODULE [LEFT-OUT...]: the copy third_party/NAME of MODULE; the
# files named after it are upstream's CI files, left out on purpose (the
# copy's PATCHES.md).
check() {
	local name="$1" module="$2"
	shift 2
	local copy="$root/third_party/$name" patchfile="$root/third_party/$name.patch"
	local version upstream
	version="$(awk -v m="$module" '$1 == m && $2 ~ /^v/ { print $2; exit }' go.mod)"
	if [ -z "$version" ]; then
		echo "check-vendored: go.mod pins no version of $module" >&2
		exit 1
	fi
	mkdir "$work/$name"
	# Outside the module, so go.mod's replace line does not apply.
	upstream="$(cd "$work/$name" && GOFLAGS=-mod=mod go mod download -json "$module@$version" |
		sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
	if [ ! -d "$upstream" ]; then
		echo "check-vendored: could not download $module@$version" >&2
		exit 1
	fi
	cp -r "$upstream" "$work/$name/a"
	chmod -R u+w "$work/$name/a"
	local f
	for f in "$@"; do rm -rf "${work:?}/$name/a/$f"; done

	if [ "$update" = "$name" ]; then
		cp -r "$copy" "$work/$name/b"
		(cd "$work/$name" && git diff --no-index a b || true) |
			sed -E '/^(diff --git|--- |\+\+\+ )/ s#(^| )(a|b)/(a|b)/#\1\2/#g' >"$patchfile"
		echo "wrote $patchfile"
	fi

	(cd "$work/$name/a" && git apply -p1 "$patchfile")
	if ! diff -r "$work/$name/a" "$copy"; then
		echo "check-vendored: third_party/$name differs from $module@$version + $name.patch" >&2
		echo "  (after a deliberate change: bash .ci/check-vendored.sh --update $name)" >&2
		exit 1
	fi
	echo "third_party/$name = $module@$version + $name.patch"
}

update=""
if [ "${1:-}" = "--update" ]; then
	update="${2:?usage: check-vendored.sh --update NAME}"
fi
check ultraviolet github.com/charmbracelet/ultraviolet .github .golangci.yml .goreleaser.yml
check excelize github.com/xuri/excelize/v2 .github
check clipboard github.com/atotto/clipboard .travis.yml
