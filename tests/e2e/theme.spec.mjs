// Light and dark themes: system by default, a remembered toggle, no flash, axe-clean in both.
import { test, expect, openApp, expectNoAxeViolations } from "./fixtures.mjs";

const background = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test.describe("with a dark system setting", () => {
  test.use({ colorScheme: "dark" });

  test("the page is dark and passes axe", async ({ page }) => {
    await openApp(page);
    expect(await background(page)).toBe("rgb(11, 16, 32)");
    await expect(page.getByRole("button", { name: "System" })).toHaveAttribute("aria-pressed", "true");
    await expectNoAxeViolations(page);
  });
});

test("the toggle switches to dark, is remembered, and never flashes light on reload", async ({ page }) => {
  await openApp(page);
  expect(await background(page)).toBe("rgb(246, 247, 251)");
  await page.getByRole("button", { name: "Dark" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await background(page)).toBe("rgb(11, 16, 32)");
  await expectNoAxeViolations(page);
  // Before any script of the app runs, the head script has applied the saved theme.
  await page.route("**/*.wasm", (route) => route.abort());
  page.removeAllListeners("requestfailed");
  await page.reload({ waitUntil: "domcontentloaded" });
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await background(page)).toBe("rgb(11, 16, 32)");
  await page.unroute("**/*.wasm");
});

test("System follows the system again", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "Dark" }).click();
  await page.getByRole("button", { name: "System" }).click();
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /.+/);
  await page.reload();
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
  await expect(page.getByRole("button", { name: "System" })).toHaveAttribute("aria-pressed", "true");
  expect(await background(page)).toBe("rgb(246, 247, 251)");
});
