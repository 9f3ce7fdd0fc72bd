// Clocks that were wrong: no stored, imported or linked time outranks what the learner does now.
import { test, expect, openApp, topic, seedProgress as seed, STORAGE_KEY as KEY } from "./fixtures.mjs";
import { writeFileSync } from "node:fs";

const stored = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k)), KEY);

test("a topic saved with the largest possible time can still be changed and reset", async ({ page }) => {
  // Written as text: JavaScript numbers cannot hold 2^64 - 1 exactly.
  await seed(page, '{"version":2,"topics":{"http":{"state":"completed","changed":18446744073709551615},' +
    '"dns":{"state":"completed","changed":18446744073709551615}},"projects":{}}');
  await openApp(page);
  const http = topic(page, "HTTP & HTTPS");
  await expect(http).toHaveAttribute("aria-pressed", "true");
  await http.click();
  await expect(http).toHaveAttribute("aria-pressed", "false");
  await page.reload();
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
  await expect(http).toHaveAttribute("aria-pressed", "false");
  await expect(page.locator(".progress-figure")).toHaveText("1/20 completed");
  await page.getByRole("button", { name: "Reset" }).click();
  await page.getByRole("button", { name: "Yes, reset everything" }).click();
  await expect(page.locator(".progress-figure")).toHaveText("0/20 completed");
  await page.reload();
  await expect(page.locator(".progress-figure")).toHaveText("0/20 completed");
  const saved = await stored(page);
  for (const t of Object.values(saved.topics)) expect(t.changed).toBeLessThanOrEqual(Date.now() + 60_000);
});

test("a topic saved while the phone's clock ran a day ahead follows the learner's click", async ({ page }) => {
  const tomorrow = Date.now() + 86_400_000;
  await seed(page, JSON.stringify({ version: 2, topics: { docker: { state: "in-progress", changed: tomorrow } }, projects: {} }));
  await openApp(page);
  const docker = topic(page, "Docker");
  await docker.click();
  await expect(docker).toHaveAttribute("aria-pressed", "true");
  await docker.click();
  await expect(docker).toHaveAttribute("aria-pressed", "false");
  await page.reload();
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
  await expect(docker).toHaveAttribute("aria-pressed", "false");
});

test("a tick and untick in the same millisecond ends unticked", async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => {
    // The same millisecond, for sure: the clock stands still for both clicks.
    const realNow = Date.now;
    const frozen = realNow();
    Date.now = () => frozen;
    const button = document.getElementById("topic-sql");
    button.click();
    button.click();
    Date.now = realNow;
  });
  await expect(topic(page, "SQL Databases")).toHaveAttribute("aria-pressed", "false");
  expect((await stored(page)).topics.sql.state).toBe("not-started");
});

test("an imported file stamped in the future does not freeze its topics", async ({ page }, info) => {
  const file = info.outputPath("future.json");
  writeFileSync(file, JSON.stringify({ format: "backend-roadmap-progress", version: 2, exported_at: 1,
    progress: { topics: { git: { state: "completed", changed: Date.now() + 365 * 86_400_000 } }, projects: {} } }));
  await openApp(page);
  await page.getByLabel("Import", { exact: true }).setInputFiles(file);
  await page.getByRole("button", { name: "Merge" }).click();
  const git = topic(page, "Git Basics");
  await expect(git).toHaveAttribute("aria-pressed", "true");
  await git.click();
  await expect(git).toHaveAttribute("aria-pressed", "false");
  await page.reload();
  await expect(page.locator("html[data-ready]")).toHaveCount(1);
  await expect(git).toHaveAttribute("aria-pressed", "false");
});
