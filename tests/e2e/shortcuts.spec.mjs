// Faster marking: keys on a focused topic set each state (announced), D opens its details,
// ? lists the shortcuts; the details dialog offers the four states in one row.
import { test, expect, openApp, topic, expectNoAxeViolations } from "./fixtures.mjs";

test("keys on a focused topic set each state and say so to screen readers", async ({ page }) => {
  await openApp(page);
  const docker = topic(page, "Docker");
  await docker.focus();
  const live = page.locator(".topic-announcer");
  for (const [key, label] of [["i", "In progress"], ["s", "Skipped"], ["c", "Completed"], ["n", "Not started"]]) {
    await page.keyboard.press(key);
    await expect(page.locator("#state-docker")).toHaveText(label);
    await expect(live).toHaveText(`Docker: ${label}`);
  }
  await page.keyboard.press("S");
  await expect(page.locator(".progress-figure")).toHaveText("1/20: 0 completed, 1 skipped");
  await expect(docker).toBeFocused();
  // Space still toggles completed, as on any button.
  await page.keyboard.press(" ");
  await expect(page.locator("#state-docker")).toHaveText("Completed");
  await page.keyboard.press("d");
  await expect(page.getByRole("dialog", { name: "Docker" })).toBeVisible();
});

test("? lists the shortcuts, and the list closes with its button or Esc", async ({ page }) => {
  await openApp(page);
  await topic(page, "Git Basics").focus();
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  for (const key of ["Space or Enter", "I", "S", "D", "?"]) await expect(help.locator("kbd", { hasText: key }).first()).toBeVisible();
  await expectNoAxeViolations(page, ".shortcuts-dialog");
  await help.getByRole("button", { name: "Close" }).click();
  await expect(help).toBeHidden();
  await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
  await expect(help).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
});

test.describe("on a 320 px phone", () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test("the details dialog offers the four states in one row", async ({ page }) => {
    await openApp(page);
    await page.getByRole("button", { name: "Details: SQL Databases" }).click();
    const dialog = page.getByRole("dialog", { name: "SQL Databases" });
    const tops = [];
    for (const name of ["Not started", "In progress", "Completed", "Skipped"]) {
      const box = await dialog.locator(".state-option", { hasText: name }).boundingBox();
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
      tops.push(Math.round(box.y));
    }
    expect(new Set(tops).size).toBe(1);
    await dialog.getByRole("radio", { name: "In progress" }).check();
    await expect(page.locator("#state-sql")).toHaveText("In progress");
    await expectNoAxeViolations(page, ".topic-dialog");
  });
});
