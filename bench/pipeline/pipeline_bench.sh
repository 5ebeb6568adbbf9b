#!/usr/bin/env bash
# Whole offline pipeline (ingest + index + template writer + safety + score) on the generated
# 10,000-commit / 2,000-file repository: wall time, CPU time and peak RSS of `repopost generate`,
# five runs. DESIGN.md budget: < 300 ms and < 64 MB on a 2-core machine.
#   bash bench/pipeline/pipeline_bench.sh [BUILD_DIR]   (default build/dev)
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build/dev}"
bin="$build/src/cli/repopost"
repo="$build/bench-cache/ingest-10000c-2000f/repo"
if [ ! -d "$repo" ]; then
  # ingest_bench creates (once) and caches the repository under <build>/bench-cache.
  "$build/bench/ingest/ingest_bench" >/dev/null
fi
echo "run  wall_s  user_s  sys_s  max_rss_kb"
for i in 1 2 3 4 5; do
  /usr/bin/time -f "$i    %e    %U    %S    %M" "$bin" generate "$repo" --offline --no-store >/dev/null
done 2>&1 | grep -E '^[0-9]'
