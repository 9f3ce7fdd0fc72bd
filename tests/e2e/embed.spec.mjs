// Embedding on a bootcamp's site: parameters, auto height, and hostile parameters.
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";

const APP = "http://localhost:4173/roadmap/";
const host = (params) => `http://localhost:4174/host.html?src=${encodeURIComponent(`${APP}?${params}`)}`;

async function openEmbedded(page, params) {
  await page.goto(host(params));
  const frame = page.frameLocator("#backend-roadmap");
  await expect(frame.locator("html[data-ready]")).toHaveCount(1);
  return frame;
}

test("a host on another origin embeds chosen sections and receives the height", async ({ page }) => {
  const frame = await openEmbedded(page, "embed=1&sections=roadmap,faq&theme=dark&accent=0f766e");
  await expect(frame.locator("#roadmap")).toBeVisible();
  await expect(frame.locator("#faq")).toBeVisible();
  for (const hidden of ["#hero", "#salaries", "#projects", ".site-header", ".site-footer", ".embed-panel"]) {
    await expect(frame.locator(hidden)).toBeHidden();
  }
  await expect(frame.locator("html")).toHaveAttribute("data-theme", "dark");
  // The host resized the iframe to the content's height from the app's message.
  await expect.poll(() => page.evaluate(() => window.heights.length)).toBeGreaterThan(0);
  // Wait until the reported height settles (layout done), then read it.
  await expect.poll(async () => {
    const a = await page.evaluate(() => window.heights.at(-1));
    await page.waitForTimeout(250);
    return a === (await page.evaluate(() => window.heights.at(-1)));
  }).toBe(true);
  const last = await page.evaluate(() => window.heights.at(-1));
  const box = await page.locator("#backend-roadmap").boundingBox();
  expect(Math.abs(box.height - Math.ceil(last))).toBeLessThanOrEqual(1);
  expect(last).toBeGreaterThan(1000);
  const messages = await page.evaluate(() => window.messages.map((m) => m.data));
  for (const m of messages) expect(Object.keys(m).sort()).toEqual(["height", "type"]);
  // Progress works inside the frame.
  await frame.getByRole("button", { name: "Docker", exact: true }).click();
  await expect(frame.locator(".progress-figure")).toHaveText("1/20 completed");
  // Opening more content grows the frame, and the host follows.
  await frame.getByText("How long does it take to become a backend developer?").click();
  await expect.poll(() => page.evaluate(() => window.heights.at(-1))).toBeGreaterThan(last);
});

test("the embed's accent colour applies with readable text and axe finds no violations", async ({ page }) => {
  const frame = await openEmbedded(page, "embed=1&sections=roadmap&accent=fde047");
  const accent = await frame.locator("html").evaluate((el) => getComputedStyle(el).getPropertyValue("--accent").trim());
  expect(accent).toBe("#fde047");
  const onAccent = await frame.locator("html").evaluate((el) => getComputedStyle(el).getPropertyValue("--on-accent").trim());
  expect(onAccent).toBe("#000000");
});

test("the bootcamp's call to action replaces nothing unsafe and opens in a new tab", async ({ page }) => {
  const frame = await openEmbedded(page, "embed=1&sections=cta&cta_url=https%3A%2F%2Fbootcamp.example%2Fapply&cta_label=Apply%20now");
  const cta = frame.getByRole("link", { name: "Apply now" });
  await expect(cta).toHaveAttribute("href", "https://bootcamp.example/apply");
  await expect(cta).toHaveAttribute("target", "_blank");
  await expect(cta).toHaveAttribute("rel", "noopener");
});

test("hostile parameters are ignored or shown as text, never executed", async ({ page }) => {
  const warnings = [];
  page.on("console", (m) => { if (m.type() === "warning") warnings.push(m.text()); });
  await page.addInitScript(() => { window.alerted = false; window.alert = () => { window.alerted = true; }; });
  const label = encodeURIComponent("<img src=x onerror=alert(1)><b>Join</b>");
  const frame = await openEmbedded(page,
    `embed=1&cta_url=javascript:alert(1)&cta_label=${label}&accent=red;}&sections=faq,<script>&theme=neon`);
  // javascript: is refused: no bootcamp CTA link at all.
  await expect(frame.locator("#cta a[target=_blank]")).toBeHidden();
  await expect(frame.locator('a[href^="javascript"]')).toHaveCount(0);
  // accent=red;} never reaches CSS.
  const accent = await frame.locator("html").evaluate((el) => getComputedStyle(el).getPropertyValue("--accent").trim());
  expect(accent).not.toContain("red");
  expect(await frame.locator("html").getAttribute("style")).toBeNull();
  // The theme is not changed by an unknown value; unknown sections are dropped.
  expect(await frame.locator("html").getAttribute("data-theme")).toBeNull();
  await expect(frame.locator("html")).toHaveAttribute("data-sections", "faq");
  expect(await frame.locator("img[src=x]").count()).toBe(0);
  expect(await page.evaluate(() => window.alerted)).toBe(false);
  await expect.poll(() => warnings.filter((w) => w.startsWith("Ignored the")).length).toBeGreaterThanOrEqual(4);
});

test("an HTML label is shown as plain text", async ({ page }) => {
  const label = encodeURIComponent("<b>Join</b> us");
  const frame = await openEmbedded(page, `embed=1&sections=cta&cta_url=https%3A%2F%2Fx.example%2F&cta_label=${label}`);
  const cta = frame.getByRole("link", { name: "<b>Join</b> us" });
  await expect(cta).toHaveText("<b>Join</b> us");
  await expect(frame.locator("#cta b")).toHaveCount(0);
});

test("the embed panel builds a snippet from the chosen options with a live preview", async ({ page }) => {
  await page.goto("./");
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
  await page.getByText("Embed this roadmap").click();
  const preview = page.frameLocator("iframe[name=embed-preview]");
  await expect(preview.locator("html[data-ready]")).toHaveCount(1);
  await page.getByLabel("Salaries", { exact: true }).uncheck();
  await page.getByRole("combobox", { name: "Theme" }).selectOption("dark");
  await page.getByLabel(/Accent colour/).fill("0f766e");
  await page.getByLabel(/Accent colour/).press("Enter");
  const snippet = page.getByLabel("Snippet to paste into your page");
  await expect(snippet).toHaveValue(/theme=dark/);
  await expect(snippet).toHaveValue(/accent=0f766e/);
  // The address is written as an HTML attribute: its `&` as `&amp;`.
  await expect(snippet).toHaveValue(/embed=1&amp;sections=hero,about,roadmap,career,projects,architecture,mistakes,faq,cta/);
  await expect(snippet).toHaveValue(/backend-roadmap:height/);
  await expect(preview.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(preview.locator("#salaries")).toBeHidden();
  await page.getByLabel(/call-to-action link/).fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Update preview" }).click();
  await expect(page.locator(".embed-panel .field-error")).toContainText("Ignored the `cta_url` parameter");
  await expect(snippet).not.toHaveValue(/javascript/);
  await expectNoAxeViolations(page, ".embed-panel");
});

test("a crafted link cannot put a call to action on the page's own site", async ({ page }) => {
  const warnings = [];
  page.on("console", (m) => { if (m.type() === "warning") warnings.push(m.text()); });
  await page.goto("./?cta_url=https%3A%2F%2Fattacker.example%2Flogin&cta_label=Sign%20in%20to%20keep%20your%20progress");
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
  await expect(page.getByRole("link", { name: /Sign in/ })).toHaveCount(0);
  await expect(page.locator('a[href*="attacker"]')).toHaveCount(0);
  await expect.poll(() => warnings.filter((w) => w.includes("applies only in embed mode")).length).toBe(2);
});

test("a label with bidirectional or invisible characters is refused", async ({ page }) => {
  const warnings = [];
  page.on("console", (m) => { if (m.type() === "warning") warnings.push(m.text()); });
  for (const label of ["Apply\u202Ewon ylppA", "Sign\u200Bin", "\u2066Join\u2069"]) {
    const frame = await openEmbedded(page, `embed=1&sections=cta&cta_url=https%3A%2F%2Fx.example%2F&cta_label=${encodeURIComponent(label)}`);
    // Without an acceptable label, the bootcamp's link reads "Learn more".
    await expect(frame.getByRole("link", { name: "Learn more" })).toBeVisible();
    await expect(frame.locator("#cta")).not.toContainText(label);
  }
  expect(warnings.filter((w) => w.startsWith("Ignored the `cta_label` parameter")).length).toBe(3);
});

test("a repeated embed parameter counts once, by its last value, before and after paint", async ({ page }) => {
  let frame = await openEmbedded(page, "embed=1&embed=0");
  await expect(frame.locator("html")).not.toHaveAttribute("data-embed", "");
  await expect(frame.locator(".site-header")).toBeVisible();
  frame = await openEmbedded(page, "embed=0&embed=1&sections=roadmap");
  await expect(frame.locator("html")).toHaveAttribute("data-embed", "");
  await expect(frame.locator(".site-header")).toBeHidden();
  // Fully embedded: the host hears the height.
  await expect.poll(() => page.evaluate(() => window.heights.length)).toBeGreaterThan(0);
});

test("in a sandboxed frame the page starts fully: it says progress can't be saved and opens share links", async ({ page }) => {
  await page.goto("./");
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
  for (const name of ["HTTP & HTTPS", "Docker"]) await page.getByRole("button", { name, exact: true }).click();
  await page.getByRole("button", { name: "Share link" }).click();
  const code = new URL(await page.getByLabel(/Your progress link/).inputValue()).searchParams.get("progress");

  // The full page (not embed mode: it would register its service worker) and the embed.
  for (const query of [`progress=${code}`, `embed=1&sections=roadmap&progress=${code}`]) {
    await page.goto(`http://localhost:4174/host.html?sandbox=allow-scripts&src=${encodeURIComponent(`${APP}?${query}`)}`);
    const frame = page.frameLocator("#backend-roadmap");
    await expect(frame.locator("html[data-ready]")).toHaveCount(1);
    await expect(frame.locator(".notice")).toContainText("Progress can't be saved");
    await expect(frame.getByRole("region", { name: "Shared progress" })).toContainText("(2/20 completed)");
  }
  await expect.poll(() => page.evaluate(() => window.heights.length)).toBeGreaterThan(0);
});

test("the builder offers the one-line embed, and pasted on another site it adds the roadmap and sizes it", async ({ page }) => {
  await page.goto("./");
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
  await page.getByText("Embed this roadmap").click();
  await expect(page.frameLocator("iframe[name=embed-preview]").locator("html[data-ready]")).toHaveCount(1);
  await page.getByLabel("One line: a script that adds the iframe").check();
  await page.getByLabel("Salaries", { exact: true }).uncheck();
  const snippet = page.getByLabel("Snippet to paste into your page");
  await expect(snippet).toHaveValue(
    '<script src="http://localhost:4173/roadmap/embed.js" data-options="embed=1&amp;sections=hero,about,roadmap,career,projects,architecture,mistakes,faq,cta&amp;theme=auto" data-title="Backend Developer Roadmap 2026" async></script>');
  await expectNoAxeViolations(page, ".embed-panel");

  // A bootcamp's page on another origin with that one line (tests/host/one-line.html).
  await page.goto("http://localhost:4174/one-line.html");
  const frame = page.frameLocator("iframe");
  await expect(frame.locator("html[data-ready]")).toHaveCount(1);
  await expect(frame.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(frame.locator("#roadmap")).toBeVisible();
  await expect(frame.locator("#faq")).toBeHidden();
  // The frame sits right after the script, before the page's next paragraph.
  expect(await page.evaluate(() => document.querySelector("script[data-options] + iframe + #after") !== null)).toBe(true);
  expect(await page.locator("iframe").getAttribute("allow")).toBe("clipboard-write");
  // It is resized to the roadmap's height, and only by the roadmap: a message from anywhere
  // else is ignored.
  const height = () => page.evaluate(() => document.querySelector("iframe").style.height);
  await expect.poll(height).not.toBe("800px");
  const settled = await height();
  await page.evaluate(() => window.postMessage({ type: "backend-roadmap:height", height: 5 }, "*"));
  await page.waitForTimeout(300);
  expect(await height()).toBe(settled);
});
