#!/usr/bin/env bash
# Trunk post_build hook, in this order: minify the stylesheet and wasm-bindgen's JavaScript
# glue (esbuild, from npm; trunk's own minifier would also rewrite index.html, which the
# prerenderer must read as trunk wrote it), then prerender the App into index.html and write
# the service worker, whose cache name hashes the final files (src/bin/prerender.rs).
set -euo pipefail
cd "$(dirname "$0")/.."
staging="${TRUNK_STAGING_DIR:?run as a trunk hook}"
esbuild=node_modules/.bin/esbuild
if [ ! -x "$esbuild" ]; then
  echo "post-build: $esbuild is missing; run scripts/setup.sh" >&2
  exit 1
fi
for asset in "$staging"/*.css "$staging"/*.js; do
  [ -e "$asset" ] || continue
  format=()
  [[ "$asset" == *.js ]] && format=(--format=esm)
  "$esbuild" "$asset" --minify "${format[@]}" --log-level=warning --allow-overwrite --outfile="$asset"
done
cargo run --quiet --offline --no-default-features --features ssr --bin prerender
