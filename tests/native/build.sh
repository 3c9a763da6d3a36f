#!/usr/bin/env bash
# Builds the bffixture test library: tests/native/build/libbffixture.so.
# Usage: build.sh [--force]. Skips the compile when the library is newer than every source.
# The library is written to a temporary name and renamed, so parallel builds never see half a file.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out_dir="$here/build"
out="$out_dir/libbffixture.so"
sources=("$here"/src/*.c)

if [[ "${1:-}" != "--force" && -f "$out" ]]; then
  stale=0
  for f in "$here"/*.h "$here/build.sh" "$here"/src/*; do
    [[ "$f" -nt "$out" ]] && stale=1
  done
  [[ $stale == 0 ]] && exit 0
fi

mkdir -p "$out_dir"
tmp="$(mktemp "$out_dir/.libbffixture.XXXXXX")"
trap 'rm -f "$tmp"' EXIT
gcc -shared -fPIC -O2 -g -std=c11 -Wall -Wextra -Werror -pthread -I"$here" -o "$tmp" "${sources[@]}"
chmod 755 "$tmp"
mv -f "$tmp" "$out"
trap - EXIT
echo "built $out"
