// The height estimates that `content-visibility: auto` sections reserve before they are laid
// out (`--est` in style/main.css) stay within 10% of the real height at the narrowest phone's,
// a phone's, a tablet's and a desktop's widths, so the scrollbar does not jump and jump links
// land on target. When content changes, this test prints the measured heights to put in the
// stylesheet.
import { test, expect, openApp } from "./fixtures.mjs";

for (const width of [320, 390, 768, 1280]) {
  test(`section height estimates hold at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openApp(page);
    // Estimates are of the sections as the learner sees them: with their deferred content
    // (js/lazy.js) built, as it is before a section comes near the screen.
    await expect(page.locator("noscript[data-lazy]")).toHaveCount(0);
    const rows = await page.evaluate(() => [...document.querySelectorAll("*")]
      .filter((el) => getComputedStyle(el).contentVisibility === "auto")
      .map((el) => {
        const style = getComputedStyle(el);
        const est = parseFloat(style.getPropertyValue("--est")) + (parseFloat(style.getPropertyValue("--milestone")) || 0);
        el.style.contentVisibility = "visible";
        const real = el.getBoundingClientRect().height;
        return { name: el.id ? `#${el.id}` : `.${el.classList[0]}`, est, real: Math.round(real) };
      }));
    expect(rows.length).toBeGreaterThan(5);
    const off = rows.filter((r) => !(Math.abs(r.est - r.real) <= 0.1 * r.real));
    expect(off.map((r) => `${r.name}: --est ${r.est}px, measured ${r.real}px`)).toEqual([]);
  });
}

// The roadmap's sections are skipped the same way until they come near the screen: their
// estimates, by number of topics and milestone, hold at more widths, so nothing jumps when
// they are laid out.
for (const width of [320, 360, 390, 768, 1024, 1280]) {
  test(`roadmap section height estimates hold at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openApp(page);
    const rows = await page.evaluate(() => [...document.querySelectorAll("#roadmap .path-node")].map((el) => {
      const style = getComputedStyle(el);
      const est = parseFloat(style.getPropertyValue("--est")) + (parseFloat(style.getPropertyValue("--milestone")) || 0);
      // Laid out for real: a skipped section measures as its estimate.
      el.style.contentVisibility = "visible";
      return { name: el.dataset.section, est, real: Math.round(el.getBoundingClientRect().height) };
    }));
    expect(rows).toHaveLength(7);
    const off = rows.filter((r) => !(Math.abs(r.est - r.real) <= 0.1 * r.real));
    expect(off.map((r) => `${r.name}: estimate ${r.est}px, measured ${r.real}px`)).toEqual([]);
  });
}
