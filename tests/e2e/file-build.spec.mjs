// A site built from another roadmap file (`ROADMAP_FILE=roadmaps/web-foundations.json trunk
// build --release --dist dist-file`, as scripts/test.sh builds it), served from dist-file/ at
// /course/: the file's page, prerendered and hydrated like the built-in one.
import { existsSync } from "node:fs";
import { test, expect, openApp, expectNoAxeViolations } from "./fixtures.mjs";

const BASE = "http://localhost:4176/course/";
test.use({ baseURL: BASE });

test.beforeAll(() => {
  if (!existsSync("dist-file/index.html")) {
    throw new Error("dist-file/ is missing: ROADMAP_FILE=roadmaps/web-foundations.json trunk build --release --dist dist-file");
  }
});

test("without JavaScript the page holds the file's roadmap, details links and FAQ", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: BASE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("./");
  await expect(page).toHaveTitle("Web Foundations Bootcamp: progress tracker");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Web Foundations Bootcamp");
  await expect(page.locator(".topic-toggle")).toHaveCount(8);
  await expect(page.getByText("Headings, landmarks, lists, links and forms")).toBeVisible();
  await expect(page.locator(".milestone").first()).toContainText("You can build an accessible page!");
  await expect(page.getByText("Do I need to know programming before the bootcamp?")).toBeVisible();
  await expect(page.locator("#salaries, #career, #about, #embed")).toHaveCount(0);
  expect(await page.locator('meta[name="description"]').getAttribute("content")).toBe(
    "Web Foundations Bootcamp: 8 topics in 3 sections, about 49 to 81 hours of study (1 topic not estimated).",
  );
  await context.close();
});

test("with JavaScript it is live: toggles, saved progress, details, and no views wasm", async ({ page }) => {
  const requested = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await openApp(page);
  await page.getByRole("button", { name: "Semantic HTML", exact: true }).click();
  await expect(page.locator(".progress-figure")).toHaveText("1/8 completed");
  await page.reload();
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
  await expect(page.locator(".progress-figure")).toHaveText("1/8 completed");
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes("progress")))).toEqual(["backend-roadmap:progress@web-foundations"]);
  await page.getByRole("button", { name: "Details: CSS Layout" }).click();
  await expect(page.getByRole("dialog")).toContainText("Every design you are handed has to become a layout that holds at any width.");
  await page.keyboard.press("Escape");
  expect(requested.filter((p) => p.includes("views"))).toEqual([]);

  const manifest = await (await page.request.get("manifest.webmanifest")).json();
  expect(manifest.name).toBe("Web Foundations Bootcamp");
  expect(manifest.screenshots).toBeUndefined();
});

test("embedded, the bootcamp's call to action shows; the page passes axe at 320 px", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openApp(page, "embed=1&cta_url=https://school.example/apply&cta_label=Apply");
  await expect(page.getByRole("link", { name: "Apply" })).toHaveAttribute("href", "https://school.example/apply");
  await expect(page.getByRole("heading", { name: "Keep Going" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page);
});

test("progress this site kept under the bare key before each roadmap had its own is kept; the Backend roadmap's is not taken", async ({ page, browser }) => {
  // Saved by this site's previous deployment: the file's own topic ids, under the bare key.
  const earlier = JSON.stringify({ version: 3, topics: { html: { state: "completed", changed: 1_700_000_000_000 } }, projects: {}, notes: {} });
  await page.addInitScript((v) => { if (!sessionStorage.getItem("seeded")) { localStorage.setItem("backend-roadmap:progress", v); sessionStorage.setItem("seeded", "1"); } }, earlier);
  await openApp(page);
  await expect(page.locator(".progress-figure")).toHaveText("1/8 completed");
  const moved = await page.evaluate(() => JSON.parse(localStorage.getItem("backend-roadmap:progress@web-foundations")));
  expect(moved.topics.html.state).toBe("completed");
  // The Backend roadmap's progress from a site beside this one stays its own.
  const context = await browser.newContext({ baseURL: page.url() });
  const other = await context.newPage();
  const backend = JSON.stringify({ version: 3, topics: { http: { state: "completed", changed: 1 } }, projects: {}, notes: {} });
  await other.addInitScript((v) => localStorage.setItem("backend-roadmap:progress", v), backend);
  await openApp(other);
  await expect(other.locator(".progress-figure")).toHaveText("0/8 completed");
  await context.close();
});

test("the site is the bootcamp's: title, link preview, manifest and icons are the file's, and nothing of the Backend roadmap is in it", async ({ page, request }) => {
  await openApp(page);
  await expect(page).toHaveTitle("Web Foundations Bootcamp: progress tracker");
  const meta = (selector) => page.locator(selector).getAttribute("content");
  expect(await meta('meta[property="og:title"]')).toBe("Web Foundations Bootcamp");
  expect(await meta('meta[property="og:description"]')).toMatch(/^Web Foundations Bootcamp: 8 topics in 3 sections/);
  const image = await meta('meta[property="og:image"]');
  expect(image).toMatch(/og-image\.png$/);
  const preview = await request.get(new URL(image, page.url()).href);
  expect(preview.status()).toBe(200);
  expect(preview.headers()["content-type"]).toBe("image/png");
  const manifest = await (await request.get("manifest.webmanifest")).json();
  expect(manifest.name).toBe("Web Foundations Bootcamp");
  expect("Web Foundations Bootcamp".startsWith(manifest.short_name)).toBe(true);
  // The SVG tab icon is linked, and served.
  const svg = await page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute("href");
  expect((await request.get(svg)).status()).toBe(200);
  // No Backend roadmap content, text or link, anywhere in the page or its details.
  const text = await page.evaluate(() => document.documentElement.outerHTML);
  expect(text).not.toMatch(/Backend Developer|backend-2026|Salaries/);
  const details = await (await request.get("topic-details.html")).text();
  expect(details).not.toContain("Backend Developer");
});
