#!/usr/bin/env bash
# The whole test suite: installs what is needed, builds, and runs every test (unit, integration,
# e2e, postgres, browser), the include-graph and format checks, then the ASan+UBSan build of the
# unit tests. Exits non-zero when anything fails. `.ci/run` calls exactly this.
set -uo pipefail
cd "$(dirname "$0")/.."

export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/repopost-ccache}"
export CCACHE_BASEDIR="$PWD"
export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-5G}"
JOBS="${JOBS:-$(nproc)}"
failures=()
step() { echo; echo "== $*"; }

step "dependencies"
bash scripts/install-deps.sh || { echo "install-deps failed"; exit 1; }

step "include graph"
python3 tools/check_includes.py || failures+=("include graph")

step "format"
bash scripts/lint.sh format || failures+=("format")

step "build (dev)"
if cmake --preset dev >/dev/null && cmake --build --preset dev -j "$JOBS"; then
  step "tests (dev: unit, integration, e2e, postgres, browser)"
  ctest --preset dev -j "$JOBS" --output-on-failure || failures+=("dev tests")
else
  failures+=("dev build")
fi

if [ "${REPOPOST_SKIP_ASAN:-0}" != "1" ]; then
  step "build (asan: unit tests under AddressSanitizer + UndefinedBehaviorSanitizer)"
  if cmake --preset asan >/dev/null && cmake --build --preset asan -j "$JOBS"; then
    step "tests (asan, unit)"
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
      ctest --preset asan -j "$JOBS" -L unit --output-on-failure || failures+=("asan tests")
  else
    failures+=("asan build")
  fi
fi

echo
if [ "${#failures[@]}" -gt 0 ]; then
  echo "test.sh: FAILED: ${failures[*]}"
  exit 1
fi
echo "test.sh: all steps passed"
