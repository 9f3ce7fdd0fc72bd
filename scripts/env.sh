# Sourced by the scripts: tool paths and offline settings shared by build, serve and test.
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
# The newer Node.js setup installs when the machine's is too old for the test tools.
for node_bin in "$PWD"/.tools/node/node_modules/node-linux-*/bin; do
  [ -x "$node_bin/node" ] && export PATH="$node_bin:$PATH"
done
# trunk: never reach for the network (passes --offline to cargo; crates are fetched by setup).
export TRUNK_OFFLINE=true
export CHROME_PATH=/usr/bin/chromium
export CHROMEDRIVER=/usr/bin/chromedriver
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# The release build: its settings (public URL, no SRI, loader) are in Trunk.toml.
build_release() {
  trunk build --release "$@"
}
