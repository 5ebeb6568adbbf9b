#!/usr/bin/env bash
# lint.sh format  — fails when a tracked C++ file is not clang-formatted (fast; run by test.sh).
# lint.sh tidy    — clang-tidy over src/ with .clang-tidy (slow on 2 cores; run before a release).
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-format}"
files=$(git ls-files 'src/*.h' 'src/*.cpp' 'tests/*.h' 'tests/*.cpp' 'bench/*.cpp' 'tools/*.cpp' 2>/dev/null || true)
[ -n "$files" ] || exit 0
case "$mode" in
  format)
    # shellcheck disable=SC2086
    clang-format --dry-run --Werror $files && echo "format: ok"
    ;;
  tidy)
    cmake --preset dev >/dev/null
    # shellcheck disable=SC2086
    echo $files | tr ' ' '\n' | grep '^src/.*\.cpp$' | \
      xargs -P "$(nproc)" -n 4 clang-tidy -p build/dev --quiet
    ;;
  fix)
    # shellcheck disable=SC2086
    clang-format -i $files
    ;;
  *) echo "usage: lint.sh format|tidy|fix"; exit 1 ;;
esac
