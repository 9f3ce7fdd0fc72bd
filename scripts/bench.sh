#!/usr/bin/env bash
# Benchmark: builds the release app and the scale harness, then prints bytes, Lighthouse
# (mobile, median of 3), interaction latency and scale figures. Separate from the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
source scripts/env.sh
build_release
(cd bench && trunk build --release --public-url ./ --no-sri)
node scripts/bench.mjs
