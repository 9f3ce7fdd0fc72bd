// At home on phones: no horizontal scrolling and no touch target under 44x44 px.
import { test, expect, openApp } from "./fixtures.mjs";

// Controls a finger taps. Radios and checkboxes are tapped through their 44 px labels, the
// file input through its label; links inside running text are exempt (WCAG 2.5.8).
const TARGETS = [
  "button", "select", "summary", "a.btn", "nav a", ".brand", ".continue a",
  "input:not([type=radio]):not([type=checkbox]):not([type=file]):not([type=hidden])",
  "label.state-option", "label.basis-option", "label.check", "label.file-btn",
].join(", ");

for (const width of [320, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 }, isMobile: true, hasTouch: true });

    test("nothing scrolls sideways and every control is at least 44x44", async ({ page }) => {
      await openApp(page);
      // Open everything that can be opened, so hidden parts are measured too.
      for (const d of await page.locator("details").all()) await d.evaluate((el) => { el.open = true; });
      await page.getByRole("button", { name: "Share link" }).click();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const small = await page.locator(TARGETS).evaluateAll((els) => els
        .filter((el) => el.offsetParent !== null && !el.closest("dialog:not([open])"))
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width < 44 || r.height < 44)
        .map(({ el, r }) => `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute("aria-label") || "").trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`));
      expect(small).toEqual([]);
      const overflow = await page.evaluate((w) => [...document.querySelectorAll("body *")]
        .filter((el) => el.offsetParent !== null && el.getBoundingClientRect().right > w + 1)
        .map((el) => el.tagName + "." + el.className).slice(0, 5), width);
      expect(overflow).toEqual([]);
    });

    test("the page can still be zoomed", async ({ page }) => {
      await openApp(page);
      const viewport = await page.locator('meta[name="viewport"]').getAttribute("content");
      expect(viewport).not.toMatch(/user-scalable\s*=\s*no|maximum-scale\s*=\s*1(\.0)?\b/);
      expect(viewport).toContain("viewport-fit=cover");
    });
  });
}
