// The build's `_headers`, applied as Netlify and Cloudflare Pages apply them (the server on
// port 4175): the page runs under its real CSP header with no violation, standalone, in embed
// mode, in the embed builder's preview and inside another site's frame; the caching rules
// make hashed assets immutable and the page revalidated.
import { test, expect } from "./fixtures.mjs";

const SITE = "http://localhost:4175/";

test.beforeEach(async ({ page }) => {
  // Every frame records the policy violations it sees.
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

const violationsIn = (frame) => frame.evaluate(() => window.violations);

test("the page, embed mode and the embed builder's preview run under the CSP header with no violation", async ({ page }) => {
  const response = await page.goto(SITE);
  const headers = response.headers();
  expect(headers["content-security-policy"]).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-.*; frame-ancestors \*$/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["cache-control"]).toBe("no-cache");
  // The header's policy is the meta tag's, plus frame-ancestors.
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(headers["content-security-policy"]).toBe(`${meta}; frame-ancestors *`);
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
  await page.getByRole("button", { name: "Docker", exact: true }).click();
  await page.getByRole("button", { name: "Details: Docker" }).click();
  await expect(page.getByRole("dialog", { name: "Docker" })).toContainText("Why it matters");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  await page.locator(".embed-panel > summary").click();
  const preview = page.frameLocator("iframe.embed-preview");
  await expect(preview.locator("html[data-ready]")).toHaveCount(1);
  expect(await violationsIn(page)).toEqual([]);
  const frame = page.frames().find((f) => f.name() === "embed-preview");
  expect(await violationsIn(frame)).toEqual([]);

  await page.goto(`${SITE}?embed=1&sections=roadmap,faq&theme=dark&accent=0f766e`);
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
  expect(await violationsIn(page)).toEqual([]);
});

test("another site can embed the roadmap (frame-ancestors *) and it runs without violations", async ({ page }) => {
  await page.goto(`http://localhost:4174/host.html?src=${encodeURIComponent(`${SITE}?embed=1&sections=roadmap`)}`);
  const app = page.frameLocator("#backend-roadmap");
  await expect(app.locator("html[data-ready]")).toHaveCount(1);
  await expect.poll(() => page.evaluate(() => window.heights.length)).toBeGreaterThan(0);
  const frame = page.frames().find((f) => f.url().startsWith(SITE));
  expect(await violationsIn(frame)).toEqual([]);
});

test("hashed assets are cached for a year, the page's other files are revalidated", async ({ request, page }) => {
  await page.goto(SITE);
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
  // What the page loaded: its script, its wasm and its stylesheet, each named by its hash
  // (trunk writes it without leading zeros: 1 to 16 hex digits).
  const loaded = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
  const hashed = loaded.filter((u) => /-[0-9a-f]{1,16}(_bg)?\.(js|css|wasm)$/.test(u));
  expect(hashed.map((u) => u.split(".").pop()).sort()).toEqual(["css", "js", "wasm"]);
  for (const url of hashed) {
    expect((await request.get(url)).headers()["cache-control"], url).toBe("public, max-age=31536000, immutable");
  }
  for (const name of ["index.html", "sw.js", "topic-details.html", "manifest.webmanifest"]) {
    expect((await request.get(SITE + name)).headers()["cache-control"], name).toBe("no-cache");
  }
});

test("a host that serves the wasm with another type still gives learners the app", async ({ page }) => {
  // The loader compiles the wasm as it arrives, which needs `application/wasm`; some hosts
  // send `application/octet-stream`.
  await page.route("**/*_bg.wasm", async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), "content-type": "application/octet-stream" } });
  });
  await page.goto(SITE);
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
  const docker = page.getByRole("button", { name: "Docker", exact: true });
  await docker.click();
  await expect(docker).toHaveAttribute("aria-pressed", "true");
  expect(await violationsIn(page)).toEqual([]);
});
