#!/usr/bin/env bash
# Trunk post_build hook, in this order: minify the wasm-bindgen JavaScript glue (esbuild,
# from npm; a fifth of its gzip bytes), then prerender the App into index.html and write
# the service worker, whose cache name hashes the final files (src/bin/prerender.rs).
set -euo pipefail
cd "$(dirname "$0")/.."
staging="${TRUNK_STAGING_DIR:?run as a trunk hook}"
esbuild=node_modules/.bin/esbuild
if [ ! -x "$esbuild" ]; then
  echo "post-build: $esbuild is missing; run scripts/setup.sh" >&2
  exit 1
fi
for js in "$staging"/*.js; do
  [ -e "$js" ] || continue
  "$esbuild" "$js" --minify --format=esm --log-level=warning --allow-overwrite --outfile="$js"
done
cargo run --quiet --offline --no-default-features --features ssr --bin prerender
