// A link to a topic: `#topic-<id>` opens the page at that topic with its details open, Back
// closes a dialog a link opened, the dialog copies its own link, an unknown id is ignored.
import { test, expect, openApp } from "./fixtures.mjs";

test("a link to a topic opens its details, and Back closes them without leaving the page", async ({ page }) => {
  await page.goto("./#topic-docker");
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
  const dialog = page.getByRole("dialog", { name: "Docker" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Estimated time to learn");
  await page.goBack();
  await expect(dialog).toBeHidden();
  expect(new URL(page.url()).hash).toBe("");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("a link inside the page opens that topic; Done closes it and leaves no topic in the address", async ({ page }) => {
  await openApp(page);
  await page.locator("#architecture").scrollIntoViewIfNeeded();
  await page.getByRole("link", { name: "Topic: SQL Databases" }).click();
  const dialog = page.getByRole("dialog", { name: "SQL Databases" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => new URL(page.url()).hash).toBe("");
  // Back again from the link: the same, with Back.
  await page.getByRole("link", { name: "Topic: SQL Databases" }).click();
  await expect(dialog).toBeVisible();
  await page.goBack();
  await expect(dialog).toBeHidden();
});

test("the dialog copies a link to its topic that opens it", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openApp(page);
  await page.getByRole("button", { name: "Details: Kubernetes" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link to this topic copied.")).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(new URL("./#topic-kubernetes", page.url()).href.replace(/\?[^#]*/, ""));
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole("dialog", { name: "Kubernetes" })).toBeVisible();
});

test("an unknown topic in the address is ignored", async ({ page }) => {
  await page.goto("./#topic-no-such-topic");
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
  await expect(page.locator("dialog[open]")).toHaveCount(0);
  await expect(page.locator(".notices")).toBeEmpty();
  // The page works as usual (and the fixture fails the test on any console error).
  await page.getByRole("button", { name: "Docker", exact: true }).click();
  await expect(page.locator(".progress-figure")).toHaveText("1/20 completed");
});
