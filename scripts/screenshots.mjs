// The web app manifest's screenshots (shown by Chromium's richer install dialog and app
// stores), taken from the real release build: a phone's first screen (narrow, 390 x 844) and
// the roadmap with some progress on a desktop (wide, 1280 x 800), in the light theme.
// Usage, after a release build: node scripts/screenshots.mjs [dist]
// Writes public/screenshots/{narrow,wide}.png; commit them. The manifest's `screenshots`
// entries name their sizes, and tests/e2e/manifest.spec.mjs checks the files match them.
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROME, FLAGS } from "./chrome.mjs";

const dist = process.argv[2] ?? "dist";
const PORT = 8094;
const OUT = "public/screenshots";
const SHOTS = [
  { file: "narrow.png", width: 390, height: 844, progress: [], scrollTo: null },
  { file: "wide.png", width: 1280, height: 800, progress: ["how-the-internet-works", "http", "dns"], scrollTo: "#section-internet" },
];

const server = spawn("node", ["scripts/static-server.mjs", dist, String(PORT), "/"], { stdio: "ignore" });
const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS });
try {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`http://localhost:${PORT}/`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  mkdirSync(OUT, { recursive: true });
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, colorScheme: "light" });
    await page.goto(`http://localhost:${PORT}/`);
    await page.locator("html[data-ready]").waitFor({ state: "attached" });
    for (const id of shot.progress) await page.locator(`#topic-${id}`).click();
    if (shot.scrollTo) {
      await page.evaluate((sel) => {
        const el = document.querySelector(sel);
        window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 150);
      }, shot.scrollTo);
    }
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${OUT}/${shot.file}` });
    console.log(`wrote ${OUT}/${shot.file} (${shot.width} x ${shot.height})`);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
