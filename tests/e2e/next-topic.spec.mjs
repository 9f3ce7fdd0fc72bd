// The next topic first (issue 32): "Start the roadmap", and "Continue: <next topic>" for a
// returning learner, bring the next topic to study on screen with no further scrolling, at
// phone and desktop sizes, with and without the app's code; the topics come before the plan,
// the legend and the shortcuts; the page says Tap (a word for fingers and mice alike: a
// second wording would cost the first paint two elements) and offers the keyboard shortcuts
// only where a keyboard is likely.
import { test, expect, openApp, topic } from "./fixtures.mjs";

const SIZES = [
  { width: 360, height: 780 },
  { width: 390, height: 844 },
  { width: 1280, height: 860 },
];

/** Where `locator` is: its top from the top of the page, and whether it is wholly on screen. */
async function place(page, locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { fromTop: Math.round(r.top + scrollY), onScreen: r.top >= 0 && r.bottom <= innerHeight };
  });
}

for (const size of SIZES) {
  test(`at ${size.width}x${size.height} the way in brings the next topic on screen`, async ({ page }, info) => {
    await page.setViewportSize(size);
    await openApp(page);
    const start = page.getByRole("link", { name: "Start the roadmap" });
    await start.click();
    const first = topic(page, "How the Internet Works");
    await expect(first).toBeFocused();
    await expect.poll(async () => (await place(page, first)).onScreen).toBe(true);
    info.annotations.push({ type: "distance", description: `first topic ${(await place(page, first)).fromTop} px from the top of the page` });

    // A returning learner: the hero names the next topic and leads to it.
    for (const done of ["How the Internet Works", "HTTP & HTTPS", "DNS & Hosting", "A Backend Language", "Data Structures & Algorithms"]) await topic(page, done).click();
    await page.reload();
    await expect(page.locator("html[data-ready]")).toHaveCount(1);
    await page.evaluate(() => scrollTo(0, 0));
    const next = await page.locator(".continue a").textContent();
    const go = page.getByRole("link", { name: `Continue: ${next}` });
    await expect(go).toBeVisible();
    await go.click();
    await expect(topic(page, next)).toBeFocused();
    await expect.poll(async () => (await place(page, topic(page, next))).onScreen).toBe(true);
    info.annotations.push({ type: "distance", description: `next topic ${(await place(page, topic(page, next))).fromTop} px from the top` });
  });
}

test("once every topic is completed or skipped, the way in offers a review, not a start", async ({ page }) => {
  await openApp(page);
  for (const toggle of await page.locator(".topic-toggle").all()) await toggle.click();
  await expect(page.locator(".progress-figure")).toHaveText("20/20 completed");
  await expect(page.locator("#hero .btn-primary")).toHaveText("Review the roadmap");
  await expect(page.locator("#hero .btn-primary")).toHaveAttribute("href", "#roadmap");
});

test("without the app's code, Start leads to the first section with its first topic on screen", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: SIZES[0] });
  const page = await context.newPage();
  await page.goto("./");
  await page.getByRole("link", { name: "Start the roadmap" }).click();
  await expect(page).toHaveURL(/#section-/);
  await expect.poll(async () => (await place(page, page.locator(".topic-toggle").first())).onScreen).toBe(true);
  await context.close();
});

test("the topics come before the plan, the legend and the shortcuts", async ({ page }) => {
  await openApp(page);
  const top = async (selector) => (await place(page, page.locator(selector).first())).fromTop;
  const path = await top("#roadmap .path");
  for (const after of [".plan", ".legend", ".badges"]) expect(await top(after)).toBeGreaterThan(path);
  // Still one tap away from the progress card.
  await expect(page.locator(".plan")).toHaveCount(1);
});

test.describe("on a touch screen", () => {
  test.use({ viewport: SIZES[0], hasTouch: true, isMobile: true });

  test("the page says Tap, and offers no keyboard shortcuts", async ({ page }) => {
    await openApp(page);
    await expect(page.locator("#roadmap .lead")).toHaveText("Tap or click a topic to mark it as complete");
    await expect(page.getByRole("button", { name: "Keyboard shortcuts" })).toBeHidden();
  });
});

test("with a mouse the page offers the keyboard shortcuts", async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole("button", { name: "Keyboard shortcuts" })).toBeVisible();
});
