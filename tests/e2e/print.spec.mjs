// Printing: the roadmap as a checklist with descriptions, salaries as tables, no chrome.
import { test, expect, openApp, topic } from "./fixtures.mjs";

test("print shows a checklist with checked completed topics and salary tables", async ({ page }) => {
  await openApp(page);
  await topic(page, "Git Basics").click();
  await page.emulateMedia({ media: "print" });
  // In print the box glyph is generated content, so find the topics by id.
  const mark = (id) => page.locator(`#topic-${id}`).evaluate((el) => getComputedStyle(el, "::before").content);
  expect(await mark("git")).toBe('"☑"');
  expect(await mark("docker")).toBe('"☐"');
  await expect(page.locator(".topic-summary").first()).toBeVisible();
  for (const hidden of [".site-header", ".toolbar", ".topic-more", ".filters", ".embed-panel", ".chart-box"]) {
    await expect(page.locator(hidden).first()).toBeHidden();
  }
  const usTable = page.locator("table.print-only").first();
  await expect(usTable).toBeVisible();
  await expect(usTable).toContainText("$65K - $90K");
  await page.emulateMedia({ media: "screen" });
  await expect(page.locator("table.print-only").first()).toBeHidden();
});
