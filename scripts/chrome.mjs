// Debian's Chromium and the flags every tool here starts it with (the tests, the benchmark):
// headless, no sandbox as root, and no background connections this closed network refuses.
export const CHROME = "/usr/bin/chromium";
export const FLAGS = [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];
