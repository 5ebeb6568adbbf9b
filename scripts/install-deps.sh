#!/usr/bin/env bash
# Installs everything repopost needs to build, run and test, from Debian's archive and npm only.
# Idempotent: skips apt-get when every package is already installed.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git
  libgit2-dev libcurl4-openssl-dev libcmark-gfm-dev libcmark-gfm-extensions-dev
  libsqlite3-dev libpq-dev postgresql postgresql-contrib
  libcpp-httplib-dev nlohmann-json3-dev libcli11-dev libtomlplusplus-dev libspdlog-dev libfmt-dev
  libre2-dev libutf8proc-dev libstemmer-dev libxxhash-dev libdtl-dev libexpected-dev
  wordnet-base
  libgtest-dev libgmock-dev googletest libbenchmark-dev
  libjs-chart.js chromium chromium-driver fonts-noto-color-emoji wrk python3
  clang-format clang-tidy
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# The machine image may ship its own Node.js with npm; Debian's are used only when none is there.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Browser tests drive Debian's Chromium with playwright-core from npm (never a downloaded browser).
if [ -f tests/browser/package.json ] && [ ! -d tests/browser/node_modules/playwright-core ]; then
  (cd tests/browser && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --silent)
fi
