#!/usr/bin/env bash
# Installs what is needed, builds the release binary, and prints a post for a repository
# (this project's own checkout by default), offline. Extra arguments go to `repopost generate`.
#   bash scripts/quickstart.sh                      # a post about repopost itself
#   bash scripts/quickstart.sh ~/src/myrepo --style learning --tone minimal
set -euo pipefail
cd "$(dirname "$0")/.."
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/repopost-ccache}"
bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" >/dev/null
source="${1:-.}"
[ $# -gt 0 ] && shift
exec build/release/src/cli/repopost generate "$source" --offline "$@"
