#!/usr/bin/env bash
# Checks that third_party/ultraviolet is exactly the upstream module at the
# version go.mod pins, plus third_party/ultraviolet.patch — no unrecorded
# change can hide in the vendored renderer.
#   bash .ci/check-vendored.sh           check (CI)
#   bash .ci/check-vendored.sh --update  rewrite the patch from the folder
set -euo pipefail

cd "$(dirname "$0")/.."
root="$PWD"
module=github.com/charmbracelet/ultraviolet
copy="$root/third_party/ultraviolet"
patchfile="$root/third_party/ultraviolet.patch"
version="$(awk -v m="$module" '$1 == m && $2 ~ /^v/ { print $2; exit }' go.mod)"
if [ -z "$version" ]; then
	echo "check-vendored: go.mod pins no version of $module" >&2
	exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Outside the module, so go.mod's replace line does not apply.
upstream="$(cd "$work" && GOFLAGS=-mod=mod go mod download -json "$module@$version" |
	sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
if [ ! -d "$upstream" ]; then
	echo "check-vendored: could not download $module@$version" >&2
	exit 1
fi
cp -r "$upstream" "$work/a"
chmod -R u+w "$work/a"
# Upstream's CI files are left out of the copy on purpose (PATCHES.md).
rm -rf "$work/a/.github" "$work/a/.golangci.yml" "$work/a/.goreleaser.yml"

if [ "${1:-}" = "--update" ]; then
	cp -r "$copy" "$work/b"
	(cd "$work" && git diff --no-index a b || true) |
		sed -E '/^(diff --git|--- |\+\+\+ )/ s#(^| )(a|b)/(a|b)/#\1\2/#g' >"$patchfile"
	echo "wrote $patchfile"
fi

(cd "$work/a" && git apply -p1 "$patchfile")
if ! diff -r "$work/a" "$copy"; then
	echo "check-vendored: third_party/ultraviolet differs from $module@$version + ultraviolet.patch" >&2
	echo "  (after a deliberate change: bash .ci/check-vendored.sh --update)" >&2
	exit 1
fi
echo "third_party/ultraviolet = $module@$version + ultraviolet.patch"
