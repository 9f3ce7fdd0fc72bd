#!/usr/bin/env bash
# Benchmark: builds the release app and the scale harness, then prints bytes, Lighthouse
# (mobile, 5 runs: median and worst, longest tasks), the element count at first paint,
# interaction latency, scale figures and the first effective tap on a throttled phone.
# Separate from the tests: it prints figures, it does not pass or fail.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
source scripts/env.sh
build_release
(cd bench && trunk build --release --public-url ./ --no-sri)
node scripts/bench.mjs
