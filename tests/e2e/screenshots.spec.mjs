// The web app manifest's screenshots (Chromium's richer install dialog) are the real page: each
// is this build at its size, at a fixed date (the plan and activity show dates), compared
// pixel by pixel. After a visible change, make them again from the page with
//   npx playwright test screenshots --update-snapshots
// and commit public/screenshots/.
import { test, expect, openApp } from "./fixtures.mjs";

const NOW = new Date("2026-11-22T12:00:00");
const SAME = { maxDiffPixelRatio: 0.005, animations: "disabled", caret: "hide" };

test.use({ colorScheme: "light" });

test("narrow: a phone's first screen", async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page);
  await expect(page).toHaveScreenshot("narrow.png", SAME);
});

test("wide: roadmap sections with completed topics and a milestone on a desktop", async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  for (const topic of ["How the Internet Works", "HTTP & HTTPS", "DNS & Hosting"]) {
    await page.getByRole("button", { name: topic, exact: true }).click();
  }
  await expect(page.locator(".progress-figure")).toHaveText("3/20 completed");
  await page.evaluate(() => {
    const heading = document.getElementById("section-internet");
    window.scrollTo(0, heading.getBoundingClientRect().top + window.scrollY - 150);
  });
  await expect(page).toHaveScreenshot("wide.png", SAME);
});
