// Checks the contributors' loop (scripts/dev.sh) as a contributor meets it: the development
// server starts, the page runs with no Content-Security-Policy violation (trunk's live-reload
// script included) and no service worker or cache, and saving a file reloads the page.
// Run by scripts/test.sh after the end-to-end specs; exits 1 on any failure.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROME, FLAGS } from "./chrome.mjs";

const PORT = 8093;
const URL = `http://localhost:${PORT}/`;
const STYLE = "style/main.css";
const fail = (message) => {
  throw new Error(message);
};

const server = spawn("bash", ["scripts/dev.sh", String(PORT)], { stdio: ["ignore", "pipe", "pipe"], detached: true });
let output = "";
server.stdout.on("data", (d) => (output += d));
server.stderr.on("data", (d) => (output += d));
const style = readFileSync(STYLE, "utf8");
let browser;
try {
  // The first build compiles the debug app: allow it time on a 2-core machine.
  const start = Date.now();
  for (;;) {
    if (Date.now() - start > 600_000) fail("the development server did not start in 10 minutes");
    if (server.exitCode !== null) fail(`scripts/dev.sh exited with ${server.exitCode}`);
    try {
      if ((await fetch(URL)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 2000));
  }
  browser = await chromium.launch({ executablePath: CHROME, args: FLAGS });
  const page = await browser.newPage();
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(URL);
  await page.waitForSelector("html[data-ready]", { timeout: 120_000 });
  await page.waitForTimeout(1000);
  const violations = await page.evaluate(() => window.violations);
  if (violations.length) fail(`policy violations in development: ${violations.join(", ")}`);
  const workers = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
  const cached = await page.evaluate(async () => (await caches.keys()).length);
  if (workers || cached) fail(`development left ${workers} service worker(s) and ${cached} cache(s)`);

  // Save a change: the page rebuilds and reloads itself.
  await page.evaluate(() => (window.beforeSave = true));
  writeFileSync(STYLE, `${style}\n/* dev-check */\n`);
  const saved = Date.now();
  await page.waitForFunction(() => window.beforeSave === undefined, null, { timeout: 180_000 });
  await page.waitForSelector("html[data-ready]", { timeout: 120_000 });
  const after = await page.evaluate(() => window.violations);
  if (after.length) fail(`policy violations after the reload: ${after.join(", ")}`);
  console.log(`dev loop: started, no violations, no service worker; reloaded ${((Date.now() - saved) / 1000).toFixed(1)} s after a save`);
} catch (e) {
  console.error(`dev loop check failed: ${e.message}\n--- scripts/dev.sh output (last lines) ---\n${output.split("\n").slice(-30).join("\n")}`);
  process.exitCode = 1;
} finally {
  writeFileSync(STYLE, style);
  await browser?.close();
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {}
}
