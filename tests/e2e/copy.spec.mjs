// Copying: the page says "copied" only once the clipboard has the text. Where the browser
// refuses (a frame without clipboard-write, a denied permission), the text is selected in a
// field with how to copy it by hand.
import { test, expect, openApp, topic } from "./fixtures.mjs";

const BLOCKED = "Copying is blocked here, so the text is selected: press Ctrl+C (⌘C on a Mac), or long-press it and choose Copy.";
const selected = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return el.value.substring(el.selectionStart, el.selectionEnd);
});

test.describe("where the browser refuses to copy", () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"));
    });
  });

  test("a topic's link, the share link and the embed snippet are selected to copy by hand", async ({ page }) => {
    await openApp(page);
    await page.getByRole("button", { name: "Details: Kubernetes" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Copy link" }).click();
    await expect(page.locator(".notice", { hasText: BLOCKED })).toBeVisible();
    await expect(page.getByText("Link to this topic copied.")).toHaveCount(0);
    const field = dialog.getByLabel("Link to this topic");
    await expect(field).toBeFocused();
    expect(await selected(page)).toMatch(/#topic-kubernetes$/);
    await dialog.getByRole("button", { name: "Done" }).click();
    await expect(page.getByLabel("Link to this topic")).toHaveCount(0);

    await topic(page, "Docker").click();
    await page.getByRole("button", { name: "Share link" }).click();
    await page.getByRole("group", { name: "Share link" }).getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByLabel(/Your progress link/)).toBeFocused();
    expect(await selected(page)).toContain("?progress=");
    await expect(page.getByText("Link copied.")).toHaveCount(0);

    await page.locator(".embed-panel > summary").click();
    await page.getByRole("button", { name: "Copy snippet" }).click();
    await expect(page.getByLabel("Snippet to paste into your page")).toBeFocused();
    expect(await selected(page)).toContain('allow="clipboard-write"');
    await expect(page.getByText("Embed snippet copied.")).toHaveCount(0);
  });
});

test("where copying is allowed the page says so and the clipboard holds the text", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openApp(page);
  await page.getByRole("button", { name: "Share link" }).click();
  await page.getByRole("group", { name: "Share link" }).getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.getByLabel(/Your progress link/).inputValue());
});

test("where the browser has a share sheet, Share… hands it the link; without one there is no such button", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "Share link" }).click();
  const panel = page.getByRole("group", { name: "Share link" });
  await expect(panel.getByRole("button", { name: "Share…" })).toBeHidden();

  await page.addInitScript(() => {
    navigator.share = (data) => {
      window.shared = data;
      return Promise.resolve();
    };
  });
  await page.reload();
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
  await page.getByRole("button", { name: "Share link" }).click();
  await panel.getByRole("button", { name: "Share…" }).click();
  const link = await page.getByLabel(/Your progress link/).inputValue();
  await expect.poll(() => page.evaluate(() => window.shared?.url)).toBe(link);
});
