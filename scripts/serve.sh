#!/usr/bin/env bash
# Build the release app (prerendered + hydrated) and serve it on localhost.
# Usage: scripts/serve.sh [port]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh build
source scripts/env.sh
build_release
exec node scripts/static-server.mjs dist "${1:-8080}"
