#!/usr/bin/env bash
# The contributors' loop: a development server on localhost with live reload. Save a change to
# src/, style/, js/, public/ or index.html and the page rebuilds and reloads itself.
# Usage: scripts/dev.sh [port]   (default 8081)
#
# It is the release pipeline (prerendered page, same CSP) with two differences, both made only
# here: trunk's live-reload script is allowed by a nonce that trunk fills in per page
# (create_nonce; the prerenderer adds the nonce source when ROADMAP_DEV is set), and the service
# worker caches nothing and unregisters itself, so no stale copy outlives an edit. The debug
# build goes to target/dev-dist, never to dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh build
source scripts/env.sh
port="${1:-8081}"
# Trunk.toml plus create_nonce, as a config of its own beside it (paths stay relative to here).
sed 's/^\[build\]$/[build]\ncreate_nonce = true/' Trunk.toml > .trunk-dev.toml
# trunk's own CSP header is off (its flag needs the explicit =true): the page carries its
# policy, as in production.
ROADMAP_DEV=1 exec trunk serve --config .trunk-dev.toml --port "$port" --dist target/dev-dist --disable-csp=true
