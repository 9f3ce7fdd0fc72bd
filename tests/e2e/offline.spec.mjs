// Offline and installable: the service worker caches the app; a new deployment is announced.
import { test, expect, openApp, topic } from "./fixtures.mjs";
import { spawn } from "node:child_process";
import { cpSync, appendFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

test("a second visit loads and works with the network off", async ({ page, context }) => {
  await openApp(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await topic(page, "Docker").click();
  await context.setOffline(true);
  page.removeAllListeners("requestfailed");
  await page.reload();
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Backend Developer Roadmap");
  await expect(topic(page, "Docker")).toHaveAttribute("aria-pressed", "true");
  await topic(page, "Kubernetes").click();
  await expect(page.locator(".progress-figure")).toHaveText("2/20 completed");
  await context.setOffline(false);
});

test("the web app manifest is complete", async ({ page, request }) => {
  await openApp(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifest = await (await request.get(new URL(href, page.url()).href)).json();
  expect(manifest.name).toBe("Backend Developer Roadmap 2026");
  expect(manifest.theme_color).toMatch(/^#/);
  const sizes = manifest.icons.map((i) => `${i.sizes}${i.purpose ? " " + i.purpose : ""}`);
  expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512", "512x512 maskable"]));
  for (const icon of manifest.icons) {
    expect((await request.get(new URL(icon.src, page.url()).href)).status()).toBe(200);
  }
  expect([manifest.id, manifest.lang]).toEqual(["./", "en"]);
  // Shortcuts (a long-press on the installed app's icon) open parts of the page that exist.
  expect(manifest.shortcuts.map((s) => s.url)).toEqual(["./#roadmap", "./#salaries"]);
  for (const shortcut of manifest.shortcuts) await expect(page.locator(new URL(shortcut.url, page.url()).hash)).toHaveCount(1);
  // A crisp icon for tabs (a 16 px tab icon on a 4x screen needs 64 px): a PNG, as the
  // browser decodes a page's icon on its main thread, where an SVG one costs a whole SVG
  // document. And an address bar that follows a dark system setting.
  const tab = page.locator('link[rel="icon"][type="image/png"]');
  const png = await request.get(new URL(await tab.getAttribute("href"), page.url()).href);
  expect(png.headers()["content-type"]).toBe("image/png");
  const size = pngSize(await png.body());
  await expect(tab).toHaveAttribute("sizes", size);
  expect(Number(size.split("x")[0])).toBeGreaterThanOrEqual(64);
  await expect(page.locator('meta[name="theme-color"][media="(prefers-color-scheme: dark)"]')).toHaveAttribute("content", "#0b1020");
  // The install dialog's screenshots: one for phones, one for desktops, the sizes they claim.
  expect(manifest.screenshots.map((s) => s.form_factor)).toEqual(["narrow", "wide"]);
  for (const shot of manifest.screenshots) {
    const png = await request.get(new URL(shot.src, page.url()).href);
    expect(png.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await png.body())).toBe(shot.sizes);
    expect(shot.label.length).toBeGreaterThan(10);
  }
});

/** A PNG's `WIDTHxHEIGHT`, from its header. */
const pngSize = (bytes) => `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;

test("a shared address shows a card: title, description and a 1200 x 630 image under 100 kB", async ({ page, request }) => {
  await openApp(page);
  const meta = (name) => page.locator(`meta[property="${name}"], meta[name="${name}"]`).getAttribute("content");
  expect(await meta("og:title")).toBe("Backend Developer Roadmap 2026");
  expect(await meta("og:description")).toMatch(/^Track your way to becoming a backend developer/);
  expect(await meta("twitter:card")).toBe("summary_large_image");
  expect(await meta("og:image:alt")).toMatch(/^Backend Developer Roadmap: 5-8 Months/);
  const image = await request.get(new URL(await meta("og:image"), page.url()).href);
  expect(image.headers()["content-type"]).toBe("image/png");
  const bytes = await image.body();
  expect(pngSize(bytes)).toBe("1200x630");
  expect(bytes.length).toBeLessThan(100_000);
  // Without a base-URL build setting there is no address to claim as canonical.
  await expect(page.locator('link[rel="canonical"], meta[property="og:url"]')).toHaveCount(0);
});

test("no service worker is registered in embed mode", async ({ page }) => {
  await openApp(page, "embed=1");
  await page.waitForTimeout(300); // give a registration, if any, the chance to happen
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});

test("a new deployment is picked up and the learner is told a new version is ready", async ({ browser }) => {
  // Serve a copy of the build on its own port, then "deploy" a changed service worker.
  const dir = mkdtempSync(join(tmpdir(), "roadmap-deploy-"));
  cpSync("dist", dir, { recursive: true });
  const server = spawn("node", ["scripts/static-server.mjs", dir, "4181", "/"], { stdio: "ignore" });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await expect.poll(async () => (await fetch("http://localhost:4181/").catch(() => null))?.status).toBe(200);
    await page.goto("http://localhost:4181/");
    await expect(page.locator("html[data-ready]")).toHaveCount(1);
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    appendFileSync(join(dir, "sw.js"), "\n// deployment 2\n");
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const notice = page.locator(".notice", { hasText: "A new version of the roadmap is ready." });
    await expect(notice).toBeVisible();
    await Promise.all([page.waitForEvent("load"), notice.getByRole("button", { name: "Reload" }).click()]);
    await expect(page.locator("html[data-ready]")).toHaveCount(1);
    await expect(page.locator(".notice", { hasText: "A new version" })).toHaveCount(0);
    await context.close();
  } finally {
    server.kill();
  }
});

/** The files the service worker keeps, by name. */
const cached = (page) =>
  page.evaluate(async () => {
    const names = [];
    for (const key of await caches.keys()) {
      for (const req of await (await caches.open(key)).keys()) names.push(new URL(req.url).pathname.split("/").pop());
    }
    return names;
  });

test("the service worker keeps only the code of the roadmap visited", async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(async () => (await cached(page)).some((n) => /^backend-roadmap-.*_bg\.wasm$/.test(n))).toBe(true);
  expect((await cached(page)).filter((n) => n.startsWith("views"))).toEqual([]);
});

test("a roadmap file opened once online opens again with the network off", async ({ page, context }) => {
  await openApp(page, "roadmap=web-foundations");
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  // The worker keeps what this first visit fetched before it was in control (the views wasm,
  // the file), and never the built-in page's code.
  await expect.poll(async () => (await cached(page)).filter((n) => /^views_bg-.*\.wasm$|^web-foundations\.json$/.test(n)).length).toBe(2);
  expect((await cached(page)).filter((n) => n.startsWith("backend-roadmap-"))).toEqual([]);
  await page.getByRole("button", { name: "Semantic HTML", exact: true }).click();
  await context.setOffline(true);
  page.removeAllListeners("requestfailed");
  await page.reload();
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Web Foundations Bootcamp");
  await expect(page.getByRole("button", { name: "Semantic HTML", exact: true })).toHaveAttribute("aria-pressed", "true");
  await context.setOffline(false);
});
