// The clickable roadmap: toggles, progress, badges, details dialog, keyboard and phones.
import { test, expect, openApp, expectNoAxeViolations, topic } from "./fixtures.mjs";

const overall = (page) => page.getByRole("progressbar", { name: "Overall progress" });
const section = (page, name) => page.getByRole("progressbar", { name: `${name} progress` });

test("a click marks a topic complete and a second click undoes it", async ({ page }) => {
  await openApp(page);
  const http = topic(page, "HTTP & HTTPS");
  await expect(http).toHaveAttribute("aria-pressed", "false");
  await http.click();
  await expect(http).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("#state-http")).toHaveText("Completed");
  await expect(page.locator(".progress-figure")).toHaveText("1/20 completed");
  await http.click();
  await expect(http).toHaveAttribute("aria-pressed", "false");
  await expect(page.locator(".progress-figure")).toHaveText("0/20 completed");
});

test("Space and Enter toggle a focused topic", async ({ page }) => {
  await openApp(page);
  const git = topic(page, "Git Basics");
  await git.focus();
  await page.keyboard.press("Space");
  await expect(git).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("Enter");
  await expect(git).toHaveAttribute("aria-pressed", "false");
});

test("overall and per-section progress figures follow the clicks", async ({ page }) => {
  await openApp(page);
  for (const name of ["SQL Databases", "NoSQL Databases", "Git Basics"]) await topic(page, name).click();
  await expect(page.locator(".progress-figure")).toHaveText("3/20 completed");
  await expect(overall(page)).toHaveAttribute("value", "3");
  await expect(overall(page)).toHaveAttribute("max", "20");
  await expect(section(page, "Databases")).toHaveAttribute("value", "2");
  await expect(section(page, "Databases")).toHaveAttribute("aria-valuetext", "2 of 4 completed");
  await expect(section(page, "Version Control")).toHaveAttribute("value", "1");
  await expect(section(page, "Internet Fundamentals")).toHaveAttribute("value", "0");
});

test("a section badge unlocks, is announced, and locks again", async ({ page }) => {
  await openApp(page);
  const badge = page.locator(".badge", { hasText: "You can build APIs!" });
  await expect(badge).toContainText("Locked");
  await topic(page, "REST & HTTP Methods").click();
  await topic(page, "JSON & API Design").click();
  await expect(badge).toContainText("Unlocked");
  await expect(badge).toHaveClass(/unlocked/);
  await expect(page.getByText("Badge unlocked: You can build APIs!")).toBeAttached();
  await topic(page, "JSON & API Design").click();
  await expect(badge).toContainText("Locked");
  await expect(badge).not.toHaveClass(/unlocked/);
});

test("skipped topics count toward progress and badges, and are named as skipped", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "Details: Kubernetes" }).click();
  const dialog = page.getByRole("dialog", { name: "Kubernetes" });
  await dialog.getByRole("radio", { name: "Skipped" }).check();
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(page.locator("#state-kubernetes")).toHaveText("Skipped");
  await expect(page.locator(".progress-figure")).toHaveText("1/20: 0 completed, 1 skipped");
  await expect(page.getByRole("progressbar", { name: "Overall progress" })).toHaveAttribute("aria-valuetext", "1 of 20: 0 completed, 1 skipped");
  await expect(page.locator(".legend")).toContainText("Skipped (counts toward progress)");

  // Every other topic completed: the final badge unlocks, and nothing calls the roadmap done.
  const toggles = page.locator("#roadmap .topic-toggle:not(#topic-kubernetes)");
  for (let i = 0; i < 19; i++) await toggles.nth(i).click();
  await expect(page.locator(".progress-figure")).toHaveText("20/20: 19 completed, 1 skipped");
  await expect(page.locator(".badge", { hasText: "You are a professional Backend Developer!" })).toContainText("Unlocked");
  await expect(page.locator(".continue span:visible")).toHaveText("Every topic is completed or skipped: 19 completed, 1 skipped.");
  await expect(page.locator("#roadmap")).not.toContainText(/well done/i);
  await topic(page, "Kubernetes").click();
  await expect(page.locator(".continue span:visible")).toHaveText("Every topic is completed. Well done!");
});

test("the details dialog opens, sets In progress, closes on Esc and returns focus", async ({ page }) => {
  await openApp(page);
  const opener = page.getByRole("button", { name: "Details: Docker" });
  await opener.click();
  const dialog = page.getByRole("dialog", { name: "Docker" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Why it matters");
  await expect(dialog).toContainText("Estimated time to learn");
  await expect(dialog.getByRole("link", { name: /Docker: Get started/ })).toHaveAttribute("href", "https://docs.docker.com/get-started/");
  await expect(dialog.locator(":focus")).toHaveCount(1);
  await expectNoAxeViolations(page);
  await dialog.getByRole("radio", { name: "In progress" }).check();
  await expect(page.locator("#state-docker")).toHaveText("In progress");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  await opener.click();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test("next up points at the first open topic", async ({ page }) => {
  await openApp(page);
  await expect(page.locator(".continue")).toContainText("Next up: How the Internet Works");
  await topic(page, "How the Internet Works").click();
  await expect(page.locator(".continue")).toContainText("Next up: HTTP & HTTPS");
  await page.locator(".continue").getByRole("link").click();
  await expect(topic(page, "HTTP & HTTPS")).toBeFocused();
});

test("completing all 20 topics unlocks the final badge", async ({ page }) => {
  await openApp(page);
  const toggles = page.locator("#roadmap .topic-toggle");
  for (let i = 0; i < 20; i++) await toggles.nth(i).click();
  await expect(page.locator(".progress-figure")).toHaveText("20/20 completed");
  await expect(page.locator(".badge.unlocked")).toHaveCount(5);
  await expect(page.locator(".badge", { hasText: "You are a professional Backend Developer!" })).toContainText("Unlocked");
});

test("completed topics survive a reload", async ({ page }) => {
  await openApp(page);
  await expect(page.locator("#hero .btn-primary")).toHaveText("Start the roadmap");
  await topic(page, "Transactions").click();
  await page.reload();
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
  await expect(topic(page, "Transactions")).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator(".progress-figure")).toHaveText("1/20 completed");
  // The hero, hydrated in its own task before the saved progress loads, follows it too.
  await expect(page.locator("#hero .btn-primary")).toHaveText("Continue: How the Internet Works");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test("single column, no horizontal scroll, 44px targets, full-screen details", async ({ page }) => {
    await openApp(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await topic(page, "DNS & Hosting").tap();
    await expect(topic(page, "DNS & Hosting")).toHaveAttribute("aria-pressed", "true");
    for (const el of await page.locator("#roadmap button").all()) {
      const box = await el.boundingBox();
      if (!box) continue;
      expect(box.height, await el.textContent()).toBeGreaterThanOrEqual(44);
      expect(box.width, await el.textContent()).toBeGreaterThanOrEqual(44);
    }
    await page.getByRole("button", { name: "Details: DNS & Hosting" }).tap();
    const box = await page.getByRole("dialog").boundingBox();
    expect(box.width).toBeGreaterThanOrEqual(359);
  });
});
