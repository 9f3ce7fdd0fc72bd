// The prerendered page reads fine with JavaScript disabled.
import { test, expect } from "@playwright/test";

test.use({ javaScriptEnabled: false });

test("with JavaScript off the roadmap's 20 topics and the FAQ are in the page", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Backend Developer Roadmap");
  await expect(page.locator("#roadmap .topic-toggle")).toHaveCount(20);
  await expect(page.getByRole("button", { name: "Docker", exact: true })).toBeVisible();
  await expect(page.locator("#faq summary")).toHaveCount(6);
  await page.getByText("How long does it take to become a backend developer?").click();
  await expect(page.getByText("About 5-8 months at 14 hours a week (two hours a day)")).toBeVisible();
});
