#!/usr/bin/env bash
# Trunk post_build hook, in this order: build the views wasm (src/bin/views.rs),
# minify the stylesheet, wasm-bindgen's JavaScript glue
# and the page scripts in js/ (esbuild, from npm; trunk's own minifier would also rewrite
# index.html, which the prerenderer must read as trunk wrote it), then prerender the App into
# index.html and write the service worker, whose cache name hashes the final files
# (src/prerender/).
set -euo pipefail
cd "$(dirname "$0")/.."
staging="${TRUNK_STAGING_DIR:?run as a trunk hook}"
esbuild=node_modules/.bin/esbuild
if [ ! -x "$esbuild" ]; then
  echo "post-build: $esbuild is missing; run scripts/setup.sh" >&2
  exit 1
fi
# The views wasm (src/bin/views.rs: `?roadmap=NAME` and `?view=cohort`), beside the app's: the
# head script fetches it only for those addresses. Built with Leptos' `csr` feature (it renders
# in the browser and hydrates nothing), so cargo compiles the library a second time; the same
# profile as trunk's build of the app.
profile="${TRUNK_PROFILE:-release}"
release=()
[ "$profile" = release ] && release=(--release)
cargo build --quiet --offline --target wasm32-unknown-unknown --no-default-features --features csr \
  --bin views "${release[@]}"
wasm-bindgen --target web --no-typescript --out-dir "$staging" --out-name views \
  "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/$profile/views.wasm"
if [ "$profile" = release ]; then
  node_modules/.bin/wasm-opt -Oz --converge --low-memory-unused --zero-filled-memory --strip-producers --flatten --rereloop -Oz \
    "$staging/views_bg.wasm" -o "$staging/views_bg.wasm"
fi
# Named by a hash of their content (src/custom/mod.rs: SCRIPT_PREFIX, WASM_PREFIX), as trunk
# names the app's: a reload after a deployment never pairs the new page with old views code.
views_hash=$(cat "$staging/views.js" "$staging/views_bg.wasm" | sha256sum | cut -c1-16)
mv "$staging/views.js" "$staging/views-$views_hash.js"
mv "$staging/views_bg.wasm" "$staging/views_bg-$views_hash.wasm"
for asset in "$staging"/*.css "$staging"/*.js; do
  [ -e "$asset" ] || continue
  format=()
  [[ "$asset" == *.js ]] && format=(--format=esm)
  "$esbuild" "$asset" --minify "${format[@]}" --log-level=warning --allow-overwrite --outfile="$asset"
done
# The page scripts are inlined (head) or written (sw.js) by the prerenderer, which fills in
# their names from Rust: minified here, to a folder of their own.
page_js="$(mktemp -d)"
trap 'rm -rf "$page_js"' EXIT
"$esbuild" js/*.js --minify --log-level=warning --outdir="$page_js"
PAGE_JS="$page_js" cargo run --quiet --offline --no-default-features --features ssr --bin prerender
