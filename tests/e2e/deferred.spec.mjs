// Content the first paint does without (js/lazy.js, the `Lazy` component): the document a
// visitor's browser parses stays small, and the deferred content is there whenever it is
// needed: near the screen, on opening a disclosure, when printing, and once the page is idle.
import { test, expect, openApp } from "./fixtures.mjs";
import { recordFirstPaint } from "../../scripts/first-paint.mjs";

/** Keep lazy.js from building anything on its own (no idle moments, no observer). */
const onlyOnDemand = () => {
  window.requestIdleCallback = () => 0;
  delete window.IntersectionObserver;
};

test("the document at first paint holds at most 800 elements, its text in at most 12 fonts", async ({ page }) => {
  await page.addInitScript(recordFirstPaint);
  await openApp(page);
  const { total, fonts } = await page.evaluate(() => window.__firstPaint);
  expect(total).toBeGreaterThan(300);
  expect(total).toBeLessThanOrEqual(800);
  // Sizes and weights from the stylesheet's type scale (a stray .93rem or 600 adds one each).
  expect(fonts.length, fonts.join("; ")).toBeGreaterThan(4);
  expect(fonts.length, fonts.join("; ")).toBeLessThanOrEqual(12);
});

test("the document at first paint has no text, number or date field: buttons of their size stand in until the page starts", async ({ page }) => {
  await page.addInitScript(recordFirstPaint);
  await openApp(page);
  const { fields, boxes } = await page.evaluate(() => window.__firstPaint);
  expect(fields).toEqual([]);
  for (const [label, id, type] of [["Hours a week", "plan-hours", "number"], ["Start date (optional)", "plan-start", "date"]]) {
    const field = page.getByLabel(label);
    await expect(field).toHaveAttribute("id", id);
    await expect(field).toHaveAttribute("type", type);
    expect(boxes[id].type).toBe("button");
    expect(boxes[id].value).toBe(id === "plan-hours" ? "14" : "Today");
    const now = await field.boundingBox();
    expect(Math.abs(now.width - boxes[id].width), id).toBeLessThan(1);
    expect(Math.abs(now.height - boxes[id].height), id).toBeLessThan(1);
  }
  await expect(page.getByLabel("Hours a week")).toHaveValue("14");
  await expect(page.getByLabel("Hours a week")).toHaveAttribute("max", "100");
  // The share panel's fields are text fields by then; the note's is made when a topic opens.
  await page.getByRole("button", { name: "Share link" }).click();
  await expect(page.getByLabel(/Your name in the link/)).toHaveAttribute("type", "text");
  await expect(page.getByLabel(/Your name in the link/)).toHaveAttribute("maxlength", "40");
  await expect(page.getByLabel(/Your progress link/)).toHaveAttribute("readonly", "");
  await expect(page.locator("#dialog-note")).toHaveCount(0);
  await page.getByRole("button", { name: "Details: Docker" }).click();
  await expect(page.getByRole("dialog").getByLabel("Your note")).toBeEditable();
});

test("once the page is idle every deferred piece is built: charts, tables, diagram, embed form", async ({ page }) => {
  await openApp(page);
  await expect(page.locator("noscript[data-lazy]")).toHaveCount(0);
  await expect(page.locator("#salaries .chart svg")).toHaveCount(6);
  await expect(page.locator("#architecture svg a[href='#topic-sql']")).toHaveCount(1);
  await expect(page.locator(".embed-form input[name='accent']")).toHaveCount(1);
});

test("the embed preview, a second document, and its snippet box are made only when the panel opens", async ({ page }) => {
  await openApp(page);
  await expect(page.locator("noscript[data-lazy]")).toHaveCount(0);
  await page.waitForTimeout(500);
  await expect(page.locator("iframe")).toHaveCount(0);
  await expect(page.locator("textarea#embed-snippet")).toHaveCount(0);
  expect(page.frames()).toHaveLength(1);
  await page.getByText("Embed this roadmap").click();
  const preview = page.frameLocator("iframe[name=embed-preview]");
  await expect(preview.locator("html[data-ready]")).toHaveCount(1);
  await expect(page.getByLabel("Snippet to paste into your page")).toHaveValue(/src="http:\/\/localhost:4173\/roadmap\/\?embed=1"/);
});

test("a disclosure builds its content when opened, before the page is idle", async ({ page }) => {
  await page.addInitScript(onlyOnDemand);
  await openApp(page);
  const market = page.locator(".compare .basis-market");
  await expect(market.getByRole("table")).toHaveCount(0);
  await market.getByText("Show the numbers as a table").click();
  const table = market.getByRole("table", { name: /market exchange rate/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole("row", { name: /India: Mid/ })).toContainText("$21.1K");
  // Nothing else was built on the way.
  await expect(page.locator("#architecture svg")).toHaveCount(0);
});

test("coming near the screen builds a section's deferred content", async ({ page }) => {
  await page.addInitScript(() => { window.requestIdleCallback = () => 0; });
  await openApp(page);
  await expect(page.locator("#architecture svg")).toHaveCount(0);
  await page.locator("#architecture").scrollIntoViewIfNeeded();
  await expect(page.locator("#architecture svg a[href='#topic-sql']")).toHaveCount(1);
});

test("printing builds everything first", async ({ page }) => {
  await page.addInitScript(onlyOnDemand);
  await openApp(page);
  await expect(page.locator("noscript[data-lazy]")).not.toHaveCount(0);
  await page.pdf();
  await expect(page.locator("noscript[data-lazy]")).toHaveCount(0);
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the deferred content is in the page as written", async ({ page }) => {
    await page.goto("./");
    await expect(page.locator("#salaries .chart:visible svg[role='img']")).toHaveCount(3);
    const india = page.locator("figure", { has: page.getByRole("heading", { name: "India (INR/Year)" }) });
    await india.getByText("Show the numbers as a table").click();
    await expect(india.getByRole("table", { name: "India (INR/Year)" })).toContainText("₹10L");
    const market = page.locator(".compare .basis-market");
    await market.getByText("Show the numbers as a table").click();
    await expect(market.getByRole("table")).toContainText("$21.1K");
    await expect(page.locator("#architecture svg a[href='#topic-sql']")).toHaveCount(1);
  });

  test("the embed builder loads nothing until its form is sent, then previews it", async ({ page }) => {
    const previews = [];
    page.on("request", (r) => { if (r.url().includes("embed=1")) previews.push(r.url()); });
    await page.goto("./");
    await page.waitForLoadState("load");
    await page.getByText("Embed this roadmap").click();
    await page.getByLabel("Salaries", { exact: true }).uncheck();
    expect(previews).toEqual([]);
    await page.getByRole("button", { name: "Update preview" }).click();
    const preview = page.frameLocator("iframe[name=embed-preview]");
    await expect(preview.locator("#roadmap")).toBeVisible();
    expect(previews).toHaveLength(1);
    expect(previews[0]).toContain("sections=roadmap");
    expect(previews[0]).not.toContain("sections=salaries");
  });
});
